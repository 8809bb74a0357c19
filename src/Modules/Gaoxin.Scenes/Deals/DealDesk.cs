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
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Gaoxin.Scenes.Deals;

/// <summary>
/// Deals (供需对接) from a match to a contract. The operators (管委会、创新中心) open deals and record any step; the buyer and the
/// seller organisations see their own deals and may record that they met or are negotiating (not introductions, not drops:
/// those are the operator's). One deal per demand and supply; every id is checked against the caller's zone.
/// </summary>
public sealed class DealDesk(GaoxinDbContext db, TimeProvider time, IServiceProvider services)
{
    internal const string DealWord = "对接";

    /// <summary>The stages the parties themselves may record.</summary>
    internal static readonly DealStage[] PartyStages = [DealStage.Met, DealStage.Negotiating];

    internal static readonly DealStage[] OperatorStages = [DealStage.Introduced, DealStage.Met, DealStage.Negotiating, DealStage.Dropped];

    private DateOnly Today => ZoneClock.Of(time).Today;

    internal static bool IsOperator(Actor actor) => ScenesAccess.Operators.Any(actor.IsIn);

    internal static void Check(object input)
    {
        var errors = RequestValidation.Errors(input);
        if (errors.Count > 0)
        {
            throw Refusal.Invalid(errors);
        }
    }

    /// <summary>Opens a deal (operators): buyer = the scene's owner or the demand's poster; seller = the supply's organisation.</summary>
    public async Task<DealView> OpenAsync(Actor actor, OpenDealInput input, CancellationToken ct)
    {
        Check(input);
        if (!IsOperator(actor))
        {
            throw Refusal.Forbidden("只有管委会或创新中心可以发起对接。");
        }

        var zone = new ZoneId(actor.ZoneId);
        var side = input.Side!.Value;
        var demandId = input.DemandId!.Value;
        var kind = input.SupplyKind!.Value;
        var supplyId = input.SupplyId!.Value;
        var buyer = await BuyerAsync(zone, side, demandId, ct);
        var seller = await SellerAsync(zone, kind, supplyId, ct);
        if (seller is { } s && s == buyer)
        {
            throw Refusal.Invalid("supplyId", "供给方与需求方是同一单位，无需对接。");
        }

        if (await db.Set<Deal>().AsNoTracking().Where(d => d.ZoneId == zone && d.Side == side && d.DemandId == demandId && d.SupplyKind == kind && d.SupplyId == supplyId)
                .Select(d => (Guid?)d.Id).FirstOrDefaultAsync(ct) is { } existing)
        {
            throw Refusal.Conflict($"该需求与该供给方已有对接（编号 {existing}），请在原对接中登记进展。");
        }

        var today = Today;
        var deal = new Deal
        {
            ZoneId = zone, Side = side, DemandId = demandId, BuyerOrganisationId = buyer, SupplyKind = kind, SupplyId = supplyId,
            SellerOrganisationId = seller, MatchScore = input.MatchScore, MatchReasons = input.MatchReasons?.Trim(), OpenedOn = today, LastStepOn = today,
        };
        deal.Steps.Add(new DealStep { ZoneId = zone, DealId = deal.Id, Stage = DealStage.Matched, On = today, Note = "发起对接", ActorName = actor.Name });
        db.Add(deal);
        await SaveAsync("该需求与该供给方已有对接，请刷新后查看。", ct);
        return (await ViewsAsync(zone, [deal], ct))[0];
    }

