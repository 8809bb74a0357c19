using Gaoxin.Enterprises.Certification;

namespace Gaoxin.Enterprises.Tests.Certification;

// Expected values come from 国科发政〔2017〕115号 as summarised in certifications.md (bands: lower bound inclusive).
public sealed class TechStaffShareItemTests
{
    private static ItemScore Score(int staff, int tech) =>
        new TechStaffShareItem(TechSmeScheme.V2017.TechStaffShare)
            .Evaluate(FactsBuilder.Enterprise().Latest(y => y with { Staff = staff, TechStaff = tech }).View());

    [Theory]
    [InlineData(3001, 20)] [InlineData(3000, 20)] [InlineData(2999, 16)]
    [InlineData(2501, 16)] [InlineData(2500, 16)] [InlineData(2499, 12)]
    [InlineData(2001, 12)] [InlineData(2000, 12)] [InlineData(1999, 8)]
    [InlineData(1501, 8)] [InlineData(1500, 8)] [InlineData(1499, 4)]
    [InlineData(1001, 4)] [InlineData(1000, 4)] [InlineData(999, 0)]
    [InlineData(0, 0)]
    public void Scores_each_band_at_just_below_and_just_above_its_bound(int techOf10000, int points) =>
        Score(10_000, techOf10000).Score.ShouldBe(points);

    [Fact]
    public void Says_how_many_staff_the_next_band_needs()
    {
        // 22 of 100 = 22% (12 points); 25% of 100 = 25 people: 3 more, total unchanged.
        var item = Score(100, 22);
        item.Score.ShouldBe(12);
        item.NextBand.ShouldBe("科技人员占比 22.00%（12 分），达到 25% 可得 16 分：还需增加 3 名科技人员（按由现有职工转为科技人员、职工总数不变计算）");
    }

    [Fact]
    public void Rounds_people_up()
    {
        // 30% of 333 = 99.9 → 100 people; 99 held → 1 more (99/333 = 29.73%).
        Score(333, 99).NextBand!.ShouldContain("还需增加 1 名科技人员");
    }

    [Fact]
    public void Top_band_has_no_next() => Score(100, 30).NextBand.ShouldBeNull();
}

public sealed class RdIntensityItemTests
{
    private static readonly RdIntensityItem Rule = new(TechSmeScheme.V2017.RdToSales, TechSmeScheme.V2017.RdToCosts);

    private static ItemScore Score(decimal rd, decimal? sales, decimal? costs) =>
        Rule.Evaluate(FactsBuilder.Enterprise().Latest(y => y with { RdSpend = rd, RdSpendInChina = rd, Sales = sales, TotalCosts = costs }).View());

    // Costs large enough (100M) that the costs ratio scores 0 and the sales ratio decides.
    [Theory]
    [InlineData(600_001, 50)] [InlineData(600_000, 50)] [InlineData(599_999, 40)]
    [InlineData(500_000, 40)] [InlineData(499_999, 30)]
    [InlineData(400_000, 30)] [InlineData(399_999, 20)]
    [InlineData(300_000, 20)] [InlineData(299_999, 10)]
    [InlineData(200_000, 10)] [InlineData(199_999, 0)]
    public void Sales_ratio_bands(decimal rd, int points) => Score(rd, 10_000_000m, 100_000_000m).Score.ShouldBe(points);

    // Sales large enough (1,000M) that the sales ratio scores 0 and the costs ratio decides.
    [Theory]
    [InlineData(300_001, 50)] [InlineData(300_000, 50)] [InlineData(299_999, 40)]
    [InlineData(250_000, 40)] [InlineData(249_999, 30)]
    [InlineData(200_000, 30)] [InlineData(199_999, 20)]
    [InlineData(150_000, 20)] [InlineData(149_999, 10)]
    [InlineData(100_000, 10)] [InlineData(99_999, 0)]
    public void Costs_ratio_bands(decimal rd, int points) => Score(rd, 1_000_000_000m, 1_000_000m).Score.ShouldBe(points);

    [Fact]
    public void Takes_the_better_of_the_two()
    {
        // 300,000 / 10M sales = 3% → 20; 300,000 / 1.2M costs = 25% → 40.
        Score(300_000, 10_000_000m, 1_200_000m).Score.ShouldBe(40);
    }

    [Fact]
    public void Missing_costs_is_missing_data_unless_sales_already_give_full_marks()
    {
        var low = Score(300_000, 10_000_000m, null);
        low.Missing.ShouldNotBeNull().ShouldContain("缺少 2024 年度成本费用总额");
        low.MinPossible.ShouldBe(20);
        low.MaxPossible.ShouldBe(50);

        var full = Score(600_000, 10_000_000m, null);
        full.Score.ShouldBe(50);
        (full.Missing ?? []).ShouldBeEmpty();
    }

