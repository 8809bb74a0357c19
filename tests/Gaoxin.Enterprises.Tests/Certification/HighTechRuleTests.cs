using Gaoxin.Enterprises.Certification;

namespace Gaoxin.Enterprises.Tests.Certification;

// Expected values from 国科发火〔2016〕32号 Art. 11 as summarised in certifications.md.
public sealed class HighTechRdRatioBySalesBandGateTests
{
    private static readonly HighTechRdRatioBySalesBandGate Gate = new(HighTechScheme.V2016.RdBySales, 3);

    private static GateResult Check(decimal[] sales, decimal[] rd) =>
        Gate.Evaluate(FactsBuilder.Enterprise()
            .Series((y, v) => y with { Sales = v }, sales)
            .Series((y, v) => y with { RdSpend = v, RdSpendInChina = v, TotalCosts = Math.Max(v, 9_000_000m) }, rd)
            .View());

    [Theory]
    [InlineData("50000000", 0.05)]
    [InlineData("50000000.01", 0.04)]
    [InlineData("200000000", 0.04)]
    [InlineData("200000000.01", 0.03)]
    [InlineData("1", 0.05)]
    public void Threshold_follows_the_latest_years_sales(string latestSales, decimal threshold) =>
        HighTechRdRatioBySalesBandGate.BandFor(HighTechScheme.V2016.RdBySales, decimal.Parse(latestSales, System.Globalization.CultureInfo.InvariantCulture)).MinRatio.ShouldBe(threshold);

    [Fact]
    public void At_50_million_exactly_the_5_percent_threshold_applies()
    {
        // 3 × 2,100,000 / 150,000,000 = 4.2%: enough for 4%, not for 5%.
        Check([50_000_000m, 50_000_000m, 50_000_000m], [2_100_000m, 2_100_000m, 2_100_000m]).Passed.ShouldBe(false);
        Check([50_000_000m, 50_000_000m, 50_000_000.01m], [2_100_000m, 2_100_000m, 2_100_000m]).Passed.ShouldBe(true);
    }

    [Fact]
    public void At_200_million_exactly_the_4_percent_threshold_applies()
    {
        // 3 × 7,000,000 / 600,000,000 = 3.5%: enough for 3%, not for 4%.
        Check([200_000_000m, 200_000_000m, 200_000_000m], [7_000_000m, 7_000_000m, 7_000_000m]).Passed.ShouldBe(false);
        Check([200_000_000m, 200_000_000m, 200_000_000.01m], [7_000_000m, 7_000_000m, 7_000_000m]).Passed.ShouldBe(true);
    }

    [Fact]
    public void Exactly_on_the_threshold_passes() =>
        // 3 × 500,000 / 30,000,000 = 5%.
        Check([10_000_000m, 10_000_000m, 10_000_000m], [500_000m, 500_000m, 500_000m]).Passed.ShouldBe(true);

    [Fact]
    public void Gap_for_a_small_enterprise()
    {
        // Sales 3 × 4,000,000 = 12,000,000; R&D 3 × 144,000 = 432,000 → 3.60%. Latest sales ≤ 50M → 5%:
        // 600,000 − 432,000 = 168,000.
        var r = Check([4_000_000m, 4_000_000m, 4_000_000m], [144_000m, 144_000m, 144_000m]);
        r.Passed.ShouldBe(false);
        r.Gap.ShouldBe("研发费用占销售收入 3.60%，按您的销售规模需达到 5.00%：还需增加研发投入 168,000 元");
    }

    [Fact]
    public void Gap_for_a_mid_sized_enterprise()
    {
        // Sales 80M + 90M + 100M = 270M; R&D 3.00M + 3.24M + 3.48M = 9.72M → 3.60%. Latest 100M → 4%:
        // 10,800,000 − 9,720,000 = 1,080,000.
        Check([80_000_000m, 90_000_000m, 100_000_000m], [3_000_000m, 3_240_000m, 3_480_000m])
            .Gap.ShouldBe("研发费用占销售收入 3.60%，按您的销售规模需达到 4.00%：还需增加研发投入 1,080,000 元");
    }

    [Fact]
    public void Needed_money_is_rounded_up_to_the_yuan()
    {
        // 5% of 9,999,999 = 499,999.95 → 500,000 yuan (499,999 would fall short).
        Check([3_333_333m, 3_333_333m, 3_333_333m], [0m, 0m, 0m]).Gap!.ShouldEndWith("还需增加研发投入 500,000 元");
    }

