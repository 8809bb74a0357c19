using Gaoxin.Kernel.Zones;

namespace Gaoxin.Industry.Gaps;

/// <summary>
/// Open leads (not yet producing) per node, for the map's pipeline column. Implemented by the leads feature, so maps
/// do not reach into leads while leads read maps for their nodes' strength.
/// </summary>
internal interface IOpenLeadCounts
{
    Task<Dictionary<Guid, int>> ByNodeAsync(ZoneId zone, IReadOnlyCollection<Guid> nodeIds, CancellationToken ct);
}
