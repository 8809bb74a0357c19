using Gaoxin.Enterprises.Certification;

namespace Gaoxin.Enterprises.Tests.Certification;

// Issue #23: what an enterprise or a zone officer reads for each rule (titles, figures, the band, the gap to the next
// band, the refusal), and the boundaries the mutation run found unpinned. The default enterprise (FactsBuilder): 2024
// revenue 10,000,000, main business 8,000,000 (2023 also 8,000,000), R&D 600,000, debt ratio 50%, one Ⅰ类 IP.

public sealed class InnovativeIpExplanationTests
{
    private static ItemScore Ip(int one = 0, int highValue = 0, int self = 0, int two = 0) =>
        new InnovativeIpItem(InnovativeSmeScheme.V2022)
            .Evaluate(FactsBuilder.Enterprise().Latest(y => y with { ClassOneIp = one, HighValueClassOneIp = highValue, SelfDevelopedClassOneIp = self, ClassTwoIp = two }).View());

    [Fact]
    public void States_the_counts_it_scored()
    {
        var item = Ip(one: 3, highValue: 1, self: 2, two: 4);
        item.Title.ShouldBe("有效知识产权");
        item.Figures.ShouldBe("2024 年末Ⅰ类知识产权 3 项（其中高价值 1 项、自主研发 2 项），Ⅱ类 4 项");
        item.Band.ShouldBe("Ⅰ类高价值知识产权 1 项以上");
        item.NextBand.ShouldBeNull();
        item.Max.ShouldBe(20);
    }

    [Theory]
    [InlineData(1, 0, 1, 0, "自主研发Ⅰ类知识产权 1 项以上", "知识产权 15 分：拥有 1 项Ⅰ类高价值知识产权可得 20 分")]
    [InlineData(1, 0, 0, 0, "Ⅰ类知识产权 1 项以上", "知识产权 10 分：自主研发取得 1 项Ⅰ类知识产权可得 15 分")]
    [InlineData(0, 0, 0, 1, "Ⅱ类知识产权 1 项以上", "知识产权 5 分：取得 1 项Ⅰ类知识产权可得 10 分")]
    [InlineData(0, 0, 0, 0, "无知识产权", "知识产权 0 分：取得 1 项Ⅱ类知识产权可得 5 分")]
    public void Names_the_band_and_the_next_step_up(int one, int highValue, int self, int two, string band, string next)
    {
        var item = Ip(one, highValue, self, two);
        item.Band.ShouldBe(band);
        item.NextBand.ShouldBe(next);
    }
}

public sealed class InnovativeRatioExplanationTests
{
    private static readonly InnovativeSmeScheme Scheme = InnovativeSmeScheme.V2022;

    [Fact]
    public void Rd_to_revenue_shows_its_division_and_band()
    {
        var item = new RdToRevenueItem(Scheme.RdToRevenue).Evaluate(FactsBuilder.Enterprise().View());
        item.Title.ShouldBe("研发费用占营业收入比重");
        item.Figures.ShouldBe("2024 年度研发费用 600,000 元 ÷ 营业收入 10,000,000 元 = 6.00%");
        item.Band.ShouldBe("5%以上");
        item.NextBand.ShouldBeNull();
    }

    [Fact]
    public void Rd_to_revenue_without_revenue_says_it_cannot_be_computed() =>
        new RdToRevenueItem(Scheme.RdToRevenue).Evaluate(FactsBuilder.Enterprise().Latest(y => y with { TotalRevenue = 0, MainBusinessRevenue = 0, Sales = 0, HighTechIncome = 0 }).View())
            .Missing.ShouldNotBeNull().ShouldContain("2024 年度营业收入为 0，无法计算研发费用占比");

    [Fact]
    public void Growth_shows_both_years_and_the_revenue_the_next_band_needs()
    {
        var item = new MainRevenueGrowthItem(Scheme.MainRevenueGrowth).Evaluate(FactsBuilder.Enterprise().View());
        item.Title.ShouldBe("主营业务收入增长率");
        item.Figures.ShouldBe("主营业务收入 2023 年 8,000,000 元、2024 年 8,000,000 元；增长率 0.00%");
        item.Band.ShouldBe("0–5%");
        item.NextBand.ShouldBe("主营业务收入增长率 0.00%（5 分），达到 5% 可得 10 分：2024 年主营业务收入需达到 8,400,000 元（增加 400,000 元）");
    }

