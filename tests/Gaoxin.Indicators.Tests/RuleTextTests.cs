using Gaoxin.Indicators.Series;

namespace Gaoxin.Indicators.Tests;

/// <summary>
/// What a person reads when an indicators rule refuses a value: each explanation and its figures word for word (issue #23),
/// and the boundaries of the required growth the rule tests leave open.
/// </summary>
public sealed class RuleTextTests
{
    [Fact]
    public void A_missing_unit_names_the_indicator_and_the_unit_it_needs()
    {
        var rule = new UnitMatchesDefinitionRule();
        var outcome = rule.Check(new ReportedUnit("地区生产总值", "  ", "亿元"));
        outcome.Rule.ShouldBe(nameof(UnitMatchesDefinitionRule));
        outcome.Message.ShouldBe("“地区生产总值”的单位未填写，应为“亿元”。");
        rule.Check(new ReportedUnit("地区生产总值", null, "亿元")).Message.ShouldBe("“地区生产总值”的单位未填写，应为“亿元”。");
    }

    [Fact]
    public void An_unknown_unit_lists_the_units_that_exist()
    {
        var outcome = new UnitMatchesDefinitionRule().Check(new ReportedUnit("地区生产总值", " 亿美元 ", "亿元"));
        outcome.Message.ShouldBe("单位“亿美元”未定义（可用：亿元、万元、元、%、家、个、项、人、万人次）。");
    }

    [Fact]
    public void Another_known_unit_names_both_and_gives_them_as_figures()
    {
        var outcome = new UnitMatchesDefinitionRule().Check(new ReportedUnit("地区生产总值", " 万元", "亿元"));
        outcome.Passed.ShouldBeFalse();
        outcome.Message.ShouldBe("“地区生产总值”的单位应为“亿元”，报送的是“万元”。");
        outcome.Figures["reported"].ShouldBe("万元");
        outcome.Figures["defined"].ShouldBe("亿元");
    }

    [Theory]
    [InlineData(2025, 8, "统计期“2025年1-8月”（2025-08）未定义，请先新增该统计期。")]
    [InlineData(2024, 12, "统计期“2024年”（2024-12）未定义，请先新增该统计期。")]
    public void An_undefined_period_is_named_by_title_and_code(int year, int month, string message)
    {
        var outcome = new PeriodIsDefinedRule().Check(new PeriodFacts(year, month, new HashSet<(int, int)> { (2025, 9) }));
        outcome.Rule.ShouldBe(nameof(PeriodIsDefinedRule));
        outcome.Message.ShouldBe(message);
    }

    [Fact]
    public void A_duplicate_in_the_file_is_named_before_one_already_stored()
    {
        var rule = new OneValuePerPeriodRule();
        rule.Check(new PeriodOccupancy("地区生产总值", "2025年前三季度", true, true)).Message
            .ShouldBe("“地区生产总值”的“2025年前三季度”在文件中重复出现。");
        var stored = rule.Check(new PeriodOccupancy("地区生产总值", "2025年前三季度", true, false));
        stored.Rule.ShouldBe(nameof(OneValuePerPeriodRule));
        stored.Message.ShouldBe("“地区生产总值”的“2025年前三季度”已有数值；如需更正，请修改该条记录。");
    }

    [Theory]
    [InlineData(0, 500)]
    [InlineData(-1, 500)]
    [InlineData(400, 0)]
    [InlineData(400, -1)]
    public void Growth_from_or_to_nothing_is_not_computed(int from, int target) =>
        Should.Throw<ArgumentOutOfRangeException>(() => RequiredGrowthRate.Compute(2024, from, 2030, target))
            .Message.ShouldStartWith("起点值与目标值必须为正数。");

    [Fact]
    public void The_smallest_positive_values_are_computed()
    {
        var need = RequiredGrowthRate.Compute(2029, 0.01m, 2030, 0.02m);
        need.Rate.ShouldBe(1m);
        need.Display.ShouldBe("100.00%");
    }

    [Fact]
    public void A_growth_keeps_what_it_was_computed_from()
    {
        var need = RequiredGrowthRate.Compute(2024, 322.4m, 2030, 500m);
        need.ShouldBe(new RequiredGrowth(2024, 322.4m, 2030, 500m, 0.075877m, false));
        need.Display.ShouldBe("7.59%");

        RequiredGrowthRate.Compute(2024, 500m, 2030, 500m).ShouldBe(new RequiredGrowth(2024, 500m, 2030, 500m, 0m, true));
        RequiredGrowthRate.Compute(2030, 450m, 2029, 500m).ShouldBe(new RequiredGrowth(2030, 450m, 2029, 500m, null, false));
    }

    [Fact]
    public void A_target_just_above_the_latest_value_needs_a_small_rate()
    {
        // One hundredth of a yuan short: not met, and the rate is rounded to six decimals.
        var need = RequiredGrowthRate.Compute(2029, 499.99m, 2030, 500m);
        need.AlreadyMet.ShouldBeFalse();
        need.Rate.ShouldBe(0.00002m);
        need.Display.ShouldBe("0.00%");
    }

    [Fact]
    public void A_target_a_year_ahead_has_a_rate()
    {
        var need = RequiredGrowthRate.Compute(2029, 400m, 2030, 500m);
        need.AlreadyMet.ShouldBeFalse();
        need.Display.ShouldBe("25.00%");
    }
}
