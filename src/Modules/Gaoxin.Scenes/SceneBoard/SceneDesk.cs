using System.Globalization;
using Gaoxin.Contracts;
using Gaoxin.Data;
using Gaoxin.Data.Platform;
using Gaoxin.Kernel.Access;
using Gaoxin.Kernel.Paging;
using Gaoxin.Kernel.Rules;
using Gaoxin.Kernel.Zones;
using Gaoxin.Scenes.Supply;
using Microsoft.EntityFrameworkCore;

namespace Gaoxin.Scenes.SceneBoard;

public sealed record SceneView(Guid Id, string Code, string Title, SceneKind Kind, string Problem, string Place, Guid OwnerOrganisationId, string OwnerName,
    SceneOffer Offers, decimal? Budget, string? OfferNote, ZoneIndustry Industry, string? ChainLink, int MinReadiness, string? RequiredCertificates,
    DateOnly PublishedOn, DateOnly ProposalsDueOn, DateOnly? TrialEndsBy, SceneStatus Status, int Version, int ProposalCount,
    bool CanManage, bool CanEdit, bool TakesProposals);

public sealed record ProposalView(Guid Id, Guid SceneId, Guid ProposerOrganisationId, string ProposerName, string? TeamName, string Summary, int Readiness,
    string? Certificates, Guid? ProductId, decimal? QuotedAmount, DateOnly SubmittedOn, ProposalStatus Status, string? DecisionNote, DateOnly? TrialStartedOn,
    DateOnly? TrialEndedOn, string? TrialResult, AdoptionKind? Adoption, DateOnly? AdoptedOn, decimal? PurchaseAmount, Guid? ContractId, int Version);

/// <summary>A scene's proposals as the caller may see them: all (owner, operators), its own (a proposer), or only the count.</summary>
public sealed record ProposalList(int Total, bool SeesAll, IReadOnlyList<ProposalView> Items);

public sealed record SceneFilter(string? Q, SceneKind? Kind, SceneStatus? Status, Guid? Owner);

/// <summary>
/// The scene board (应用场景): the zone and its firms publish scenes, suppliers propose, the owner shortlists, trials the
/// shortlisted in the scene and adopts one that passed. Drafts are seen by their owner and the operators only; a scene's
/// proposals by its owner and the operators (a proposer sees its own). Every id is looked up in the caller's zone.
/// </summary>
internal sealed class SceneDesk(GaoxinDbContext db, TimeProvider time)
{
    public const int MaxPageSize = 100;

    private static readonly ProposalWindowRule Window = new();
    private static readonly ReadinessRule Readiness = new();
    private static readonly CertificatesRule Certificates = new();
    private static readonly SceneDatesRule Dates = new();
    private static readonly BudgetRule BudgetCheck = new();
    private static readonly OutcomeReasonRule Reason = new();
    private static readonly TrialDayRule TrialDays = new();

    private DateOnly Today => ZoneClock.Of(time).Today;

    internal static bool IsOperator(Actor actor) => ScenesAccess.Operators.Any(actor.IsIn);

    /// <summary>The operators, or a firm's user for its own firm's scene.</summary>
    internal static bool Manages(Actor actor, Scene scene) =>
        IsOperator(actor) || (ScenesAccess.Posters.Any(actor.IsIn) && actor.OrganisationId == scene.OwnerOrganisationId);

    private IQueryable<Scene> Visible(Actor actor)
    {
        var zone = new ZoneId(actor.ZoneId);
        var query = db.Set<Scene>().Where(s => s.ZoneId == zone);
        if (IsOperator(actor))
        {
            return query;
        }

        var own = ScenesAccess.Posters.Any(actor.IsIn) ? actor.OrganisationId : null;
        return query.Where(s => s.Status != SceneStatus.Draft || (own != null && s.OwnerOrganisationId == own));
    }

