using Gaoxin.Enterprises.Certification;

namespace Gaoxin.Enterprises.Tests.Certification;

// 科技型中小企业 (国科发政〔2017〕115号): the texts a person reads for each rule, and the boundaries the mutation run
// (issue #23) found unpinned. Default enterprise (FactsBuilder): 2024 staff 100, tech 30, sales 10M, costs 9M, R&D 600,000.
public sealed class TechSmeCeilingExplanationTests
{
    [Fact]
    public void Sales_over_the_ceiling_say_by_how_much()
    {
        var r = new SalesCeilingGate(200_000_000m).Evaluate(FactsBuilder.Enterprise().Latest(y => y with { Sales = 250_000_000m }).View());
        r.Passed.ShouldBe(false);
        r.Figures.ShouldBe("2024 年度销售收入 250,000,000 元，上限 200,000,000 元");
        r.Gap.ShouldBe("销售收入 250,000,000 元，超过上限 200,000,000 元 共 50,000,000 元，不属于科技型中小企业规模");
    }

    [Fact]
    public void Assets_over_the_ceiling_say_by_how_much()
    {
        var r = new AssetsCeilingGate(200_000_000m).Evaluate(FactsBuilder.Enterprise().Latest(y => y with { TotalAssets = 230_000_000m }).View());
        r.Passed.ShouldBe(false);
        r.Figures.ShouldBe("2024 年度资产总额 230,000,000 元，上限 200,000,000 元");
        r.Gap.ShouldBe("资产总额 230,000,000 元，超过上限 200,000,000 元 共 30,000,000 元，不属于科技型中小企业规模");
    }
}

public sealed class TechStaffShareExplanationTests
{
    private static readonly TechStaffShareItem Rule = new(TechSmeScheme.V2017.TechStaffShare);

    [Fact]
    public void Missing_tech_staff_leaves_the_whole_item_open()
    {
        var item = Rule.Evaluate(FactsBuilder.Enterprise().Latest(y => y with { TechStaff = null }).View());
        item.Missing.ShouldBe(["缺少 2024 年度科技人员数"]);
        item.MinPossible.ShouldBe(0);
        item.MaxPossible.ShouldBe(20);
    }

    [Fact]
    public void Missing_staff_leaves_the_whole_item_open() =>
        Rule.Evaluate(FactsBuilder.Enterprise().Latest(y => y with { Staff = null }).View()).Missing.ShouldBe(["缺少 2024 年度职工总数"]);

    [Fact]
    public void No_staff_at_all_cannot_give_a_share()
    {
        var item = Rule.Evaluate(FactsBuilder.Enterprise().Latest(y => y with { Staff = 0, TechStaff = 0 }).View());
        item.Missing.ShouldBe(["2024 年度职工总数为 0，无法计算科技人员占比"]);
        item.MaxPossible.ShouldBe(20);
    }

    [Fact]
    public void Below_ten_percent_names_the_first_band()
    {
        // 9 of 100 = 9%: 10% of 100 = 10 people, one more.
        var item = Rule.Evaluate(FactsBuilder.Enterprise().Latest(y => y with { TechStaff = 9 }).View());
        item.Score.ShouldBe(0);
        item.Band.ShouldBe("10%以下");
        item.Figures.ShouldBe("2024 年度科技人员 9 人 ÷ 职工总数 100 人 = 9.00%");
        item.NextBand.ShouldBe("科技人员占比 9.00%（0 分），达到 10% 可得 4 分：还需增加 1 名科技人员（按由现有职工转为科技人员、职工总数不变计算）");
    }

    [Fact]
    public void Names_the_band_reached() =>
        Rule.Evaluate(FactsBuilder.Enterprise().Latest(y => y with { TechStaff = 22 }).View()).Band.ShouldBe("20%–25%");
}

public sealed class RdIntensityExplanationTests
{
    private static readonly RdIntensityItem Rule = new(TechSmeScheme.V2017.RdToSales, TechSmeScheme.V2017.RdToCosts);

    private static ItemScore Score(RdIntensityItem rule, decimal rd, decimal sales, decimal costs) =>
        rule.Evaluate(FactsBuilder.Enterprise().Latest(y => y with { RdSpend = rd, RdSpendInChina = rd, Sales = sales, TotalCosts = costs }).View());

