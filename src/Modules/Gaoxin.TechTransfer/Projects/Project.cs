using Gaoxin.Contracts.TechTransfer;
using Gaoxin.Kernel.Zones;
using Gaoxin.TechTransfer.Achievements;

namespace Gaoxin.TechTransfer.Projects;

/// <summary>The support a project asks for (中试+孵化+基金+场景+人才).</summary>
public enum SupportKind
{
    /// <summary>中试</summary>
    Pilot = 1,
    /// <summary>孵化</summary>
    Incubation = 2,
    /// <summary>基金</summary>
    Fund = 3,
    /// <summary>场景</summary>
    Scene = 4,
    /// <summary>人才</summary>
    Talent = 5,
}

/// <summary>
/// A conversion project (转化项目): takes one or more achievements through the relay. Its stage only moves through
/// <see cref="StageTransitions"/>; every move lands on the timeline. Version guards concurrent moves.
/// </summary>
internal sealed class Project : IZoneScoped
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public ZoneId ZoneId { get; set; }

    /// <summary>Human reference, e.g. ZG-2025-007.</summary>
    public required string Code { get; set; }

    public required string Title { get; set; }

    public string? Summary { get; set; }

    /// <summary>Team members and roles, free text (团队).</summary>
    public string? Team { get; set; }

    /// <summary>The organisation leading the project (usually the university or institute); its users see and edit it.</summary>
    public Guid LeadOrganisationId { get; set; }

    /// <summary>The producing company when it is an enterprise in the registry.</summary>
    public Guid? EnterpriseId { get; set; }

    /// <summary>The company's platform organisation (its users also see the project).</summary>
    public Guid? CompanyOrganisationId { get; set; }

    /// <summary>The company's name; for a company still to be registered, the intended name.</summary>
    public string? CompanyName { get; set; }

    public bool CompanyRegistered { get; set; }

    public ZoneIndustry Industry { get; set; }

    public AchievementOrigin Origin { get; set; }

    /// <summary>The year the project entered the relay (its cohort).</summary>
    public int EntryYear { get; set; }

    public RelayStage Stage { get; set; } = RelayStage.Proposed;

    public DateOnly StageSince { get; set; }

    /// <summary>The stage reached before termination or rejection, for the funnel.</summary>
    public RelayStage FurthestStage { get; set; } = RelayStage.Proposed;

    public string? TerminationReason { get; set; }

    /// <summary>Set when pilot incubation began: the project is in the "with pilot" cohort.</summary>
    public DateOnly? PilotStartedOn { get; set; }

    /// <summary>Set when industrial incubation began (after the pilot, or directly): success is judged from here.</summary>
    public DateOnly? IndustrialStartedOn { get; set; }

    /// <summary>Derived: the date the success definition was first met (see <see cref="Analytics.SuccessJudge"/>).</summary>
    public DateOnly? SucceededOn { get; set; }

    public decimal? ScreeningScore { get; set; }

    /// <summary>A/B/C, or N (not supported), from the last decided screening round.</summary>
    public string? Grade { get; set; }

    /// <summary>Incremented by every change; a stale version loses (two operators cannot both move a project).</summary>
    public int Version { get; set; }

    public List<ProjectAchievement> Achievements { get; set; } = [];

    public List<SupportRequest> Support { get; set; } = [];
}

internal sealed class ProjectAchievement : IZoneScoped
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public ZoneId ZoneId { get; set; }

    public Guid ProjectId { get; set; }

    public Guid AchievementId { get; set; }
}

/// <summary>One kind of support asked for, with details; Granted is filled in by the operator (or the fund).</summary>
internal sealed class SupportRequest : IZoneScoped
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public ZoneId ZoneId { get; set; }

    public Guid ProjectId { get; set; }

    public SupportKind Kind { get; set; }

    public required string Details { get; set; }

    public decimal? AmountAsked { get; set; }

    public string? Granted { get; set; }
}

/// <summary>What happened on a project's timeline.</summary>
public enum ProjectEventKind
{
    Created = 1,
    StageChanged = 2,
    PlanSaved = 3,
    MilestoneSubmitted = 4,
    MilestoneAccepted = 5,
    MilestoneSentBack = 6,
    Screened = 7,
    OutcomeReported = 8,
    Succeeded = 9,
    Note = 10,
}

/// <summary>One entry on a project's timeline (项目时间线); stage changes carry the days spent in the stage left.</summary>
internal sealed class ProjectEvent : IZoneScoped
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public ZoneId ZoneId { get; set; }

    public Guid ProjectId { get; set; }

    public DateTimeOffset At { get; set; }

    public ProjectEventKind Kind { get; set; }

    public RelayStage? FromStage { get; set; }

    public RelayStage? ToStage { get; set; }

    public int? DaysInFromStage { get; set; }

    public required string Text { get; set; }

    public string? ActorName { get; set; }
}

/// <summary>
/// A sales report of the converted product (产品销售): revenue to date and the annual output it adds, as reported on a
/// date. Success and new output are judged from these.
/// </summary>
internal sealed class OutcomeReport : IZoneScoped
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public ZoneId ZoneId { get; set; }

    public Guid ProjectId { get; set; }

    public DateOnly ReportedOn { get; set; }

    /// <summary>Cumulative revenue from the converted product up to ReportedOn (CNY).</summary>
    public decimal RevenueToDate { get; set; }

    /// <summary>New annual output value the project adds in ReportedOn's year (新增产值, CNY).</summary>
    public decimal AnnualOutput { get; set; }
}

/// <summary>
/// What counts as success (产业化成功), per zone and versioned by date: revenue to date ≥ threshold reported within
/// N months of the start of industrial incubation (i.e. after the pilot ends, or after selection without a pilot).
/// </summary>
internal sealed class SuccessDefinition : IZoneScoped
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public ZoneId ZoneId { get; set; }

    public DateOnly EffectiveFrom { get; set; }

    public decimal RevenueThreshold { get; set; } = 5_000_000m;

    public int WithinMonths { get; set; } = 24;

    public int AnnualConversionTarget { get; set; } = 10;

    public decimal AnnualOutputTarget { get; set; } = 500_000_000m;
}
