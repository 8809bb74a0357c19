using Gaoxin.Enterprises.Certification;

namespace Gaoxin.Enterprises.Tests.Certification;

// The verdict and gap texts at the pass marks of 高新 (71) and 创新型 (60), the rule base every gate, item and route
// shares, and the checks on the facts: boundaries the mutation run (issue #23) found unpinned.
public sealed class HighTechVerdictBoundaryTests
{
    /// <summary>Every expert entry given: 8 + 20 + 30 + (6 + 6 + incentive + 0), flat growth 0 + 0.</summary>
    private static FactsBuilder AllExperts(decimal incentive) =>
        FactsBuilder.Enterprise()
            .Expert(ExpertKeys.HighTechIpCount, 8).Expert(ExpertKeys.HighTechIpQuality, 20).Expert(ExpertKeys.HighTechConversion, 30)
            .Expert(ExpertKeys.HighTechRdSystem, 6).Expert(ExpertKeys.HighTechRdInstitution, 6)
            .Expert(ExpertKeys.HighTechRdConversionIncentive, incentive).Expert(ExpertKeys.HighTechRdTalent, 0);

    [Fact]
    public void Exactly_seventy_one_qualifies()
    {
        var e = AllExperts(1).Evaluate(SchemeCode.HighTech);
        e.Total.ShouldBe(71);
        e.Verdict.ShouldBe(Verdict.Qualifies);
        e.Gate(nameof(InnovationScoreGate)).Figures.ShouldBe("创新能力评价 71 分，要求 71 分以上");
        e.Gaps.ShouldBeEmpty();
    }

    [Fact]
    public void A_best_total_of_exactly_seventy_one_awaits_experts_and_says_the_range()
    {
        // Default: 32–80 with IP quality open (0–22); quality 13 → 45–71.
        var e = FactsBuilder.Enterprise().Expert(ExpertKeys.HighTechIpQuality, 13).Evaluate(SchemeCode.HighTech);
        e.Verdict.ShouldBe(Verdict.AwaitingExperts);
        e.Gaps[0].ShouldBe("创新能力评价目前可达 45–71 分（待专家评分或补齐数据），需 71 分以上");
        var gate = e.Gate(nameof(InnovationScoreGate));
        gate.Passed.ShouldBeNull();
        gate.Figures.ShouldBe("创新能力评价可达 45–71 分，要求 71 分以上");
        gate.Gap.ShouldBe("待专家评分：需再得 26 分");
        // An undecided gate's note is not a gap: the range above says it.
        e.Gaps.ShouldNotContain("待专家评分：需再得 26 分");
    }

    [Fact]
    public void A_failed_condition_adds_no_score_gap_when_seventy_one_is_reached()
    {
        var e = AllExperts(1).Flags(f => f with { OwnsCoreIp = false }).Evaluate(SchemeCode.HighTech);
        e.Verdict.ShouldBe(Verdict.DoesNotQualify);
        e.Gaps.ShouldNotContain(g => g.StartsWith("创新能力评价", StringComparison.Ordinal));
    }
}

public sealed class InnovationScoreGateTextTests
{
    private static readonly InnovationScoreGate Gate = new(71);

    [Fact]
    public void Falling_short_says_by_how_much() =>
        Gate.Evaluate(60, 60, false).ShouldSatisfyAllConditions(
            r => r.Passed.ShouldBe(false),
            r => r.Figures.ShouldBe("创新能力评价 60 分，要求 71 分以上"),
            r => r.Gap.ShouldBe("创新能力评价最多 60 分，还差 11 分"));

    [Fact]
    public void A_best_of_exactly_seventy_one_is_still_open() =>
        Gate.Evaluate(50, 71, false).ShouldSatisfyAllConditions(
            r => r.Passed.ShouldBeNull(),
            r => r.Gap.ShouldBe("待专家评分：需再得 21 分"));

    [Fact]
    public void Missing_data_says_so_instead_of_the_points() =>
        Gate.Evaluate(50, 80, true).Gap.ShouldBe("补齐缺少的数据后才能判断");
}

public sealed class HighTechRuleEdgeTests
{
    private static readonly FactsView NoYears = FactsBuilder.WithYears().View();

    [Fact]
    public void Ip_count_full_mark_is_the_class_one_top() =>
        new IpCountItem(HighTechScheme.V2016.IpClassOne, HighTechScheme.V2016.IpClassTwoCount)
            .Evaluate(FactsBuilder.Enterprise().View()).Max.ShouldBe(8);

    [Fact]
    public void Tech_staff_gate_names_missing_tech_staff() =>
        new TechStaffShareGate(0.10m).Evaluate(FactsBuilder.Enterprise().Latest(y => y with { TechStaff = null }).View())
            .Missing.ShouldBe(["缺少 2024 年度科技人员数"]);