    [Fact]
    public void Zero_sales_score_nothing_by_sales_and_the_costs_ratio_decides()
    {
        // 300,000 / 1,200,000 = 25% → 40; 30% needs (0.3 × 1,200,000 − 300,000) / 0.7 = 85,714.29 → 85,715 yuan.
        var item = Score(Rule, 300_000m, 0m, 1_200_000m);
        item.Score.ShouldBe(40);
        item.Band.ShouldBe("按成本费用：25%–30%");
        item.Figures.ShouldBe("2024 年度：销售收入为 0，按研发费用占销售收入计 0 分；研发费用 300,000 元 ÷ 成本费用总额 1,200,000 元 = 25.00%（40 分）；取较高者 40 分");
        item.NextBand.ShouldBe("研发投入得分 40 分，研发费用占成本费用总额达到 30%（新增研发费用同时计入成本费用）可得 50 分：还需增加研发投入 85,715 元");
    }

    [Fact]
    public void Zero_costs_score_nothing_by_costs_and_the_sales_ratio_decides()
    {
        // No R&D at all (R&D cannot exceed zero costs): 2% of 10M sales = 200,000 for 10 points.
        var item = Score(Rule, 0m, 10_000_000m, 0m);
        item.Score.ShouldBe(0);
        item.Band.ShouldBe("按销售收入：2%以下");
        item.Figures.ShouldBe("2024 年度：研发费用 0 元 ÷ 销售收入 10,000,000 元 = 0.00%（0 分）；成本费用总额为 0，按研发费用占成本费用计 0 分；取较高者 0 分");
        item.NextBand.ShouldBe("研发投入得分 0 分，研发费用占销售收入达到 2%可得 10 分：还需增加研发投入 200,000 元");
    }

    [Fact]
    public void Says_both_ratios_and_takes_the_better()
    {
        Score(Rule, 600_000m, 10_000_000m, 100_000_000m).Figures
            .ShouldBe("2024 年度：研发费用 600,000 元 ÷ 销售收入 10,000,000 元 = 6.00%（50 分）；研发费用 600,000 元 ÷ 成本费用总额 100,000,000 元 = 0.60%（0 分）；取较高者 50 分");
    }

    [Fact]
    public void Zero_sales_and_a_costs_ratio_below_every_band_name_the_sales_floor() =>
        // 50,000 / 1,000,000 = 5%: below the costs table's 10%.
        Score(Rule, 50_000m, 0m, 1_000_000m).Band.ShouldBe("按销售收入：2%以下");

    [Fact]
    public void Names_the_band_of_the_better_ratio_and_the_sales_band_on_a_tie()
    {
        Score(Rule, 600_000m, 10_000_000m, 100_000_000m).Band.ShouldBe("按销售收入：6%以上");
        Score(Rule, 300_000m, 10_000_000m, 1_200_000m).Band.ShouldBe("按成本费用：25%–30%");
        // 180,000 / 5,125,000 = 3.51% → 20 and 180,000 / 1,000,000 = 18% → 20.
        Score(Rule, 180_000m, 5_125_000m, 1_000_000m).Band.ShouldBe("按销售收入：3%–4%");
    }

    [Fact]
    public void Equal_cost_ways_name_the_sales_ratio()
    {
        // 4% of 5,125,000 = 205,000 (25,000 more); costs: (200,000 − 180,000) / 0.8 = 25,000 too; both give 30.
        Score(Rule, 180_000m, 5_125_000m, 1_000_000m).NextBand
            .ShouldBe("研发投入得分 20 分，研发费用占销售收入达到 4%可得 30 分：还需增加研发投入 25,000 元");
    }

    [Fact]
    public void From_forty_points_the_next_is_the_top_band()
    {
        // 500,000 / 10M = 5% → 40; 6% = 600,000.
        Score(Rule, 500_000m, 10_000_000m, 100_000_000m).NextBand
            .ShouldBe("研发投入得分 40 分，研发费用占销售收入达到 6%可得 50 分：还需增加研发投入 100,000 元");
    }

