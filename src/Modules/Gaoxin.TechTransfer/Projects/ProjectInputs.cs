using System.ComponentModel.DataAnnotations;
using Gaoxin.Contracts.TechTransfer;
using Gaoxin.TechTransfer.Achievements;
using Gaoxin.TechTransfer.Plans;
using MiniExcelLibs.Attributes;

namespace Gaoxin.TechTransfer.Projects;

public sealed record SupportInput(SupportKind Kind, [property: Required(ErrorMessage = "请说明所需支持的内容。"), StringLength(1000)] string Details,
    [property: Range(0, 10_000_000_000, ErrorMessage = "金额应在 0 到 100 亿元之间。")] decimal? AmountAsked);

/// <summary>A new project: its achievements, team, lead organisation, company (existing enterprise or to be registered), support asked.</summary>
public sealed class ProjectInput
{
    [Required(ErrorMessage = "请填写项目名称。"), StringLength(200, ErrorMessage = "项目名称不超过 200 字。")]
    public string Title { get; set; } = string.Empty;

    [StringLength(2000, ErrorMessage = "简介不超过 2000 字。")]
    public string? Summary { get; set; }

    [StringLength(1000, ErrorMessage = "团队说明不超过 1000 字。")]
    public string? Team { get; set; }

    /// <summary>Required for zone staff; organisation-bound users always lead with their own organisation.</summary>
    public Guid? LeadOrganisationId { get; set; }

    public Guid? EnterpriseId { get; set; }

    [StringLength(200)]
    public string? CompanyName { get; set; }

    public ZoneIndustry Industry { get; set; } = ZoneIndustry.NewEnergy;

    public AchievementOrigin Origin { get; set; } = AchievementOrigin.BroughtIn;

    public List<Guid> AchievementIds { get; set; } = [];

    public List<SupportInput> Support { get; set; } = [];
}

/// <summary>A stage move: the target, the reason (required to terminate), and the version the mover saw.</summary>
public sealed record MoveInput(RelayStage To, string? Reason, int? ExpectedVersion);

/// <summary>修改申报 before screening: the proposal's own words, and the version the proposer saw (required: 409 when it changed meanwhile).</summary>
public sealed record ProposalRevisionInput(
    [property: Required(ErrorMessage = "请填写项目名称。"), StringLength(200, ErrorMessage = "项目名称不超过 200 字。")] string Title,
    [property: StringLength(2000, ErrorMessage = "简介不超过 2000 字。")] string? Summary,
    [property: StringLength(1000, ErrorMessage = "团队说明不超过 1000 字。")] string? Team,
    [property: StringLength(200, ErrorMessage = "企业名称不超过 200 字。")] string? CompanyName,
    ZoneIndustry Industry,
    [property: Required(ErrorMessage = "请提供所见的版本号。")] int? Version);

/// <summary>撤回申报: why, and the version the proposer saw (409 when the project changed meanwhile).</summary>
public sealed record WithdrawInput([property: StringLength(500, ErrorMessage = "撤回原因不超过 500 个字符。")] string? Reason, int? ExpectedVersion);

public sealed record OutcomeInput(DateOnly ReportedOn,
    [property: Range(0, 100_000_000_000, ErrorMessage = "累计销售收入应在 0 到 1000 亿元之间。")] decimal RevenueToDate,
    [property: Range(0, 100_000_000_000, ErrorMessage = "新增产值应在 0 到 1000 亿元之间。")] decimal AnnualOutput);

/// <summary>A list row; WithPilot means an accepted run at the pilot base (the analytics' cohort), not merely the pilot stage's date.</summary>
public sealed record ProjectListItem(Guid Id, string Code, string Title, RelayStage Stage, DateOnly StageSince, ZoneIndustry Industry, AchievementOrigin Origin, int EntryYear,
    string? CompanyName, string? Grade, decimal? ScreeningScore, bool WithPilot, int Version);

