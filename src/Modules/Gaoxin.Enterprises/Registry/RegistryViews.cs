using Gaoxin.Enterprises.Certification;
using Gaoxin.Enterprises.Transformation;
using MiniExcelLibs.Attributes;

namespace Gaoxin.Enterprises.Registry;

public sealed record AnnualReportView(int Year, int? Staff, int? TechStaff, decimal? Sales, decimal? TotalRevenue, decimal? MainBusinessRevenue, decimal? TotalCosts,
    decimal? RdSpend, decimal? RdSpendInChina, decimal? TotalAssets, decimal? NetAssets, decimal? DebtRatio, decimal? HighTechIncome, int ClassOneIp, int ClassTwoIp,
    int AchievementsConverted, decimal EquityRaised, int Awards, int StandardsLed, bool MajorIncident, bool OnCreditList)
{
    internal static AnnualReportView Of(AnnualReport r) => new(r.Year, r.Staff, r.TechStaff, r.Sales, r.TotalRevenue, r.MainBusinessRevenue, r.TotalCosts,
        r.RdSpend, r.RdSpendInChina, r.TotalAssets, r.NetAssets, r.DebtRatio, r.HighTechIncome, r.ClassOneIp, r.ClassTwoIp,
        r.AchievementsConverted, r.EquityRaised, r.Awards, r.StandardsLed, r.MajorIncident, r.OnCreditList);
}

public sealed record CertificateView(Guid Id, string Scheme, string Number, DateOnly ValidFrom, DateOnly ValidTo, bool Valid);

public sealed record EnterpriseDetail(Guid Id, string Name, string CreditCode, DateOnly RegisteredOn, string? Address, string IndustryCode, ZoneIndustry ZoneIndustry,
    SizeClass SizeClass, bool AboveDesignatedSize, string? ContactName, string? ContactPhone, Guid? OrganisationId, string? Rung,
    IReadOnlyList<AnnualReportView> Years, IReadOnlyList<CertificateView> Certificates, IReadOnlyList<TransformationView> Transformations,
    IReadOnlyList<HonourView> Honours);

public sealed record CertificateInput(string Scheme, string Number, DateOnly ValidFrom, DateOnly ValidTo);

public sealed record HonourView(Guid Id, HonourKind Kind, string Name, DateOnly AwardedOn, int? Rank, DateOnly? ValidTo);

/// <summary>An honour to record: kind, name as issued, date, the enterprise's place among the completing units, and for a title its end.</summary>
public sealed record HonourInput(HonourKind Kind, string Name, DateOnly AwardedOn, int? Rank = null, DateOnly? ValidTo = null);

public sealed record EnterpriseExportRow(
    [property: ExcelColumnName("企业名称")] string Name,
    [property: ExcelColumnName("统一社会信用代码")] string CreditCode,
    [property: ExcelColumnName("行业代码")] string IndustryCode,
    [property: ExcelColumnName("产业")] string Industry,
    [property: ExcelColumnName("规模")] string Size,
    [property: ExcelColumnName("规上")] string AboveSize,
    [property: ExcelColumnName("梯度")] string Rung);
