using System.Globalization;
using System.Text;
using Gaoxin.Contracts;
using Gaoxin.Data;
using Gaoxin.Data.Http;
using Gaoxin.Kernel.Paging;
using Gaoxin.Kernel.Rules;
using Gaoxin.Kernel.Zones;
using Gaoxin.Scenes.Demands;
using Gaoxin.Scenes.SceneBoard;
using Microsoft.EntityFrameworkCore;

namespace Gaoxin.Scenes.Public;

/// <summary>A scene as the public sees it: published, closed or adopted only; the owner is named (scenes are never anonymous).</summary>
public sealed record PublicScene(Guid Id, string Code, string Title, SceneKind Kind, string KindText, string Owner, string Place, string Problem, string Offers,
    decimal? Budget, string? OfferNote, ZoneIndustry Industry, string IndustryText, string? ChainLink, int MinReadiness, string? RequiredCertificates,
    DateOnly PublishedOn, DateOnly ProposalsDueOn, SceneStatus Status, string StatusText);

/// <summary>A published demand as the public sees it: an anonymous poster is "匿名企业", with no organisation id anywhere.</summary>
public sealed record PublicDemand(Guid Id, string Code, string Title, string Problem, ZoneIndustry Industry, string IndustryText, string? ChainLink,
    decimal? BudgetMin, decimal? BudgetMax, DateOnly Deadline, bool Expired, string Poster, DateOnly? PublishedOn);

public sealed record PublicPage<T>(string ZoneCode, string ZoneName, IReadOnlyList<T> Items, int Number, int Size, int Total);

/// <summary>
/// The marketplace anyone may read without signing in (公开页面与开放数据): published, closed and adopted scenes; published
/// demands with anonymous posters hidden. Nothing pending, rejected, withdrawn or drafted; no organisation ids of demands.
/// </summary>
public sealed class PublicMarket(GaoxinDbContext db, TimeProvider time)
{
    private static readonly SceneStatus[] PublicSceneStates = [SceneStatus.Published, SceneStatus.Closed, SceneStatus.Adopted];

    public async Task<PublicPage<PublicScene>> ScenesAsync(string? zoneCode, Guid? signedInZone, string? q, PageRequest page, CancellationToken ct)
    {
        var zone = await Gaoxin.Data.Platform.PublicZones.ResolveAsync(db, zoneCode, signedInZone, ct);
        var query = ScenesOf(zone.Id);
        if (!string.IsNullOrWhiteSpace(q))
        {
            var s = q.Trim();
            query = query.Where(x => x.Title.Contains(s) || x.Code.Contains(s) || x.Problem.Contains(s) || x.Place.Contains(s) || (x.ChainLink != null && x.ChainLink.Contains(s)));
        }

        var total = await query.CountAsync(ct);
        var rows = await query.OrderByDescending(x => x.PublishedOn).ThenBy(x => x.Code).Skip(page.Skip).Take(page.Size).ToListAsync(ct);
        return new PublicPage<PublicScene>(zone.Code, zone.Name, await SceneViewsAsync(zone.Id, rows, ct), page.Number, page.Size, total);
    }

    public async Task<PublicScene> SceneAsync(string? zoneCode, Guid? signedInZone, Guid id, CancellationToken ct)
    {
        var zone = await Gaoxin.Data.Platform.PublicZones.ResolveAsync(db, zoneCode, signedInZone, ct);
        var row = await ScenesOf(zone.Id).SingleOrDefaultAsync(x => x.Id == id, ct) ?? throw Refusal.NotFound("场景");
        return (await SceneViewsAsync(zone.Id, [row], ct))[0];
    }

    public async Task<PublicPage<PublicDemand>> DemandsAsync(string? zoneCode, Guid? signedInZone, string? q, ZoneIndustry? industry, PageRequest page, CancellationToken ct)
    {
        var zone = await Gaoxin.Data.Platform.PublicZones.ResolveAsync(db, zoneCode, signedInZone, ct);
        var query = DemandsOf(zone.Id);
        if (industry is { } i)
        {
            query = query.Where(d => d.Industry == i);
        }

        if (!string.IsNullOrWhiteSpace(q))
        {
            var s = q.Trim();
            query = query.Where(d => d.Title.Contains(s) || d.Code.Contains(s) || d.Problem.Contains(s) || (d.ChainLink != null && d.ChainLink.Contains(s)));
        }

        var total = await query.CountAsync(ct);
        var rows = await query.OrderByDescending(d => d.PublishedOn).ThenByDescending(d => d.Code).Skip(page.Skip).Take(page.Size).ToListAsync(ct);
        return new PublicPage<PublicDemand>(zone.Code, zone.Name, await DemandViewsAsync(zone.Id, rows, ct), page.Number, page.Size, total);
    }

    public async Task<PublicDemand> DemandAsync(string? zoneCode, Guid? signedInZone, Guid id, CancellationToken ct)
    {
        var zone = await Gaoxin.Data.Platform.PublicZones.ResolveAsync(db, zoneCode, signedInZone, ct);
        var row = await DemandsOf(zone.Id).SingleOrDefaultAsync(d => d.Id == id, ct) ?? throw Refusal.NotFound("需求");
        return (await DemandViewsAsync(zone.Id, [row], ct))[0];
    }

    /// <summary>Every public scene of the zone, for the open data files.</summary>
    public async Task<IReadOnlyList<PublicScene>> AllScenesAsync(string? zoneCode, Guid? signedInZone, CancellationToken ct)
    {
        var zone = await Gaoxin.Data.Platform.PublicZones.ResolveAsync(db, zoneCode, signedInZone, ct);
        return await SceneViewsAsync(zone.Id, await ScenesOf(zone.Id).OrderBy(x => x.Code).ToListAsync(ct), ct);
    }

