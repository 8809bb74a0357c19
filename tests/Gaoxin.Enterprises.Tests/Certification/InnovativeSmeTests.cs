using Gaoxin.Enterprises.Certification;

namespace Gaoxin.Enterprises.Tests.Certification;

// Expected values from 工信部企业〔2022〕63号 附件1 as summarised in certifications.md.
public sealed class InnovativeIpItemTests
{
    [Theory]
    [InlineData(1, 1, 0, 0, 20)]
    [InlineData(1, 0, 1, 0, 15)]
    [InlineData(1, 0, 0, 0, 10)]
    [InlineData(0, 0, 0, 3, 5)]
    [InlineData(0, 0, 0, 0, 0)]
    public void Scores_by_class_and_kind(int one, int highValue, int self, int two, int points) =>
        new InnovativeIpItem(InnovativeSmeScheme.V2022)
            .Evaluate(FactsBuilder.Enterprise().Latest(y => y with { ClassOneIp = one, HighValueClassOneIp = highValue, SelfDevelopedClassOneIp = self, ClassTwoIp = two }).View())
            .Score.ShouldBe(points);
}

public sealed class RdToRevenueItemTests
{
    // Revenue 10,000,000: 5% = 500,000; 3% = 300,000; 2% = 200,000; 1% = 100,000.
    [Theory]
    [InlineData(500_000, 20)] [InlineData(499_999, 15)]
    [InlineData(300_000, 15)] [InlineData(299_999, 10)]
    [InlineData(200_000, 10)] [InlineData(199_999, 5)]
    [InlineData(100_000, 5)] [InlineData(99_999, 0)]
    public void Bands(decimal rd, int points) =>
        new RdToRevenueItem(InnovativeSmeScheme.V2022.RdToRevenue)
            .Evaluate(FactsBuilder.Enterprise().Latest(y => y with { RdSpend = rd, RdSpendInChina = rd }).View())
            .Score.ShouldBe(points);

    [Fact]
    public void Gap_in_yuan() =>
        // 250,000 / 10M = 2.5% (10); 3% needs 300,000.
        new RdToRevenueItem(InnovativeSmeScheme.V2022.RdToRevenue)
            .Evaluate(FactsBuilder.Enterprise().Latest(y => y with { RdSpend = 250_000m, RdSpendInChina = 250_000m }).View())
            .NextBand.ShouldBe("研发费用占营业收入 2.50%（10 分），达到 3% 可得 15 分：还需增加研发投入 50,000 元");
}

public sealed class MainRevenueGrowthItemTests
{
    // 2023 main revenue 8,000,000: 15% = 9,200,000; 10% = 8,800,000; 5% = 8,400,000.
    [Theory]
    [InlineData(9_200_000, 20)] [InlineData(9_199_999, 15)]
    [InlineData(8_800_000, 15)] [InlineData(8_799_999, 10)]
    [InlineData(8_400_000, 10)] [InlineData(8_399_999, 5)]
    [InlineData(8_000_000, 5)] [InlineData(7_999_999, 0)]
    public void Bands(decimal latest, int points) =>
        new MainRevenueGrowthItem(InnovativeSmeScheme.V2022.MainRevenueGrowth)
            .Evaluate(FactsBuilder.Enterprise().Latest(y => y with { MainBusinessRevenue = latest }).View())
            .Score.ShouldBe(points);

    [Fact]
    public void Needs_the_previous_year() =>
        new MainRevenueGrowthItem(InnovativeSmeScheme.V2022.MainRevenueGrowth)
            .Evaluate(FactsBuilder.WithYears(FactsBuilder.Year(2024)).View())
            .Missing.ShouldNotBeNull().ShouldContain("需要最近 2 个连续年度（2023–2024 年）的数据，缺少 2023 年度");
}

public sealed class DebtRatioItemTests
{
    [Theory]
    [InlineData(0.5499, 10)]
    [InlineData(0.55, 5)]
    [InlineData(0.75, 5)]
    [InlineData(0.7501, 0)]
    public void Lower_is_better_and_the_middle_band_includes_both_ends(decimal ratio, int points) =>
        new DebtRatioItem(InnovativeSmeScheme.V2022.DebtRatio)
            .Evaluate(FactsBuilder.Enterprise().Latest(y => y with { DebtRatio = ratio }).View())
            .Score.ShouldBe(points);
}

public sealed class MainBusinessShareItemTests
{
    // Total revenue 10,000,000.
    [Theory]
    [InlineData(7_000_000, 20)] [InlineData(6_999_999, 15)]
    [InlineData(6_000_000, 15)] [InlineData(5_999_999, 10)]
    [InlineData(5_500_000, 10)] [InlineData(5_499_999, 5)]
    [InlineData(5_000_000, 5)] [InlineData(4_999_999, 0)]
    public void Bands(decimal main, int points) =>
        new MainBusinessShareItem(InnovativeSmeScheme.V2022.MainBusinessShare)
            .Evaluate(FactsBuilder.Enterprise().Latest(y => y with { MainBusinessRevenue = main }).View())
            .Score.ShouldBe(points);
}

public sealed class StrategicCatalogueItemTests
{
    [Theory]
    [InlineData(true, 10)]
    [InlineData(false, 5)]
    public void Catalogue_gives_ten_else_five(bool inCatalogue, int points) =>
        new StrategicCatalogueItem(10, 5).Evaluate(FactsBuilder.Enterprise().Flags(f => f with { InStrategicEmergingCatalogue = inCatalogue }).View())
            .Score.ShouldBe(points);
}

