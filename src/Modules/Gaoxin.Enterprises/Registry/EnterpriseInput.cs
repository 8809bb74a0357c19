using System.ComponentModel.DataAnnotations;

namespace Gaoxin.Enterprises.Registry;

/// <summary>An enterprise's profile as entered (create or update).</summary>
public sealed record EnterpriseInput(
    [property: Required(ErrorMessage = "企业名称不能为空。"), StringLength(200, MinimumLength = 2, ErrorMessage = "企业名称应为 2–200 个字符。")] string Name,
    [property: Required(ErrorMessage = "统一社会信用代码不能为空。")] string CreditCode,
    DateOnly RegisteredOn,
    [property: StringLength(300, ErrorMessage = "地址不能超过 300 个字符。")] string? Address,
    [property: Required(ErrorMessage = "行业代码不能为空。"), RegularExpression("^[A-T][0-9]{2,4}$", ErrorMessage = "行业代码应符合 GB/T 4754，如 C3841。")] string IndustryCode,
    ZoneIndustry ZoneIndustry,
    SizeClass SizeClass,
    bool AboveDesignatedSize,
    [property: StringLength(50, ErrorMessage = "联系人不能超过 50 个字符。")] string? ContactName,
    [property: StringLength(30, ErrorMessage = "联系电话不能超过 30 个字符。")] string? ContactPhone,
    Guid? OrganisationId,
    bool InKeyHighTechField,
    bool OwnsCoreIp,
    bool InStrategicEmergingCatalogue,
    int? YearsInNicheMarket,
    bool NationalAwardLast5Years,
    bool ProvincialAwardLast3Years,
    bool ProvincialRdInstitution,
    bool LedStandardLast5Years);
