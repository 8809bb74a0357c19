using System.ComponentModel.DataAnnotations;
using Gaoxin.Contracts.TechTransfer;

namespace Gaoxin.TechTransfer.Plans;

public sealed record PilotPlanInput(
    [property: Required(ErrorMessage = "请填写中试目标。"), StringLength(2000)] string Objectives,
    PilotFacility Facility,
    [property: Range(0, 1_000_000_000, ErrorMessage = "中试预算应在 0 到 10 亿元之间。")] decimal Budget);

public sealed record IndustrializationPlanInput(
    [property: Required(ErrorMessage = "请填写承接企业。"), StringLength(200)] string Company,
    [property: Required(ErrorMessage = "请填写产能。"), StringLength(500)] string Capacity,
    [property: Range(0, 100_000_000_000, ErrorMessage = "目标销售额应在 0 到 1000 亿元之间。")] decimal TargetSales,
    [property: Range(0, 100_000_000_000, ErrorMessage = "目标产值应在 0 到 1000 亿元之间。")] decimal TargetOutput);

public sealed record MilestoneInput(PlanKind Plan,
    [property: Required(ErrorMessage = "请填写里程碑名称。"), StringLength(200)] string Title,
    DateOnly Due,
    [property: Required(ErrorMessage = "请填写验收标准。"), StringLength(1000)] string AcceptanceCriteria);

public sealed record EvidenceInput([property: Required(ErrorMessage = "请提交验收材料说明。"), StringLength(2000)] string Evidence);

public sealed record MilestoneDecisionInput(bool Accept, [property: StringLength(1000)] string? Note);

public sealed record MilestoneView(Guid Id, PlanKind Plan, string Title, DateOnly Due, string AcceptanceCriteria, MilestoneState State, string? Evidence, string? DecisionNote, DateOnly? AcceptedOn);

public sealed record PilotPlanView(string Objectives, PilotFacility Facility, decimal Budget);

public sealed record IndustrializationPlanView(string Company, string Capacity, decimal TargetSales, decimal TargetOutput);