    /// <summary>Every published demand of the zone, for the open data files.</summary>
    public async Task<IReadOnlyList<PublicDemand>> AllDemandsAsync(string? zoneCode, Guid? signedInZone, CancellationToken ct)
    {
        var zone = await Gaoxin.Data.Platform.PublicZones.ResolveAsync(db, zoneCode, signedInZone, ct);
        return await DemandViewsAsync(zone.Id, await DemandsOf(zone.Id).OrderBy(d => d.Code).ToListAsync(ct), ct);
    }

    /// <summary>RFC 4180 CSV with a UTF-8 byte order mark (so Excel reads the Chinese), every text cell neutralised against formulas.</summary>
    public static byte[] ScenesCsv(IEnumerable<PublicScene> rows) => Csv(
        ["code", "title", "kind", "owner", "place", "problem", "offers", "budget_yuan", "industry", "chain_link", "min_readiness", "certificates", "published_on", "proposals_due_on", "status"],
        rows.Select(s => new[] { s.Code, s.Title, s.KindText, s.Owner, s.Place, s.Problem, s.Offers, Money(s.Budget), s.IndustryText, s.ChainLink ?? string.Empty,
            s.MinReadiness.ToString(CultureInfo.InvariantCulture), s.RequiredCertificates ?? string.Empty, DemandBoard.Day(s.PublishedOn), DemandBoard.Day(s.ProposalsDueOn), s.StatusText }));

    /// <inheritdoc cref="ScenesCsv"/>
    public static byte[] DemandsCsv(IEnumerable<PublicDemand> rows) => Csv(
        ["code", "title", "poster", "industry", "chain_link", "budget_min_yuan", "budget_max_yuan", "deadline", "expired", "published_on", "problem"],
        rows.Select(d => new[] { d.Code, d.Title, d.Poster, d.IndustryText, d.ChainLink ?? string.Empty, Money(d.BudgetMin), Money(d.BudgetMax), DemandBoard.Day(d.Deadline),
            d.Expired ? "true" : "false", d.PublishedOn is { } p ? DemandBoard.Day(p) : string.Empty, d.Problem }));

    private static string Money(decimal? d) => d?.ToString("0.##", CultureInfo.InvariantCulture) ?? string.Empty;

    private static byte[] Csv(string[] header, IEnumerable<string[]> rows)
    {
        static string Q(string text)
        {
            var s = ExcelExport.Neutralise(text);
            return s.IndexOfAny([',', '"', '\n', '\r']) >= 0 ? "\"" + s.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : s;
        }

        var sb = new StringBuilder(string.Join(',', header)).Append("\r\n");
        foreach (var r in rows)
        {
            sb.Append(string.Join(',', r.Select(Q))).Append("\r\n");
        }

        return [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(sb.ToString())];
    }

    private IQueryable<Scene> ScenesOf(ZoneId zone) => db.Set<Scene>().AsNoTracking().Where(x => x.ZoneId == zone && PublicSceneStates.Contains(x.Status));

    private IQueryable<Demand> DemandsOf(ZoneId zone) => db.Set<Demand>().AsNoTracking().Where(d => d.ZoneId == zone && d.Status == DemandStatus.Published);

    private async Task<List<PublicScene>> SceneViewsAsync(ZoneId zone, IReadOnlyList<Scene> rows, CancellationToken ct)
    {
        var ids = rows.Select(r => r.OwnerOrganisationId).Distinct().ToList();
        var names = await db.Organisations.AsNoTracking().Where(o => o.ZoneId == zone && ids.Contains(o.Id)).ToDictionaryAsync(o => o.Id, o => o.Name, ct);
        return rows.Select(s => new PublicScene(s.Id, s.Code, s.Title, s.Kind, ScenesText.Get($"Public.SceneKind.{s.Kind}"), names.GetValueOrDefault(s.OwnerOrganisationId, string.Empty),
            s.Place, s.Problem, Offers(s.Offers), s.Budget, s.OfferNote, s.Industry, DemandLabels.Of(s.Industry), s.ChainLink, s.MinReadiness, s.RequiredCertificates,
            s.PublishedOn, s.ProposalsDueOn, s.Status, ScenesText.Get($"Market.SceneStatus.{s.Status}"))).ToList();
    }

    private static string Offers(SceneOffer offers) => string.Join("、", new[] { SceneOffer.TestSite, SceneOffer.Data, SceneOffer.Budget, SceneOffer.PurchaseCommitment }
        .Where(o => offers.HasFlag(o)).Select(o => ScenesText.Get($"Public.SceneOffer.{o}")));

    private async Task<List<PublicDemand>> DemandViewsAsync(ZoneId zone, IReadOnlyList<Demand> rows, CancellationToken ct)
    {
        var ids = rows.Where(r => !r.Anonymous).Select(r => r.PosterOrganisationId).Distinct().ToList();
        var names = await db.Organisations.AsNoTracking().Where(o => o.ZoneId == zone && ids.Contains(o.Id)).ToDictionaryAsync(o => o.Id, o => o.Name, ct);
        var today = ZoneClock.Of(time).Today;
        return rows.Select(d => new PublicDemand(d.Id, d.Code, d.Title, d.Problem, d.Industry, DemandLabels.Of(d.Industry), d.ChainLink, d.BudgetMin, d.BudgetMax, d.Deadline,
            d.IsExpiredOn(today), d.Anonymous ? DemandBoard.AnonymousName : names.GetValueOrDefault(d.PosterOrganisationId, string.Empty), d.PublishedOn)).ToList();
    }
}
