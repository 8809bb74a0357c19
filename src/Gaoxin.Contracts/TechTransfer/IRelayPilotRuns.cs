namespace Gaoxin.Contracts.TechTransfer;

/// <summary>A pilot-plan milestone as the base sees it: what a run must prove (its acceptance criteria) and where it stands.</summary>
public sealed record RelayPilotMilestone(Guid Id, string Title, DateOnly Due, string AcceptanceCriteria, MilestoneState State, DateOnly? AcceptedOn);

/// <summary>
/// A relay project as the pilot base sees it: the project (zone, organisations, stage), its industry, the base area its pilot
/// plan names ("A", "B"; null without a plan), when its pilot stage began (the relay's legacy flag), the accepted runs the
/// relay has recorded, and its pilot-plan milestones.
/// </summary>
public sealed record RelayPilotProject(RelayProject Project, ZoneIndustry Industry, string? PilotArea, DateOnly? PilotStartedOn, int AcceptedRuns, DateOnly? FirstRunOn,
    IReadOnlyList<RelayPilotMilestone> PilotMilestones);

/// <summary>
/// A run the base's operator accepted: its batch, dates and verdict, the pilot milestone it is evidence for (if any) and the
/// evidence text (batch and results). <paramref name="DecidedOn"/> is the zone's day of the acceptance.
/// </summary>
public sealed record AcceptedPilotRun(Guid ZoneId, Guid ProjectId, Guid RunId, string BatchCode, DateOnly StartedOn, DateOnly EndedOn, bool Passed,
    Guid? MilestoneId, string Evidence, string ActorName, DateOnly DecidedOn, DateTimeOffset At);

/// <summary>What an accepted run did to the project's milestone.</summary>
public enum MilestoneByRun
{
    /// <summary>The run names no milestone.</summary>
    NotLinked = 1,
    /// <summary>The run failed: it is recorded, the milestone stays as it was.</summary>
    RunNotPassed = 2,
    /// <summary>The run satisfied the milestone: evidence submitted and accepted.</summary>
    Accepted = 3,
    /// <summary>The milestone had been accepted before; it stays so.</summary>
    AlreadyAccepted = 4,
}

/// <summary>The project after the run was recorded: its accepted runs at the base, the first one's date, the milestone's fate.</summary>
public sealed record RunOnRelay(int AcceptedRuns, DateOnly FirstRunOn, MilestoneByRun Milestone);

/// <summary>
/// The relay's door for the pilot base (TechTransfer implements it; the base never reads the relay's tables). An accepted
/// run is recorded on the project, which is how the relay's "with pilot" cohort comes to be derived from runs at the base.
/// </summary>
public interface IRelayPilotRuns
{
    /// <summary>The zone's project with its pilot milestones; null when the zone has no such project.</summary>
    Task<RelayPilotProject?> FindAsync(Guid zoneId, Guid projectId, CancellationToken ct);

    /// <summary>The zone's projects that reached the pilot stage (the form's choices and the demo's runs), optionally one organisation's.</summary>
    Task<IReadOnlyList<RelayPilotProject>> PilotProjectsAsync(Guid zoneId, Guid? organisationId, CancellationToken ct);

    /// <summary>
    /// Records an accepted run on the project and, when it passed and names a pilot milestone not yet accepted, satisfies
    /// that milestone through the milestone's own transitions (evidence, then acceptance by the same operator) with the
    /// timeline entries the relay writes for milestone decisions. The changes join the caller's unit of work: the caller saves.
    /// </summary>
    Task<RunOnRelay> RecordAcceptedRunAsync(AcceptedPilotRun run, CancellationToken ct);
}