    /// <summary>Records a step through <see cref="Deal.Advance"/>.</summary>
    public async Task<DealDetail> AddStepAsync(Actor actor, Guid id, DealStepInput input, CancellationToken ct)
    {
        Check(input);
        var deal = await FindAsync(actor, id, ct);
        var stage = input.Stage!.Value;
        if (!StagesFor(actor).Contains(stage))
        {
            throw IsOperator(actor) || actor.IsOrganisationBound
                ? Refusal.Invalid("stage", "此处不能登记该进展（签约须登记技术合同；引荐与终止由管委会或创新中心登记）。")
                : Refusal.Forbidden();
        }

        if (input.Version is { } version && version != deal.Version)
        {
            throw Refusal.Conflict("该对接已被他人更新，请刷新后重试。");
        }

        if (input.On!.Value > Today)
        {
            throw Refusal.Invalid("on", "进展日期不能晚于今天。");
        }

        // Added explicitly: a child with a preset key reached only through the collection would be taken for an existing row.
        db.Add(deal.Advance(stage, input.On.Value, input.Note.Trim(), actor.Name));
        await SaveAsync("该对接已被他人更新，请刷新后重试。", ct);
        return await GetAsync(actor, id, ct);
    }

    public async Task<DealDetail> GetAsync(Actor actor, Guid id, CancellationToken ct)
    {
        var deal = await Visible(actor).AsNoTracking().Include(d => d.Steps).SingleOrDefaultAsync(d => d.Id == id, ct) ?? throw Refusal.NotFound(DealWord);
        var view = (await ViewsAsync(deal.ZoneId, [deal], ct))[0];
        var open = deal.Stage is not (DealStage.Contracted or DealStage.Dropped);
        var allowed = open ? StagesFor(actor).Where(s => s == DealStage.Dropped || s > deal.Stage).ToList() : [];
        return new DealDetail(view, [.. deal.Steps.OrderBy(s => s.On).ThenBy(s => s.Stage).Select(s => new DealStepView(s.Id, s.Stage, s.On, s.Note, s.ActorName))],
            allowed.Count > 0, allowed);
    }

    /// <summary>One page of deals, stalled ones first then by the last step; organisations see only deals they are party to.</summary>
    public async Task<Page<DealView>> ListAsync(Actor actor, DealFilter filter, PageRequest page, CancellationToken ct)
    {
        var zone = new ZoneId(actor.ZoneId);
        var cutoff = DealStalledRule.Cutoff(Today);
        var q = Visible(actor).AsNoTracking();
        if (filter.Stage is { } stage)
        {
            q = q.Where(d => d.Stage == stage);
        }

        if (filter.Stalled is { } stalled)
        {
            q = stalled
                ? q.Where(d => d.Stage != DealStage.Contracted && d.Stage != DealStage.Dropped && d.LastStepOn < cutoff)
                : q.Where(d => !(d.Stage != DealStage.Contracted && d.Stage != DealStage.Dropped && d.LastStepOn < cutoff));
        }

        if (!string.IsNullOrWhiteSpace(filter.Q))
        {
            var s = filter.Q.Trim();
            var orgs = db.Organisations.Where(o => o.ZoneId == zone && o.Name.Contains(s)).Select(o => o.Id);
            var scenes = db.Set<Scene>().Where(x => x.ZoneId == zone && (x.Code.Contains(s) || x.Title.Contains(s))).Select(x => x.Id);
            var demands = db.Set<Demand>().Where(x => x.ZoneId == zone && (x.Code.Contains(s) || x.Title.Contains(s))).Select(x => x.Id);
            var products = db.Set<Product>().Where(x => x.ZoneId == zone && x.Name.Contains(s)).Select(x => x.Id);
            var experts = db.Set<Expert>().Where(x => x.ZoneId == zone && x.Name.Contains(s)).Select(x => x.Id);
            q = q.Where(d => orgs.Contains(d.BuyerOrganisationId) || (d.SellerOrganisationId != null && orgs.Contains(d.SellerOrganisationId.Value))
                || scenes.Contains(d.DemandId) || demands.Contains(d.DemandId) || products.Contains(d.SupplyId) || experts.Contains(d.SupplyId));
        }

        var total = await q.CountAsync(ct);
        var rows = await q.OrderBy(d => d.Stage == DealStage.Contracted || d.Stage == DealStage.Dropped)
            .ThenBy(d => d.LastStepOn).ThenBy(d => d.Id)
            .Skip(page.Skip).Take(page.Size).ToListAsync(ct);
        return new Page<DealView>(await ViewsAsync(zone, rows, ct), page.Number, page.Size, total);
    }

