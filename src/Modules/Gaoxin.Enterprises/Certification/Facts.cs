namespace Gaoxin.Enterprises.Certification;

/// <summary>
/// One year of an enterprise's figures as the certification rules read them (money in yuan; null = not reported).
/// IP counts are valid rights held at the year's end; DebtRatio is a ratio (0.55 = 55%).
/// HighValueClassOneIp / SelfDevelopedClassOneIp refine the Class Ⅰ count for the 创新型中小企业 IP item
/// (Ⅰ类高价值 → 20, 自主研发Ⅰ类 → 15, other Ⅰ类 → 10); they are subsets of ClassOneIp.
/// </summary>
internal sealed record AnnualFigures(
    int Year,
    int? Staff,
    int? TechStaff,
    decimal? Sales,
    decimal? TotalRevenue,
    decimal? MainBusinessRevenue,
    decimal? TotalCosts,
    decimal? RdSpend,
    decimal? RdSpendInChina,
    decimal? TotalAssets,
    decimal? NetAssets,
    decimal? DebtRatio,
    decimal? HighTechIncome,
    int ClassOneIp,
    int ClassTwoIp,
    int AchievementsConverted,
    decimal EquityRaised,
    int HighValueClassOneIp = 0,
    int SelfDevelopedClassOneIp = 0);

/// <summary>A certificate the enterprise holds (e.g. a valid 高新技术企业 certificate counts as direct qualification elsewhere).</summary>
internal sealed record HeldCertificate(SchemeCode Scheme, string Number, DateOnly ValidFrom, DateOnly ValidTo)
{
    public bool IsValidOn(DateOnly day) => ValidFrom <= day && day <= ValidTo;
}

/// <summary>The kinds of honour the direct routes read (荣誉与奖励).</summary>
public enum HonourKind
{
    /// <summary>国家级科技奖励</summary>
    NationalScienceAward = 1,
    /// <summary>省级科技奖励</summary>
    ProvincialScienceAward = 2,
    /// <summary>“创客中国”中小企业创新创业大赛全国 500 强企业组</summary>
    ChuangkeChinaTop500 = 3,
    /// <summary>国家级技术创新示范企业等与高新技术企业同类的国家级荣誉</summary>
    NationalInnovationTitle = 4,
}

/// <summary>An honour as the rules read it.</summary>
internal sealed record HeldHonour(HonourKind Kind, DateOnly AwardedOn, int? Rank, DateOnly? ValidTo);

/// <summary>
/// Yes/no facts the rules need that are not annual figures.
/// NationalAwardLast3Years: 创新型中小企业 direct route (national or provincial award in 3 years).
/// SimilarNationalTitle: titles the 创新型 measures treat like a valid 高新技术企业 certificate (e.g. 国家级技术创新示范企业).
/// AwardProvincialTop3OrNationalTop5Last3Years: 专精特新 direct route (省级奖前三 / 国家级奖前五).
/// </summary>
internal sealed record EnterpriseFlags(
    bool ResidentInMainland = true,
    bool ProductsRestricted = false,
    bool MajorIncidentPreviousOrCurrentYear = false,
    bool OnAbnormalOrDishonestList = false,
    bool InKeyHighTechField = false,
    bool OwnsCoreIp = false,
    bool InStrategicEmergingCatalogue = false,
    int? YearsInNicheMarket = null,
    bool NationalAwardLast5Years = false,
    bool ProvincialAwardLast3Years = false,
    bool ProvincialRdInstitution = false,
    bool LedStandardLast5Years = false,
    bool ChuangkeTop500 = false,
    bool NationalAwardLast3Years = false,
    bool SimilarNationalTitle = false,
    bool AwardProvincialTop3OrNationalTop5Last3Years = false);

/// <summary>Everything an evaluation reads about one enterprise on one day. Years are ordered oldest first.</summary>
internal sealed record EnterpriseFacts(
    Guid EnterpriseId,
    string Name,
    DateOnly AsOf,
    DateOnly? RegisteredOn,
    IReadOnlyList<AnnualFigures> Years,
    EnterpriseFlags Flags,
    IReadOnlyList<HeldCertificate> Certificates,
    IReadOnlyDictionary<string, decimal> ExpertScores);

/// <summary>The certification schemes on the zone's ladder.</summary>
public enum SchemeCode
{
    /// <summary>科技型中小企业</summary>
    TechSme = 1,
    /// <summary>创新型中小企业</summary>
    InnovativeSme = 2,
    /// <summary>专精特新中小企业</summary>
    SpecialisedSme = 3,
    /// <summary>专精特新“小巨人”</summary>
    LittleGiant = 4,
    /// <summary>高新技术企业</summary>
    HighTech = 5,
}
