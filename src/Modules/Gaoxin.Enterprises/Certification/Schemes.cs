namespace Gaoxin.Enterprises.Certification;

/// <summary>
/// One version of a scheme's parameters, in force from <see cref="EffectiveFrom"/> until a later version of the same
/// scheme. A new year's measures are a new instance added to the <see cref="SchemeCatalog"/>, not a code change.
/// </summary>
internal abstract record SchemeVersion(SchemeCode Scheme, string Version, string Basis, DateOnly EffectiveFrom, decimal PassMark);

/// <summary>科技型中小企业评价 parameters.</summary>
internal sealed record TechSmeScheme(
    string Version,
    string Basis,
    DateOnly EffectiveFrom,
    decimal PassMark,
    int MaxStaff,
    decimal MaxSales,
    decimal MaxAssets,
    BandTable TechStaffShare,
    BandTable RdToSales,
    BandTable RdToCosts,
    decimal ClassOneIpPoints,
    BandTable ClassTwoIpCount)
    : SchemeVersion(SchemeCode.TechSme, Version, Basis, EffectiveFrom, PassMark)
{
    /// <summary>国科发政〔2017〕115号《科技型中小企业评价办法》.</summary>
    public static TechSmeScheme V2017 { get; } = new(
        "2017",
        "国科发政〔2017〕115号",
        new DateOnly(2017, 5, 3),
        PassMark: 60m,
        MaxStaff: 500,
        MaxSales: 200_000_000m,
        MaxAssets: 200_000_000m,
        TechStaffShare: new BandTable("10%以下",
            Band.AtLeast(0.30m, 20, "30%以上"),
            Band.AtLeast(0.25m, 16, "25%–30%"),
            Band.AtLeast(0.20m, 12, "20%–25%"),
            Band.AtLeast(0.15m, 8, "15%–20%"),
            Band.AtLeast(0.10m, 4, "10%–15%")),
        RdToSales: new BandTable("2%以下",
            Band.AtLeast(0.06m, 50, "6%以上"),
            Band.AtLeast(0.05m, 40, "5%–6%"),
            Band.AtLeast(0.04m, 30, "4%–5%"),
            Band.AtLeast(0.03m, 20, "3%–4%"),
            Band.AtLeast(0.02m, 10, "2%–3%")),
        RdToCosts: new BandTable("10%以下",
            Band.AtLeast(0.30m, 50, "30%以上"),
            Band.AtLeast(0.25m, 40, "25%–30%"),
            Band.AtLeast(0.20m, 30, "20%–25%"),
            Band.AtLeast(0.15m, 20, "15%–20%"),
            Band.AtLeast(0.10m, 10, "10%–15%")),
        ClassOneIpPoints: 30m,
        ClassTwoIpCount: new BandTable("没有知识产权",
            Band.AtLeast(4, 24, "Ⅱ类 4 项以上"),
            Band.AtLeast(3, 18, "Ⅱ类 3 项"),
            Band.AtLeast(2, 12, "Ⅱ类 2 项"),
            Band.AtLeast(1, 6, "Ⅱ类 1 项")));
}

/// <summary>R&amp;D intensity threshold for enterprises whose latest year's sales are at most <see cref="SalesUpTo"/> (null: no ceiling).</summary>
internal sealed record RdSalesBand(decimal? SalesUpTo, decimal MinRatio, string Label);

/// <summary>高新技术企业认定 parameters.</summary>
internal sealed record HighTechScheme(
    string Version,
    string Basis,
    DateOnly EffectiveFrom,
    decimal PassMark,
    int MinRegisteredYears,
    decimal MinTechStaffShare,
    int RdYears,
    IReadOnlyList<RdSalesBand> RdBySales,
    decimal MinRdInChinaShare,
    decimal MinHighTechIncomeShare,
    decimal IpMax,
    Band IpClassOne,
    BandTable IpClassTwoCount,
    BandTable ConversionsPerYear,
    decimal RdSystemMax,
    decimal RdInstitutionMax,
    decimal RdConversionIncentiveMax,
    decimal RdTalentMax,
    BandTable Growth)
    : SchemeVersion(SchemeCode.HighTech, Version, Basis, EffectiveFrom, PassMark)
{
    /// <summary>国科发火〔2016〕32号《高新技术企业认定管理办法》 and 国科发火〔2016〕195号 工作指引.</summary>
    public static HighTechScheme V2016 { get; } = new(
        "2016",
        "国科发火〔2016〕32号、国科发火〔2016〕195号",
        new DateOnly(2016, 1, 1),
        PassMark: 71m,
        MinRegisteredYears: 1,
        MinTechStaffShare: 0.10m,
        RdYears: 3,
        RdBySales:
        [
            new RdSalesBand(50_000_000m, 0.05m, "最近一年销售收入 5,000 万元以下（含）"),
            new RdSalesBand(200_000_000m, 0.04m, "最近一年销售收入 5,000 万元至 2 亿元（含）"),
            new RdSalesBand(null, 0.03m, "最近一年销售收入 2 亿元以上"),
        ],
        MinRdInChinaShare: 0.60m,
        MinHighTechIncomeShare: 0.60m,
        IpMax: 30m,
        IpClassOne: Band.AtLeast(1, 7, 8, "Ⅰ类 1 项以上"),
        IpClassTwoCount: new BandTable("无知识产权",
            Band.AtLeast(5, 5, 6, "Ⅱ类 5 项以上"),
            Band.AtLeast(3, 3, 4, "Ⅱ类 3–4 项"),
            Band.AtLeast(1, 1, 2, "Ⅱ类 1–2 项")),
        ConversionsPerYear: new BandTable("没有成果转化",
            Band.AtLeast(5, 25, 30, "年均 5 项以上"),
            Band.AtLeast(4, 19, 24, "年均 4 项以上"),
            Band.AtLeast(3, 13, 18, "年均 3 项以上"),
            Band.AtLeast(2, 7, 12, "年均 2 项以上"),
            Band.AtLeast(1, 1, 6, "年均 1 项以上")),
        RdSystemMax: 6m,
        RdInstitutionMax: 6m,
        RdConversionIncentiveMax: 4m,
        RdTalentMax: 4m,
        Growth: new BandTable("0 及以下",
            Band.AtLeast(0.35m, 9, 10, "35%以上"),
            Band.AtLeast(0.25m, 7, 8, "25%–35%"),
            Band.AtLeast(0.15m, 5, 6, "15%–25%"),
            Band.AtLeast(0.05m, 3, 4, "5%–15%"),
            Band.Above(0m, 1, 2, "0–5%")));
}

