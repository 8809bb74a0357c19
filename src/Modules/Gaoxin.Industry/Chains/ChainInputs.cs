using System.ComponentModel.DataAnnotations;

namespace Gaoxin.Industry.Chains;

public sealed record IndustryInput(
    [property: Required(ErrorMessage = "请填写产业名称。"), StringLength(60, MinimumLength = 2, ErrorMessage = "产业名称应为 2–60 个字。")] string Name,
    ZoneIndustry Category,
    IndustryTier Tier,
    int SortOrder = 0);

public sealed record ChainInput(
    Guid IndustryId,
    [property: Required(ErrorMessage = "请填写产业链名称。"), StringLength(80, MinimumLength = 2, ErrorMessage = "产业链名称应为 2–80 个字。")] string Name,
    [property: StringLength(1000, ErrorMessage = "说明不超过 1000 字。")] string? Description);

public sealed record NodeInput(
    [property: Required(ErrorMessage = "请填写环节名称。"), StringLength(80, MinimumLength = 1, ErrorMessage = "环节名称不超过 80 个字。")] string Name,
    ChainSegment Segment,
    Guid? ParentId,
    int SortOrder = 0);

public sealed record PlacementInput(
    Guid EnterpriseId,
    bool KeyFirm,
    [property: StringLength(200, ErrorMessage = "主营产品不超过 200 字。")] string? Product,
    int? Year,
    [property: Range(0, 1e13, ErrorMessage = "产值应为非负数（元）。")] decimal? Output);

public sealed record OutputInput(
    [property: Range(2000, 2100, ErrorMessage = "年份应在 2000–2100 之间。")] int Year,
    [property: Range(0, 1e13, ErrorMessage = "产值应为非负数（元）。")] decimal Output);