public sealed class InnovativeSmeEvaluatorTests
{
    // Default enterprise: IP Ⅰ类 10 + R&D 6% 20 = innovation 30; growth 0% 5 + debt 50% 10 = 15;
    // not in catalogue 5 + main share 80% 20 = 25; total 70.
    [Fact]
    public void Default_enterprise_qualifies_with_growth_exactly_at_its_minimum()
    {
        var e = FactsBuilder.Enterprise().Evaluate(SchemeCode.InnovativeSme);
        e.Total.ShouldBe(70);
        e.Verdict.ShouldBe(Verdict.Qualifies);
    }

    [Fact]
    public void Growth_below_its_minimum_fails_despite_sixty_points()
    {
        // Debt 76% → 0: growth 5, total 60.
        var e = FactsBuilder.Enterprise().Latest(y => y with { DebtRatio = 0.76m }).Evaluate(SchemeCode.InnovativeSme);
        e.Total.ShouldBe(60);
        e.Verdict.ShouldBe(Verdict.DoesNotQualify);
        e.Gaps.ShouldContain("成长性指标 5 分，需不低于 15 分：还差 10 分");
    }

    private static FactsBuilder StrongGrowthAndSpecialisation() =>
        // Main revenue 8.0M → 9.2M (+15%) → 20; debt 50% → 10; catalogue → 10; 9.2M / 10M = 92% → 20.
        FactsBuilder.Enterprise().Latest(y => y with { MainBusinessRevenue = 9_200_000m }).Flags(f => f with { InStrategicEmergingCatalogue = true });

    [Fact]
    public void Innovation_below_twenty_fails_despite_a_high_total()
    {
        // Ⅱ类 only → 5; R&D 2% → 10: innovation 15; total 75.
        var e = StrongGrowthAndSpecialisation()
            .Latest(y => y with { ClassOneIp = 0, ClassTwoIp = 2, RdSpend = 200_000m, RdSpendInChina = 200_000m })
            .Evaluate(SchemeCode.InnovativeSme);
        e.Total.ShouldBe(75);
        e.Verdict.ShouldBe(Verdict.DoesNotQualify);
        e.Gaps.ShouldContain("创新能力指标 15 分，需不低于 20 分：还差 5 分");
    }

    [Fact]
    public void Innovation_at_exactly_twenty_qualifies()
    {
        // Ⅱ类 → 5; R&D 3% → 15: innovation 20.
        var e = StrongGrowthAndSpecialisation()
            .Latest(y => y with { ClassOneIp = 0, ClassTwoIp = 2, RdSpend = 300_000m, RdSpendInChina = 300_000m })
            .Evaluate(SchemeCode.InnovativeSme);
        e.Verdict.ShouldBe(Verdict.Qualifies);
    }

    [Fact]
    public void Specialisation_below_fifteen_fails_and_at_fifteen_passes()
    {
        // Main revenue 2023 4.0M → 2024 5.0M (+25%) → 20, debt 10; IP Ⅰ类 10 + R&D 20; share 50% → 5.
        var facts = FactsBuilder.Enterprise()
            .InYear(2023, y => y with { MainBusinessRevenue = 4_000_000m })
            .Latest(y => y with { MainBusinessRevenue = 5_000_000m });
        var notInCatalogue = facts.Evaluate(SchemeCode.InnovativeSme);
        notInCatalogue.Total.ShouldBe(70); // 30 + 30 + (5 + 5)
        notInCatalogue.Verdict.ShouldBe(Verdict.DoesNotQualify);
        notInCatalogue.Gaps.ShouldContain("专业化指标 10 分，需不低于 15 分：还差 5 分");

        facts.Flags(f => f with { InStrategicEmergingCatalogue = true }).Evaluate(SchemeCode.InnovativeSme).Verdict.ShouldBe(Verdict.Qualifies);
    }

    [Fact]
    public void Equity_raised_in_three_years_qualifies_directly()
    {
        var weak = FactsBuilder.Enterprise().Latest(y => y with { ClassOneIp = 0, RdSpend = 0, RdSpendInChina = 0 });
        weak.Evaluate(SchemeCode.InnovativeSme).Verdict.ShouldBe(Verdict.DoesNotQualify);

        var raised = weak.InYear(2022, y => y with { EquityRaised = 2_000_000m }).Latest(y => y with { EquityRaised = 3_000_000m });
        raised.Evaluate(SchemeCode.InnovativeSme).Verdict.ShouldBe(Verdict.QualifiesDirectly);
    }

    [Fact]
    public void Equity_one_fen_short_is_not_a_direct_route()
    {
        var e = FactsBuilder.Enterprise().Latest(y => y with { EquityRaised = 4_999_999.99m }).Evaluate(SchemeCode.InnovativeSme);
        e.Direct.Single(d => d.Rule == nameof(EquityRaisedRoute)).Met.ShouldBeFalse();
    }

    [Fact]
    public void Direct_route_does_not_override_a_failed_general_condition() =>
        FactsBuilder.Enterprise().Holding(SchemeCode.HighTech).Flags(f => f with { OnAbnormalOrDishonestList = true })
            .Evaluate(SchemeCode.InnovativeSme).Verdict.ShouldBe(Verdict.DoesNotQualify);
}
