using Gaoxin.Contracts.Industry;
using Gaoxin.Indicators.Series;
using Gaoxin.Industry.Chains;
using Gaoxin.Industry.Gaps;
using Gaoxin.Industry.Leads;

namespace Gaoxin.Industry.Tests;

/// <summary>Each named rule with its boundary values.</summary>
public sealed class RuleTests
{
    private static readonly StrengthThresholds Thresholds = new(StrongMinEnterprises: 3, StrongMinKeyFirms: 1, StrongMinOutput: 50_000_000m);

    [Theory]
    [InlineData(0, 0, 0, NodeStrength.Gap)]
    [InlineData(1, 0, 999_999_999, NodeStrength.Weak)]        // one ordinary firm, however big: too few
    [InlineData(2, 0, 60_000_000, NodeStrength.Weak)]         // one short of the firm count
    [InlineData(3, 0, 50_000_000, NodeStrength.Strong)]       // exactly at both thresholds
    [InlineData(3, 0, 49_999_999.99, NodeStrength.Weak)]      // a fen short of the output threshold
    [InlineData(1, 1, 50_000_000, NodeStrength.Strong)]       // one key firm is enough firms
    [InlineData(1, 1, 48_000_000, NodeStrength.Weak)]         // 珈钠能源 alone on cathode materials
    public void Local_presence_classifies_gaps_weak_and_strong_nodes(int firms, int keyFirms, double output, NodeStrength expected)
    {
        var presence = new NodePresence("正极材料", firms, keyFirms, (decimal)output, Thresholds);
        LocalPresenceRule.Classify(presence).ShouldBe(expected);
        var outcome = new LocalPresenceRule().Check(presence);
        outcome.Passed.ShouldBe(expected == NodeStrength.Strong);
        if (expected == NodeStrength.Gap)
        {
            outcome.Message.ShouldContain("缺口");
        }
        else if (expected == NodeStrength.Weak)
        {
            outcome.Message.ShouldContain("薄弱");
        }
    }

    [Fact]
    public void A_node_is_refused_when_its_parent_or_its_name_sits_in_another_chain()
    {
        var rule = new NodeInOneChainRule();
        var chain = Guid.NewGuid();
        rule.Check(new NodePlacementFacts(chain, "钠离子电池", chain, "正极材料", null)).Passed.ShouldBeTrue();
        rule.Check(new NodePlacementFacts(chain, "钠离子电池", null, "正极材料", null)).Passed.ShouldBeTrue();

        var parentElsewhere = rule.Check(new NodePlacementFacts(chain, "钠离子电池", Guid.NewGuid(), "正极材料", null));
        parentElsewhere.Passed.ShouldBeFalse();
        parentElsewhere.Rule.ShouldBe(nameof(NodeInOneChainRule));

        var nameElsewhere = rule.Check(new NodePlacementFacts(chain, "钠离子电池", null, "传感器", "无人系统"));
        nameElsewhere.Passed.ShouldBeFalse();
        nameElsewhere.Message.ShouldContain("无人系统");
    }

    [Theory]
    [InlineData(LeadStage.Lead, LeadStage.Contacted, null, true)]
    [InlineData(LeadStage.Negotiating, LeadStage.Negotiating, null, true)]    // a step without a stage change
    [InlineData(LeadStage.Negotiating, LeadStage.Visited, null, false)]
    [InlineData(LeadStage.Negotiating, LeadStage.Visited, "  ", false)]       // blank is no reason
    [InlineData(LeadStage.Negotiating, LeadStage.Visited, "对方要求再次考察厂房", true)]
    [InlineData(LeadStage.Producing, LeadStage.Lead, null, false)]
    public void Moving_a_lead_backwards_needs_a_reason(LeadStage from, LeadStage to, string? reason, bool passes) =>
        new LeadBackwardsNeedsReasonRule().Check(new LeadMove(from, to, reason)).Passed.ShouldBe(passes);

    [Theory]
    [InlineData(0, false)]
    [InlineData(29 * 24 * 60 + 23 * 60 + 59, false)]   // 29 days 23:59 without a step
    [InlineData(30 * 24 * 60, true)]                  // exactly 30 days
    [InlineData(45 * 24 * 60, true)]
    public void A_lead_without_a_step_for_30_days_is_stale(int minutes, bool stale)
    {
        var last = new DateTimeOffset(2025, 10, 1, 9, 0, 0, TimeSpan.Zero);
        var activity = new LeadActivity(LeadStage.Visited, last, last.AddMinutes(minutes), 30);
        StaleLeadRule.IsStale(activity).ShouldBe(stale);
        new StaleLeadRule().Check(activity).Passed.ShouldBe(!stale);
    }

    [Fact]
    public void A_producing_lead_is_never_stale() =>
        StaleLeadRule.IsStale(new LeadActivity(LeadStage.Producing, DateTimeOffset.UnixEpoch, DateTimeOffset.UnixEpoch.AddDays(400), 30)).ShouldBeFalse();

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
        Gaoxin.Indicators.Series.IndicatorBook.Nominal(251.5m, 236.8m).ShouldBe(6.21m);
        Gaoxin.Indicators.Series.IndicatorBook.Nominal(251.5m, null).ShouldBeNull();
        Gaoxin.Indicators.Series.IndicatorBook.Nominal(251.5m, 0m).ShouldBeNull();
    }
}