    // No revenue the year before: no growth rate exists, and none is invented (0 points, said so).
    [Fact]
    public void Growth_from_nothing_scores_nothing_and_says_why()
    {
        var item = new MainRevenueGrowthItem(Scheme.MainRevenueGrowth)
            .Evaluate(FactsBuilder.Enterprise().InYear(2023, y => y with { MainBusinessRevenue = 0 }).View());
        item.Score.ShouldBe(0);
        item.Band.ShouldBe("上年无主营业务收入");
        item.Figures.ShouldBe("主营业务收入 2023 年 0 元、2024 年 8,000,000 元；上年主营业务收入为 0，增长率无法计算，按 0 分计");
        item.NextBand.ShouldBeNull();
    }

    [Fact]
    public void Debt_in_the_middle_band_must_fall_below_55_percent()
    {
        var item = new DebtRatioItem(Scheme.DebtRatio).Evaluate(FactsBuilder.Enterprise().Latest(y => y with { DebtRatio = 0.60m }).View());
        item.Title.ShouldBe("资产负债率");
        item.Figures.ShouldBe("2024 年末资产负债率 60.00%");
        item.Band.ShouldBe("55%–75%");
        item.NextBand.ShouldBe("资产负债率 60.00%（5 分），降到 55% 以下可得 10 分：需降低 5 个百分点以上");
    }

    [Fact]
    public void Debt_above_75_percent_may_fall_to_75_percent_itself()
    {
        var item = new DebtRatioItem(Scheme.DebtRatio).Evaluate(FactsBuilder.Enterprise().Latest(y => y with { DebtRatio = 0.8123m }).View());
        item.Score.ShouldBe(0);
        item.Band.ShouldBe("75%以上");
        item.NextBand.ShouldBe("资产负债率 81.23%（0 分），降到 75% 及以下可得 5 分：需降低 6.23 个百分点");
    }

    [Fact]
    public void Catalogue_texts_for_both_answers()
    {
        var item = new StrategicCatalogueItem(10, 5);
        item.Title.ShouldBe("主导产品所属领域");
        item.Max.ShouldBe(10);
        var inside = item.Evaluate(FactsBuilder.Enterprise().Flags(f => f with { InStrategicEmergingCatalogue = true }).View());
        inside.Band.ShouldBe("属于战略性新兴产业");
        inside.Figures.ShouldBe("主导产品属于《战略性新兴产业分类》");
        inside.NextBand.ShouldBeNull();
        var outside = item.Evaluate(FactsBuilder.Enterprise().View());
        outside.Band.ShouldBe("其他领域");
        outside.Figures.ShouldBe("主导产品不属于《战略性新兴产业分类》");
        outside.NextBand.ShouldBe("主导产品所属领域 5 分：主导产品属于战略性新兴产业可得 10 分");
    }

    [Fact]
    public void Main_business_share_gap_assumes_total_revenue_unchanged()
    {
        var item = new MainBusinessShareItem(Scheme.MainBusinessShare).Evaluate(FactsBuilder.Enterprise().Latest(y => y with { MainBusinessRevenue = 5_200_000m }).View());
        item.Title.ShouldBe("主营业务收入占营业收入比重");
        item.Figures.ShouldBe("2024 年度主营业务收入 5,200,000 元 ÷ 营业收入 10,000,000 元 = 52.00%");
        item.Band.ShouldBe("50%–55%");
        item.NextBand.ShouldBe("主营业务收入占比 52.00%（5 分），达到 55% 可得 10 分：主营业务收入还需增加 300,000 元（按营业收入总额不变计算）");
    }

    [Fact]
    public void Main_business_share_without_revenue_says_it_cannot_be_computed() =>
        new MainBusinessShareItem(Scheme.MainBusinessShare).Evaluate(FactsBuilder.Enterprise().Latest(y => y with { TotalRevenue = 0, MainBusinessRevenue = 0, Sales = 0, HighTechIncome = 0 }).View())
            .Missing.ShouldNotBeNull().ShouldContain("2024 年度营业收入为 0，无法计算主营业务收入占比");
}

