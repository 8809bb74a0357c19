using Gaoxin.Enterprises.Certification;

namespace Gaoxin.Enterprises.Tests.Certification;

// Expected values from 工信部企业〔2022〕63号 附件2 as summarised in certifications.md.
public sealed class SpecialisedSmeTests
{
    /// <summary>Meets every condition: 5 years in the niche, R&amp;D 1,000,000 = 10% of 10,000,000 revenue.</summary>
    private static FactsBuilder Eligible() =>
        FactsBuilder.Enterprise().EveryYear(y => y with { RdSpend = 1_000_000m, RdSpendInChina = 1_000_000m });

    private static FactsBuilder Scored(FactsBuilder f, decimal specialisation, decimal refinement, decimal local, decimal innovation) =>
        f.Expert(ExpertKeys.SpecialisedSpecialisation, specialisation).Expert(ExpertKeys.SpecialisedRefinement, refinement)
            .Expert(ExpertKeys.SpecialisedLocalFeatures, local).Expert(ExpertKeys.SpecialisedInnovation, innovation);

    [Theory]
    [InlineData(2, true)]
    [InlineData(1, false)]
    public void Niche_market_two_years(int years, bool passes) =>
        new NicheMarketYearsGate(2).Evaluate(Eligible().Flags(f => f with { YearsInNicheMarket = years }).View()).Passed.ShouldBe(passes);

    [Fact]
    public void Unknown_niche_years_is_missing() =>
        new NicheMarketYearsGate(2).Evaluate(Eligible().Flags(f => f with { YearsInNicheMarket = null }).View()).Passed.ShouldBeNull();

    [Fact]
    public void Rd_of_one_million_passes_and_one_yuan_less_fails()
    {
        var gate = new RdAmountAndShareGate(1_000_000m, 0.03m);
        gate.Evaluate(Eligible().View()).Passed.ShouldBe(true);
        var r = gate.Evaluate(Eligible().Latest(y => y with { RdSpend = 999_999m, RdSpendInChina = 999_999m }).View());
        r.Passed.ShouldBe(false);
        r.Gap!.ShouldEndWith("还需增加研发投入 1 元");
    }

    [Fact]
    public void Rd_share_below_three_percent_fails_with_the_larger_shortfall()
    {
        // 1,100,000 / 40,000,000 = 2.75%; 3% = 1,200,000 → 100,000 more (the 1M floor is already met).
        var r = new RdAmountAndShareGate(1_000_000m, 0.03m).Evaluate(Eligible()
            .Latest(y => y with { RdSpend = 1_100_000m, RdSpendInChina = 1_100_000m, TotalRevenue = 40_000_000m }).View());
        r.Passed.ShouldBe(false);
        r.Gap!.ShouldEndWith("还需增加研发投入 100,000 元");
    }

    [Fact]
    public void Revenue_of_ten_million_or_equity_of_twenty_million_in_two_years()
    {
        var gate = new RevenueOrEquityGate(10_000_000m, 20_000_000m, 2);
        gate.Evaluate(Eligible().View()).Passed.ShouldBe(true);

        var small = Eligible().Latest(y => y with { TotalRevenue = 9_999_999m, MainBusinessRevenue = 8_000_000m, HighTechIncome = 7_000_000m });
        gate.Evaluate(small.View()).Passed.ShouldBe(false);

        // 2022 is outside the two years (2023–2024).
        gate.Evaluate(small.InYear(2022, y => y with { EquityRaised = 20_000_000m }).View()).Passed.ShouldBe(false);
        gate.Evaluate(small.InYear(2023, y => y with { EquityRaised = 12_000_000m }).Latest(y => y with { EquityRaised = 8_000_000m }).View()).Passed.ShouldBe(true);
    }

    [Fact]
    public void Without_reviewer_scores_it_awaits_experts_over_the_full_range()
    {
        var e = Eligible().Evaluate(SchemeCode.SpecialisedSme);
        e.Verdict.ShouldBe(Verdict.AwaitingExperts);
        e.MinReachable.ShouldBe(0);
        e.MaxReachable.ShouldBe(100);
        e.Items.ShouldAllBe(i => i.ExpertJudged);
    }

    [Fact]
    public void Sixty_points_qualifies_and_fifty_nine_does_not()
    {
        Scored(Eligible(), 25, 20, 0, 15).Evaluate(SchemeCode.SpecialisedSme).Verdict.ShouldBe(Verdict.Qualifies);
        var e = Scored(Eligible(), 25, 20, 0, 14).Evaluate(SchemeCode.SpecialisedSme);
        e.Total.ShouldBe(59);
        e.Verdict.ShouldBe(Verdict.DoesNotQualify);
    }

    [Fact]
    public void A_direct_item_qualifies_after_the_conditions()
    {
        Scored(Eligible(), 0, 0, 0, 0).Flags(f => f with { ChuangkeTop500 = true })
            .Evaluate(SchemeCode.SpecialisedSme).Verdict.ShouldBe(Verdict.QualifiesDirectly);
    }

    [Fact]
    public void Conditions_apply_before_direct_items()
    {
        var e = Eligible().Flags(f => f with { ChuangkeTop500 = true, YearsInNicheMarket = 1 }).Evaluate(SchemeCode.SpecialisedSme);
        e.Verdict.ShouldBe(Verdict.DoesNotQualify);
        e.Gaps.ShouldContain("从事特定细分市场 1 年：还需 1 年");
    }

    [Fact]
    public void Average_rd_of_ten_million_over_two_years_is_a_direct_item()
    {
        var big = FactsBuilder.Enterprise().EveryYear(y => y with { TotalRevenue = 100_000_000m, Sales = 100_000_000m, TotalCosts = 80_000_000m });
        var route = new AverageRdRoute(10_000_000m, 2);
        route.Evaluate(big.InYear(2023, y => y with { RdSpend = 9_000_000m, RdSpendInChina = 9_000_000m })
            .Latest(y => y with { RdSpend = 11_000_000m, RdSpendInChina = 11_000_000m }).View()).Met.ShouldBeTrue();
        route.Evaluate(big.Latest(y => y with { RdSpend = 10_999_998m, RdSpendInChina = 10_999_998m }).View()).Met.ShouldBeFalse();
    }

    [Fact]
    public void Reviewer_score_above_the_category_maximum_is_refused()
    {
        var e = Scored(Eligible(), 26, 20, 0, 15).Evaluate(SchemeCode.SpecialisedSme);
        e.Verdict.ShouldBe(Verdict.MissingData);
        e.MissingInputs.ShouldContain("专家评分 26 分超出 0–25 分，未采用");
    }
}