    [Fact]
    public void Fewer_than_three_years_is_missing_not_passed()
    {
        var r = Gate.Evaluate(FactsBuilder.WithYears(FactsBuilder.Year(2023), FactsBuilder.Year(2024)).View());
        r.Passed.ShouldBeNull();
        r.Missing.ShouldNotBeNull().ShouldContain("需要最近 3 个连续年度（2022–2024 年）的数据，缺少 2022 年度");
    }

    [Fact]
    public void A_hole_in_the_years_is_missing()
    {
        var r = Gate.Evaluate(FactsBuilder.WithYears(FactsBuilder.Year(2021), FactsBuilder.Year(2023), FactsBuilder.Year(2024)).View());
        r.Passed.ShouldBeNull();
        r.Missing!.Single().ShouldContain("缺少 2022 年度");
    }

    [Fact]
    public void A_missing_figure_names_field_and_year()
    {
        var r = Gate.Evaluate(FactsBuilder.Enterprise().InYear(2023, y => y with { RdSpend = null, RdSpendInChina = null }).View());
        r.Passed.ShouldBeNull();
        r.Missing.ShouldNotBeNull().ShouldContain("缺少 2023 年度研发费用");
    }
}

public sealed class HighTechProductIncomeShareGateTests
{
    private static GateResult Check(decimal income) =>
        new HighTechProductIncomeShareGate(0.60m).Evaluate(FactsBuilder.Enterprise().Latest(y => y with { TotalRevenue = 10_000_000m, HighTechIncome = income }).View());

    [Fact]
    public void Sixty_percent_passes() => Check(6_000_000m).Passed.ShouldBe(true);

    [Fact]
    public void Just_above_passes() => Check(6_000_001m).Passed.ShouldBe(true);

    [Fact]
    public void Fifty_nine_point_nine_nine_percent_fails_with_the_yuan_gap()
    {
        var r = Check(5_999_000m);
        r.Passed.ShouldBe(false);
        r.Gap.ShouldBe("高新技术产品（服务）收入占比 59.99%，需达到 60.00%：还需增加 1,000 元（按总收入不变计算）");
    }

    [Fact]
    public void Missing_income_is_missing()
    {
        var r = new HighTechProductIncomeShareGate(0.60m).Evaluate(FactsBuilder.Enterprise().Latest(y => y with { HighTechIncome = null }).View());
        r.Passed.ShouldBeNull();
        r.Missing.ShouldNotBeNull().ShouldContain("缺少 2024 年度高新技术产品（服务）收入");
    }
}

public sealed class RdInChinaShareGateTests
{
    private static GateResult Check(decimal latestInChina) =>
        new RdInChinaShareGate(0.60m, 3).Evaluate(FactsBuilder.Enterprise()
            .EveryYear(y => y with { RdSpendInChina = 360_000m })
            .Latest(y => y with { RdSpendInChina = latestInChina })
            .View());

    [Fact]
    public void Sixty_percent_passes() => Check(360_000m).Passed.ShouldBe(true); // 1,080,000 / 1,800,000

    [Fact]
    public void One_yuan_short_fails_with_a_one_yuan_gap()
    {
        var r = Check(359_999m);
        r.Passed.ShouldBe(false);
        r.Gap!.ShouldContain("境内研发费用还需增加 1 元");
    }
}

public sealed class TechStaffShareGateTests
{
    private static GateResult Check(int tech) =>
        new TechStaffShareGate(0.10m).Evaluate(FactsBuilder.Enterprise().Latest(y => y with { Staff = 100, TechStaff = tech }).View());

    [Fact]
    public void Ten_percent_passes() => Check(10).Passed.ShouldBe(true);

    [Fact]
    public void Nine_percent_fails_needing_one_more_person()
    {
        var r = Check(9);
        r.Passed.ShouldBe(false);
        r.Gap.ShouldBe("科技人员占比 9.00%，需达到 10.00%：还需增加 1 名科技人员（按由现有职工转为科技人员、职工总数不变计算）");
    }
}

public sealed class RegisteredOneYearGateTests
{
    private static GateResult Check(DateOnly? registered) =>
        new RegisteredOneYearGate(1).Evaluate(FactsBuilder.Enterprise().RegisteredOn(registered).View());

    [Fact]
    public void One_full_year_passes() => Check(new DateOnly(2024, 6, 30)).Passed.ShouldBe(true);