    public async Task<Page<SceneView>> ListAsync(Actor actor, SceneFilter filter, PageRequest page, CancellationToken ct)
    {
        var query = Visible(actor).AsNoTracking();
        if (!string.IsNullOrWhiteSpace(filter.Q))
        {
            var q = filter.Q.Trim();
            query = query.Where(s => s.Title.Contains(q) || s.Code.Contains(q) || s.Place.Contains(q) || (s.ChainLink != null && s.ChainLink.Contains(q)));
        }

        if (filter.Kind is { } kind)
        {
            query = query.Where(s => s.Kind == kind);
        }

        if (filter.Status is { } status)
        {
            query = query.Where(s => s.Status == status);
        }

        if (filter.Owner is { } owner)
        {
            query = query.Where(s => s.OwnerOrganisationId == owner);
        }

        var size = Math.Min(page.Size, MaxPageSize);
        var total = await query.CountAsync(ct);
        var rows = await query.OrderByDescending(s => s.PublishedOn).ThenByDescending(s => s.Code).Skip((page.Number - 1) * size).Take(size).ToListAsync(ct);
        return new Page<SceneView>(await ViewsAsync(actor, rows, ct), page.Number, size, total);
    }

    public async Task<SceneView> GetAsync(Actor actor, Guid id, CancellationToken ct)
    {
        var scene = await Visible(actor).AsNoTracking().FirstOrDefaultAsync(s => s.Id == id, ct) ?? throw Refusal.NotFound("场景");
        return (await ViewsAsync(actor, [scene], ct))[0];
    }

    /// <summary>The zone's organisations an operator may name as a scene's owner (the committee first).</summary>
    public async Task<IReadOnlyList<(Guid Id, string Name)>> OwnersAsync(Actor actor, CancellationToken ct)
    {
        var zone = new ZoneId(actor.ZoneId);
        var rows = await db.Set<Organisation>().AsNoTracking().Where(o => o.ZoneId == zone).OrderBy(o => o.Kind).ThenBy(o => o.Name).Select(o => new { o.Id, o.Name }).ToListAsync(ct);
        return rows.Select(o => (o.Id, o.Name)).ToList();
    }