    // A table pair whose costs bands pay more than its sales bands: which way is named when the amounts tie or differ.
    private static readonly RdIntensityItem Uneven = new(
        new BandTable("低", Band.AtLeast(0.04m, 30, "销售 4%"), Band.AtLeast(0.03m, 20, "销售 3%")),
        new BandTable("低", Band.AtLeast(0.20m, 40, "成本 20%"), Band.AtLeast(0.15m, 20, "成本 15%")));

    [Fact]
    public void The_maximum_is_the_better_tables_top() => Score(Uneven, 180_000m, 5_125_000m, 1_000_000m).Max.ShouldBe(40);

    [Fact]
    public void Equal_amounts_name_the_way_worth_more_points() =>
        Score(Uneven, 180_000m, 5_125_000m, 1_000_000m).NextBand
            .ShouldBe("研发投入得分 20 分，研发费用占成本费用总额达到 20%（新增研发费用同时计入成本费用）可得 40 分：还需增加研发投入 25,000 元");

    [Fact]
    public void A_costs_band_of_one_hundred_percent_is_never_named()
    {
        // R&D added counts in costs too, so 100% of costs is out of reach: the sales way (25,000 more) is named.
        var rule = new RdIntensityItem(
            new BandTable("低", Band.AtLeast(0.04m, 30, "销售 4%"), Band.AtLeast(0.03m, 20, "销售 3%")),
            new BandTable("低", Band.AtLeast(1m, 60, "成本 100%"), Band.AtLeast(0.15m, 20, "成本 15%")));
        Score(rule, 180_000m, 5_125_000m, 1_000_000m).NextBand
            .ShouldBe("研发投入得分 20 分，研发费用占销售收入达到 4%可得 30 分：还需增加研发投入 25,000 元");
    }

    [Fact]
    public void The_cheaper_way_wins_even_when_the_other_pays_more()
    {
        // Sales: 4% of 5,000,000 = 200,000 (20,000 more, 30 points); costs: 25,000 more for 40 points.
        Score(Uneven, 180_000m, 5_000_000m, 1_000_000m).NextBand
            .ShouldBe("研发投入得分 20 分，研发费用占销售收入达到 4%可得 30 分：还需增加研发投入 20,000 元");
    }
}

public sealed class TechSmeIpAndRouteExplanationTests
{
    private static ItemScore Ip(int one, int two) =>
        new IpItem(TechSmeScheme.V2017.ClassOneIpPoints, TechSmeScheme.V2017.ClassTwoIpCount)
            .Evaluate(FactsBuilder.Enterprise().Latest(y => y with { ClassOneIp = one, ClassTwoIp = two }).View());

    [Fact]
    public void No_rights_at_all_name_both_ways_and_the_full_mark_is_thirty()
    {
        var item = Ip(0, 0);
        item.Max.ShouldBe(30);
        item.Band.ShouldBe("没有知识产权");
        item.Figures.ShouldBe("2024 年末Ⅰ类知识产权 0 项，Ⅱ类知识产权 0 项");
        item.NextBand.ShouldBe("知识产权得分 0 分：取得 1 项Ⅰ类知识产权（发明专利等）可得 30 分；或再取得 1 项Ⅱ类知识产权可得 6 分");
    }

    [Fact]
    public void A_class_one_right_is_the_top()
    {
        var item = Ip(1, 0);
        item.Band.ShouldBe("拥有Ⅰ类知识产权");
        item.NextBand.ShouldBeNull();
    }

    [Theory]
    [InlineData(true, "近五年获国家级科技奖励，排名前三")]
    [InlineData(false, "近五年未获国家级科技奖励")]
    public void National_award_route_says_why(bool award, string evidence) =>
        new NationalAwardRoute().Evaluate(FactsBuilder.Enterprise().Flags(f => f with { NationalAwardLast5Years = award }).View())
            .ShouldSatisfyAllConditions(r => r.Met.ShouldBe(award), r => r.Evidence.ShouldBe(evidence));

