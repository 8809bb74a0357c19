namespace Gaoxin.Contracts.Scenes;

/// <summary>A relay project as the marketplace is asked about it: the project, its company's organisation (null before one is registered) and its achievements.</summary>
public sealed record ProjectSceneKey(Guid ProjectId, Guid? CompanyOrganisationId, IReadOnlyCollection<Guid> AchievementIds);

/// <summary>
/// A scene or market take-up (场景) a relay project received: a scene owner adopted a proposal of the project's company or one built on
/// the project's achievement (<paramref name="SceneCode"/> and the scene's title), or a registered technology contract names the project (the contract's title;
/// the scene's code when it came from a scene proposal). <paramref name="ContractNumber"/> is the registration number of the contract, if any.
/// </summary>
public sealed record ProjectScene(Guid ProjectId, DateOnly On, string Title, string? SceneCode, string? ContractNumber);

/// <summary>Scenes received per relay project, for the relay's support package (Scenes implements it; absent when not installed).</summary>
public interface IProjectScenes
{
    /// <summary>The scenes of the zone's given projects, in one read, earliest first.</summary>
    Task<IReadOnlyList<ProjectScene>> ForProjectsAsync(Guid zoneId, IReadOnlyCollection<ProjectSceneKey> projects, CancellationToken ct);
}