    public async Task<SceneView> CreateAsync(Actor actor, SceneInput input, CancellationToken ct)
    {
        var zone = new ZoneId(actor.ZoneId);
        var owner = await OwnerForAsync(actor, input.OwnerOrganisationId, ct);
        var today = Today;
        Refusal.ThrowIfAnyFailed(BusinessRules.CheckAll(new SceneDates(today, input.ProposalsDueOn, input.TrialEndsBy), Dates)
            .Concat(BusinessRules.CheckAll(new BudgetFacts(input.Offers, input.Budget), BudgetCheck)));
        var scene = new Scene { ZoneId = zone, Code = string.Empty, Title = string.Empty, Problem = string.Empty, Place = string.Empty, OwnerOrganisationId = owner, PublishedOn = today };
        Apply(scene, input);

        // The code is the zone's next CJ-yyyy-nnn; two creates at once may pick the same one, and the unique index refuses the
        // second, which then takes the next number (a handful of tries is plenty for people typing).
        var prefix = string.Create(CultureInfo.InvariantCulture, $"CJ-{today.Year}-");
        for (var attempt = 0; ; attempt++)
        {
            var codes = await db.Set<Scene>().AsNoTracking().Where(s => s.ZoneId == zone && s.Code.StartsWith(prefix)).Select(s => s.Code).ToListAsync(ct);
            var next = codes.Select(c => int.TryParse(c.AsSpan(prefix.Length), NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : 0).DefaultIfEmpty(0).Max() + 1 + attempt % 3;
            scene.Code = prefix + next.ToString("000", CultureInfo.InvariantCulture);
            db.Add(scene);
            try
            {
                await db.SaveChangesAsync(ct);
                break;
            }
            catch (DbUpdateException) when (attempt < 8)
            {
                // Everything this save added (the scene and the audit event written with it) goes; the next try adds it again.
                foreach (var added in db.ChangeTracker.Entries().Where(e => e.State == EntityState.Added).ToList())
                {
                    added.State = EntityState.Detached;
                }

                await Task.Delay(Random.Shared.Next(5, 40), ct);
            }
        }

        return await GetAsync(actor, scene.Id, ct);
    }

    public async Task<SceneView> EditAsync(Actor actor, Guid id, SceneInput input, CancellationToken ct)
    {
        var scene = await ManagedAsync(actor, id, ct);
        if (input.Version is not { } version || version != scene.Version)
        {
            throw Refusal.Conflict("该场景已被他人修改，请刷新后再改。");
        }

        scene.EnsureEditable(await db.Set<SceneProposal>().AnyAsync(p => p.SceneId == id, ct));
        var published = scene.Status == SceneStatus.Published ? scene.PublishedOn : Today;
        Refusal.ThrowIfAnyFailed(BusinessRules.CheckAll(new SceneDates(published, input.ProposalsDueOn, input.TrialEndsBy), Dates)
            .Concat(BusinessRules.CheckAll(new BudgetFacts(input.Offers, input.Budget), BudgetCheck)));
        if (IsOperator(actor) && input.OwnerOrganisationId is not null)
        {
            scene.OwnerOrganisationId = await OwnerForAsync(actor, input.OwnerOrganisationId, ct);
        }

        Apply(scene, input);
        scene.Version++;
        await db.SaveChangesAsync(ct);
        return await GetAsync(actor, id, ct);
    }

    public async Task<SceneView> PublishAsync(Actor actor, Guid id, CancellationToken ct)
    {
        var scene = await ManagedAsync(actor, id, ct);
        if (!IsOperator(actor))
        {
            throw Refusal.Forbidden("场景由管委会或创新中心审核后发布。");
        }

        scene.Publish(Today);
        Refusal.ThrowIfAnyFailed(BusinessRules.CheckAll(new SceneDates(scene.PublishedOn, scene.ProposalsDueOn, scene.TrialEndsBy), Dates));
        await db.SaveChangesAsync(ct);
        return await GetAsync(actor, id, ct);
    }

    public async Task<SceneView> CloseAsync(Actor actor, Guid id, CancellationToken ct)
    {
        var scene = await ManagedAsync(actor, id, ct);
        scene.Close();
        await db.SaveChangesAsync(ct);
        return await GetAsync(actor, id, ct);
    }

    public async Task<SceneView> WithdrawAsync(Actor actor, Guid id, CancellationToken ct)
    {
        var scene = await ManagedAsync(actor, id, ct);
        scene.Withdraw();
        await db.SaveChangesAsync(ct);
        return await GetAsync(actor, id, ct);
    }

    public async Task<ProposalList> ProposalsAsync(Actor actor, Guid sceneId, CancellationToken ct)
    {
        var scene = await Visible(actor).AsNoTracking().FirstOrDefaultAsync(s => s.Id == sceneId, ct) ?? throw Refusal.NotFound("场景");
        var all = await db.Set<SceneProposal>().AsNoTracking().Where(p => p.SceneId == sceneId).OrderBy(p => p.SubmittedOn).ThenBy(p => p.Id).ToListAsync(ct);
        var seesAll = Manages(actor, scene);
        var shown = seesAll ? all : all.Where(p => actor.OrganisationId is { } org && p.ProposerOrganisationId == org && ScenesAccess.Suppliers.Any(actor.IsIn)).ToList();
        return new ProposalList(all.Count, seesAll, await ProposalViewsAsync(shown, ct));
    }

    public async Task<ProposalView> SubmitAsync(Actor actor, Guid sceneId, ProposalInput input, CancellationToken ct)
    {
        var org = ProposerOf(actor);
        var scene = await Visible(actor).FirstOrDefaultAsync(s => s.Id == sceneId, ct) ?? throw Refusal.NotFound("场景");
        Refusal.ThrowIfAnyFailed(CheckProposal(scene, input));
        if (await db.Set<SceneProposal>().AnyAsync(p => p.SceneId == sceneId && p.ProposerOrganisationId == org
                && p.Status != ProposalStatus.Withdrawn && p.Status != ProposalStatus.Declined && p.Status != ProposalStatus.TrialFailed, ct))
        {
            throw Refusal.Conflict("本单位已对该场景提交了解决方案；可修改或撤回后重新提交。");
        }

        await CheckProductAsync(actor, org, input.ProductId, ct);
        var proposal = new SceneProposal { ZoneId = scene.ZoneId, SceneId = sceneId, ProposerOrganisationId = org, Summary = string.Empty, SubmittedOn = Today };
        Apply(proposal, input);
        db.Add(proposal);
        await db.SaveChangesAsync(ct);
        return await ProposalAsync(actor, sceneId, proposal.Id, ct);
    }

    public async Task<ProposalView> EditProposalAsync(Actor actor, Guid sceneId, Guid id, ProposalInput input, CancellationToken ct)
    {
        var org = ProposerOf(actor);
        var (scene, proposal) = await FindAsync(actor, sceneId, id, ct);
        if (proposal.ProposerOrganisationId != org)
        {
            throw Refusal.NotFound("解决方案");
        }

        if (input.Version is not { } version || version != proposal.Version)
        {
            throw Refusal.Conflict("该方案已被修改，请刷新后再改。");
        }

        proposal.EnsureEditableByProposer();
        Refusal.ThrowIfAnyFailed(CheckProposal(scene, input));
        await CheckProductAsync(actor, org, input.ProductId, ct);
        Apply(proposal, input);
        proposal.Version++;
        await db.SaveChangesAsync(ct);
        return await ProposalAsync(actor, sceneId, id, ct);
    }

    public async Task<ProposalView> WithdrawProposalAsync(Actor actor, Guid sceneId, Guid id, CancellationToken ct)
    {
        var org = ProposerOf(actor);
        var (_, proposal) = await FindAsync(actor, sceneId, id, ct);
        if (proposal.ProposerOrganisationId != org)
        {
            throw Refusal.NotFound("解决方案");
        }

        proposal.Withdraw();
        await db.SaveChangesAsync(ct);
        return await ProposalAsync(actor, sceneId, id, ct);
    }

    public Task<ProposalView> ShortlistAsync(Actor actor, Guid sceneId, Guid id, DecisionInput input, CancellationToken ct) =>
        DecideAsync(actor, sceneId, id, (_, p) => p.Shortlist(Clean(input.Note)), ct);

    public Task<ProposalView> DeclineAsync(Actor actor, Guid sceneId, Guid id, DecisionInput input, CancellationToken ct) =>
        DecideAsync(actor, sceneId, id, (_, p) =>
        {
            Refusal.ThrowIfAnyFailed(BusinessRules.CheckAll(new OutcomeFacts(ProposalStatus.Declined, input.Note), Reason));
            p.Decline(input.Note!.Trim());
        }, ct);

    public Task<ProposalView> StartTrialAsync(Actor actor, Guid sceneId, Guid id, TrialStartInput input, CancellationToken ct) =>
        DecideAsync(actor, sceneId, id, (s, p) =>
        {
            Refusal.ThrowIfAnyFailed(BusinessRules.CheckAll(new TrialDay(input.StartedOn, p.SubmittedOn, s.TrialEndsBy), TrialDays));
            p.StartTrial(input.StartedOn);
        }, ct);

    public Task<ProposalView> RecordTrialAsync(Actor actor, Guid sceneId, Guid id, TrialResultInput input, CancellationToken ct) =>
        DecideAsync(actor, sceneId, id, (s, p) =>
        {
            var outcome = input.Passed ? ProposalStatus.TrialPassed : ProposalStatus.TrialFailed;
            if (p.Status == ProposalStatus.InTrial)
            {
                Refusal.ThrowIfAnyFailed(BusinessRules.CheckAll(new TrialDay(input.EndedOn, p.TrialStartedOn ?? p.SubmittedOn, s.TrialEndsBy), TrialDays)
                    .Concat(BusinessRules.CheckAll(new OutcomeFacts(outcome, input.Findings), Reason)));
            }

            p.RecordTrial(input.Passed, input.Findings.Trim(), input.EndedOn);
        }, ct);

    public Task<ProposalView> AdoptAsync(Actor actor, Guid sceneId, Guid id, PurchaseInput input, CancellationToken ct) =>
        DecideAsync(actor, sceneId, id, (s, p) => p.AdoptByPurchase(s, input.Amount, Today), ct);

    private async Task<ProposalView> DecideAsync(Actor actor, Guid sceneId, Guid id, Action<Scene, SceneProposal> decide, CancellationToken ct)
    {
        var (scene, proposal) = await FindAsync(actor, sceneId, id, ct);
        if (!Manages(actor, scene))
        {
            throw Refusal.NotFound("解决方案");
        }

        decide(scene, proposal);
        await db.SaveChangesAsync(ct);
        return await ProposalAsync(actor, sceneId, id, ct);
    }

    private async Task<ProposalView> ProposalAsync(Actor actor, Guid sceneId, Guid id, CancellationToken ct)
    {
        var list = await ProposalsAsync(actor, sceneId, ct);
        return list.Items.FirstOrDefault(p => p.Id == id) ?? throw Refusal.NotFound("解决方案");
    }

    private async Task<(Scene Scene, SceneProposal Proposal)> FindAsync(Actor actor, Guid sceneId, Guid id, CancellationToken ct)
    {
        var scene = await Visible(actor).FirstOrDefaultAsync(s => s.Id == sceneId, ct) ?? throw Refusal.NotFound("场景");
        var proposal = await db.Set<SceneProposal>().FirstOrDefaultAsync(p => p.Id == id && p.SceneId == sceneId && p.ZoneId == scene.ZoneId, ct)
            ?? throw Refusal.NotFound("解决方案");
        return (scene, proposal);
    }

    private IEnumerable<RuleOutcome> CheckProposal(Scene scene, ProposalInput input) =>
        BusinessRules.CheckAll(new ProposalWindow(scene.Status, Today, scene.ProposalsDueOn), Window)
            .Concat(BusinessRules.CheckAll(new ReadinessFacts(input.Readiness, scene.MinReadiness), Readiness))
            .Concat(BusinessRules.CheckAll(new CertificateFacts(scene.RequiredCertificates, input.Certificates), Certificates));

    private async Task CheckProductAsync(Actor actor, Guid org, Guid? productId, CancellationToken ct)
    {
        var zone = new ZoneId(actor.ZoneId);
        if (productId is { } pid && !await db.Set<Product>().AnyAsync(p => p.Id == pid && p.ZoneId == zone && p.OrganisationId == org, ct))
        {
            throw Refusal.Invalid("productId", "所选产品不存在，或不属于本单位。");
        }
    }

    private static Guid ProposerOf(Actor actor) =>
        ScenesAccess.Suppliers.Any(actor.IsIn) && actor.OrganisationId is { } org ? org : throw Refusal.Forbidden("只有企业、高校院所可以为本单位提交解决方案。");

    private async Task<Scene> ManagedAsync(Actor actor, Guid id, CancellationToken ct)
    {
        var scene = await Visible(actor).FirstOrDefaultAsync(s => s.Id == id, ct) ?? throw Refusal.NotFound("场景");
        return Manages(actor, scene) ? scene : throw Refusal.NotFound("场景");
    }

    private async Task<Guid> OwnerForAsync(Actor actor, Guid? requested, CancellationToken ct)
    {
        var zone = new ZoneId(actor.ZoneId);
        if (!IsOperator(actor))
        {
            var own = actor.OrganisationId ?? throw Refusal.Forbidden("只有企业用户可以为本单位发布场景。");
            return requested is null || requested == own ? own : throw Refusal.Invalid("ownerOrganisationId", "只能为本单位发布场景。");
        }

        if (requested is { } id)
        {
            return await db.Set<Organisation>().AnyAsync(o => o.Id == id && o.ZoneId == zone, ct) ? id : throw Refusal.Invalid("ownerOrganisationId", "所属单位不存在。");
        }

        return await db.Set<Organisation>().Where(o => o.ZoneId == zone && o.Kind == OrganisationKind.Committee).Select(o => (Guid?)o.Id).FirstOrDefaultAsync(ct)
            ?? throw Refusal.Invalid("ownerOrganisationId", "园区未登记管委会，请选择场景所属单位。");
    }

    private static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    private static void Apply(Scene scene, SceneInput input)
    {
        scene.Title = input.Title.Trim();
        scene.Kind = input.Kind;
        scene.Problem = input.Problem.Trim();
        scene.Place = input.Place.Trim();
        scene.Offers = input.Offers;
        scene.Budget = input.Budget;
        scene.OfferNote = Clean(input.OfferNote);
        scene.Industry = input.Industry;
        scene.ChainLink = Clean(input.ChainLink);
        scene.MinReadiness = input.MinReadiness;
        scene.RequiredCertificates = Clean(input.RequiredCertificates);
        scene.ProposalsDueOn = input.ProposalsDueOn;
        scene.TrialEndsBy = input.TrialEndsBy;
    }

    private static void Apply(SceneProposal proposal, ProposalInput input)
    {
        proposal.TeamName = Clean(input.TeamName);
        proposal.Summary = input.Summary.Trim();
        proposal.Readiness = input.Readiness;
        proposal.Certificates = Clean(input.Certificates);
        proposal.ProductId = input.ProductId;
        proposal.QuotedAmount = input.QuotedAmount;
    }

    private async Task<Dictionary<Guid, string>> NamesAsync(IEnumerable<Guid> ids, CancellationToken ct)
    {
        var wanted = ids.Distinct().ToList();
        return await db.Set<Organisation>().AsNoTracking().Where(o => wanted.Contains(o.Id)).ToDictionaryAsync(o => o.Id, o => o.Name, ct);
    }

    private async Task<IReadOnlyList<SceneView>> ViewsAsync(Actor actor, IReadOnlyList<Scene> scenes, CancellationToken ct)
    {
        var names = await NamesAsync(scenes.Select(s => s.OwnerOrganisationId), ct);
        var ids = scenes.Select(s => s.Id).ToList();
        var counts = await db.Set<SceneProposal>().AsNoTracking().Where(p => ids.Contains(p.SceneId)).GroupBy(p => p.SceneId)
            .Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, ct);
        var today = Today;
        return scenes.Select(s =>
        {
            var count = counts.GetValueOrDefault(s.Id);
            var manages = Manages(actor, s);
            return new SceneView(s.Id, s.Code, s.Title, s.Kind, s.Problem, s.Place, s.OwnerOrganisationId, names.GetValueOrDefault(s.OwnerOrganisationId, string.Empty),
                s.Offers, s.Budget, s.OfferNote, s.Industry, s.ChainLink, s.MinReadiness, s.RequiredCertificates, s.PublishedOn, s.ProposalsDueOn, s.TrialEndsBy,
                s.Status, s.Version, count, manages, manages && (s.Status == SceneStatus.Draft || (s.Status == SceneStatus.Published && count == 0)),
                s.Status == SceneStatus.Published && today <= s.ProposalsDueOn);
        }).ToList();
    }

    private async Task<IReadOnlyList<ProposalView>> ProposalViewsAsync(IReadOnlyList<SceneProposal> proposals, CancellationToken ct)
    {
        var names = await NamesAsync(proposals.Select(p => p.ProposerOrganisationId), ct);
        return proposals.Select(p => new ProposalView(p.Id, p.SceneId, p.ProposerOrganisationId, names.GetValueOrDefault(p.ProposerOrganisationId, string.Empty), p.TeamName,
            p.Summary, p.Readiness, p.Certificates, p.ProductId, p.QuotedAmount, p.SubmittedOn, p.Status, p.DecisionNote, p.TrialStartedOn, p.TrialEndedOn, p.TrialResult,
            p.Adoption, p.AdoptedOn, p.PurchaseAmount, p.ContractId, p.Version)).ToList();
    }
}
