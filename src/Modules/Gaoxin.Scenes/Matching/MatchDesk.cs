using System.Security.Claims;
using Gaoxin.Contracts.TechTransfer;
using Gaoxin.Data;
using Gaoxin.Data.Http;
using Gaoxin.Kernel.Access;
using Gaoxin.Kernel.Paging;
using Gaoxin.Kernel.Rules;
using Gaoxin.Kernel.Zones;
using Gaoxin.Scenes.Demands;
using Gaoxin.Scenes.SceneBoard;
using Gaoxin.Scenes.Supply;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Gaoxin.Scenes.Matching;

/// <summary>One ranked match as people see it: who is behind it (never an anonymous poster, except for operators) and why.</summary>
public sealed record MatchHitView(MarketDocKind Kind, Guid Id, string Title, double Score, IReadOnlyList<string> MatchedTerms,
    IReadOnlyList<MatchReasonView> Reasons, Guid? OrganisationId, string? OrganisationName);

/// <summary>A rule that fired: its name for programs, its Chinese text for people, and what it added to the score.</summary>
public sealed record MatchReasonView(string Rule, string Text, double Effect);

/// <summary>The ranked list for one thing (a demand, scene, achievement or product).</summary>
public sealed record MatchList(string Side, Guid Id, string Title, IReadOnlyList<MatchHitView> Hits);

/// <summary>
/// Matching for people: reads the source thing in the caller's zone (another zone's id is not found), checks the caller may
/// see its matches (operators all; a firm or institute its own), builds the query, ranks, and hides anonymous posters.
/// </summary>
internal sealed class MatchDesk(GaoxinDbContext db, MarketBoard board, IServiceProvider services, TimeProvider time)
{
    public const int MaxTop = 50;

    public async Task<MatchList> ForDemandAsync(Actor actor, Guid id, IReadOnlyCollection<MarketDocKind>? kinds, int? top, CancellationToken ct)
    {
        var zone = new ZoneId(actor.ZoneId);
        var d = await db.Set<Demand>().AsNoTracking().FirstOrDefaultAsync(x => x.ZoneId == zone && x.Id == id, ct) ?? throw Refusal.NotFound("需求");
        MayMatch(actor, d.PosterOrganisationId);
        var query = new MatchQuery(actor.ZoneId, d.Title, d.Problem, d.Industry, d.ChainLink, null, null, null, kinds ?? MarketSources.SupplyKinds);
        return new MatchList("Demand", d.Id, d.Title, await RankAsync(actor, query, Top(top), ct));
    }

    public async Task<MatchList> ForSceneAsync(Actor actor, Guid id, IReadOnlyCollection<MarketDocKind>? kinds, int? top, CancellationToken ct)
    {
        var zone = new ZoneId(actor.ZoneId);
        var s = await db.Set<Scene>().AsNoTracking().FirstOrDefaultAsync(x => x.ZoneId == zone && x.Id == id, ct) ?? throw Refusal.NotFound("场景");
        MayMatch(actor, s.OwnerOrganisationId);
        var query = new MatchQuery(actor.ZoneId, s.Title, $"{s.Problem}\n{s.OfferNote}", s.Industry, s.ChainLink, s.MinReadiness > 0 ? s.MinReadiness : null,
            s.RequiredCertificates, null, kinds ?? MarketSources.SupplyKinds, Region: s.Place);
        return new MatchList("Scene", s.Id, s.Title, await RankAsync(actor, query, Top(top), ct));
    }

    public async Task<MatchList> ForAchievementAsync(Actor actor, Guid id, IReadOnlyCollection<MarketDocKind>? kinds, int? top, CancellationToken ct)
    {
        var relay = services.GetService<IRelayAchievements>() ?? throw Refusal.NotFound("科技成果");
        var found = await relay.FindAsync(actor.ZoneId, [id], ct);
        var a = (found.Count > 0 ? found[0] : null) ?? throw Refusal.NotFound("科技成果");
        MayMatch(actor, a.OwnerOrganisationId);
        var query = new MatchQuery(actor.ZoneId, a.Title, a.Summary ?? "", a.Industry, null, null, null, a.IpcClasses, kinds ?? MarketSources.DemandKinds);
        return new MatchList("Achievement", a.Id, a.Title, await RankAsync(actor, query, Top(top), ct));
    }

