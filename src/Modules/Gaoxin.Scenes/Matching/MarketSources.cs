using Gaoxin.Contracts;
using Gaoxin.Contracts.Enterprises;
using Gaoxin.Contracts.PilotBase;
using Gaoxin.Contracts.TechTransfer;
using Gaoxin.Data;
using Gaoxin.Kernel.Zones;
using Gaoxin.Scenes.Demands;
using Gaoxin.Scenes.SceneBoard;
using Gaoxin.Scenes.Supply;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Gaoxin.Scenes.Matching;

/// <summary>
/// Turns the market's things into index documents: the module's own scenes, demands, products and experts (only what may
/// be matched: published and open, listed, consenting), and the other modules' supply through their contracts
/// (achievements, pilot-base capabilities, enterprises). A contract whose module is absent gives nothing.
/// </summary>
internal static class MarketSources
{
    public static readonly MarketDocKind[] OwnKinds = [MarketDocKind.Scene, MarketDocKind.Demand, MarketDocKind.Product, MarketDocKind.Expert];

    public static readonly MarketDocKind[] SupplyKinds =
        [MarketDocKind.Achievement, MarketDocKind.Product, MarketDocKind.Enterprise, MarketDocKind.Expert, MarketDocKind.Capability];

    public static readonly MarketDocKind[] DemandKinds = [MarketDocKind.Demand, MarketDocKind.Scene];

    public static MarketDocument? Of(Scene s) => s.Status == SceneStatus.Published
        ? new(MarketDocKind.Scene, s.Id, s.ZoneId.Value, s.Title, $"{s.Problem}\n{s.OfferNote}", s.Industry, s.ChainLink, s.MinReadiness,
            s.RequiredCertificates, null, s.Place, s.OwnerOrganisationId)
        : null;

    public static MarketDocument? Of(Demand d, DateOnly today) => d.Status == DemandStatus.Published && d.Deadline >= today
        ? new(MarketDocKind.Demand, d.Id, d.ZoneId.Value, d.Title, d.Problem, d.Industry, d.ChainLink, null, null, null, null, d.PosterOrganisationId)
        : null;

    public static MarketDocument? Of(Product p) => p.Withdrawn
        ? null
        : new(MarketDocKind.Product, p.Id, p.ZoneId.Value, p.Name, p.Description, p.Industry, p.ChainLink, p.Readiness, p.Certificates, null, null,
            p.OrganisationId);

    public static MarketDocument? Of(Expert e) => e.ConsentToIntroductions
        ? new(MarketDocKind.Expert, e.Id, e.ZoneId.Value, $"{e.Name}（{e.Affiliation}）", $"{e.Title}\n{e.Expertise}", e.Industry, null, null, null,
            null, null, e.OrganisationId)
        : null;

    public static MarketDocument Of(RelayAchievement a) =>
        new(MarketDocKind.Achievement, a.Id, a.ZoneId, a.Title, $"{a.Summary}\n{a.Kind}", a.Industry, null, a.Readiness, null, a.IpcClasses, null,
            a.OwnerOrganisationId);

    public static MarketDocument Of(PilotCapability c) =>
        new(MarketDocKind.Capability, c.ServiceId, c.ZoneId, c.Name, $"{c.Description}\n{c.Area}", ZoneIndustry.Other, c.Area, null, null, null, null, null);

    public static MarketDocument Of(Guid zoneId, EnterpriseSummary e) =>
        new(MarketDocKind.Enterprise, e.Id, zoneId, e.Name, e.Name, e.Industry, null, null, null, null, null, e.OrganisationId);

    /// <summary>Everything of one zone the market should hold now, by kind (a kind whose source is absent is left out).</summary>
    public static async Task<Dictionary<MarketDocKind, List<MarketDocument>>> ReadZoneAsync(IServiceProvider services, Guid zoneId, DateOnly today, CancellationToken ct)
    {
        var db = services.GetRequiredService<GaoxinDbContext>();
        var zone = new ZoneId(zoneId);
        var all = new Dictionary<MarketDocKind, List<MarketDocument>>
        {
            [MarketDocKind.Scene] = (await db.Set<Scene>().AsNoTracking().Where(s => s.ZoneId == zone && s.Status == SceneStatus.Published).ToListAsync(ct))
                .Select(Of).OfType<MarketDocument>().ToList(),
            [MarketDocKind.Demand] = (await db.Set<Demand>().AsNoTracking().Where(d => d.ZoneId == zone && d.Status == DemandStatus.Published).ToListAsync(ct))
                .Select(d => Of(d, today)).OfType<MarketDocument>().ToList(),
            [MarketDocKind.Product] = (await db.Set<Product>().AsNoTracking().Where(p => p.ZoneId == zone && !p.Withdrawn).ToListAsync(ct))
                .Select(Of).OfType<MarketDocument>().ToList(),
            [MarketDocKind.Expert] = (await db.Set<Expert>().AsNoTracking().Where(e => e.ZoneId == zone && e.ConsentToIntroductions).ToListAsync(ct))
                .Select(Of).OfType<MarketDocument>().ToList(),
        };
        if (services.GetService<IRelayAchievements>() is { } relay)
        {
            all[MarketDocKind.Achievement] = (await relay.ListAsync(zoneId, ct)).Select(Of).ToList();
        }

        if (services.GetService<IPilotCapabilities>() is { } pilot)
        {
            all[MarketDocKind.Capability] = (await pilot.ListAsync(zoneId, ct)).Select(Of).ToList();
        }

        if (services.GetService<IEnterpriseDirectory>() is { } enterprises)
        {
            all[MarketDocKind.Enterprise] = (await enterprises.SearchAsync(zoneId, null, 100_000, ct)).Select(e => Of(zoneId, e)).ToList();
        }

        return all;
    }
}
