using System.ComponentModel.DataAnnotations;
using MiniExcelLibs.Attributes;

namespace Gaoxin.Capital.Rounds;

public sealed record RoundInvestorInput(Guid InvestorId, decimal Amount);

/// <summary>A draft round. Amounts are checked by the round's named rules (422 with the rule), not here, so a person sees which figure is off.</summary>
public sealed record RoundInput(
    Guid CompanyOrganisationId,
    Guid? ProjectId,
    [property: Required(ErrorMessage = "请填写轮次名称。"), StringLength(40, ErrorMessage = "轮次名称不能超过 40 字。")] string Name,
    decimal PreMoney,
    decimal Amount,
    decimal PostMoney,
    [property: Range(typeof(decimal), "1", "1000000000000", ParseLimitsInInvariantCulture = true, ConvertValueInInvariantCulture = true, ErrorMessage = "投前总股本应在 1 至 1 万亿之间。")] decimal PreMoneyShares,
    [property: Required(ErrorMessage = "请填写投资方。"), MaxLength(50, ErrorMessage = "投资方不能超过 50 家。")] IReadOnlyList<RoundInvestorInput> Investors);

public sealed record CloseRoundInput(DateOnly ClosedOn);

public sealed record CancelRoundInput([property: Required(ErrorMessage = "请填写取消原因。"), StringLength(500, MinimumLength = 2, ErrorMessage = "取消原因应为 2–500 字。")] string Reason);

public sealed record RoundFilter(string? Q, RoundState? State, Guid? CompanyOrganisationId);

public sealed record RoundRow(Guid Id, string CompanyName, string Name, decimal PreMoney, decimal Amount, decimal PostMoney, RoundState State, string StateText, DateOnly? ClosedOn, int Investors);

public sealed record RoundInvestorView(Guid InvestorId, string Name, decimal Amount);

/// <summary>A conversion proposal the fund made on this round's close (from the fund's contract), for the round's page.</summary>
public sealed record RoundProposalView(Guid ProposalId, Guid InstrumentId, string ProjectTitle, decimal Principal, decimal Shares, decimal StakeOfPreMoney, string Status);

public sealed record RoundDetail(Guid Id, Guid CompanyOrganisationId, string CompanyName, Guid? ProjectId, string? ProjectTitle, string Name, decimal PreMoney, decimal Amount, decimal PostMoney,
    decimal PreMoneyShares, decimal PricePerShare, RoundState State, string StateText, DateOnly? ClosedOn, string CreatedBy, string? ClosedBy, string? CancelReason,
    IReadOnlyList<RoundInvestorView> Investors, IReadOnlyList<RoundProposalView> Proposals);

public sealed record CompanyOption(Guid Id, string Name);

public sealed record RoundExportRow(
    [property: ExcelColumn(Name = "企业")] string Company,
    [property: ExcelColumn(Name = "轮次")] string Round,
    [property: ExcelColumn(Name = "投前估值（元）")] decimal PreMoney,
    [property: ExcelColumn(Name = "融资额（元）")] decimal Amount,
    [property: ExcelColumn(Name = "投后估值（元）")] decimal PostMoney,
    [property: ExcelColumn(Name = "状态")] string State,
    [property: ExcelColumn(Name = "交割日期")] string ClosedOn,
    [property: ExcelColumn(Name = "投资方数")] int Investors);

public static class RoundLabels
{
    public static string State(RoundState s) => CapitalText.Get("RoundState." + s);
}
