using System.Globalization;
using Gaoxin.Kernel.Rules;

namespace Gaoxin.Capital.Rounds;

public sealed record RoundFigures(decimal PreMoney, decimal Amount, decimal PostMoney);

/// <summary>投后估值 = 投前估值 + 本轮融资额, to the fen: a round whose figures do not add up is refused.</summary>
public sealed class PostMoneyAddsUpRule : IBusinessRule<RoundFigures>
{
    public string Name => nameof(PostMoneyAddsUpRule);

    public RuleOutcome Check(RoundFigures f)
    {
        var expected = f.PreMoney + f.Amount;
        return f.PostMoney == expected
            ? RuleOutcome.Pass(Name)
            : RuleOutcome.Refuse(Name, $"投后估值 {Yuan(f.PostMoney)} 元应等于投前估值 {Yuan(f.PreMoney)} 元加本轮融资额 {Yuan(f.Amount)} 元（{Yuan(expected)} 元）。",
                new Dictionary<string, string> { ["preMoney"] = Yuan(f.PreMoney), ["amount"] = Yuan(f.Amount), ["postMoney"] = Yuan(f.PostMoney), ["expected"] = Yuan(expected) });
    }

    internal static string Yuan(decimal v) => v.ToString("0.00", CultureInfo.InvariantCulture);
}

public sealed record InvestorShares(decimal Amount, IReadOnlyList<decimal> InvestorAmounts);

/// <summary>各投资方出资之和 = 本轮融资额, to the fen, and a round has at least one investor.</summary>
public sealed class InvestorsSumToAmountRule : IBusinessRule<InvestorShares>
{
    public string Name => nameof(InvestorsSumToAmountRule);

    public RuleOutcome Check(InvestorShares f)
    {
        var sum = f.InvestorAmounts.Sum();
        var ok = f.InvestorAmounts.Count > 0 & sum == f.Amount;
        return ok
            ? RuleOutcome.Pass(Name)
            : RuleOutcome.Refuse(Name, $"各投资方出资合计 {PostMoneyAddsUpRule.Yuan(sum)} 元（{f.InvestorAmounts.Count} 家）应等于本轮融资额 {PostMoneyAddsUpRule.Yuan(f.Amount)} 元，且至少一家投资方。",
                new Dictionary<string, string> { ["sum"] = PostMoneyAddsUpRule.Yuan(sum), ["amount"] = PostMoneyAddsUpRule.Yuan(f.Amount), ["investors"] = f.InvestorAmounts.Count.ToString(CultureInfo.InvariantCulture) });
    }
}

public sealed record RoundAmounts(IReadOnlyList<(string Field, decimal Value)> Amounts);

/// <summary>Every amount of a round (valuation, amount, each investor's) is more than zero, exact to the fen and within the books' limit (Kernel Money: ±1 万亿元).</summary>
public sealed class AmountsWithinMoneyRule : IBusinessRule<RoundAmounts>
{
    public string Name => nameof(AmountsWithinMoneyRule);

    public RuleOutcome Check(RoundAmounts f)
    {
        var bad = f.Amounts.FirstOrDefault(a => a.Value <= 0m || a.Value > Gaoxin.Kernel.Money.Money.MaxAbsolute || decimal.Round(a.Value, 2) != a.Value);
        return bad.Field is null
            ? RuleOutcome.Pass(Name)
            : RuleOutcome.Refuse(Name, $"金额 {bad.Value.ToString(CultureInfo.InvariantCulture)} 元无效：须大于零、精确到分且不超过 1 万亿元。",
                new Dictionary<string, string> { ["field"] = bad.Field, ["value"] = bad.Value.ToString(CultureInfo.InvariantCulture) });
    }
}

public sealed record CloseDateFacts(DateOnly ClosedOn, DateOnly Today);

/// <summary>交割日期不能晚于今天（园区时间）: a round is recorded closed only once it has closed.</summary>
public sealed class CloseDateNotFutureRule : IBusinessRule<CloseDateFacts>
{
    public string Name => nameof(CloseDateNotFutureRule);

    public RuleOutcome Check(CloseDateFacts f) => f.ClosedOn <= f.Today
        ? RuleOutcome.Pass(Name)
        : RuleOutcome.Refuse(Name, $"交割日期 {Day(f.ClosedOn)} 晚于今天（{Day(f.Today)}）。",
            new Dictionary<string, string> { ["closedOn"] = Day(f.ClosedOn), ["today"] = Day(f.Today) });

    private static string Day(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}

internal static class RoundRuleCheck
{
    public static void Enforce<T>(IBusinessRule<T> rule, T facts)
    {
        var outcome = rule.Check(facts);
        if (!outcome.Passed)
        {
            throw Refusal.ByRule(outcome);
        }
    }
}