    /// <summary>
    /// What the new-deal form offers on the demand side: published scenes (not drafts or withdrawn ones) or published demands of
    /// the zone, by code or title containing <paramref name="q"/> (or the one <paramref name="id"/>); labels are code and title.
    /// </summary>
    public async Task<IReadOnlyList<DealChoice>> DemandChoicesAsync(Actor actor, DemandSide side, string? q, Guid? id, CancellationToken ct)
    {
        EnsureOperator(actor);
        var zone = new ZoneId(actor.ZoneId);
        var s = q?.Trim() ?? string.Empty;
        if (side == DemandSide.Scene)
        {
            return await db.Set<Scene>().AsNoTracking()
                .Where(x => x.ZoneId == zone && x.Status != SceneStatus.Draft && x.Status != SceneStatus.Withdrawn && (id == null || x.Id == id)
                    && (s == "" || x.Code.Contains(s) || x.Title.Contains(s)))
                .OrderByDescending(x => x.Code).Take(ChoiceCount).Select(x => new DealChoice(x.Id, x.Code + " " + x.Title)).ToListAsync(ct);
        }

        return await db.Set<Demand>().AsNoTracking()
            .Where(x => x.ZoneId == zone && x.Status == DemandStatus.Published && (id == null || x.Id == id) && (s == "" || x.Code.Contains(s) || x.Title.Contains(s)))
            .OrderByDescending(x => x.Code).Take(ChoiceCount).Select(x => new DealChoice(x.Id, x.Code + " " + x.Title)).ToListAsync(ct);
    }

    /// <summary>
    /// What the new-deal form offers on the supply side: products on offer, experts, the zone's organisations or the relay's
    /// achievements, by name (title) containing <paramref name="q"/> (or the one <paramref name="id"/>); never an id as a label.
    /// </summary>
    public async Task<IReadOnlyList<DealChoice>> SupplyChoicesAsync(Actor actor, SupplyKind kind, string? q, Guid? id, CancellationToken ct)
    {
        EnsureOperator(actor);
        var zone = new ZoneId(actor.ZoneId);
        var s = q?.Trim() ?? string.Empty;
        switch (kind)
        {
            case SupplyKind.Product:
                return await db.Set<Product>().AsNoTracking().Where(x => x.ZoneId == zone && !x.Withdrawn && (id == null || x.Id == id) && (s == "" || x.Name.Contains(s)))
                    .OrderBy(x => x.Name).Take(ChoiceCount).Select(x => new DealChoice(x.Id, x.Name)).ToListAsync(ct);
            case SupplyKind.Expert:
                return await db.Set<Expert>().AsNoTracking().Where(x => x.ZoneId == zone && (id == null || x.Id == id) && (s == "" || x.Name.Contains(s) || x.Affiliation.Contains(s)))
                    .OrderBy(x => x.Name).Take(ChoiceCount).Select(x => new DealChoice(x.Id, x.Name + "（" + x.Affiliation + "）")).ToListAsync(ct);
            case SupplyKind.Enterprise:
                return await db.Organisations.AsNoTracking().Where(x => x.ZoneId == zone && (id == null || x.Id == id) && (s == "" || x.Name.Contains(s)))
                    .OrderBy(x => x.Name).Take(ChoiceCount).Select(x => new DealChoice(x.Id, x.Name)).ToListAsync(ct);
            case SupplyKind.Achievement when services.GetService<IRelayAchievements>() is { } relay:
                var found = id is { } one ? await relay.FindAsync(zone.Value, [one], ct) : await relay.ListAsync(zone.Value, ct);
                return [.. found.Where(a => a.Title.Contains(s, StringComparison.OrdinalIgnoreCase)).OrderBy(a => a.Title, StringComparer.Ordinal).Take(ChoiceCount)
                    .Select(a => new DealChoice(a.Id, a.Title))];
            default:
                return [];
        }
    }