    [Fact]
    public void One_day_short_fails_saying_when()
    {
        var r = Check(new DateOnly(2024, 7, 1));
        r.Passed.ShouldBe(false);
        r.Gap.ShouldBe("注册成立不满 1 年：还需 1 天（2025-07-01 起满 1 年）");
    }

    [Fact]
    public void Unknown_registration_date_is_missing() =>
        Check(null).ShouldSatisfyAllConditions(r => r.Passed.ShouldBeNull(), r => r.Missing.ShouldNotBeNull().ShouldContain("缺少注册成立日期"));
}

public sealed class InnovationScoreGateTests
{
    private static readonly InnovationScoreGate Gate = new(71);

    [Fact]
    public void Seventy_one_passes() => Gate.Evaluate(71, 71, false).Passed.ShouldBe(true);

    [Fact]
    public void Seventy_fails() => Gate.Evaluate(70, 70, false).Passed.ShouldBe(false);

    [Fact]
    public void A_range_across_the_mark_is_undecided() => Gate.Evaluate(60, 80, false).Passed.ShouldBeNull();
}

public sealed class IpCountItemTests
{
    [Theory]
    [InlineData(1, 0, 7, 8)]
    [InlineData(0, 5, 5, 6)]
    [InlineData(0, 4, 3, 4)]
    [InlineData(0, 3, 3, 4)]
    [InlineData(0, 2, 1, 2)]
    [InlineData(0, 1, 1, 2)]
    [InlineData(0, 0, 0, 0)]
    public void Bands_are_ranges_scored_at_the_bottom(int one, int two, int low, int high)
    {
        var p = HighTechScheme.V2016;
        var item = new IpCountItem(p.IpClassOne, p.IpClassTwoCount).Evaluate(FactsBuilder.Enterprise().Latest(y => y with { ClassOneIp = one, ClassTwoIp = two }).View());
        item.Score.ShouldBe(low);
        item.MinPossible.ShouldBe(low);
        item.MaxPossible.ShouldBe(high);
        item.ExpertJudged.ShouldBe(low != high);
    }
}

public sealed class ConversionItemTests
{
    private static ItemScore Score(FactsBuilder facts) => new ConversionItem(HighTechScheme.V2016.ConversionsPerYear, 3).Evaluate(facts.View());

    [Theory]
    [InlineData(5, 5, 5, 25, 30)]
    [InlineData(4, 5, 5, 19, 24)] // 14 / 3 = 4.67
    [InlineData(4, 4, 4, 19, 24)]
    [InlineData(3, 3, 2, 7, 12)] // 8 / 3 = 2.67
    [InlineData(1, 1, 1, 1, 6)]
    [InlineData(0, 0, 2, 0, 0)] // 0.67 < 1
    public void Annual_average_over_three_years(int a, int b, int c, int low, int high)
    {
        var item = Score(FactsBuilder.Enterprise().Series((y, v) => y with { AchievementsConverted = (int)v }, a, b, c));
        item.MinPossible.ShouldBe(low);
        item.MaxPossible.ShouldBe(high);
    }

    [Fact]
    public void Next_band_in_conversions()
    {
        // 14 in 3 years; average 5 needs 15: one more.
        Score(FactsBuilder.Enterprise().Series((y, v) => y with { AchievementsConverted = (int)v }, 4, 5, 5))
            .NextBand!.ShouldContain("3 年内还需增加 1 项转化");
    }

    [Fact]
    public void Expert_settles_the_band()
    {
        var item = Score(FactsBuilder.Enterprise().Expert(ExpertKeys.HighTechConversion, 28));
        item.Score.ShouldBe(28);
        item.ExpertJudged.ShouldBeFalse();
    }

    [Fact]
    public void Expert_score_outside_the_band_is_refused()
    {
        var item = Score(FactsBuilder.Enterprise().Expert(ExpertKeys.HighTechConversion, 24));
        item.Missing.ShouldNotBeNull().Single().ShouldBe("专家评分 24 分不在本档 25–30 分内，未采用");
        item.MinPossible.ShouldBe(25);
        item.MaxPossible.ShouldBe(30);
    }
}

public sealed class GrowthItemTests
{
    private static ItemScore Sales(decimal y1, decimal y2, decimal y3, FactsBuilder? facts = null) =>
        new SalesGrowthItem(HighTechScheme.V2016.Growth).Evaluate((facts ?? FactsBuilder.Enterprise()).Series((y, v) => y with { Sales = v }, y1, y2, y3).View());