    [Fact]
    public void Gap_counts_new_rd_in_total_costs_too()
    {
        // Costs 1,000,000, R&D 180,000 = 18% (20 points); sales 100M give 0.18% (0).
        // 20% of costs: (180,000 + x) / (1,000,000 + x) = 0.2 → x = (200,000 − 180,000) / 0.8 = 25,000.
        // The sales route to 30 points would need 4% of 100M − 180,000 = 3,820,000, so 25,000 is the smallest.
        var item = Score(180_000, 100_000_000m, 1_000_000m);
        item.Score.ShouldBe(20);
        item.NextBand.ShouldBe("研发投入得分 20 分，研发费用占成本费用总额达到 20%（新增研发费用同时计入成本费用）可得 30 分：还需增加研发投入 25,000 元");
    }

    [Fact]
    public void Gap_by_sales_when_that_is_cheaper()
    {
        // 432,000 / 12,000,000 = 3.6% (20 points); 4% needs 480,000: 48,000 more. Costs 100M would need far more.
        var item = Score(432_000, 12_000_000m, 100_000_000m);
        item.NextBand.ShouldBe("研发投入得分 20 分，研发费用占销售收入达到 4%可得 30 分：还需增加研发投入 48,000 元");
    }
}

public sealed class IpItemTests
{
    private static ItemScore Score(int one, int two) =>
        new IpItem(TechSmeScheme.V2017.ClassOneIpPoints, TechSmeScheme.V2017.ClassTwoIpCount)
            .Evaluate(FactsBuilder.Enterprise().Latest(y => y with { ClassOneIp = one, ClassTwoIp = two }).View());

    [Theory]
    [InlineData(1, 0, 30)] [InlineData(2, 9, 30)]
    [InlineData(0, 5, 24)] [InlineData(0, 4, 24)] [InlineData(0, 3, 18)]
    [InlineData(0, 2, 12)] [InlineData(0, 1, 6)] [InlineData(0, 0, 0)]
    public void Scores_by_class_and_count(int one, int two, int points) => Score(one, two).Score.ShouldBe(points);

    [Fact]
    public void Next_band_names_both_ways()
    {
        var next = Score(0, 2).NextBand!;
        next.ShouldContain("取得 1 项Ⅰ类知识产权（发明专利等）可得 30 分");
        next.ShouldContain("再取得 1 项Ⅱ类知识产权可得 18 分");
    }
}

public sealed class TechSmeCeilingGateTests
{
    [Theory]
    [InlineData(500, true)]
    [InlineData(501, false)]
    public void Staff_at_most_500(int staff, bool passes) =>
        new StaffCeilingGate(500).Evaluate(FactsBuilder.Enterprise().Latest(y => y with { Staff = staff, TechStaff = 0 }).View()).Passed.ShouldBe(passes);

    [Theory]
    [InlineData("200000000", true)]
    [InlineData("200000000.01", false)]
    public void Sales_at_most_200_million(string sales, bool passes) =>
        new SalesCeilingGate(200_000_000m).Evaluate(FactsBuilder.Enterprise().Latest(y => y with { Sales = decimal.Parse(sales, System.Globalization.CultureInfo.InvariantCulture) }).View()).Passed.ShouldBe(passes);

    [Theory]
    [InlineData("200000000", true)]
    [InlineData("200000000.01", false)]
    public void Assets_at_most_200_million(string assets, bool passes) =>
        new AssetsCeilingGate(200_000_000m).Evaluate(FactsBuilder.Enterprise().Latest(y => y with { TotalAssets = decimal.Parse(assets, System.Globalization.CultureInfo.InvariantCulture) }).View()).Passed.ShouldBe(passes);

    [Fact]
    public void Failing_staff_gate_says_how_many_over() =>
        new StaffCeilingGate(500).Evaluate(FactsBuilder.Enterprise().Latest(y => y with { Staff = 520, TechStaff = 0 }).View()).Gap.ShouldBe("职工总数 520 人，超过上限 500 人：需减少 20 人");

    [Fact]
    public void Gate_is_a_kernel_business_rule_that_refuses_missing_input()
    {
        // Check is IBusinessRule<EnterpriseFacts>.Check: the Kernel contract.
        var outcome = new SalesCeilingGate(200_000_000m).Check(FactsBuilder.Enterprise().Latest(y => y with { Sales = null }).Build());
        outcome.Passed.ShouldBeFalse();
        outcome.Rule.ShouldBe(nameof(SalesCeilingGate));
        outcome.Message.ShouldContain("缺少 2024 年度销售收入");
    }
}

public sealed class TechSmeEvaluatorTests
{
    [Fact]
    public void Default_enterprise_qualifies()
    {
        // 30% tech staff → 20; 600,000 / 10M = 6% → 50; one Class Ⅰ → 30: 100.
        var e = FactsBuilder.Enterprise().Evaluate(SchemeCode.TechSme);
        e.Verdict.ShouldBe(Verdict.Qualifies);
        e.Total.ShouldBe(100);
        e.Gaps.ShouldBeEmpty();
    }

