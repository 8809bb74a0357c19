using Gaoxin.Enterprises.Certification;

namespace Gaoxin.Enterprises.Tests.Certification;

// 专精特新中小企业 (工信部企业〔2022〕63号 附件2): the texts a person reads for each rule, and the boundaries the mutation
// run (issue #23) found unpinned. Eligible(): R&D 1,000,000 = 10% of revenue 10,000,000 every year, 5 years in the niche.
public sealed class SpecialisedSmeExplanationTests
{
    private static FactsBuilder Eligible() =>
        FactsBuilder.Enterprise().EveryYear(y => y with { RdSpend = 1_000_000m, RdSpendInChina = 1_000_000m });

    [Fact]
    public void Zero_years_in_the_niche_is_a_fact_that_fails_not_a_missing_one()
    {
        var r = new NicheMarketYearsGate(2).Evaluate(Eligible().Flags(f => f with { YearsInNicheMarket = 0 }).View());
        r.Passed.ShouldBe(false);
        r.Figures.ShouldBe("从事特定细分市场 0 年，要求 2 年以上");
        r.Gap.ShouldBe("从事特定细分市场 0 年：还需 2 年");
    }

    [Fact]
    public void Negative_years_in_the_niche_are_not_used()
    {
        var r = new NicheMarketYearsGate(2).Evaluate(Eligible().Flags(f => f with { YearsInNicheMarket = -1 }).View());
        r.Passed.ShouldBeNull();
        r.Missing.ShouldBe(["从事特定细分市场年限为负数（-1），数据无效，未采用"]);
    }

    [Fact]
    public void Rd_gate_names_every_missing_figure()
    {
        var r = new RdAmountAndShareGate(1_000_000m, 0.03m).Evaluate(Eligible().Latest(y => y with { RdSpend = null, RdSpendInChina = null, TotalRevenue = null }).View());
        r.Passed.ShouldBeNull();
        r.Missing.ShouldBe(["缺少 2024 年度研发费用", "缺少 2024 年度营业收入（总收入）"]);
    }

    [Fact]
    public void Rd_gate_with_only_revenue_missing_is_missing()
    {
        var r = new RdAmountAndShareGate(1_000_000m, 0.03m).Evaluate(Eligible().Latest(y => y with { TotalRevenue = null }).View());
        r.Passed.ShouldBeNull();
        r.Missing.ShouldBe(["缺少 2024 年度营业收入（总收入）"]);
    }

    [Fact]
    public void Rd_share_of_exactly_three_percent_passes()
    {
        // 1,200,000 / 40,000,000 = 3.00%.
        var r = new RdAmountAndShareGate(1_000_000m, 0.03m).Evaluate(Eligible()
            .Latest(y => y with { RdSpend = 1_200_000m, RdSpendInChina = 1_200_000m, TotalRevenue = 40_000_000m }).View());
        r.Passed.ShouldBe(true);
        r.Figures.ShouldBe("2024 年度研发费用 1,200,000 元，营业收入 40,000,000 元，占比 3.00%");
    }

    [Fact]
    public void No_revenue_fails_the_share_whatever_the_rd()
    {
        // Before issue #23's tests the gap read "还需增加研发投入 0 元": no amount makes a share of nothing.
        var r = new RdAmountAndShareGate(1_000_000m, 0.03m).Evaluate(Eligible()
            .Latest(y => y with { TotalRevenue = 0m, MainBusinessRevenue = 0m, HighTechIncome = 0m }).View());
        r.Passed.ShouldBe(false);
        r.Figures.ShouldBe("2024 年度研发费用 1,000,000 元，营业收入为 0");
        r.Gap.ShouldBe("营业收入为 0，研发费用占营业收入比重无法达到 3.00%：需先有营业收入");
    }

    [Fact]
    public void Rd_gate_says_both_figures_and_the_larger_shortfall()
    {
        // 900,000 of 20,000,000 = 4.5%: the share is met, the 1,000,000 floor is 100,000 away.
        var r = new RdAmountAndShareGate(1_000_000m, 0.03m).Evaluate(Eligible()
            .Latest(y => y with { RdSpend = 900_000m, RdSpendInChina = 900_000m, TotalRevenue = 20_000_000m }).View());
        r.Passed.ShouldBe(false);
        r.Figures.ShouldBe("2024 年度研发费用 900,000 元，营业收入 20,000,000 元，占比 4.50%");
        r.Gap.ShouldBe("研发费用 900,000 元、占营业收入 4.50%，需不低于 1,000,000 元 且占比达到 3.00%：还需增加研发投入 100,000 元");
    }