    [Fact]
    public void A_negative_conversion_count_is_not_used()
    {
        var item = new ConversionItem(HighTechScheme.V2016.ConversionsPerYear, 3)
            .Evaluate(FactsBuilder.Enterprise().InYear(2023, y => y with { AchievementsConverted = -2 }).View());
        item.Missing.ShouldBe(["2023 年度科技成果转化数为负数（-2），数据无效，未采用"]);
        item.MaxPossible.ShouldBe(30);
    }

    [Fact]
    public void Without_years_the_gates_and_items_are_missing_data()
    {
        new TechStaffShareGate(0.10m).Evaluate(NoYears).Missing.ShouldBe(["缺少年度财务数据"]);
        new HighTechProductIncomeShareGate(0.60m).Evaluate(NoYears).Missing.ShouldBe(["缺少年度财务数据"]);
        new ConversionItem(HighTechScheme.V2016.ConversionsPerYear, 3).Evaluate(NoYears).Missing.ShouldBe(["缺少年度财务数据"]);
    }
}

public sealed class InnovativeVerdictBoundaryTests
{
    [Fact]
    public void Exactly_sixty_with_every_group_at_its_minimum_qualifies()
    {
        // R&D 2% → 10: innovation 10 + 10 = 20, growth 15, specialisation 25: 60.
        var e = FactsBuilder.Enterprise().Latest(y => y with { RdSpend = 200_000m, RdSpendInChina = 200_000m }).Evaluate(SchemeCode.InnovativeSme);
        e.Total.ShouldBe(60);
        e.Verdict.ShouldBe(Verdict.Qualifies);
    }

    [Fact]
    public void Below_sixty_says_the_total_and_the_group_short_but_not_a_group_at_its_minimum()
    {
        // R&D 1% → 5: innovation 15, growth exactly 15, total 55.
        var e = FactsBuilder.Enterprise().Latest(y => y with { RdSpend = 100_000m, RdSpendInChina = 100_000m }).Evaluate(SchemeCode.InnovativeSme);
        e.Verdict.ShouldBe(Verdict.DoesNotQualify);
        e.Gaps.ShouldContain("总分最多 55 分，需 60 分以上：还差 5 分");
        e.Gaps.ShouldContain("创新能力指标 15 分，需不低于 20 分：还差 5 分");
        e.Gaps.ShouldNotContain(g => g.StartsWith("成长性指标", StringComparison.Ordinal));
    }

    [Fact]
    public void A_group_that_can_still_reach_its_minimum_is_not_a_gap()
    {
        // Debt ratio unknown: growth 5 + (0–10) can still reach 15.
        var e = FactsBuilder.Enterprise().Latest(y => y with { DebtRatio = null }).Evaluate(SchemeCode.InnovativeSme);
        e.Verdict.ShouldBe(Verdict.MissingData);
        e.Gaps.ShouldNotContain(g => g.StartsWith("成长性指标", StringComparison.Ordinal));
    }
}

public sealed class RuleBaseTests
{
    [Fact]
    public void A_refusing_gate_carries_its_figures()
    {
        var outcome = new SalesCeilingGate(200_000_000m).Check(FactsBuilder.Enterprise().Latest(y => y with { Sales = 250_000_000m }).Build());
        outcome.Passed.ShouldBeFalse();
        outcome.Message.ShouldBe("年销售收入不超过 200,000,000 元：销售收入 250,000,000 元，超过上限 200,000,000 元 共 50,000,000 元，不属于科技型中小企业规模");
        outcome.Figures["figures"].ShouldBe("2024 年度销售收入 250,000,000 元，上限 200,000,000 元");
    }

    [Fact]
    public void A_gate_lacking_data_shows_no_figures_but_says_so() =>
        new SalesCeilingGate(200_000_000m).Evaluate(FactsBuilder.Enterprise().Latest(y => y with { Sales = null }).View())
            .Figures.ShouldBe("缺少数据");

    [Fact]
    public void An_item_lacking_data_is_not_awaiting_experts() =>
        new TechStaffShareItem(TechSmeScheme.V2017.TechStaffShare).Evaluate(FactsBuilder.Enterprise().Latest(y => y with { TechStaff = null }).View())
            .ExpertJudged.ShouldBeFalse();

    [Fact]
    public void An_expert_score_at_the_bottom_of_the_band_is_taken()
    {
        // 5 conversions a year: band 25–30.
        var item = new ConversionItem(HighTechScheme.V2016.ConversionsPerYear, 3).Evaluate(FactsBuilder.Enterprise().Expert(ExpertKeys.HighTechConversion, 25).View());
        item.Score.ShouldBe(25);
        (item.Missing ?? []).ShouldBeEmpty();
    }

