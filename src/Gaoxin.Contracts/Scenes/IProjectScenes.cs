namespace Gaoxin.Contracts.Scenes;

/// <summary>A relay project as the marketplace is asked about it: the project and its company's organisation (null before one is registered).</summary>
public sealed record ProjectSceneKey(Guid ProjectId, Guid? CompanyOrganisationId);

/// <summary>
/// A scene (应用场景) a relay project received: the owner adopted a proposal of the project's company, or a registered technology
/// contract naming the project came from a scene proposal. <paramref name="ContractNumber"/> is the contract's registration number
/// when the adoption was by contract.
/// </summary>
public sealed record ProjectScene(Guid ProjectId, DateOnly On, string SceneCode, string SceneTitle, string? ContractNumber);

/// <summary>Scenes received per relay project, for the relay's support package (Scenes implements it; absent when not installed).</summary>
public interface IProjectScenes
{
    /// <summary>The scenes of the zone's given projects, in one read, earliest first.</summary>
    Task<IReadOnlyList<ProjectScene>> ForProjectsAsync(Guid zoneId, IReadOnlyCollection<ProjectSceneKey> projects, CancellationToken ct);
}
