using Gaoxin.Indicators.Series;

namespace Gaoxin.Indicators.Tests;

/// <summary>Each named indicators rule with its boundary values: units, periods, duplicates, required growth, period names.</summary>
public sealed class RuleTests
{
    [Theory]
    [InlineData("亿元", true)]
    [InlineData(" 亿元 ", true)]
    [InlineData("万元", false)]   // a known unit, but not this indicator's
    [InlineData("亿美元", false)] // not a known unit at all
    [InlineData(null, false)]
    [InlineData("", false)]
    public void A_value_is_reported_in_its_indicators_unit(string? unit, bool passes) =>
        new UnitMatchesDefinitionRule().Check(new ReportedUnit("地区生产总值", unit, "亿元")).Passed.ShouldBe(passes);

    [Theory]
    [InlineData(2025, 9, true)]
    [InlineData(2025, 8, false)]
    [InlineData(2024, 9, false)]
    public void Values_are_accepted_only_for_defined_periods(int year, int month, bool passes) =>
        new PeriodIsDefinedRule().Check(new PeriodFacts(year, month, new HashSet<(int, int)> { (2025, 9), (2025, 6) })).Passed.ShouldBe(passes);

    [Theory]
    [InlineData(false, false, true)]
    [InlineData(true, false, false)]
    [InlineData(false, true, false)]
    public void One_value_per_indicator_and_period(bool stored, bool earlierInFile, bool passes) =>
        new OneValuePerPeriodRule().Check(new PeriodOccupancy("地区生产总值", "2025年前三季度", stored, earlierInFile)).Passed.ShouldBe(passes);

    [Fact]
    public void The_required_growth_is_the_compound_rate_from_the_latest_year_to_the_target()
    {
        var need = RequiredGrowthRate.Compute(2024, 322.4m, 2030, 500m);
        var expected = Math.Pow(500.0 / 322.4, 1.0 / 6) - 1;
        ((double)need.Rate!.Value).ShouldBe(expected, 1e-6);
        need.Display.ShouldBe("7.59%");
        need.AlreadyMet.ShouldBeFalse();

        // Growing at exactly that rate for six years reaches the target.
        (322.4 * Math.Pow(1 + (double)need.Rate.Value, 6)).ShouldBe(500.0, 0.01);
    }

    [Theory]
    [InlineData(2024, 500, 2030, 500)]   // at the target already
    [InlineData(2024, 520, 2030, 500)]   // beyond it
    public void A_target_already_met_requires_no_growth(int fromYear, double from, int toYear, double target)
    {
        var need = RequiredGrowthRate.Compute(fromYear, (decimal)from, toYear, (decimal)target);
        need.Rate.ShouldBe(0m);
        need.AlreadyMet.ShouldBeTrue();
    }

    [Theory]
    [InlineData(2030)]
    [InlineData(2029)]
    public void A_target_not_after_the_latest_year_has_no_rate(int targetYear)
    {
        var need = RequiredGrowthRate.Compute(2030, 450m, targetYear, 500m);
        need.Rate.ShouldBeNull();
        need.Display.ShouldBe("—");
    }

    [Fact]
    public void One_year_to_go_needs_the_simple_ratio() =>
        RequiredGrowthRate.Compute(2029, 400m, 2030, 500m).Rate.ShouldBe(0.25m);

    [Theory]
    [InlineData("2025-09", 2025, 9)]
    [InlineData("2025年1-9月", 2025, 9)]
    [InlineData("2025年前三季度", 2025, 9)]
    [InlineData("2025年上半年", 2025, 6)]
    [InlineData("2025年一季度", 2025, 3)]
    [InlineData("2024年", 2024, 12)]
    [InlineData("2024", 2024, 12)]
    [InlineData("2025年1月", 2025, 1)]
    public void Periods_are_read_as_the_bureau_writes_them(string text, int year, int month)
    {
        PeriodNames.TryParse(text, out var y, out var m).ShouldBeTrue();
        (y, m).ShouldBe((year, month));
    }

    [Theory]
    [InlineData("2025-13")]
    [InlineData("2025-00")]
    [InlineData("二〇二五年")]
    [InlineData("")]
    [InlineData(null)]
    public void Unreadable_periods_are_refused(string? text) => PeriodNames.TryParse(text, out _, out _).ShouldBeFalse();

    [Fact]
    public void Nominal_growth_is_the_ratio_of_current_price_levels()
    {
        IndicatorBook.Nominal(251.5m, 236.8m).ShouldBe(6.21m);
        IndicatorBook.Nominal(251.5m, null).ShouldBeNull();
        IndicatorBook.Nominal(251.5m, 0m).ShouldBeNull();
    }
}