    [Fact]
    public void An_expert_score_outside_the_band_leaves_the_band_open()
    {
        // Five Class Ⅱ rights: band 5–6 of 8; an entry of 7 is refused and the item stays 5–6.
        var item = new IpCountItem(HighTechScheme.V2016.IpClassOne, HighTechScheme.V2016.IpClassTwoCount)
            .Evaluate(FactsBuilder.Enterprise().Latest(y => y with { ClassOneIp = 0, ClassTwoIp = 5 }).Expert(ExpertKeys.HighTechIpCount, 7).View());
        item.MinPossible.ShouldBe(5);
        item.MaxPossible.ShouldBe(6);
        item.ExpertJudged.ShouldBeFalse();
        item.Missing.ShouldBe(["专家评分 7 分不在本档 5–6 分内，未采用"]);
    }

    [Fact]
    public void A_table_needs_a_band() => Should.Throw<ArgumentException>(() => new BandTable("无"));

    [Fact]
    public void A_range_of_one_value_reads_as_one_score() => Show.Range(3, 3).ShouldBe("3 分");

    [Fact]
    public void A_certificate_is_valid_from_its_first_day()
    {
        var c = new HeldCertificate(SchemeCode.HighTech, "GR2025", FactsBuilder.Day, FactsBuilder.Day.AddYears(3));
        c.IsValidOn(FactsBuilder.Day).ShouldBeTrue();
        c.IsValidOn(FactsBuilder.Day.AddDays(-1)).ShouldBeFalse();
    }
}

public sealed class FactsViewConsistencyTests
{
    public static TheoryData<string, string> Pairs => new()
    {
        { "RdSpendInChina", "2024 年度境内研发费用（700,000 元）大于研发费用（600,000 元），数据不一致，两项均未采用" },
        { "HighTechIncome", "2024 年度高新技术产品（服务）收入（11,000,000 元）大于营业收入（总收入）（10,000,000 元），数据不一致，两项均未采用" },
        { "MainBusinessRevenue", "2024 年度主营业务收入（12,000,000 元）大于营业收入（总收入）（10,000,000 元），数据不一致，两项均未采用" },
        { "HighValueClassOneIp", "2024 年度Ⅰ类高价值知识产权数（2 项）大于Ⅰ类知识产权数（1 项），数据不一致，两项均未采用" },
        { "SelfDevelopedClassOneIp", "2024 年度自主研发Ⅰ类知识产权数（2 项）大于Ⅰ类知识产权数（1 项），数据不一致，两项均未采用" },
    };

    [Theory]
    [MemberData(nameof(Pairs))]
    public void A_part_larger_than_its_whole_makes_both_unusable(string part, string message)
    {
        var view = FactsBuilder.Enterprise().Latest(y => part switch
        {
            "RdSpendInChina" => y with { RdSpendInChina = 700_000m },
            "HighTechIncome" => y with { HighTechIncome = 11_000_000m },
            "MainBusinessRevenue" => y with { MainBusinessRevenue = 12_000_000m },
            "HighValueClassOneIp" => y with { HighValueClassOneIp = 2 },
            _ => y with { SelfDevelopedClassOneIp = 2 },
        }).View();
        var partFigure = Enum.Parse<Figure>(part);
        var whole = partFigure switch
        {
            Figure.RdSpendInChina => Figure.RdSpend,
            Figure.HighTechIncome or Figure.MainBusinessRevenue => Figure.TotalRevenue,
            _ => Figure.ClassOneIp,
        };

        List<string>? missing = null;
        view.TryGet(2, partFigure, out _, ref missing).ShouldBeFalse();
        view.TryGet(2, whole, out _, ref missing).ShouldBeFalse();
        missing.ShouldBe([message]);
    }

    [Fact]
    public void A_bad_figure_in_one_year_leaves_the_other_years_usable()
    {
        var view = FactsBuilder.Enterprise().InYear(2022, y => y with { Sales = -1m }).View();
        List<string>? missing = null;
        view.TryGet(0, Figure.Sales, out _, ref missing).ShouldBeFalse();
        view.TryGet(2, Figure.Sales, out var latest, ref missing).ShouldBeTrue();
        latest.ShouldBe(10_000_000m);
        missing.ShouldBe(["2022 年度销售收入为负数（-1），数据无效，未采用"]);
    }
}

public sealed class GateRefusalTextTests
{
    [Fact]
    public void A_gate_refusing_for_missing_figures_names_each_of_them() =>
        new RdAmountAndShareGate(1_000_000m, 0.03m)
            .Check(FactsBuilder.Enterprise().Latest(y => y with { RdSpend = null, RdSpendInChina = null, TotalRevenue = null }).Build())
            .Message.ShouldBe("研发费用不低于 1,000,000 元 且占营业收入不低于 3%：缺少 2024 年度研发费用；缺少 2024 年度营业收入（总收入）");

    [Fact]
    public void Unknown_niche_years_are_named() =>
        new NicheMarketYearsGate(2).Evaluate(FactsBuilder.Enterprise().Flags(f => f with { YearsInNicheMarket = null }).View())
            .Missing.ShouldBe(["缺少从事特定细分市场的年限"]);
}