    [Fact]
    public void Sixty_points_with_zero_tech_staff_score_does_not_qualify()
    {
        // 9% tech staff → 0; R&D 50; IP 30: total 80 but the tech-staff score must be above 0.
        var e = FactsBuilder.Enterprise().Latest(y => y with { TechStaff = 9 }).Evaluate(SchemeCode.TechSme);
        e.Total.ShouldBe(80);
        e.Verdict.ShouldBe(Verdict.DoesNotQualify);
        e.Gaps.ShouldContain(g => g.Contains("科技人员指标得分为 0"));
    }

    [Fact]
    public void Exactly_sixty_qualifies_and_fifty_eight_does_not()
    {
        // 10% → 4; 6% → 50; one Class Ⅱ → 6: 60.
        FactsBuilder.Enterprise().Latest(y => y with { TechStaff = 10, ClassOneIp = 0, ClassTwoIp = 1 })
            .Evaluate(SchemeCode.TechSme).ShouldSatisfyAllConditions(
                e => e.Total.ShouldBe(60),
                e => e.Verdict.ShouldBe(Verdict.Qualifies));

        // 10% → 4; 4% (400,000) → 30; four Class Ⅱ → 24: 58.
        var fails = FactsBuilder.Enterprise().Latest(y => y with { TechStaff = 10, RdSpend = 400_000m, RdSpendInChina = 400_000m, ClassOneIp = 0, ClassTwoIp = 4 })
            .Evaluate(SchemeCode.TechSme);
        fails.Total.ShouldBe(58);
        fails.Verdict.ShouldBe(Verdict.DoesNotQualify);
        fails.Gaps.ShouldContain("总分最多 58 分，需 60 分以上：还差 2 分");
    }

    [Fact]
    public void Direct_route_qualifies_whatever_the_score()
    {
        var e = FactsBuilder.Enterprise().Latest(y => y with { TechStaff = 0, RdSpend = 0, RdSpendInChina = 0, ClassOneIp = 0 })
            .Holding(SchemeCode.HighTech)
            .Evaluate(SchemeCode.TechSme);
        e.Total.ShouldBe(0);
        e.Verdict.ShouldBe(Verdict.QualifiesDirectly);
        e.Direct.Single(d => d.Rule == nameof(ValidHighTechCertificateRoute)).Met.ShouldBeTrue();
    }

    [Fact]
    public void Direct_route_does_not_override_a_failed_gate()
    {
        var e = FactsBuilder.Enterprise().Latest(y => y with { Staff = 501, TechStaff = 200 })
            .Flags(f => f with { LedStandardLast5Years = true })
            .Evaluate(SchemeCode.TechSme);
        e.Direct.Single(d => d.Rule == nameof(LedStandardRoute)).Met.ShouldBeTrue();
        e.Verdict.ShouldBe(Verdict.DoesNotQualify);
        e.Gate(nameof(StaffCeilingGate)).Passed.ShouldBe(false);
    }

    [Fact]
    public void Expired_high_tech_certificate_is_not_a_direct_route() =>
        FactsBuilder.Enterprise().Latest(y => y with { TechStaff = 0 })
            .Holding(SchemeCode.HighTech, new DateOnly(2021, 1, 1), new DateOnly(2023, 12, 31))
            .Evaluate(SchemeCode.TechSme).Verdict.ShouldBe(Verdict.DoesNotQualify);

    [Fact]
    public void Missing_sales_is_missing_data_naming_the_input()
    {
        var e = FactsBuilder.Enterprise().Latest(y => y with { Sales = null }).Evaluate(SchemeCode.TechSme);
        e.Verdict.ShouldBe(Verdict.MissingData);
        e.MissingInputs.ShouldContain("缺少 2024 年度销售收入");
        e.Gate(nameof(SalesCeilingGate)).Passed.ShouldBeNull();
    }

    [Fact]
    public void A_failed_gate_wins_over_missing_data()
    {
        var e = FactsBuilder.Enterprise().Latest(y => y with { Sales = null, TotalAssets = 250_000_000m }).Evaluate(SchemeCode.TechSme);
        e.Verdict.ShouldBe(Verdict.DoesNotQualify);
        e.MissingInputs.ShouldContain("缺少 2024 年度销售收入");
    }

    [Fact]
    public void No_years_at_all_is_missing_data() =>
        FactsBuilder.WithYears().Evaluate(SchemeCode.TechSme).ShouldSatisfyAllConditions(
            e => e.Verdict.ShouldBe(Verdict.MissingData),
            e => e.MissingInputs.ShouldContain("缺少年度财务数据"));
}
