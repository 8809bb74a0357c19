using Gaoxin.Enterprises.Certification;

namespace Gaoxin.Enterprises.Tests.Certification;

// 高新技术企业 (国科发火〔2016〕32号): the texts a person reads for each condition and item, and the figures the
// mutation run (issue #23) found unread. Default enterprise (FactsBuilder): 2022–2024 alike, R&D 600,000 of sales
// 10,000,000 (all in China), 30 of 100 staff in tech, high-tech income 7,000,000 of 10,000,000, one Class Ⅰ right.
public sealed class HighTechTitleTests
{
    [Fact]
    public void Conditions_and_items_carry_the_measures_names()
    {
        var e = FactsBuilder.Enterprise().Evaluate(SchemeCode.HighTech);
        e.Gates.Select(g => g.Title).ShouldBe([
            "注册成立 1 年以上",
            "拥有对主要产品发挥核心支持作用的知识产权",
            "核心技术属于国家重点支持的高新技术领域",
            "科技人员占职工总数不低于 10%",
            "近 3 年研发费用占销售收入比例达到规模要求",
            "境内研发费用占全部研发费用不低于 60%",
            "高新技术产品（服务）收入占总收入不低于 60%",
            "近年未发生重大安全、质量、环境事故或科研严重失信",
            "创新能力评价 71 分以上",
        ]);
        e.Items.Select(i => i.Title).ShouldBe([
            "知识产权数量",
            "知识产权先进程度、核心支持作用与获得方式",
            "科技成果转化能力",
            "研究开发组织管理：研发组织管理制度与研发费用核算",
            "研究开发组织管理：研发机构与产学研合作",
            "研究开发组织管理：成果转化激励与创新创业平台",
            "研究开发组织管理：人才培养、引进与绩效奖励",
            "净资产增长率",
            "销售收入增长率",
        ]);
    }

    [Fact]
    public void Each_condition_says_the_figures_it_passed_on()
    {
        var e = FactsBuilder.Enterprise().Evaluate(SchemeCode.HighTech);
        e.Gates.Take(7).Select(g => g.Figures).ShouldBe([
            "注册成立于 2015-03-01，评价日 2025-06-30",
            "拥有支持主要产品的核心知识产权",
            "核心技术属于国家重点支持的高新技术领域",
            "2024 年度科技人员 30 人 ÷ 职工总数 100 人 = 30.00%",
            "2022–2024 年研发费用合计 1,800,000 元 ÷ 销售收入合计 30,000,000 元 = 6.00%；2024 年销售收入 10,000,000 元，属最近一年销售收入 5,000 万元以下（含），要求 5.00%",
            "2022–2024 年境内研发费用 1,800,000 元 ÷ 研发费用 1,800,000 元 = 100.00%",
            "2024 年度高新技术产品（服务）收入 7,000,000 元 ÷ 总收入 10,000,000 元 = 70.00%",
        ]);
    }
}

public sealed class HighTechConditionExplanationTests
{
    [Fact]
    public void Flag_conditions_say_what_is_lacking_and_what_is_needed()
    {
        var e = FactsBuilder.Enterprise().Flags(f => f with { OwnsCoreIp = false, InKeyHighTechField = false }).Evaluate(SchemeCode.HighTech);
        var core = e.Gate(nameof(CoreIpGate));
        core.Figures.ShouldBe("没有支持主要产品的核心知识产权");
        core.Gap.ShouldBe("需取得至少 1 项对主要产品在技术上发挥核心支持作用的知识产权");
        var field = e.Gate(nameof(KeyHighTechFieldGate));
        field.Figures.ShouldBe("核心技术不属于国家重点支持的高新技术领域");
        field.Gap.ShouldBe("主要产品（服务）的核心技术须属于《国家重点支持的高新技术领域》");
    }

    [Fact]
    public void No_staff_cannot_give_a_tech_share() =>
        new TechStaffShareGate(0.10m).Evaluate(FactsBuilder.Enterprise().Latest(y => y with { Staff = 0, TechStaff = 0 }).View())
            .Missing.ShouldBe(["2024 年度职工总数为 0，无法计算科技人员占比"]);

