using Gaoxin.Kernel.Zones;
using Gaoxin.Mobility.Plates;

namespace Gaoxin.Mobility.Rights;

/// <summary>The plate lookup's permitted scenes: those of the road rights in force that day which list the vehicle.</summary>
internal sealed class RightScenes(RoadRightDesk rights) : IPlateScenes
{
    public async Task<IReadOnlyList<PermittedScene>> ForVehicleAsync(Guid zoneId, Guid vehicleId, DateOnly on, CancellationToken ct) =>
        (await rights.ScenesAsync(new ZoneId(zoneId), vehicleId, on, ct)).Select(s => new PermittedScene(s.Scenario.ToString(), RightLabels.Scenario(s.Scenario), s.ValidTo)).ToList();
}