    private const int ChoiceCount = 30;

    private static void EnsureOperator(Actor actor)
    {
        if (!IsOperator(actor))
        {
            throw Refusal.Forbidden("只有管委会或创新中心可以发起对接。");
        }
    }

    internal static IReadOnlyList<DealStage> StagesFor(Actor actor) =>
        IsOperator(actor) ? OperatorStages : ScenesAccess.Suppliers.Any(actor.IsIn) ? PartyStages : [];

    /// <summary>The deals the caller may see: operators and the zone's readers all of the zone's, organisations their own.</summary>
    internal IQueryable<Deal> Visible(Actor actor)
    {
        var zone = new ZoneId(actor.ZoneId);
        var q = db.Set<Deal>().Where(d => d.ZoneId == zone);
        if (actor.IsOrganisationBound)
        {
            var own = actor.OrganisationId ?? Guid.Empty;
            q = q.Where(d => d.BuyerOrganisationId == own || d.SellerOrganisationId == own);
        }

        return q;
    }

    internal async Task<Deal> FindAsync(Actor actor, Guid id, CancellationToken ct) =>
        await Visible(actor).Include(d => d.Steps).SingleOrDefaultAsync(d => d.Id == id, ct) ?? throw Refusal.NotFound(DealWord);

    private async Task<Guid> BuyerAsync(ZoneId zone, DemandSide side, Guid id, CancellationToken ct)
    {
        if (side == DemandSide.Scene)
        {
            var scene = await db.Set<Scene>().AsNoTracking().Where(s => s.Id == id && s.ZoneId == zone).Select(s => new { s.OwnerOrganisationId, s.Status }).SingleOrDefaultAsync(ct)
                ?? throw Refusal.Invalid("demandId", "场景不存在于本园区。");
            if (scene.Status is SceneStatus.Draft or SceneStatus.Withdrawn)
            {
                throw Refusal.Conflict("草稿或已撤回的场景不能发起对接。");
            }

            return scene.OwnerOrganisationId;
        }

        var demand = await db.Set<Demand>().AsNoTracking().Where(d => d.Id == id && d.ZoneId == zone).Select(d => new { d.PosterOrganisationId, d.Status }).SingleOrDefaultAsync(ct)
            ?? throw Refusal.Invalid("demandId", "技术需求不存在于本园区。");
        if (demand.Status != DemandStatus.Published)
        {
            throw Refusal.Conflict("只有已发布的技术需求可以发起对接。");
        }

        return demand.PosterOrganisationId;
    }

    private async Task<Guid?> SellerAsync(ZoneId zone, SupplyKind kind, Guid id, CancellationToken ct)
    {
        switch (kind)
        {
            case SupplyKind.Product:
                return await db.Set<Product>().AsNoTracking().Where(p => p.Id == id && p.ZoneId == zone && !p.Withdrawn).Select(p => (Guid?)p.OrganisationId).SingleOrDefaultAsync(ct)
                    ?? throw Refusal.Invalid("supplyId", "产品不存在于本园区或已下架。");
            case SupplyKind.Expert:
                var expert = await db.Set<Expert>().AsNoTracking().Where(e => e.Id == id && e.ZoneId == zone).Select(e => new { e.OrganisationId }).SingleOrDefaultAsync(ct)
                    ?? throw Refusal.Invalid("supplyId", "专家不存在于本园区。");
                return expert.OrganisationId;
            case SupplyKind.Enterprise:
                return await db.Organisations.AsNoTracking().Where(o => o.Id == id && o.ZoneId == zone).Select(o => (Guid?)o.Id).SingleOrDefaultAsync(ct)
                    ?? throw Refusal.Invalid("supplyId", "单位不存在于本园区。");
            case SupplyKind.Achievement:
                // The relay's achievement: its owner is the seller.
                var relay = services.GetService<IRelayAchievements>() ?? throw Refusal.Invalid("supplyKind", "接力项目（科技成果转化）模块未启用。");
                var found = await relay.FindAsync(zone.Value, [id], ct);
                return found.Count > 0 ? found[0].OwnerOrganisationId : throw Refusal.Invalid("supplyId", "科技成果不存在于本园区。");
            default:
                // Pilot-base services live in another module without a lookup by id; a deal names the base's organisation (供给类型：企业).
                throw Refusal.Invalid("supplyKind", "中试服务能力请以其所属单位（供给类型：企业）发起对接。");
        }
    }