    public async Task<MatchList> ForProductAsync(Actor actor, Guid id, IReadOnlyCollection<MarketDocKind>? kinds, int? top, CancellationToken ct)
    {
        var zone = new ZoneId(actor.ZoneId);
        var p = await db.Set<Product>().AsNoTracking().FirstOrDefaultAsync(x => x.ZoneId == zone && x.Id == id, ct) ?? throw Refusal.NotFound("产品");
        MayMatch(actor, p.OrganisationId);
        var query = new MatchQuery(actor.ZoneId, p.Name, p.Description, p.Industry, p.ChainLink, null, null, null, kinds ?? MarketSources.DemandKinds);
        return new MatchList("Product", p.Id, p.Name, await RankAsync(actor, query, Top(top), ct));
    }

    /// <summary>Searches the whole market with free text (everything in the index is public to the zone's signed-in users).</summary>
    public async Task<Page<MatchHitView>> SearchAsync(Actor actor, string? q, IReadOnlyCollection<MarketDocKind>? kinds, PageRequest page, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(q))
        {
            return new Page<MatchHitView>([], page.Number, page.Size, 0);
        }

        if (q.Length > 200)
        {
            throw Refusal.Invalid("q", "搜索词不能超过200个字符。");
        }

        var query = new MatchQuery(actor.ZoneId, q, "", null, null, null, null, null, kinds ?? Enum.GetValues<MarketDocKind>());
        var all = await RankAsync(actor, query, Math.Min(page.Skip + page.Size, 500), ct);
        return new Page<MatchHitView>(all.Skip(page.Skip).Take(page.Size).ToList(), page.Number, page.Size, all.Count);
    }

    /// <summary>Reads "Achievement,Product" (names or numbers); null when not given.</summary>
    public static IReadOnlyCollection<MarketDocKind>? ParseKinds(string? kinds)
    {
        if (string.IsNullOrWhiteSpace(kinds))
        {
            return null;
        }

        var parsed = new List<MarketDocKind>();
        foreach (var part in kinds.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            if (!Enum.TryParse<MarketDocKind>(part, ignoreCase: true, out var kind) || !Enum.IsDefined(kind))
            {
                throw Refusal.Invalid("kinds", "匹配类型无效：可选 Achievement、Product、Enterprise、Expert、Capability、Scene、Demand。");
            }

            parsed.Add(kind);
        }

        return parsed.Distinct().ToList();
    }

    private static int Top(int? top) => top switch
    {
        null => 20,
        < 1 or > MaxTop => throw Refusal.Invalid("top", $"返回条数须在1至{MaxTop}之间。"),
        { } n => n,
    };

    /// <summary>Operators see every match; an organisation-bound user only those of its own organisation's things.</summary>
    private static void MayMatch(Actor actor, Guid owner)
    {
        if (ScenesAccess.Operators.Any(actor.IsIn))
        {
            return;
        }

        if (actor.OrganisationId != owner)
        {
            throw Refusal.Forbidden("只能查看本单位需求、场景、成果或产品的匹配结果。");
        }
    }

    private async Task<IReadOnlyList<MatchHitView>> RankAsync(Actor actor, MatchQuery query, int top, CancellationToken ct)
    {
        await board.EnsureZoneAsync(services, actor.ZoneId, ct);
        // Asks for a few more than shown: a demand that closed since the last catch-up is dropped here, not shown.
        var hits = board.Matcher.Match(query, top + 10);
        var zone = new ZoneId(actor.ZoneId);
        var today = ZoneClock.Of(time).Today;
        var demandIds = hits.Where(h => h.Kind == MarketDocKind.Demand).Select(h => h.Id).ToList();
        var demands = await db.Set<Demand>().AsNoTracking().Where(d => d.ZoneId == zone && demandIds.Contains(d.Id))
            .Select(d => new { d.Id, d.Status, d.Deadline, d.Anonymous }).ToDictionaryAsync(d => d.Id, ct);
        var sceneIds = hits.Where(h => h.Kind == MarketDocKind.Scene).Select(h => h.Id).ToList();
        var openScenes = (await db.Set<Scene>().AsNoTracking().Where(s => s.ZoneId == zone && sceneIds.Contains(s.Id) && s.Status == SceneStatus.Published)
            .Select(s => s.Id).ToListAsync(ct)).ToHashSet();
        var operators = ScenesAccess.Operators.Any(actor.IsIn);
        var kept = hits.Where(h => h.Kind switch
        {
            MarketDocKind.Demand => demands.TryGetValue(h.Id, out var d) && d.Status == DemandStatus.Published && d.Deadline >= today,
            MarketDocKind.Scene => openScenes.Contains(h.Id),
            _ => true,
        }).Take(top).ToList();

        var owners = kept.Select(h => board.Find(h.Kind, h.Id)?.OrganisationId).OfType<Guid>().Distinct().ToList();
        var names = await db.Organisations.AsNoTracking().Where(o => o.ZoneId == zone && owners.Contains(o.Id)).ToDictionaryAsync(o => o.Id, o => o.Name, ct);
        return kept.Select(h =>
        {
            var owner = board.Find(h.Kind, h.Id)?.OrganisationId;
            // An anonymous poster stays hidden from everyone but the operators, even from its own colleagues' search.
            if (h.Kind == MarketDocKind.Demand && demands[h.Id].Anonymous && !operators)
            {
                owner = null;
            }

            return new MatchHitView(h.Kind, h.Id, h.Title, h.Score, h.MatchedTerms, h.Reasons.Select(r => new MatchReasonView(r.RuleName, r.Text, r.Effect)).ToList(),
                owner, owner is { } o && names.TryGetValue(o, out var name) ? name : null);
        }).ToList();
    }
}

