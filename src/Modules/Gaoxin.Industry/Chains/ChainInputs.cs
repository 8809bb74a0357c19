using System.ComponentModel.DataAnnotations;
using Gaoxin.Industry.Leads;

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

public sealed record LeadInput(
    Guid NodeId,
    [property: Required(ErrorMessage = "请填写企业名称。"), StringLength(200, MinimumLength = 2, ErrorMessage = "企业名称应为 2–200 个字。")] string Company,
    [property: StringLength(100, ErrorMessage = "所在地不超过 100 字。")] string? Location,
    [property: Range(0, 1e13, ErrorMessage = "预计投资应为非负数（元）。")] decimal? ExpectedInvestment,
    [property: Required(ErrorMessage = "请填写责任人。"), StringLength(60, MinimumLength = 1, ErrorMessage = "责任人不超过 60 字。")] string Owner,
    [property: StringLength(300, ErrorMessage = "下一步不超过 300 字。")] string? NextStep,
    DateOnly? NextStepOn);

public sealed record LeadStepInput(
    LeadStage Stage,
    [property: Required(ErrorMessage = "请填写本次跟进情况。"), StringLength(1000, MinimumLength = 2, ErrorMessage = "跟进情况应为 2–1000 字。")] string Note,
    [property: StringLength(1000, ErrorMessage = "原因不超过 1000 字。")] string? Reason,
    [property: StringLength(300, ErrorMessage = "下一步不超过 300 字。")] string? NextStep,
    DateOnly? NextStepOn);

public sealed record SettingsInput(
    DateOnly ValidFrom,
    [property: Range(1, 1000, ErrorMessage = "较强环节的企业数门槛应在 1–1000 之间。")] int StrongMinEnterprises,
    [property: Range(1, 1000, ErrorMessage = "骨干企业数门槛应在 1–1000 之间。")] int StrongMinKeyFirms,
    [property: Range(0, 1e13, ErrorMessage = "产值门槛应为非负数（元）。")] decimal StrongMinOutput,
    [property: Range(1, 365, ErrorMessage = "长期未跟进天数应在 1–365 之间。")] int StaleLeadDays);
