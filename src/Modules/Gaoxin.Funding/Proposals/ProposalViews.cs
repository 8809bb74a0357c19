using System.ComponentModel.DataAnnotations;

namespace Gaoxin.Funding.Proposals;

public sealed record ProposalView(Guid Id, Guid InstrumentId, Guid RoundId, string ProjectTitle, string RoundName, DateOnly RoundClosedOn, decimal PreMoney, decimal PricePerShare,
    decimal Discount, decimal Principal, decimal ConversionPrice, decimal Shares, decimal StakeOfPreMoney, ProposalStatus Status, DateTimeOffset ProposedAt, string? DecidedBy,
    DateTimeOffset? DecidedAt, string? Reason)
{
    public static ProposalView Of(ConversionProposal p) => new(p.Id, p.InstrumentId, p.RoundId, p.ProjectTitle, p.RoundName, p.RoundClosedOn, p.PreMoney, p.PricePerShare, p.Discount,
        p.Principal, p.ConversionPrice, p.Shares, p.StakeOfPreMoney, p.Status, p.ProposedAt, p.DecidedBy, p.DecidedAt, p.Reason);
}

public sealed record ApproveProposalInput([property: StringLength(500, ErrorMessage = "意见不能超过 500 字。")] string? Note);

public sealed record RejectProposalInput([property: Required(ErrorMessage = "请填写驳回理由。"), StringLength(500, MinimumLength = 2, ErrorMessage = "驳回理由应为 2–500 字。")] string Reason);
