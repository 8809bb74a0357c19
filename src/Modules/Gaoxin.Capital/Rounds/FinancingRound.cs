using Gaoxin.Kernel.Rules;
using Gaoxin.Kernel.Zones;

namespace Gaoxin.Capital.Rounds;

public enum RoundState
{
    /// <summary>草稿</summary>
    Draft = 1,
    /// <summary>已交割</summary>
    Closed = 2,
    /// <summary>已取消</summary>
    Cancelled = 3,
}

/// <summary>
/// 融资轮次: an outside round of a company of the zone, optionally for a relay project. Recorded as a draft with its figures
/// and investors; closed once (the close may trigger the fund's 先投后股 conversion proposal) or cancelled.
/// </summary>
public sealed class FinancingRound : IZoneScoped
{
    public Guid Id { get; init; } = Guid.CreateVersion7();
    public ZoneId ZoneId { get; init; }
    public Guid CompanyOrganisationId { get; init; }
    public string CompanyName { get; init; } = string.Empty;
    public Guid? ProjectId { get; init; }
    public string? ProjectTitle { get; init; }
    /// <summary>天使 / Pre-A / A / B …</summary>
    public string Name { get; init; } = string.Empty;
    public decimal PreMoney { get; init; }
    public decimal Amount { get; init; }
    public decimal PostMoney { get; init; }
    /// <summary>投前总股本 (shares, or yuan of registered capital, before the round): pre-money ÷ this is the round's price per share.</summary>
    public decimal PreMoneyShares { get; init; }
    public RoundState State { get; private set; } = RoundState.Draft;
    public DateOnly? ClosedOn { get; private set; }
    public string CreatedBy { get; init; } = string.Empty;
    public string? ClosedBy { get; private set; }
    public string? CancelReason { get; private set; }
    /// <summary>Concurrency token: two closes of one draft cannot both save.</summary>
    public int Version { get; private set; }
    public List<RoundInvestor> Investors { get; init; } = [];

    public decimal PricePerShare => Price(PreMoney, PreMoneyShares);

    public static decimal Price(decimal preMoney, decimal shares) => shares > 0 ? decimal.Round(preMoney / shares, 6, MidpointRounding.AwayFromZero) : 0m;

    /// <summary>The figures' rules, checked when the draft is made and again at the close.</summary>
    public void CheckFigures()
    {
        RoundRuleCheck.Enforce(new AmountsWithinMoneyRule(), new RoundAmounts(
            [("preMoney", PreMoney), ("amount", Amount), ("postMoney", PostMoney), .. Investors.Select(i => ("investors", i.Amount))]));
        RoundRuleCheck.Enforce(new PostMoneyAddsUpRule(), new RoundFigures(PreMoney, Amount, PostMoney));
        RoundRuleCheck.Enforce(new InvestorsSumToAmountRule(), new InvestorShares(Amount, Investors.Select(i => i.Amount).ToList()));
    }

    /// <summary>交割: only a draft, on a day not after today; closed once.</summary>
    public void Close(DateOnly on, DateOnly today, string by)
    {
        if (State != RoundState.Draft)
        {
            throw Refusal.Conflict(State == RoundState.Closed ? "该融资轮次已交割，不能重复交割。" : "该融资轮次已取消。");
        }

        CheckFigures();
        RoundRuleCheck.Enforce(new CloseDateNotFutureRule(), new CloseDateFacts(on, today));
        State = RoundState.Closed;
        ClosedOn = on;
        ClosedBy = by;
        Version++;
    }

    public void Cancel(string reason)
    {
        if (State != RoundState.Draft)
        {
            throw Refusal.Conflict("只有草稿状态的融资轮次可以取消。");
        }

        State = RoundState.Cancelled;
        CancelReason = reason.Trim();
        Version++;
    }
}

/// <summary>One investor's part in a round.</summary>
public sealed class RoundInvestor : IZoneScoped
{
    public Guid Id { get; init; } = Guid.CreateVersion7();
    public ZoneId ZoneId { get; init; }
    public Guid RoundId { get; init; }
    public Guid InvestorId { get; init; }
    public string InvestorName { get; init; } = string.Empty;
    public decimal Amount { get; init; }
}
