using System.Security.Claims;
using Gaoxin.Data;
using Gaoxin.Data.Http;
using Gaoxin.Kernel.Zones;
using Gaoxin.Scenes.Demands;
using Gaoxin.Scenes.SceneBoard;
using Gaoxin.Scenes.Supply;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Gaoxin.Scenes.Market;

/// <summary>The marketplace at a glance: scenes open for proposals, public demands, listed products and experts.</summary>
public sealed record MarketCounts(int OpenScenes, int AdoptedScenes, int PublishedDemands, int PendingDemands, int Products, int Experts);

/// <summary>Counts the zone's marketplace for the landing page and the API.</summary>
internal sealed class MarketOverview(GaoxinDbContext db)
{
    public async Task<MarketCounts> CountAsync(Guid zoneId, CancellationToken ct)
    {
        var zone = new ZoneId(zoneId);
        var scenes = await db.Set<Scene>().Where(s => s.ZoneId == zone).GroupBy(s => s.Status).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(ct);
        var demands = await db.Set<Demand>().Where(d => d.ZoneId == zone).GroupBy(d => d.Status).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(ct);
        var products = await db.Set<Product>().CountAsync(p => p.ZoneId == zone && !p.Withdrawn, ct);
        var experts = await db.Set<Expert>().CountAsync(e => e.ZoneId == zone && e.ConsentToIntroductions, ct);
        return new MarketCounts(
            scenes.Where(s => s.Key == SceneStatus.Published).Sum(s => s.Count), scenes.Where(s => s.Key == SceneStatus.Adopted).Sum(s => s.Count),
            demands.Where(d => d.Key == DemandStatus.Published).Sum(d => d.Count), demands.Where(d => d.Key == DemandStatus.Pending).Sum(d => d.Count), products, experts);
    }
}

internal static class MarketApi
{
    /// <summary>GET /overview</summary>
    public static async Task<Ok<MarketCounts>> Overview(ClaimsPrincipal user, MarketOverview overview, CancellationToken ct) =>
        TypedResults.Ok(await overview.CountAsync(user.ToActor().ZoneId, ct));
}