    [Fact]
    public void No_sales_in_three_years_cannot_give_an_rd_ratio() =>
        new HighTechRdRatioBySalesBandGate(HighTechScheme.V2016.RdBySales, 3).Evaluate(FactsBuilder.Enterprise().EveryYear(y => y with { Sales = 0 }).View())
            .Missing.ShouldBe(["2022–2024 年销售收入合计为 0，无法计算研发费用占比"]);

    [Fact]
    public void Rd_ratio_names_every_missing_figure_of_every_year()
    {
        var r = new HighTechRdRatioBySalesBandGate(HighTechScheme.V2016.RdBySales, 3)
            .Evaluate(FactsBuilder.Enterprise().InYear(2022, y => y with { Sales = null }).InYear(2023, y => y with { RdSpend = null, RdSpendInChina = null }).View());
        r.Passed.ShouldBeNull();
        r.Missing.ShouldBe(["缺少 2022 年度销售收入", "缺少 2023 年度研发费用"]);
    }

    [Fact]
    public void Rd_in_china_names_every_missing_figure_of_every_year()
    {
        var r = new RdInChinaShareGate(0.60m, 3)
            .Evaluate(FactsBuilder.Enterprise().InYear(2022, y => y with { RdSpendInChina = null }).InYear(2024, y => y with { RdSpendInChina = null }).View());
        r.Passed.ShouldBeNull();
        r.Missing.ShouldBe(["缺少 2022 年度境内研发费用", "缺少 2024 年度境内研发费用"]);
    }

    [Fact]
    public void No_rd_at_all_fails_the_china_share_saying_why()
    {
        var r = new RdInChinaShareGate(0.60m, 3).Evaluate(FactsBuilder.Enterprise().EveryYear(y => y with { RdSpend = 0, RdSpendInChina = 0 }).View());
        r.Passed.ShouldBe(false);
        r.Figures.ShouldBe("2022–2024 年研发费用合计为 0");
        r.Gap.ShouldBe("没有研发投入，境内研发费用占比无从谈起：需先有研发投入");
    }

    [Fact]
    public void No_revenue_cannot_give_a_high_tech_income_share() =>
        new HighTechProductIncomeShareGate(0.60m)
            .Evaluate(FactsBuilder.Enterprise().Latest(y => y with { TotalRevenue = 0, MainBusinessRevenue = 0, HighTechIncome = 0 }).View())
            .Missing.ShouldBe(["2024 年度总收入为 0，无法计算高新技术产品（服务）收入占比"]);
}

public sealed class HighTechItemExplanationTests
{
    private static readonly HighTechScheme P = HighTechScheme.V2016;

    [Fact]
    public void Ip_count_without_rights_names_both_ways()
    {
        var item = new IpCountItem(P.IpClassOne, P.IpClassTwoCount).Evaluate(FactsBuilder.Enterprise().Latest(y => y with { ClassOneIp = 0, ClassTwoIp = 0 }).View());
        item.Figures.ShouldBe("2024 年末Ⅰ类知识产权 0 项，Ⅱ类 0 项");
        item.NextBand.ShouldBe("知识产权数量 0 分：取得 1 项Ⅰ类知识产权可得 7–8 分；或再取得 1 项Ⅱ类知识产权可得 1–2 分");
    }

    [Fact]
    public void Ip_count_says_how_many_more_class_two_rights_the_next_band_needs() =>
        new IpCountItem(P.IpClassOne, P.IpClassTwoCount).Evaluate(FactsBuilder.Enterprise().Latest(y => y with { ClassOneIp = 0, ClassTwoIp = 2 }).View())
            .NextBand.ShouldBe("知识产权数量 1–2 分：取得 1 项Ⅰ类知识产权可得 7–8 分；或再取得 1 项Ⅱ类知识产权可得 3–4 分");

    [Fact]
    public void Ip_count_without_years_is_missing_data() =>
        new IpCountItem(P.IpClassOne, P.IpClassTwoCount).Evaluate(FactsBuilder.WithYears().View()).Missing.ShouldBe(["缺少年度财务数据"]);

