using System.Globalization;
using Gaoxin.Kernel.Rules;

namespace Gaoxin.Indicators.Series;

public sealed record ReportedUnit(string Indicator, string? Reported, string Defined);

/// <summary>A value must be reported in its indicator's unit (亿元 is not 万元); an unknown unit is refused, never converted by guess.</summary>
public sealed class UnitMatchesDefinitionRule : IBusinessRule<ReportedUnit>
{
    public string Name => nameof(UnitMatchesDefinitionRule);

    public RuleOutcome Check(ReportedUnit facts)
    {
        var reported = facts.Reported?.Trim();
        if (string.IsNullOrEmpty(reported))
        {
            return RuleOutcome.Refuse(Name, $"“{facts.Indicator}”的单位未填写，应为“{facts.Defined}”。");
        }

        if (!Units.Known.Contains(reported))
        {
            return RuleOutcome.Refuse(Name, $"单位“{reported}”未定义（可用：{string.Join("、", Units.Known)}）。");
        }

        return reported == facts.Defined
            ? RuleOutcome.Pass(Name)
            : RuleOutcome.Refuse(Name, $"“{facts.Indicator}”的单位应为“{facts.Defined}”，报送的是“{reported}”。",
                new Dictionary<string, string> { ["reported"] = reported, ["defined"] = facts.Defined });
    }
}

public sealed record PeriodFacts(int Year, int Month, IReadOnlySet<(int Year, int Month)> Defined);

/// <summary>Values are accepted only for reporting periods the zone has defined (统计期须先定义), so a typo of a month cannot open a new period.</summary>
public sealed class PeriodIsDefinedRule : IBusinessRule<PeriodFacts>
{
    public string Name => nameof(PeriodIsDefinedRule);

    public RuleOutcome Check(PeriodFacts facts) =>
        facts.Defined.Contains((facts.Year, facts.Month))
            ? RuleOutcome.Pass(Name)
            : RuleOutcome.Refuse(Name, $"统计期“{PeriodNames.Title(facts.Year, facts.Month)}”（{PeriodNames.Code(facts.Year, facts.Month)}）未定义，请先新增该统计期。");
}

public sealed record PeriodOccupancy(string Indicator, string Period, bool AlreadyStored, bool EarlierInSameFile);

/// <summary>One value per indicator and period: a second one (in the database or earlier in the same file) is refused, not silently overwritten.</summary>
public sealed class OneValuePerPeriodRule : IBusinessRule<PeriodOccupancy>
{
    public string Name => nameof(OneValuePerPeriodRule);

    public RuleOutcome Check(PeriodOccupancy facts) =>
        facts.EarlierInSameFile ? RuleOutcome.Refuse(Name, $"“{facts.Indicator}”的“{facts.Period}”在文件中重复出现。")
        : facts.AlreadyStored ? RuleOutcome.Refuse(Name, $"“{facts.Indicator}”的“{facts.Period}”已有数值；如需更正，请修改该条记录。")
        : RuleOutcome.Pass(Name);
}

/// <summary>The growth a target now requires.</summary>
/// <param name="Rate">Compound annual growth (ratio, 0.0758 = 7.58%) from the latest full-year value to the target; 0 when already met; null when the target year is not after the latest value's year.</param>
public sealed record RequiredGrowth(int FromYear, decimal FromValue, int ToYear, decimal Target, decimal? Rate, bool AlreadyMet)
{
    public string Display => Rate is { } r ? (r * 100m).ToString("0.00", CultureInfo.InvariantCulture) + "%" : "—";
}

/// <summary>
/// 目标所需年均增速: (target / latest)^(1 / years) − 1, years = target year − latest year. Nominal levels at current prices, so it is
/// the nominal growth needed; said so wherever shown.
/// </summary>
public static class RequiredGrowthRate
{
    public static RequiredGrowth Compute(int fromYear, decimal fromValue, int toYear, decimal target)
    {
        if (fromValue <= 0 || target <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(fromValue), "起点值与目标值必须为正数。");
        }

        if (fromValue >= target)
        {
            return new RequiredGrowth(fromYear, fromValue, toYear, target, 0m, true);
        }

        var years = toYear - fromYear;
        if (years <= 0)
        {
            return new RequiredGrowth(fromYear, fromValue, toYear, target, null, false);
        }

        var rate = Math.Pow((double)(target / fromValue), 1.0 / years) - 1.0;
        return new RequiredGrowth(fromYear, fromValue, toYear, target, decimal.Round((decimal)rate, 6), false);
    }
}