public sealed class InnovativeRouteExplanationTests
{
    private static DirectRoute Award(bool national, bool provincial) =>
        new AwardLast3YearsRoute().Evaluate(FactsBuilder.Enterprise().Flags(f => f with { NationalAwardLast3Years = national, ProvincialAwardLast3Years = provincial }).View());

    [Theory]
    [InlineData(true, false, true, "近三年获国家级科技奖励")]
    [InlineData(false, true, true, "近三年获省级科技奖励")]
    [InlineData(true, true, true, "近三年获国家级科技奖励")]
    [InlineData(false, false, false, "近三年未获国家级或省级科技奖励")]
    public void Either_a_national_or_a_provincial_award_is_enough(bool national, bool provincial, bool met, string evidence)
    {
        var route = Award(national, provincial);
        route.Title.ShouldBe("近三年获国家级或省级科技奖励");
        route.Met.ShouldBe(met);
        route.Evidence.ShouldBe(evidence);
    }

    [Fact]
    public void A_valid_high_tech_certificate_is_named_with_its_dates()
    {
        var route = new HighTechOrSimilarRoute().Evaluate(FactsBuilder.Enterprise().Holding(SchemeCode.HighTech).View());
        route.Title.ShouldBe("有效期内的高新技术企业或同类国家级荣誉");
        route.Met.ShouldBeTrue();
        route.Evidence.ShouldBe("高新技术企业证书 HighTech-001，有效期 2024-06-30 至 2027-06-30");
    }

    [Fact]
    public void A_similar_national_title_is_enough()
    {
        var route = new HighTechOrSimilarRoute().Evaluate(FactsBuilder.Enterprise().Flags(f => f with { SimilarNationalTitle = true }).View());
        route.Met.ShouldBeTrue();
        route.Evidence.ShouldBe("拥有有效期内的国家级技术创新示范企业等同类荣誉");
    }

    [Fact]
    public void Neither_says_both_are_missing()
    {
        var route = new HighTechOrSimilarRoute().Evaluate(FactsBuilder.Enterprise().View());
        route.Met.ShouldBeFalse();
        route.Evidence.ShouldBe("2025-06-30 没有有效的高新技术企业证书，也没有同类国家级荣誉");
    }
}

public sealed class CommonGateExplanationTests
{
    public static TheoryData<string, string, string, string, string> Gates => new()
    {
        { nameof(ResidentEnterpriseGate), "境内注册的居民企业", "在中国境内（不含港澳台）注册的居民企业", "不是在中国境内（不含港澳台）注册的居民企业", "须为在中国境内（不含港澳台）注册的居民企业，此项无法通过补充投入达到" },
        { nameof(ProductsNotRestrictedGate), "产品和服务不属于禁止、限制和淘汰类", "产品和服务不属于禁止、限制和淘汰类", "产品或服务属于国家规定的禁止、限制或淘汰类", "须停止禁止、限制或淘汰类产品和服务后方可申请" },
        { nameof(NoMajorIncidentGate), "近年未发生重大安全、质量、环境事故或科研严重失信", "上一年度至今未发生重大安全、质量、环境事故或科研严重失信行为", "上一年度至今发生过重大安全、质量、环境事故或科研严重失信行为", "发生事故或失信行为的年度及次年不得申请，须待期满" },
        { nameof(NotOnAbnormalOrDishonestListGate), "未列入经营异常名录或严重失信主体名单", "未列入经营异常名录或严重失信主体名单", "已列入经营异常名录或严重失信主体名单", "须先移出经营异常名录或严重失信主体名单" },
    };

    private static (Gate Gate, EnterpriseFlags Failing) Of(string name) => name switch
    {
        nameof(ResidentEnterpriseGate) => (new ResidentEnterpriseGate(), new EnterpriseFlags(ResidentInMainland: false)),
        nameof(ProductsNotRestrictedGate) => (new ProductsNotRestrictedGate(), new EnterpriseFlags(ProductsRestricted: true)),
        nameof(NoMajorIncidentGate) => (new NoMajorIncidentGate(), new EnterpriseFlags(MajorIncidentPreviousOrCurrentYear: true)),
        _ => (new NotOnAbnormalOrDishonestListGate(), new EnterpriseFlags(OnAbnormalOrDishonestList: true)),
    };