public sealed record ProjectFilter(string? Search, RelayStage? Stage, ZoneIndustry? Industry, int? EntryYear, AchievementOrigin? Origin);

public sealed record TimelineEntry(DateTimeOffset At, ProjectEventKind Kind, RelayStage? FromStage, RelayStage? ToStage, int? DaysInFromStage, string Text, string? Actor);

public sealed record SupportView(Guid Id, SupportKind Kind, string Details, decimal? AmountAsked, string? Granted);

public sealed record AchievementRef(Guid Id, string Title, AchievementKind Kind, int Readiness);

public sealed record OutcomeView(DateOnly ReportedOn, decimal RevenueToDate, decimal AnnualOutput);

public sealed record ScreeningResultView(Guid RoundId, string Round, decimal? Score, int? Rank, string? Grade, string? Decision, string? Reason);

public sealed record ProjectDetail(Guid Id, string Code, string Title, string? Summary, string? Team, Guid LeadOrganisationId, string LeadOrganisation,
    Guid? EnterpriseId, string? CompanyName, bool CompanyRegistered, ZoneIndustry Industry, AchievementOrigin Origin, int EntryYear,
    RelayStage Stage, DateOnly StageSince, string? TerminationReason, DateOnly? PilotStartedOn, DateOnly? IndustrialStartedOn, DateOnly? SucceededOn,
    string? Grade, decimal? ScreeningScore, int Version, IReadOnlyList<RelayStage> NextStages,
    IReadOnlyList<AchievementRef> Achievements, IReadOnlyList<SupportView> Support, PilotPlanView? PilotPlan, IndustrializationPlanView? IndustrializationPlan,
    IReadOnlyList<MilestoneView> Milestones, IReadOnlyList<OutcomeView> Outcomes, IReadOnlyList<ScreeningResultView> Screening, bool MayChange,
    Verdict Verdict, int BaseRunsAccepted, DateOnly? FirstBaseRunOn);

/// <summary>The zone's success definition: a new version takes effect today and every project is judged again under it.</summary>
public sealed record SuccessDefinitionInput(
    [property: Range(1, 10_000_000_000, ErrorMessage = "收入门槛应在 1 元到 100 亿元之间。")] decimal RevenueThreshold,
    [property: Range(1, 120, ErrorMessage = "窗口期应为 1 到 120 个月。")] int WithinMonths,
    [property: Range(1, 10_000, ErrorMessage = "年度转化目标应为 1 到 10000 项。")] int AnnualConversionTarget,
    [property: Range(1, 1_000_000_000_000, ErrorMessage = "年度新增产值目标应在 1 元到 1 万亿元之间。")] decimal AnnualOutputTarget);

public sealed record SuccessDefinitionView(DateOnly EffectiveFrom, decimal RevenueThreshold, int WithinMonths, int AnnualConversionTarget, decimal AnnualOutputTarget, int Rejudged);

/// <summary>The company of a project, from the registry (registered) or by name (to be registered).</summary>
public sealed record CompanyInput(Guid? EnterpriseId, Guid? CompanyOrganisationId, string? CompanyName);

/// <summary>One column of the board: a stage, how many projects are in it, and the most recent of them.</summary>
public sealed record BoardColumn(RelayStage Stage, int Count, IReadOnlyList<ProjectListItem> Projects);

public sealed record ProjectExportRow(
    [property: ExcelColumnName("项目编号")] string Code,
    [property: ExcelColumnName("项目名称")] string Title,
    [property: ExcelColumnName("阶段")] string Stage,
    [property: ExcelColumnName("阶段起始")] string StageSince,
    [property: ExcelColumnName("产业")] string Industry,
    [property: ExcelColumnName("来源")] string Origin,
    [property: ExcelColumnName("入库年度")] int EntryYear,
    [property: ExcelColumnName("承接企业")] string Company,
    [property: ExcelColumnName("评审等级")] string Grade,
    [property: ExcelColumnName("评审得分")] decimal? Score,
    [property: ExcelColumnName("经过中试")] string WithPilot);