    [Theory]
    [InlineData(true, "近五年主导制定过国际、国家或行业标准")]
    [InlineData(false, "近五年未主导制定标准")]
    public void Led_standard_route_says_why(bool led, string evidence) =>
        new LedStandardRoute().Evaluate(FactsBuilder.Enterprise().Flags(f => f with { LedStandardLast5Years = led }).View())
            .ShouldSatisfyAllConditions(r => r.Met.ShouldBe(led), r => r.Evidence.ShouldBe(evidence));
}

public sealed class TechSmeVerdictTests
{
    [Fact]
    public void Two_failed_gates_both_fail_and_both_say_why()
    {
        // The score alone (20 + 50 + 30) would qualify.
        var e = FactsBuilder.Enterprise().Latest(y => y with { Staff = 501, TechStaff = 200, TotalAssets = 230_000_000m }).Evaluate(SchemeCode.TechSme);
        e.Total.ShouldBe(100);
        e.Verdict.ShouldBe(Verdict.DoesNotQualify);
        e.Gaps.ShouldContain("职工总数 501 人，超过上限 500 人：需减少 1 人");
        e.Gaps.ShouldContain("资产总额 230,000,000 元，超过上限 200,000,000 元 共 30,000,000 元，不属于科技型中小企业规模");
    }

    [Fact]
    public void A_figure_only_a_gate_reads_is_named_when_missing()
    {
        var e = FactsBuilder.Enterprise().Latest(y => y with { TotalAssets = null }).Evaluate(SchemeCode.TechSme);
        e.Verdict.ShouldBe(Verdict.MissingData);
        e.MissingInputs.ShouldBe(["缺少 2024 年度资产总额"]);
    }

    [Fact]
    public void Two_items_missing_is_missing_data_not_awaiting_experts()
    {
        // Tech staff unknown (0–20) and costs unknown while sales give 3% (20 of 50): the best total could pass.
        var e = FactsBuilder.Enterprise().Latest(y => y with { TechStaff = null, TotalCosts = null, RdSpend = 300_000m, RdSpendInChina = 300_000m })
            .Evaluate(SchemeCode.TechSme);
        e.Verdict.ShouldBe(Verdict.MissingData);
        e.MissingInputs.ShouldBe(["缺少 2024 年度科技人员数", "缺少 2024 年度成本费用总额"]);
    }

    [Fact]
    public void Two_direct_routes_met_still_qualify_directly() =>
        FactsBuilder.Enterprise().Latest(y => y with { TechStaff = 0 }).Holding(SchemeCode.HighTech)
            .Flags(f => f with { LedStandardLast5Years = true })
            .Evaluate(SchemeCode.TechSme).Verdict.ShouldBe(Verdict.QualifiesDirectly);

    [Fact]
    public void A_qualifying_enterprise_is_shown_no_gaps_even_below_full_marks()
    {
        // 22% → 12 + 50 + 30 = 92: the tech-staff item could still gain, but it qualifies.
        var e = FactsBuilder.Enterprise().Latest(y => y with { TechStaff = 22 }).Evaluate(SchemeCode.TechSme);
        e.Verdict.ShouldBe(Verdict.Qualifies);
        e.Items[0].NextBand.ShouldNotBeNull();
        e.Gaps.ShouldBeEmpty();
    }

    [Fact]
    public void A_failing_enterprise_is_told_the_rule_and_each_next_band()
    {
        var e = FactsBuilder.Enterprise().Latest(y => y with { TechStaff = 9 }).Evaluate(SchemeCode.TechSme);
        e.Verdict.ShouldBe(Verdict.DoesNotQualify);
        e.Gaps.ShouldBe([
            "科技人员指标得分为 0：无论总分多少都不能通过评价，科技人员占比至少需达到 10%",
            "科技人员占比 9.00%（0 分），达到 10% 可得 4 分：还需增加 1 名科技人员（按由现有职工转为科技人员、职工总数不变计算）",
        ]);
    }
}

