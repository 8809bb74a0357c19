using Gaoxin.Enterprises.Certification;
using Gaoxin.Kernel.Zones;

namespace Gaoxin.Enterprises.Registry;

/// <summary>企业规模 (GB/T 统计上大中小微型企业划分).</summary>
public enum SizeClass
{
    Micro = 1,
    Small = 2,
    Medium = 3,
    Large = 4,
}

/// <summary>An enterprise in the zone's registry (企业库).</summary>
internal sealed class Enterprise : IZoneScoped
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public ZoneId ZoneId { get; set; }

    /// <summary>The platform organisation its users act for; links enterprise users to their own record.</summary>
    public Guid? OrganisationId { get; set; }

    public required string Name { get; set; }

    /// <summary>统一社会信用代码 (GB 32100-2015), validated with its check character.</summary>
    public required string CreditCode { get; set; }

    public DateOnly RegisteredOn { get; set; }

    public string? Address { get; set; }

    /// <summary>国民经济行业分类 code (GB/T 4754), e.g. C3841.</summary>
    public required string IndustryCode { get; set; }

    public ZoneIndustry ZoneIndustry { get; set; }

    public SizeClass SizeClass { get; set; }

    /// <summary>规上: on the statistics bureau's list of industrial enterprises above designated size.</summary>
    public bool AboveDesignatedSize { get; set; }

    public string? ContactName { get; set; }

    public string? ContactPhone { get; set; }

    public bool InKeyHighTechField { get; set; }

    public bool OwnsCoreIp { get; set; }

    public bool InStrategicEmergingCatalogue { get; set; }

    public int? YearsInNicheMarket { get; set; }

    public bool NationalAwardLast5Years { get; set; }

    public bool ProvincialAwardLast3Years { get; set; }

    public bool ProvincialRdInstitution { get; set; }

    public bool LedStandardLast5Years { get; set; }

    public List<AnnualReport> Years { get; set; } = [];

    public List<EnterpriseCertificate> Certificates { get; set; } = [];

    public List<EnterpriseHonour> Honours { get; set; } = [];
}

/// <summary>One enterprise-year of figures (年度数据), money in yuan.</summary>
internal sealed class AnnualReport : IZoneScoped
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public ZoneId ZoneId { get; set; }

    public Guid EnterpriseId { get; set; }

    public int Year { get; set; }

    public int? Staff { get; set; }

    public int? TechStaff { get; set; }

    public decimal? Sales { get; set; }

    public decimal? TotalRevenue { get; set; }

    public decimal? MainBusinessRevenue { get; set; }

    public decimal? TotalCosts { get; set; }

    public decimal? RdSpend { get; set; }

    public decimal? RdSpendInChina { get; set; }

    public decimal? TotalAssets { get; set; }

    public decimal? NetAssets { get; set; }

    /// <summary>资产负债率 as a ratio (0.55 = 55%).</summary>
    public decimal? DebtRatio { get; set; }

    public decimal? HighTechIncome { get; set; }

    /// <summary>Ⅰ类知识产权: invention patents, plant varieties, national new drugs, IC layouts…</summary>
    public int ClassOneIp { get; set; }

    /// <summary>Ⅱ类知识产权: utility models, designs, software copyrights.</summary>
    public int ClassTwoIp { get; set; }

    public int AchievementsConverted { get; set; }

    public decimal EquityRaised { get; set; }

    public int Awards { get; set; }

    public int StandardsLed { get; set; }

    /// <summary>重大安全、质量、环境或科研诚信事故.</summary>
    public bool MajorIncident { get; set; }

    /// <summary>经营异常名录或严重违法失信名单.</summary>
    public bool OnCreditList { get; set; }

    public AnnualFigures ToFigures() => new(Year, Staff, TechStaff, Sales, TotalRevenue, MainBusinessRevenue, TotalCosts, RdSpend, RdSpendInChina,
        TotalAssets, NetAssets, DebtRatio, HighTechIncome, ClassOneIp, ClassTwoIp, AchievementsConverted, EquityRaised);
}

/// <summary>A certificate the enterprise holds (资质证书).</summary>
internal sealed class EnterpriseCertificate : IZoneScoped
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public ZoneId ZoneId { get; set; }

    public Guid EnterpriseId { get; set; }

    public SchemeCode Scheme { get; set; }

    public required string Number { get; set; }

    public DateOnly ValidFrom { get; set; }

    public DateOnly ValidTo { get; set; }
}

/// <summary>An award or title the enterprise received (荣誉与奖励): what the direct certification routes read.</summary>
internal sealed class EnterpriseHonour : IZoneScoped
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public ZoneId ZoneId { get; set; }

    public Guid EnterpriseId { get; set; }

    public HonourKind Kind { get; set; }

    /// <summary>The award's or title's name as issued, e.g. 四川省科学技术进步奖二等奖.</summary>
    public required string Name { get; set; }

    public DateOnly AwardedOn { get; set; }

    /// <summary>The enterprise's place among the award's completing units (1 = first); null when not ranked.</summary>
    public int? Rank { get; set; }

    /// <summary>Until when a title holds; null when it does not lapse.</summary>
    public DateOnly? ValidTo { get; set; }
}

/// <summary>A score a reviewer entered for an expert-judged item (e.g. 研发组织管理水平).</summary>
internal sealed class ExpertScore : IZoneScoped
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public ZoneId ZoneId { get; set; }

    public Guid EnterpriseId { get; set; }

    public SchemeCode Scheme { get; set; }

    public required string Item { get; set; }

    public decimal Score { get; set; }

    public required string ReviewerId { get; set; }

    public DateTimeOffset EnteredAt { get; set; }
}