    [Theory]
    [MemberData(nameof(Gates))]
    public void Each_gate_says_what_holds_what_does_not_and_what_to_do(string name, string title, string holds, string fails, string remedy)
    {
        var (gate, failing) = Of(name);
        gate.Title.ShouldBe(title);
        var passed = gate.Evaluate(FactsBuilder.Enterprise().View());
        passed.Passed.ShouldBe(true);
        passed.Figures.ShouldBe(holds);
        var failed = gate.Evaluate(FactsBuilder.Enterprise().Flags(_ => failing).View());
        failed.Passed.ShouldBe(false);
        failed.Figures.ShouldBe(fails);
        failed.Gap.ShouldBe(remedy);
        // As a business rule elsewhere, the refusal reads title and remedy.
        gate.Check(FactsBuilder.Enterprise().Flags(_ => failing).Build()).Message.ShouldBe($"{title}：{remedy}");
    }
}

public sealed class CommonRouteExplanationTests
{
    [Fact]
    public void A_high_tech_certificate_counts_only_on_days_it_is_valid()
    {
        var route = new ValidHighTechCertificateRoute();
        route.Title.ShouldBe("拥有有效期内的高新技术企业资格证书");
        var valid = route.Evaluate(FactsBuilder.Enterprise().Holding(SchemeCode.HighTech, new DateOnly(2022, 7, 1), FactsBuilder.Day).View());
        valid.Met.ShouldBeTrue();
        valid.Evidence.ShouldBe("高新技术企业证书 HighTech-001，有效期 2022-07-01 至 2025-06-30");
        var expired = route.Evaluate(FactsBuilder.Enterprise().Holding(SchemeCode.HighTech, new DateOnly(2022, 6, 29), FactsBuilder.Day.AddDays(-1)).View());
        expired.Met.ShouldBeFalse();
        expired.Evidence.ShouldBe("2025-06-30 没有有效的高新技术企业证书");
        route.Evaluate(FactsBuilder.Enterprise().Holding(SchemeCode.InnovativeSme).View()).Met.ShouldBeFalse();
    }

    [Fact]
    public void A_provincial_rd_institution_is_a_route_and_its_absence_is_said()
    {
        var route = new ProvincialRdInstitutionRoute();
        route.Title.ShouldBe("拥有经认定的省部级以上研发机构");
        var has = route.Evaluate(FactsBuilder.Enterprise().Flags(f => f with { ProvincialRdInstitution = true }).View());
        has.Met.ShouldBeTrue();
        has.Evidence.ShouldBe("拥有省部级以上研发机构");
        var lacks = route.Evaluate(FactsBuilder.Enterprise().View());
        lacks.Met.ShouldBeFalse();
        lacks.Evidence.ShouldBe("没有省部级以上研发机构");
    }

    // 创新型: 5,000,000 yuan of new equity within three years.
    [Fact]
    public void Equity_route_names_the_sum_and_what_is_still_missing()
    {
        var route = new EquityRaisedRoute(5_000_000m, 3);
        route.Title.ShouldBe("近 3 年新增股权融资 5,000,000 元 以上");
        var enough = route.Evaluate(FactsBuilder.Enterprise().InYear(2022, y => y with { EquityRaised = 2_000_000m }).Latest(y => y with { EquityRaised = 3_000_000m }).View());
        enough.Met.ShouldBeTrue();
        enough.Evidence.ShouldBe("近 3 年股权融资 5,000,000 元，不低于 5,000,000 元");
        var short_ = route.Evaluate(FactsBuilder.Enterprise().Latest(y => y with { EquityRaised = 3_000_000m }).View());
        short_.Met.ShouldBeFalse();
        short_.Evidence.ShouldBe("近 3 年股权融资 3,000,000 元，还差 2,000,000 元");
    }

    [Fact]
    public void Equity_route_without_any_year_of_figures_cannot_judge()
    {
        var route = new EquityRaisedRoute(5_000_000m, 3).Evaluate(FactsBuilder.WithYears().View());
        route.Met.ShouldBeFalse();
        route.Evidence.ShouldBe("缺少数据，无法判断");
        route.Missing.ShouldNotBeNull().ShouldNotBeEmpty();
    }
}

// The band labels a reviewer reads next to each score, as the measures write them (Schemes.cs).
public sealed class SchemeBandLabelTests
{
    private static readonly TechSmeScheme Tech = TechSmeScheme.V2017;
    private static readonly HighTechScheme High = HighTechScheme.V2016;
    private static readonly InnovativeSmeScheme Innovative = InnovativeSmeScheme.V2022;