    [Fact]
    public void An_open_band_says_who_settles_it() =>
        new IpCountItem(P.IpClassOne, P.IpClassTwoCount).Evaluate(FactsBuilder.Enterprise().View()).Figures
            .ShouldBe($"2024 年末Ⅰ类知识产权 1 项，Ⅱ类 0 项；本档 7–8 分，档内分值待专家评定");

    [Fact]
    public void A_judged_item_says_its_reviewer_key_or_the_score_given()
    {
        var rule = new IpQualityItem(22);
        var open = rule.Evaluate(FactsBuilder.Enterprise().View());
        open.Band.ShouldBe("待专家评定");
        open.Figures.ShouldBe("由专家评定，满分 22 分");
        var given = rule.Evaluate(FactsBuilder.Enterprise().Expert(ExpertKeys.HighTechIpQuality, 20).View());
        given.Band.ShouldBe("专家评定");
        given.Figures.ShouldBe("专家评定 20 分（满分 22 分）");
    }

    [Fact]
    public void A_settled_band_says_the_experts_score()
    {
        var item = new ConversionItem(P.ConversionsPerYear, 3).Evaluate(FactsBuilder.Enterprise().Expert(ExpertKeys.HighTechConversion, 28).View());
        item.Figures.ShouldBe("2022–2024 年成果转化 15 项，年均 5 项；专家评定 28 分（本档 25–30 分）");
    }

    [Fact]
    public void Growth_on_a_base_that_is_not_positive_scores_nothing_saying_why()
    {
        var item = new SalesGrowthItem(P.Growth).Evaluate(FactsBuilder.Enterprise().InYear(2022, y => y with { Sales = 0 }).View());
        item.Score.ShouldBe(0);
        item.Band.ShouldBe("基数不为正");
        item.Figures.ShouldBe("销售收入 2022 年 0 元、2023 年 10,000,000 元、2024 年 10,000,000 元；前两年销售收入不为正，增长率无法计算，按 0 分计");
    }

    [Fact]
    public void Growth_on_a_middle_year_of_zero_scores_nothing() =>
        new SalesGrowthItem(P.Growth).Evaluate(FactsBuilder.Enterprise().InYear(2023, y => y with { Sales = 0 }).View()).Band.ShouldBe("基数不为正");

    [Fact]
    public void Growth_shows_both_year_on_year_ratios()
    {
        // 10,000,000 → 11,000,000 → 12,100,000: ½ × (1.1 + 1.1) − 1 = 10%.
        var item = new SalesGrowthItem(P.Growth).Evaluate(FactsBuilder.Enterprise().Series((y, v) => y with { Sales = v }, 10_000_000m, 11_000_000m, 12_100_000m).View());
        item.Figures.ShouldStartWith("销售收入 2022 年 10,000,000 元、2023 年 11,000,000 元、2024 年 12,100,000 元；增长率 = ½ × (1.1 + 1.1) − 1 = 10.00%");
    }

    [Fact]
    public void No_growth_is_told_to_exceed_zero() =>
        new SalesGrowthItem(P.Growth).Evaluate(FactsBuilder.Enterprise().View()).NextBand
            .ShouldBe("销售收入增长率 0.00%（0 分），大于 0% 可得 1–2 分：2024 年销售收入需达到 10,000,001 元（增加 1 元）");

    [Theory]
    [InlineData(2022)]
    [InlineData(2023)]
    [InlineData(2024)]
    public void Growth_with_one_year_missing_is_missing(int year) =>
        new NetAssetGrowthItem(P.Growth).Evaluate(FactsBuilder.Enterprise().InYear(year, y => y with { NetAssets = null }).View())
            .Missing.ShouldBe([$"缺少 {year} 年度净资产"]);

    [Fact]
    public void Growth_names_every_missing_year()
    {
        var item = new NetAssetGrowthItem(P.Growth).Evaluate(FactsBuilder.Enterprise().InYear(2022, y => y with { NetAssets = null }).Latest(y => y with { NetAssets = null }).View());
        item.Missing.ShouldBe(["缺少 2022 年度净资产", "缺少 2024 年度净资产"]);
    }
}
