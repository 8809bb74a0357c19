using Gaoxin.Kernel.Rules;
using Gaoxin.Kernel.Zones;

namespace Gaoxin.Funding.Proposals;

public enum ProposalStatus
{
    /// <summary>待审批</summary>
    Pending = 1,
    /// <summary>已批准（已转股）</summary>
    Approved = 2,
    /// <summary>已驳回</summary>
    Rejected = 3,
}

/// <summary>
/// 转股建议: an outside round closed on the company of an unconverted 先投后股 instrument; the fund proposes the stake at the
/// round's price less the instrument's discount, and a decider approves (the instrument converts) or rejects with a reason.
/// One per instrument and round.
/// </summary>
public sealed class ConversionProposal : IZoneScoped
{
    public Guid Id { get; init; } = Guid.CreateVersion7();
    public ZoneId ZoneId { get; init; }
    public Guid InstrumentId { get; init; }
    public Guid RoundId { get; init; }
    public Guid OrganisationId { get; init; }
    public string ProjectTitle { get; init; } = string.Empty;
    public string RoundName { get; init; } = string.Empty;
    public DateOnly RoundClosedOn { get; init; }
    public decimal PreMoney { get; init; }
    public decimal PricePerShare { get; init; }
    public decimal Discount { get; init; }
    /// <summary>What had been paid in when the round closed: the principal the proposal converts.</summary>
    public decimal Principal { get; init; }
    public decimal ConversionPrice { get; init; }
    public decimal Shares { get; init; }
    /// <summary>Principal ÷ (pre-money × (1 − discount)): the stake measured against the company before the round.</summary>
    public decimal StakeOfPreMoney { get; init; }
    public ProposalStatus Status { get; private set; } = ProposalStatus.Pending;
    public DateTimeOffset ProposedAt { get; init; }
    public string? DecidedBy { get; private set; }
    public DateTimeOffset? DecidedAt { get; private set; }
    public string? Reason { get; private set; }

    public void Approve(string by, DateTimeOffset at, string? note)
    {
        EnsurePending();
        Status = ProposalStatus.Approved;
        DecidedBy = by;
        DecidedAt = at;
        Reason = note;
    }

    public void Reject(string by, DateTimeOffset at, string reason)
    {
        EnsurePending();
        Status = ProposalStatus.Rejected;
        DecidedBy = by;
        DecidedAt = at;
        Reason = reason.Trim();
    }

    private void EnsurePending()
    {
        if (Status != ProposalStatus.Pending)
        {
            throw Refusal.Conflict("该转股建议已处理。");
        }
    }
}