    [Fact]
    public void Revenue_or_equity_gate_says_how_much_more_of_either()
    {
        // Revenue 9,000,000 (1,000,000 short); equity 2023–2024: 5,000,000 (15,000,000 short).
        var r = new RevenueOrEquityGate(10_000_000m, 20_000_000m, 2).Evaluate(Eligible()
            .Latest(y => y with { TotalRevenue = 9_000_000m, MainBusinessRevenue = 8_000_000m, HighTechIncome = 7_000_000m, EquityRaised = 5_000_000m }).View());
        r.Passed.ShouldBe(false);
        r.Figures.ShouldBe("2024 年度营业收入 9,000,000 元；近 2 年股权融资 5,000,000 元");
        r.Gap.ShouldBe("营业收入还需增加 1,000,000 元，或近 2 年股权融资还需增加 15,000,000 元");
    }

    [Fact]
    public void Revenue_or_equity_gate_passes_on_either_and_says_which()
    {
        var gate = new RevenueOrEquityGate(10_000_000m, 20_000_000m, 2);
        gate.Evaluate(Eligible().View()).Figures.ShouldBe("2024 年度营业收入 10,000,000 元，不低于 10,000,000 元");
        gate.Evaluate(Eligible().Latest(y => y with { TotalRevenue = null, EquityRaised = 20_000_000m }).View())
            .ShouldSatisfyAllConditions(r => r.Passed.ShouldBe(true), r => r.Figures.ShouldBe("近 2 年股权融资 20,000,000 元，不低于 20,000,000 元"));
    }

    [Fact]
    public void Unknown_revenue_with_too_little_equity_is_missing_not_failed()
    {
        var r = new RevenueOrEquityGate(10_000_000m, 20_000_000m, 2).Evaluate(Eligible().Latest(y => y with { TotalRevenue = null }).View());
        r.Passed.ShouldBeNull();
        r.Missing.ShouldBe(["缺少 2024 年度营业收入（总收入）"]);
    }

    [Fact]
    public void Unknown_equity_with_too_little_revenue_is_missing_not_failed()
    {
        var r = new RevenueOrEquityGate(10_000_000m, 20_000_000m, 2).Evaluate(Eligible()
            .Latest(y => y with { TotalRevenue = 9_000_000m, MainBusinessRevenue = 8_000_000m, HighTechIncome = 7_000_000m, EquityRaised = -1m }).View());
        r.Passed.ShouldBeNull();
        r.Missing.ShouldBe(["2024 年度股权融资额为负数（-1），数据无效，未采用"]);
    }

    [Fact]
    public void Gates_without_years_are_missing_data()
    {
        var none = FactsBuilder.WithYears().View();
        new RdAmountAndShareGate(1_000_000m, 0.03m).Evaluate(none).Missing.ShouldBe(["缺少年度财务数据"]);
        new RevenueOrEquityGate(10_000_000m, 20_000_000m, 2).Evaluate(none).Missing.ShouldBe(["缺少年度财务数据"]);
    }

    [Theory]
    [InlineData(true, "近三年获省级科技奖励（前三）或国家级科技奖励（前五）")]
    [InlineData(false, "近三年没有符合排名要求的科技奖励")]
    public void Award_route_says_why(bool award, string evidence) =>
        new SpecialisedAwardRoute().Evaluate(Eligible().Flags(f => f with { AwardProvincialTop3OrNationalTop5Last3Years = award }).View())
            .ShouldSatisfyAllConditions(r => r.Met.ShouldBe(award), r => r.Evidence.ShouldBe(evidence));

    [Theory]
    [InlineData(true, "进入“创客中国”全国 500 强企业组名单")]
    [InlineData(false, "未进入“创客中国”全国 500 强企业组名单")]
    public void Chuangke_route_says_why(bool top500, string evidence) =>
        new ChuangkeTop500Route().Evaluate(Eligible().Flags(f => f with { ChuangkeTop500 = top500 }).View())
            .ShouldSatisfyAllConditions(r => r.Met.ShouldBe(top500), r => r.Evidence.ShouldBe(evidence));

    [Fact]
    public void Average_rd_route_says_the_average_and_names_every_missing_year()
    {
        var route = new AverageRdRoute(10_000_000m, 2);
        route.Evaluate(Eligible().View()).Evidence.ShouldBe("近 2 年研发费用年均 1,000,000 元，未达 10,000,000 元");
        var lacking = route.Evaluate(Eligible().InYear(2023, y => y with { RdSpend = null, RdSpendInChina = null })
            .Latest(y => y with { RdSpend = null, RdSpendInChina = null }).View());
        lacking.Met.ShouldBeFalse();
        lacking.Missing.ShouldBe(["缺少 2023 年度研发费用", "缺少 2024 年度研发费用"]);
    }
}

