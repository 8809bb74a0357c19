namespace Gaoxin.Contracts.PilotBase;

/// <summary>A run at the base the operator accepted for a relay project (中试批次): batch, verdict and the zone's day of acceptance.</summary>
public sealed record ProjectPilotRun(Guid ProjectId, string BatchCode, DateOnly EndedOn, bool Passed, DateOnly AcceptedOn);

/// <summary>The base's accepted runs per relay project, for the relay's support package (PilotBase implements it; absent when not installed).</summary>
public interface IPilotRunsByProject
{
    /// <summary>Accepted runs of the zone's given projects, in one read, earliest acceptance first.</summary>
    Task<IReadOnlyList<ProjectPilotRun>> AcceptedRunsAsync(Guid zoneId, IReadOnlyCollection<Guid> projectIds, CancellationToken ct);
}
