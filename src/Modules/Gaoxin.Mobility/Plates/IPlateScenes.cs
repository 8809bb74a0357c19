namespace Gaoxin.Mobility.Plates;

/// <summary>
/// The seam for road rights (路权): the demonstration scenes a plated vehicle may operate in on a day. The plate lookup
/// asks it; until the road-rights slice registers its implementation, <see cref="NoPlateScenes"/> answers none.
/// </summary>
public interface IPlateScenes
{
    Task<IReadOnlyList<PermittedScene>> ForVehicleAsync(Guid zoneId, Guid vehicleId, DateOnly on, CancellationToken ct);
}

/// <summary>A scene (scenario type) a vehicle's permit allows, as the public lookup shows it.</summary>
public sealed record PermittedScene(string Scene, string SceneText, DateOnly ValidTo);

/// <summary>The default: no road-rights permits exist yet, so no vehicle has permitted scenes.</summary>
internal sealed class NoPlateScenes : IPlateScenes
{
    public Task<IReadOnlyList<PermittedScene>> ForVehicleAsync(Guid zoneId, Guid vehicleId, DateOnly on, CancellationToken ct) =>
        Task.FromResult<IReadOnlyList<PermittedScene>>([]);
}
