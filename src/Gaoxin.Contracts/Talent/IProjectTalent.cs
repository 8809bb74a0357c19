namespace Gaoxin.Contracts.Talent;

/// <summary>Talent support (人才) one relay project received: when, and what (a person brought in, a tier, an allowance) in words.</summary>
public sealed record ProjectTalentSupport(Guid ProjectId, DateOnly On, string What);

/// <summary>
/// Talent support per relay project, for the relay's support package. No module provides it yet: the relay registers a
/// "none" answer (<see cref="Available"/> false) that a talent module replaces by registering its own.
/// </summary>
public interface IProjectTalent
{
    /// <summary>False while no module records talent; the package then says so beside the talent column.</summary>
    bool Available { get; }

    /// <summary>Talent support of the zone's given projects, in one read, earliest first.</summary>
    Task<IReadOnlyList<ProjectTalentSupport>> ForProjectsAsync(Guid zoneId, IReadOnlyCollection<Guid> projectIds, CancellationToken ct);
}