    private static void Labels(BandTable table, params (decimal Value, string Label)[] expected)
    {
        foreach (var (value, label) in expected)
        {
            table.LabelAt(table.Find(value)).ShouldBe(label, $"value {value}");
        }
    }

    [Fact]
    public void Tech_sme_bands() // 国科发政〔2017〕115号 附件
    {
        Labels(Tech.TechStaffShare, (0.30m, "30%以上"), (0.25m, "25%–30%"), (0.20m, "20%–25%"), (0.15m, "15%–20%"), (0.10m, "10%–15%"), (0.0999m, "10%以下"));
        Labels(Tech.RdToSales, (0.06m, "6%以上"), (0.05m, "5%–6%"), (0.04m, "4%–5%"), (0.03m, "3%–4%"), (0.02m, "2%–3%"), (0.0199m, "2%以下"));
        Labels(Tech.RdToCosts, (0.30m, "30%以上"), (0.25m, "25%–30%"), (0.20m, "20%–25%"), (0.15m, "15%–20%"), (0.10m, "10%–15%"), (0.0999m, "10%以下"));
        Labels(Tech.ClassTwoIpCount, (4, "Ⅱ类 4 项以上"), (3, "Ⅱ类 3 项"), (2, "Ⅱ类 2 项"), (1, "Ⅱ类 1 项"), (0, "没有知识产权"));
    }

    [Fact]
    public void High_tech_bands() // 国科发火〔2016〕195号 工作指引
    {
        High.IpClassOne.Label.ShouldBe("Ⅰ类 1 项以上");
        Labels(High.IpClassTwoCount, (5, "Ⅱ类 5 项以上"), (3, "Ⅱ类 3–4 项"), (1, "Ⅱ类 1–2 项"), (0, "无知识产权"));
        Labels(High.ConversionsPerYear, (5, "年均 5 项以上"), (4, "年均 4 项以上"), (3, "年均 3 项以上"), (2, "年均 2 项以上"), (1, "年均 1 项以上"), (0.9m, "没有成果转化"));
        Labels(High.Growth, (0.35m, "35%以上"), (0.25m, "25%–35%"), (0.15m, "15%–25%"), (0.05m, "5%–15%"), (0.0001m, "0–5%"), (0m, "0 及以下"));
        High.RdBySales.Select(b => b.Label).ShouldBe(["最近一年销售收入 5,000 万元以下（含）", "最近一年销售收入 5,000 万元至 2 亿元（含）", "最近一年销售收入 2 亿元以上"]);
    }

    [Fact]
    public void Innovative_sme_bands() // 工信部企业〔2022〕63号 附件1
    {
        Labels(Innovative.RdToRevenue, (0.05m, "5%以上"), (0.03m, "3%–5%"), (0.02m, "2%–3%"), (0.01m, "1%–2%"), (0.0099m, "1%以下"));
        Labels(Innovative.MainRevenueGrowth, (0.15m, "15%以上"), (0.10m, "10%–15%"), (0.05m, "5%–10%"), (0m, "0–5%"), (-0.01m, "负增长"));
        Labels(Innovative.DebtRatio, (0.5499m, "55%以下"), (0.55m, "55%–75%"), (0.75m, "55%–75%"), (0.7501m, "75%以上"));
        Labels(Innovative.MainBusinessShare, (0.70m, "70%以上"), (0.60m, "60%–70%"), (0.55m, "55%–60%"), (0.50m, "50%–55%"), (0.4999m, "50%以下"));
    }

    [Theory]
    [InlineData(SchemeCode.TechSme, "2017")]
    [InlineData(SchemeCode.HighTech, "2016")]
    [InlineData(SchemeCode.InnovativeSme, "2022")]
    [InlineData(SchemeCode.SpecialisedSme, "2022")]
    public void Each_evaluation_names_the_version_of_the_measures_it_applied(SchemeCode scheme, string version) =>
        FactsBuilder.Enterprise().Evaluate(scheme).SchemeVersion.ShouldBe(version);
}

// A figure that is missing or invalid (negative) is never read as 0: the item says which figure and scores nothing yet.
public sealed class InnovativeMissingFigureTests
{
    private static readonly InnovativeSmeScheme Scheme = InnovativeSmeScheme.V2022;

