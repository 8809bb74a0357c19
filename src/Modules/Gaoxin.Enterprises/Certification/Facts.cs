namespace Gaoxin.Enterprises.Certification;

/// <summary>One year of an enterprise's figures as the certification rules read them (money in yuan; null = not reported).</summary>
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
    decimal EquityRaised);

/// <summary>A certificate the enterprise holds (e.g. a valid 高新技术企业 certificate counts as direct qualification elsewhere).</summary>
internal sealed record HeldCertificate(SchemeCode Scheme, string Number, DateOnly ValidFrom, DateOnly ValidTo)
{
    public bool IsValidOn(DateOnly day) => ValidFrom <= day && day <= ValidTo;
}

/// <summary>Yes/no facts the rules need that are not annual figures.</summary>
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
    bool ChuangkeTop500 = false);

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
internal enum SchemeCode
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