public sealed class SpecialisedSmeVerdictTests
{
    private static FactsBuilder Eligible() =>
        FactsBuilder.Enterprise().EveryYear(y => y with { RdSpend = 1_000_000m, RdSpendInChina = 1_000_000m });

    [Fact]
    public void A_best_total_of_exactly_sixty_awaits_experts_and_says_the_range()
    {
        // 10 + 0 + 35 settled, 特色化 open (0–15): 45–60.
        var e = Eligible().Expert(ExpertKeys.SpecialisedSpecialisation, 10).Expert(ExpertKeys.SpecialisedRefinement, 0)
            .Expert(ExpertKeys.SpecialisedInnovation, 35).Evaluate(SchemeCode.SpecialisedSme);
        e.Verdict.ShouldBe(Verdict.AwaitingExperts);
        e.Gaps.ShouldBe(["总分目前可达 45–60 分（待专家评分或补齐数据），需 60 分以上"]);
    }

    [Fact]
    public void A_failed_condition_is_the_only_gap_when_the_lowest_total_already_passes()
    {
        // 25 + 20 + 15 settled = 60, 特色化 open: 60–75, but one year in the niche fails a condition.
        var e = Eligible().Flags(f => f with { YearsInNicheMarket = 1 })
            .Expert(ExpertKeys.SpecialisedSpecialisation, 25).Expert(ExpertKeys.SpecialisedRefinement, 20)
            .Expert(ExpertKeys.SpecialisedInnovation, 15).Evaluate(SchemeCode.SpecialisedSme);
        e.Verdict.ShouldBe(Verdict.DoesNotQualify);
        e.Gaps.ShouldBe(["从事特定细分市场 1 年：还需 1 年"]);
    }

    [Fact]
    public void Two_direct_items_that_cannot_be_judged_make_it_missing_data()
    {
        // 2023 not reported (the average needs 2023–2024) and 2024's equity negative (not used).
        var e = FactsBuilder.WithYears(
                FactsBuilder.Year(2022) with { RdSpend = 1_000_000m, RdSpendInChina = 1_000_000m },
                FactsBuilder.Year(2024) with { RdSpend = 1_000_000m, RdSpendInChina = 1_000_000m, EquityRaised = -1m })
            .Evaluate(SchemeCode.SpecialisedSme);
        e.Verdict.ShouldBe(Verdict.MissingData);
        e.MissingInputs.ShouldContain("需要最近 2 个连续年度（2023–2024 年）的数据，缺少 2023 年度");
        e.MissingInputs.ShouldContain("2024 年度股权融资额为负数（-1），数据无效，未采用");
    }
}

public sealed class SpecialisedSmeTitleTests
{
    [Fact]
    public void Conditions_items_and_routes_carry_the_measures_names()
    {
        var e = FactsBuilder.Enterprise().Evaluate(SchemeCode.SpecialisedSme);
        e.Gates.Skip(4).Select(g => g.Title).ShouldBe([
            "从事特定细分市场 2 年以上",
            "研发费用不低于 1,000,000 元 且占营业收入不低于 3%",
            "营业收入 10,000,000 元 以上或近 2 年股权融资 20,000,000 元 以上",
        ]);
        e.Items.Select(i => i.Title).ShouldBe(["专业化指标", "精细化指标", "特色化指标（省定）", "创新能力指标"]);
        e.Direct.Select(d => d.Title).ShouldBe([
            "近三年获省级科技奖励（前三）或国家级科技奖励（前五）",
            "近 2 年研发费用年均 10,000,000 元 以上",
            "近 2 年新增股权融资 60,000,000 元 以上",
            "“创客中国”大赛全国 500 强企业组",
        ]);
    }

    [Fact]
    public void The_niche_condition_says_the_years_it_passed_on() =>
        FactsBuilder.Enterprise().Evaluate(SchemeCode.SpecialisedSme).Gate(nameof(NicheMarketYearsGate)).Figures.ShouldBe("从事特定细分市场 5 年，要求 2 年以上");

    [Fact]
    public void The_average_rd_route_says_the_average_it_met()
    {
        var big = FactsBuilder.Enterprise().EveryYear(y => y with { TotalRevenue = 100_000_000m, Sales = 100_000_000m, TotalCosts = 80_000_000m, RdSpend = 10_000_000m, RdSpendInChina = 10_000_000m });
        new AverageRdRoute(10_000_000m, 2).Evaluate(big.View()).Evidence.ShouldBe("近 2 年研发费用年均 10,000,000 元");
    }
}