    public static TheoryData<string> Items => [nameof(InnovativeIpItem), nameof(RdToRevenueItem), nameof(MainRevenueGrowthItem), nameof(DebtRatioItem), nameof(MainBusinessShareItem)];

    private static ScoredItem Of(string name) => name switch
    {
        nameof(InnovativeIpItem) => new InnovativeIpItem(Scheme),
        nameof(RdToRevenueItem) => new RdToRevenueItem(Scheme.RdToRevenue),
        nameof(MainRevenueGrowthItem) => new MainRevenueGrowthItem(Scheme.MainRevenueGrowth),
        nameof(DebtRatioItem) => new DebtRatioItem(Scheme.DebtRatio),
        _ => new MainBusinessShareItem(Scheme.MainBusinessShare),
    };

    private static void ShouldLack(ItemScore item, string reason)
    {
        item.Band.ShouldBe("缺少数据");
        item.Score.ShouldBe(0);
        item.Missing.ShouldNotBeNull().ShouldBe([reason]);
    }

    [Theory]
    [MemberData(nameof(Items))]
    public void Without_any_year_of_figures_nothing_is_scored(string name) =>
        ShouldLack(Of(name).Evaluate(FactsBuilder.WithYears().View()), "缺少年度财务数据");

    [Theory]
    [InlineData(-1, 0, 0, 0, "2024 年度Ⅰ类知识产权数为负数（-1），数据无效，未采用")]
    [InlineData(0, -1, 0, 0, "2024 年度Ⅱ类知识产权数为负数（-1），数据无效，未采用")]
    [InlineData(0, 0, -1, 0, "2024 年度Ⅰ类高价值知识产权数为负数（-1），数据无效，未采用")]
    [InlineData(0, 0, 0, -1, "2024 年度自主研发Ⅰ类知识产权数为负数（-1），数据无效，未采用")]
    public void An_invalid_ip_count_is_not_scored(int one, int two, int highValue, int self, string reason) =>
        ShouldLack(new InnovativeIpItem(Scheme).Evaluate(FactsBuilder.Enterprise()
            .Latest(y => y with { ClassOneIp = one, ClassTwoIp = two, HighValueClassOneIp = highValue, SelfDevelopedClassOneIp = self }).View()), reason);

    [Fact]
    public void Rd_to_revenue_needs_both_figures()
    {
        ShouldLack(new RdToRevenueItem(Scheme.RdToRevenue).Evaluate(FactsBuilder.Enterprise().Latest(y => y with { RdSpend = null }).View()), "缺少 2024 年度研发费用");
        ShouldLack(new RdToRevenueItem(Scheme.RdToRevenue).Evaluate(FactsBuilder.Enterprise().Latest(y => y with { TotalRevenue = null }).View()), "缺少 2024 年度营业收入（总收入）");
    }

    [Fact]
    public void Growth_needs_both_years_main_revenue()
    {
        ShouldLack(new MainRevenueGrowthItem(Scheme.MainRevenueGrowth).Evaluate(FactsBuilder.Enterprise().InYear(2023, y => y with { MainBusinessRevenue = null }).View()), "缺少 2023 年度主营业务收入");
        ShouldLack(new MainRevenueGrowthItem(Scheme.MainRevenueGrowth).Evaluate(FactsBuilder.Enterprise().Latest(y => y with { MainBusinessRevenue = null }).View()), "缺少 2024 年度主营业务收入");
    }

    [Fact]
    public void Debt_ratio_needs_the_latest_ratio() =>
        ShouldLack(new DebtRatioItem(Scheme.DebtRatio).Evaluate(FactsBuilder.Enterprise().Latest(y => y with { DebtRatio = null }).View()), "缺少 2024 年度资产负债率");

    [Fact]
    public void Main_business_share_needs_both_figures()
    {
        ShouldLack(new MainBusinessShareItem(Scheme.MainBusinessShare).Evaluate(FactsBuilder.Enterprise().Latest(y => y with { MainBusinessRevenue = null }).View()), "缺少 2024 年度主营业务收入");
        ShouldLack(new MainBusinessShareItem(Scheme.MainBusinessShare).Evaluate(FactsBuilder.Enterprise().Latest(y => y with { TotalRevenue = null }).View()), "缺少 2024 年度营业收入（总收入）");
    }
}