/// <summary>创新型中小企业评价 parameters (the measures' IP table: Ⅰ类高价值 / 自主研发Ⅰ类 / Ⅰ类 / Ⅱ类).</summary>
internal sealed record InnovativeSmeScheme(
    string Version,
    string Basis,
    DateOnly EffectiveFrom,
    decimal PassMark,
    decimal MinInnovation,
    decimal MinGrowth,
    decimal MinSpecialisation,
    decimal IpHighValuePoints,
    decimal IpSelfDevelopedPoints,
    decimal IpClassOnePoints,
    decimal IpClassTwoPoints,
    BandTable RdToRevenue,
    BandTable MainRevenueGrowth,
    BandTable DebtRatio,
    decimal InCataloguePoints,
    decimal NotInCataloguePoints,
    BandTable MainBusinessShare,
    decimal DirectEquityRaised,
    int DirectEquityYears)
    : SchemeVersion(SchemeCode.InnovativeSme, Version, Basis, EffectiveFrom, PassMark)
{
    /// <summary>工信部企业〔2022〕63号《优质中小企业梯度培育管理暂行办法》 附件1.</summary>
    public static InnovativeSmeScheme V2022 { get; } = new(
        "2022",
        "工信部企业〔2022〕63号",
        new DateOnly(2022, 8, 1),
        PassMark: 60m,
        MinInnovation: 20m,
        MinGrowth: 15m,
        MinSpecialisation: 15m,
        IpHighValuePoints: 20m,
        IpSelfDevelopedPoints: 15m,
        IpClassOnePoints: 10m,
        IpClassTwoPoints: 5m,
        RdToRevenue: new BandTable("1%以下",
            Band.AtLeast(0.05m, 20, "5%以上"),
            Band.AtLeast(0.03m, 15, "3%–5%"),
            Band.AtLeast(0.02m, 10, "2%–3%"),
            Band.AtLeast(0.01m, 5, "1%–2%")),
        MainRevenueGrowth: new BandTable("负增长",
            Band.AtLeast(0.15m, 20, "15%以上"),
            Band.AtLeast(0.10m, 15, "10%–15%"),
            Band.AtLeast(0.05m, 10, "5%–10%"),
            Band.AtLeast(0m, 5, "0–5%")),
        DebtRatio: new BandTable("75%以上",
            Band.Below(0.55m, 10, "55%以下"),
            Band.AtMost(0.75m, 5, "55%–75%")),
        InCataloguePoints: 10m,
        NotInCataloguePoints: 5m,
        MainBusinessShare: new BandTable("50%以下",
            Band.AtLeast(0.70m, 20, "70%以上"),
            Band.AtLeast(0.60m, 15, "60%–70%"),
            Band.AtLeast(0.55m, 10, "55%–60%"),
            Band.AtLeast(0.50m, 5, "50%–55%")),
        DirectEquityRaised: 5_000_000m,
        DirectEquityYears: 3);
}

/// <summary>
/// 专精特新中小企业认定 parameters. The four score categories are entered by reviewers (see <see cref="ExpertKeys"/>):
/// the rules text gives only their maxima, and 特色化 is set by each province.
/// </summary>
internal sealed record SpecialisedSmeScheme(
    string Version,
    string Basis,
    DateOnly EffectiveFrom,
    decimal PassMark,
    int MinNicheYears,
    decimal MinRdAmount,
    decimal MinRdToRevenue,
    decimal MinRevenue,
    decimal AlternativeEquityRaised,
    int AlternativeEquityYears,
    decimal SpecialisationMax,
    decimal RefinementMax,
    decimal LocalFeaturesMax,
    decimal InnovationMax,
    decimal DirectAverageRd,
    int DirectAverageRdYears,
    decimal DirectEquityRaised,
    int DirectEquityYears)
    : SchemeVersion(SchemeCode.SpecialisedSme, Version, Basis, EffectiveFrom, PassMark)
{
    /// <summary>工信部企业〔2022〕63号 附件2.</summary>
    public static SpecialisedSmeScheme V2022 { get; } = new(
        "2022",
        "工信部企业〔2022〕63号",
        new DateOnly(2022, 8, 1),
        PassMark: 60m,
        MinNicheYears: 2,
        MinRdAmount: 1_000_000m,
        MinRdToRevenue: 0.03m,
        MinRevenue: 10_000_000m,
        AlternativeEquityRaised: 20_000_000m,
        AlternativeEquityYears: 2,
        SpecialisationMax: 25m,
        RefinementMax: 25m,
        LocalFeaturesMax: 15m,
        InnovationMax: 35m,
        DirectAverageRd: 10_000_000m,
        DirectAverageRdYears: 2,
        DirectEquityRaised: 60_000_000m,
        DirectEquityYears: 2);
}
