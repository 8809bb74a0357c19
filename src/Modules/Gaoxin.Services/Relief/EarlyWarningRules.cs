using System.Globalization;
using Gaoxin.Kernel.Rules;

namespace Gaoxin.Services.Relief;

/// <summary>
/// An enterprise's last two consecutive reported years (监测预警的事实): the figures of <see cref="Year"/> and of the year
/// before, each null when not reported. Profit is 利润总额 (total revenue less total costs and expenses).
/// </summary>
public sealed record WarningFacts(int Year, decimal? SalesBefore, decimal? Sales, decimal? ProfitBefore, decimal? Profit, int? EmployeesBefore, int? Employees);

/// <summary>
/// 营业收入大幅下滑: sales fell year on year by more than <see cref="Share"/> (20% by default; exactly 20% does not fire).
/// Passed = no warning. The parameters are constants of the zone's monitoring, documented here.
/// </summary>
public sealed class SalesDropRule(decimal share = 0.20m) : IBusinessRule<WarningFacts>
{
    public decimal Share { get; } = share;

    public string Name => nameof(SalesDropRule);

    public RuleOutcome Check(WarningFacts facts)
    {
        if (facts.SalesBefore is not { } before || facts.Sales is not { } now || before <= 0)
        {
            return RuleOutcome.Pass(Name, "数据不足，无法比较营业收入。");
        }

        var drop = (before - now) / before;
        return drop > Share
            ? RuleOutcome.Refuse(Name, $"{facts.Year} 年营业收入同比下降 {drop:P1}（超过 {Share:P0}）。", new Dictionary<string, string>
            {
                ["salesBefore"] = before.ToString("0.##", CultureInfo.InvariantCulture),
                ["sales"] = now.ToString("0.##", CultureInfo.InvariantCulture),
                ["drop"] = drop.ToString("0.####", CultureInfo.InvariantCulture),
                ["threshold"] = Share.ToString("0.####", CultureInfo.InvariantCulture),
            })
            : RuleOutcome.Pass(Name);
    }
}

/// <summary>连续两年亏损: a loss (利润总额 below zero) in the latest year and in the year before. Passed = no warning.</summary>
public sealed class SecondYearOfLossRule : IBusinessRule<WarningFacts>
{
    public string Name => nameof(SecondYearOfLossRule);

    public RuleOutcome Check(WarningFacts facts) => facts is { ProfitBefore: < 0m, Profit: < 0m }
        ? RuleOutcome.Refuse(Name, $"{facts.Year - 1}、{facts.Year} 年连续亏损。", new Dictionary<string, string>
        {
            ["profitBefore"] = facts.ProfitBefore.Value.ToString("0.##", CultureInfo.InvariantCulture),
            ["profit"] = facts.Profit.Value.ToString("0.##", CultureInfo.InvariantCulture),
        })
        : RuleOutcome.Pass(Name);
}

/// <summary>
/// 从业人员明显减少: employees fell year on year by more than <see cref="Share"/> (15%) or by more than <see cref="Count"/>
/// people (50); exactly at either threshold does not fire. Passed = no warning.
/// </summary>
public sealed class FallingEmploymentRule(decimal share = 0.15m, int count = 50) : IBusinessRule<WarningFacts>
{
    public decimal Share { get; } = share;

    public int Count { get; } = count;

    public string Name => nameof(FallingEmploymentRule);

    public RuleOutcome Check(WarningFacts facts)
    {
        if (facts.EmployeesBefore is not { } before || facts.Employees is not { } now || before <= 0)
        {
            return RuleOutcome.Pass(Name, "数据不足，无法比较从业人员。");
        }

        var lost = before - now;
        var drop = (decimal)lost / before;
        return drop > Share || lost > Count
            ? RuleOutcome.Refuse(Name, $"{facts.Year} 年从业人员由 {before} 人减至 {now} 人（减少 {lost} 人，{drop:P1}）。", new Dictionary<string, string>
            {
                ["employeesBefore"] = before.ToString(CultureInfo.InvariantCulture),
                ["employees"] = now.ToString(CultureInfo.InvariantCulture),
                ["drop"] = drop.ToString("0.####", CultureInfo.InvariantCulture),
                ["thresholdShare"] = Share.ToString("0.####", CultureInfo.InvariantCulture),
                ["thresholdCount"] = Count.ToString(CultureInfo.InvariantCulture),
            })
            : RuleOutcome.Pass(Name);
    }
}

/// <summary>The monitoring's rules in one list, and the difficulty each suggests for a case.</summary>
public static class EarlyWarnings
{
    public static IReadOnlyList<IBusinessRule<WarningFacts>> Rules { get; } = [new SalesDropRule(), new SecondYearOfLossRule(), new FallingEmploymentRule()];

    /// <summary>The rules that fired (failed outcomes) on the facts.</summary>
    public static IReadOnlyList<RuleOutcome> Fired(WarningFacts facts) => [.. BusinessRules.CheckAll(facts, Rules).Where(o => !o.Passed)];

    /// <summary>Sales falling is a market difficulty, losses a financing one, fewer people a labour one.</summary>
    public static DifficultyCategory CategoryOf(IReadOnlyList<RuleOutcome> fired) =>
        fired.Any(o => o.Rule == nameof(SalesDropRule)) ? DifficultyCategory.Market
        : fired.Any(o => o.Rule == nameof(SecondYearOfLossRule)) ? DifficultyCategory.Financing
        : DifficultyCategory.Labour;
}
