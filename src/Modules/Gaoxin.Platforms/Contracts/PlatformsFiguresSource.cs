using Gaoxin.Contracts.Platforms;
using Gaoxin.Platforms.Registry;

namespace Gaoxin.Platforms.Contracts;

/// <summary>The registry's counts for the cockpit: the same figures the list page and the home page show.</summary>
internal sealed class PlatformsFiguresSource(PlatformRegistry registry) : IPlatformsFigures
{
    public async Task<PlatformsFigures> TodayAsync(Guid zoneId, CancellationToken ct)
    {
        var counts = await registry.CountsAsync(zoneId, ct);
        int Of(PlatformLevel l) => counts.ByLevel.Single(x => x.Level == l).Count;
        return new PlatformsFigures(Of(PlatformLevel.National), Of(PlatformLevel.Provincial), Of(PlatformLevel.Municipal), counts.ProvincialOrAbove,
            counts.CoBuilders, counts.Overdue);
    }
}