    [Fact]
    public void Formula_is_half_the_sum_of_the_two_ratios_minus_one() =>
        // ½ × (120/100 + 150/120) − 1 = ½ × (1.2 + 1.25) − 1 = 0.225
        GrowthItem.Rate(100m, 120m, 150m).ShouldBe(0.225m);

    // y1 = y2 = 10M, so rate = (y3 / 10M − 1) / 2 and y3 = 10M × (1 + 2r).
    [Theory]
    [InlineData(17_000_001, 9, 10)]
    [InlineData(17_000_000, 9, 10)] // 35%
    [InlineData(16_999_999, 7, 8)]
    [InlineData(15_000_000, 7, 8)] // 25%
    [InlineData(14_999_999, 5, 6)]
    [InlineData(13_000_000, 5, 6)] // 15%
    [InlineData(12_999_999, 3, 4)]
    [InlineData(11_000_000, 3, 4)] // 5%
    [InlineData(10_999_999, 1, 2)]
    [InlineData(10_000_001, 1, 2)] // just above 0
    [InlineData(10_000_000, 0, 0)] // 0 → 0
    [InlineData(9_000_000, 0, 0)]
    public void Growth_bands(decimal y3, int low, int high)
    {
        var item = Sales(10_000_000m, 10_000_000m, y3);
        item.MinPossible.ShouldBe(low);
        item.MaxPossible.ShouldBe(high);
    }

    [Fact]
    public void Gap_to_the_next_band_in_yuan()
    {
        // 5% now; 15% needs y3 = 10M × (2 × 1.15 − 1) = 13,000,000.
        Sales(10_000_000m, 10_000_000m, 11_000_000m).NextBand.ShouldBe(
            "销售收入增长率 5.00%（3–4 分），达到 15% 可得 5–6 分：2024 年销售收入需达到 13,000,000 元（增加 2,000,000 元）");
    }

    [Fact]
    public void Gap_to_the_next_band_rounds_a_fraction_of_a_yuan_up()
    {
        // 9M → 10M → 11M: ½ × (1.1111 + 1.1) − 1 = 10.56%; 15% needs y3 = 10M × (2 × 1.15 − 10/9) = 11,888,888.89 → 11,888,889.
        Sales(9_000_000m, 10_000_000m, 11_000_000m).NextBand.ShouldBe(
            "销售收入增长率 10.56%（3–4 分），达到 15% 可得 5–6 分：2024 年销售收入需达到 11,888,889 元（增加 888,889 元）");
        Sales(9_000_000m, 10_000_000m, 11_888_888m).MinPossible.ShouldBe(3, "one yuan less stays below 15%");
        Sales(9_000_000m, 10_000_000m, 11_888_889m).MinPossible.ShouldBe(5);
    }

    [Fact]
    public void Strict_bound_above_zero_needs_one_yuan_more() =>
        Sales(10_000_000m, 10_000_000m, 10_000_000m).NextBand!.ShouldContain("需达到 10,000,001 元（增加 1 元）");

    [Fact]
    public void Expert_entry_within_the_band_is_used()
    {
        var item = Sales(10_000_000m, 10_000_000m, 11_000_000m, FactsBuilder.Enterprise().Expert(ExpertKeys.HighTechSalesGrowth, 4));
        item.Score.ShouldBe(4);
        item.ExpertJudged.ShouldBeFalse();
    }

    [Fact]
    public void Non_positive_base_scores_zero() => Sales(0m, 10_000_000m, 20_000_000m).Score.ShouldBe(0);

    [Fact]
    public void Net_assets_use_the_same_formula()
    {
        // Net assets 10M, 12M, 15M: ½ × (1.2 + 1.25) − 1 = 22.5% → 5–6.
        var item = new NetAssetGrowthItem(HighTechScheme.V2016.Growth)
            .Evaluate(FactsBuilder.Enterprise().Series((y, v) => y with { NetAssets = v }, 10_000_000m, 12_000_000m, 15_000_000m).View());
        item.MinPossible.ShouldBe(5);
        item.MaxPossible.ShouldBe(6);
    }

    [Fact]
    public void Needs_three_years() =>
        new NetAssetGrowthItem(HighTechScheme.V2016.Growth).Evaluate(FactsBuilder.WithYears(FactsBuilder.Year(2024)).View())
            .Missing.ShouldNotBeNull().ShouldContain("需要最近 3 个连续年度（2022–2024 年）的数据，缺少 2023 年度");
}

