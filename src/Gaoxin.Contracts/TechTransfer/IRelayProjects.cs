namespace Gaoxin.Contracts.TechTransfer;

/// <summary>Where a project stands in the relay 科技成果转化 → 中试孵化 → 产业孵化.</summary>
public enum RelayStage
{
    /// <summary>已申报</summary>
    Proposed = 1,
    /// <summary>筛选中</summary>
    Screening = 2,
    /// <summary>入选</summary>
    Selected = 3,
    /// <summary>未入选</summary>
    Rejected = 4,
    /// <summary>中试孵化</summary>
    PilotIncubation = 5,
    /// <summary>产业孵化</summary>
    IndustrialIncubation = 6,
    /// <summary>已产业化</summary>
    Industrialized = 7,
    /// <summary>已终止</summary>
    Terminated = 8,
}

/// <summary>Which of a project's two synchronized plans (同步规划) a milestone belongs to.</summary>
public enum PlanKind
{
    /// <summary>中试方案</summary>
    Pilot = 1,
    /// <summary>产业化方案</summary>
    Industrialization = 2,
}

/// <summary>A milestone's state: open, evidence submitted, accepted by the operator, or sent back.</summary>
public enum MilestoneState
{
    Open = 1,
    Submitted = 2,
    Accepted = 3,
    SentBack = 4,
}

/// <summary>A relay project as other modules (the fund, the cockpit) see it. Grade is A/B/C, "N" (not supported) or null (not screened).</summary>
public sealed record RelayProject(Guid Id, Guid ZoneId, string Code, string Title, Guid LeadOrganisationId, Guid? CompanyOrganisationId, Guid? EnterpriseId,
    string? CompanyName, RelayStage Stage, decimal? ScreeningScore, string? Grade, decimal? PilotBudget);

public sealed record RelayMilestone(Guid Id, Guid ProjectId, PlanKind Plan, string Title, DateOnly Due, MilestoneState State, DateOnly? AcceptedOn);

/// <summary>The relay's door for the fund: projects, their screening grade and plan milestones (TechTransfer implements it).</summary>
public interface IRelayProjects
{
    Task<RelayProject?> FindAsync(Guid zoneId, Guid projectId, CancellationToken ct);

    /// <summary>Projects of the zone, optionally only those whose lead organisation or company organisation is <paramref name="organisationId"/>.</summary>
    Task<IReadOnlyList<RelayProject>> ListAsync(Guid zoneId, Guid? organisationId, CancellationToken ct);

    Task<IReadOnlyList<RelayMilestone>> MilestonesAsync(Guid zoneId, Guid projectId, CancellationToken ct);

    /// <summary>The project with its plan's milestones in one read (every approval needs both); null if the zone has no such project.</summary>
    Task<RelayProjectWithMilestones?> FindWithMilestonesAsync(Guid zoneId, Guid projectId, CancellationToken ct);
}

public sealed record RelayProjectWithMilestones(RelayProject Project, IReadOnlyList<RelayMilestone> Milestones);

/// <summary>A proportion with its 95% Wilson score interval; Rate is null when nothing has been decided yet.</summary>
public sealed record RateWithInterval(int Successes, int Decided, decimal? Rate, decimal? Low, decimal? High);

public sealed record StageCount(RelayStage Stage, int Count);

/// <summary>
/// The relay's headline figures for a year: the funnel, success with and without pilot (decided projects only;
/// those still in progress are counted apart), conversions in the year against the target, new output.
/// </summary>
public sealed record RelayFigures(int Year, IReadOnlyList<StageCount> Funnel, RateWithInterval WithPilot, RateWithInterval WithoutPilot, int InProgress,
    int ConversionsInYear, int ConversionTarget, decimal NewOutputInYear, decimal NewOutputTarget, int EnterprisesIncubated);

public interface IRelayFigures
{
    Task<RelayFigures> ForYearAsync(Guid zoneId, int year, CancellationToken ct);
}