    private async Task SaveAsync(string conflict, CancellationToken ct)
    {
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            // A stale version or the unique (demand, supply) index: another person got there first.
            throw Refusal.Conflict(conflict);
        }
    }

    internal async Task<List<DealView>> ViewsAsync(ZoneId zone, IReadOnlyList<Deal> rows, CancellationToken ct)
    {
        var today = Today;
        var demandIds = rows.Select(r => r.DemandId).Distinct().ToList();
        var supplyIds = rows.Select(r => r.SupplyId).Distinct().ToList();
        var scenes = await db.Set<Scene>().AsNoTracking().Where(s => s.ZoneId == zone && demandIds.Contains(s.Id)).ToDictionaryAsync(s => s.Id, s => (s.Code, s.Title), ct);
        var demands = await db.Set<Demand>().AsNoTracking().Where(s => s.ZoneId == zone && demandIds.Contains(s.Id)).ToDictionaryAsync(s => s.Id, s => (s.Code, s.Title), ct);
        var products = await db.Set<Product>().AsNoTracking().Where(s => s.ZoneId == zone && supplyIds.Contains(s.Id)).ToDictionaryAsync(s => s.Id, s => s.Name, ct);
        var experts = await db.Set<Expert>().AsNoTracking().Where(s => s.ZoneId == zone && supplyIds.Contains(s.Id)).ToDictionaryAsync(s => s.Id, s => s.Name, ct);
        var achievementIds = rows.Where(r => r.SupplyKind == SupplyKind.Achievement).Select(r => r.SupplyId).Distinct().ToList();
        var achievements = achievementIds.Count > 0 && services.GetService<IRelayAchievements>() is { } relay
            ? (await relay.FindAsync(zone.Value, achievementIds, ct)).ToDictionary(a => a.Id, a => a.Title)
            : [];
        var orgIds = rows.Select(r => r.BuyerOrganisationId).Concat(rows.Where(r => r.SellerOrganisationId != null).Select(r => r.SellerOrganisationId!.Value)).Concat(supplyIds).Distinct().ToList();
        var orgs = await db.Organisations.AsNoTracking().Where(o => o.ZoneId == zone && orgIds.Contains(o.Id)).ToDictionaryAsync(o => o.Id, o => o.Name, ct);
        return [.. rows.Select(d =>
        {
            var (code, title) = d.Side == DemandSide.Scene ? scenes.GetValueOrDefault(d.DemandId, ("", "")) : demands.GetValueOrDefault(d.DemandId, ("", ""));
            var supply = d.SupplyKind switch
            {
                SupplyKind.Product => products.GetValueOrDefault(d.SupplyId, ""),
                SupplyKind.Expert => experts.GetValueOrDefault(d.SupplyId, ""),
                SupplyKind.Achievement => achievements.GetValueOrDefault(d.SupplyId, ""),
                _ => orgs.GetValueOrDefault(d.SupplyId, ""),
            };
            return new DealView(d.Id, d.Side, d.DemandId, code, title, d.BuyerOrganisationId, orgs.GetValueOrDefault(d.BuyerOrganisationId, ""), d.SupplyKind, d.SupplyId, supply,
                d.SellerOrganisationId, d.SellerOrganisationId is { } s ? orgs.GetValueOrDefault(s) : null, d.MatchScore, d.MatchReasons, d.Stage, d.OpenedOn, d.LastStepOn,
                DealStalledRule.IsStalled(d.Stage, d.LastStepOn, today), d.ContractId, d.Version);
        })];
    }
}