public sealed class HighTechEvaluatorTests
{
    [Fact]
    public void Computed_part_below_the_mark_but_reachable_awaits_experts()
    {
        // Gates pass (30% tech staff; 6% R&D; 100% in China; 70% high-tech income).
        // IP count 7–8, IP quality 0–22, conversions (5/yr) 25–30, R&D management 0–20, flat growth 0 + 0:
        // min 7 + 25 = 32, max 8 + 22 + 30 + 20 = 80.
        var e = FactsBuilder.Enterprise().Evaluate(SchemeCode.HighTech);
        e.Verdict.ShouldBe(Verdict.AwaitingExperts);
        e.MinReachable.ShouldBe(32);
        e.MaxReachable.ShouldBe(80);
        e.Gate(nameof(InnovationScoreGate)).Passed.ShouldBeNull();
        e.Items.Count(i => i.ExpertJudged).ShouldBe(7);
    }

    [Fact]
    public void Expert_scores_settle_the_verdict()
    {
        // 8 + 20 + 30 + (6 + 6 + 4 + 4) + 0 + 0 = 78.
        var e = FactsBuilder.Enterprise()
            .Expert(ExpertKeys.HighTechIpCount, 8).Expert(ExpertKeys.HighTechIpQuality, 20).Expert(ExpertKeys.HighTechConversion, 30)
            .Expert(ExpertKeys.HighTechRdSystem, 6).Expert(ExpertKeys.HighTechRdInstitution, 6)
            .Expert(ExpertKeys.HighTechRdConversionIncentive, 4).Expert(ExpertKeys.HighTechRdTalent, 4)
            .Evaluate(SchemeCode.HighTech);
        e.Total.ShouldBe(78);
        e.MinReachable.ShouldBe(78);
        e.MaxReachable.ShouldBe(78);
        e.Verdict.ShouldBe(Verdict.Qualifies);
    }

    [Fact]
    public void Qualifies_once_the_lowest_reachable_total_reaches_71()
    {
        // IP quality 22 + management 20 settle 42; with the band bottoms 7 + 25 = 74 ≥ 71 though two bands stay open.
        var e = FactsBuilder.Enterprise()
            .Expert(ExpertKeys.HighTechIpQuality, 22)
            .Expert(ExpertKeys.HighTechRdSystem, 6).Expert(ExpertKeys.HighTechRdInstitution, 6)
            .Expert(ExpertKeys.HighTechRdConversionIncentive, 4).Expert(ExpertKeys.HighTechRdTalent, 4)
            .Evaluate(SchemeCode.HighTech);
        e.MinReachable.ShouldBe(74);
        e.Verdict.ShouldBe(Verdict.Qualifies);
    }

    [Fact]
    public void Unreachable_mark_does_not_qualify()
    {
        // Quality 10, management 0 → at most 8 + 10 + 30 + 0 = 48.
        var e = FactsBuilder.Enterprise()
            .Expert(ExpertKeys.HighTechIpQuality, 10)
            .Expert(ExpertKeys.HighTechRdSystem, 0).Expert(ExpertKeys.HighTechRdInstitution, 0)
            .Expert(ExpertKeys.HighTechRdConversionIncentive, 0).Expert(ExpertKeys.HighTechRdTalent, 0)
            .Evaluate(SchemeCode.HighTech);
        e.MaxReachable.ShouldBe(48);
        e.Verdict.ShouldBe(Verdict.DoesNotQualify);
        e.Gaps.ShouldContain("创新能力评价最多 48 分，需 71 分以上：还差 23 分");
    }

    [Fact]
    public void Two_years_of_figures_is_missing_data_naming_the_year()
    {
        var e = FactsBuilder.WithYears(FactsBuilder.Year(2023), FactsBuilder.Year(2024)).Evaluate(SchemeCode.HighTech);
        e.Verdict.ShouldBe(Verdict.MissingData);
        e.MissingInputs.ShouldContain("需要最近 3 个连续年度（2022–2024 年）的数据，缺少 2022 年度");
    }

    [Fact]
    public void A_failed_gate_beats_missing_years()
    {
        var e = FactsBuilder.WithYears(FactsBuilder.Year(2023), FactsBuilder.Year(2024) with { TechStaff = 5 }).Evaluate(SchemeCode.HighTech);
        e.Verdict.ShouldBe(Verdict.DoesNotQualify);
        e.Gate(nameof(TechStaffShareGate)).Passed.ShouldBe(false);
    }
}