internal static class MatchApi
{
    /// <summary>GET /matches/demands/{id}</summary>
    public static async Task<Ok<MatchList>> Demand(Guid id, string? kinds, int? top, ClaimsPrincipal user, MatchDesk desk, CancellationToken ct) =>
        TypedResults.Ok(await desk.ForDemandAsync(user.ToActor(), id, MatchDesk.ParseKinds(kinds), top, ct));

    /// <summary>GET /matches/scenes/{id}</summary>
    public static async Task<Ok<MatchList>> Scene(Guid id, string? kinds, int? top, ClaimsPrincipal user, MatchDesk desk, CancellationToken ct) =>
        TypedResults.Ok(await desk.ForSceneAsync(user.ToActor(), id, MatchDesk.ParseKinds(kinds), top, ct));

    /// <summary>GET /matches/achievements/{id}</summary>
    public static async Task<Ok<MatchList>> Achievement(Guid id, string? kinds, int? top, ClaimsPrincipal user, MatchDesk desk, CancellationToken ct) =>
        TypedResults.Ok(await desk.ForAchievementAsync(user.ToActor(), id, MatchDesk.ParseKinds(kinds), top, ct));

    /// <summary>GET /matches/products/{id}</summary>
    public static async Task<Ok<MatchList>> Product(Guid id, string? kinds, int? top, ClaimsPrincipal user, MatchDesk desk, CancellationToken ct) =>
        TypedResults.Ok(await desk.ForProductAsync(user.ToActor(), id, MatchDesk.ParseKinds(kinds), top, ct));

    /// <summary>GET /search</summary>
    public static async Task<Ok<Page<MatchHitView>>> Search(string? q, string? kinds, int? page, int? size, ClaimsPrincipal user, MatchDesk desk, CancellationToken ct) =>
        TypedResults.Ok(await desk.SearchAsync(user.ToActor(), q, MatchDesk.ParseKinds(kinds), new PageRequest(page, size), ct));
}
