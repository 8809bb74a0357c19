using System.ComponentModel.DataAnnotations;

namespace Gaoxin.Industry.Leads;

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
