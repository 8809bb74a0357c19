namespace Gaoxin.Mobility.Plates;

/// <summary>
/// The seam for road rights (路权): the demonstration scenes a plated vehicle may operate in on a day. The plate lookup
/// asks it; Rights/RightScenes answers from the road rights in force (Rights depends on Plates, not the reverse).
/// </summary>
public interface IPlateScenes
{
    Task<IReadOnlyList<PermittedScene>> ForVehicleAsync(Guid zoneId, Guid vehicleId, DateOnly on, CancellationToken ct);
}

/// <summary>A scene (scenario type) a vehicle's permit allows, as the public lookup shows it.</summary>
public sealed record PermittedScene(string Scene, string SceneText, DateOnly ValidTo);