public sealed class TechSmeTitleTests
{
    [Fact]
    public void Conditions_items_and_routes_carry_the_measures_names()
    {
        var e = FactsBuilder.Enterprise().Evaluate(SchemeCode.TechSme);
        e.Gates.Select(g => g.Title).ShouldBe([
            "境内注册的居民企业",
            "职工总数不超过 500 人",
            "年销售收入不超过 200,000,000 元",
            "资产总额不超过 200,000,000 元",
            "产品和服务不属于禁止、限制和淘汰类",
            "近年未发生重大安全、质量、环境事故或科研严重失信",
            "未列入经营异常名录或严重失信主体名单",
        ]);
        e.Items.Select(i => i.Title).ShouldBe(["科技人员指标", "研发投入指标", "科技成果指标（知识产权）"]);
        e.Direct.Select(d => d.Title).ShouldBe([
            "拥有有效期内的高新技术企业资格证书",
            "近五年获国家级科技奖励（获奖单位排名前三）",
            "拥有经认定的省部级以上研发机构",
            "近五年主导制定国际、国家或行业标准",
        ]);
    }

    [Fact]
    public void The_ceilings_say_the_figures_they_passed_on()
    {
        var e = FactsBuilder.Enterprise().Evaluate(SchemeCode.TechSme);
        e.Gates.Skip(1).Take(3).Select(g => g.Figures).ShouldBe([
            "2024 年度职工总数 100 人，上限 500 人",
            "2024 年度销售收入 10,000,000 元，上限 200,000,000 元",
            "2024 年度资产总额 20,000,000 元，上限 200,000,000 元",
        ]);
    }
}

public sealed class TechSmeMissingFigureTests
{
    [Fact]
    public void Each_ceiling_names_its_missing_figure()
    {
        new StaffCeilingGate(500).Evaluate(FactsBuilder.Enterprise().Latest(y => y with { Staff = null }).View()).Missing.ShouldBe(["缺少 2024 年度职工总数"]);
        new SalesCeilingGate(200_000_000m).Evaluate(FactsBuilder.Enterprise().Latest(y => y with { Sales = null }).View()).Missing.ShouldBe(["缺少 2024 年度销售收入"]);
        new AssetsCeilingGate(200_000_000m).Evaluate(FactsBuilder.Enterprise().Latest(y => y with { TotalAssets = null }).View()).Missing.ShouldBe(["缺少 2024 年度资产总额"]);
    }

    [Fact]
    public void Without_years_every_rule_is_missing_data()
    {
        var none = FactsBuilder.WithYears().View();
        new StaffCeilingGate(500).Evaluate(none).Missing.ShouldBe(["缺少年度财务数据"]);
        new SalesCeilingGate(200_000_000m).Evaluate(none).Missing.ShouldBe(["缺少年度财务数据"]);
        new AssetsCeilingGate(200_000_000m).Evaluate(none).Missing.ShouldBe(["缺少年度财务数据"]);
        new RdIntensityItem(TechSmeScheme.V2017.RdToSales, TechSmeScheme.V2017.RdToCosts).Evaluate(none).Missing.ShouldBe(["缺少年度财务数据"]);
        new IpItem(30, TechSmeScheme.V2017.ClassTwoIpCount).Evaluate(none).Missing.ShouldBe(["缺少年度财务数据"]);
    }

    [Fact]
    public void Missing_rd_leaves_the_rd_item_open()
    {
        var item = new RdIntensityItem(TechSmeScheme.V2017.RdToSales, TechSmeScheme.V2017.RdToCosts)
            .Evaluate(FactsBuilder.Enterprise().Latest(y => y with { RdSpend = null, RdSpendInChina = null }).View());
        item.Missing.ShouldBe(["缺少 2024 年度研发费用"]);
        item.MaxPossible.ShouldBe(50);
    }

    [Theory]
    [InlineData(-1, 0, "2024 年度Ⅰ类知识产权数为负数（-1），数据无效，未采用")]
    [InlineData(0, -1, "2024 年度Ⅱ类知识产权数为负数（-1），数据无效，未采用")]
    public void A_negative_ip_count_is_not_used(int one, int two, string reason)
    {
        var facts = FactsBuilder.Enterprise().Latest(y => y with { ClassOneIp = one, ClassTwoIp = two }).View();
        new IpItem(30, TechSmeScheme.V2017.ClassTwoIpCount).Evaluate(facts).Missing.ShouldBe([reason]);
        new IpCountItem(HighTechScheme.V2016.IpClassOne, HighTechScheme.V2016.IpClassTwoCount).Evaluate(facts).Missing.ShouldBe([reason]);
    }
}
