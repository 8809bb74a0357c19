using Gaoxin.Data;
using Gaoxin.Industry.Chains;
using Gaoxin.Industry.Gaps;
using Gaoxin.Kernel.Access;
using Gaoxin.Kernel.Rules;
using Gaoxin.Kernel.Zones;
using Microsoft.EntityFrameworkCore;

namespace Gaoxin.Industry.Leads;

public sealed record LeadView(Guid Id, Guid NodeId, string Node, string Chain, NodeStrength? NodeStrength, string Company, string? Location, decimal? ExpectedInvestment,
    LeadStage Stage, string StageLabel, string Owner, string? NextStep, DateOnly? NextStepOn, DateTimeOffset LastStepAt, int DaysSinceStep, bool Stale);

public sealed record LeadStepView(DateTimeOffset At, LeadStage From, LeadStage To, string Note, string? Reason, string By);

public sealed record LeadDetail(LeadView Lead, IReadOnlyList<LeadStepView> Steps);

/// <summary>A node that is not strong, with the leads aimed at it.</summary>
public sealed record GapView(Guid NodeId, string Node, string Chain, ChainSegment Segment, NodeStrength Strength, string? Finding, int Enterprises, decimal Output,
    IReadOnlyList<LeadView> Leads);

public sealed record LeadFilter(Guid? NodeId = null, Guid? ChainId = null, LeadStage? Stage = null, bool? Stale = null);

/// <summary>The investment-lead pipeline (招商线索): list with stale flags, new leads, steps with the backwards rule.</summary>
internal sealed class LeadBook(GaoxinDbContext db, ChainMaps maps, TimeProvider clock)
{
    /// <summary>Leads with stale flags; <paramref name="strengths"/> (node → strength) saves rebuilding maps a caller already has.</summary>
    public async Task<IReadOnlyList<LeadView>> ListAsync(Guid zoneId, LeadFilter filter, CancellationToken ct, IReadOnlyDictionary<Guid, NodeStrength>? strengths = null)
    {
        var zone = new ZoneId(zoneId);
        var settings = await maps.SettingsAsync(zoneId, ct);
        var now = clock.GetUtcNow();
        var query = db.Set<Lead>().AsNoTracking().Where(l => l.ZoneId == zone);
        if (filter.NodeId is { } node)
        {
            query = query.Where(l => l.NodeId == node);
        }

        if (filter.Stage is { } stage)
        {
            query = query.Where(l => l.Stage == stage);
        }

        var rows = await query
            .Join(db.Set<ChainNode>(), l => l.NodeId, n => n.Id, (l, n) => new { Lead = l, Node = n.Name, n.ChainId })
            .Join(db.Set<Chain>(), x => x.ChainId, c => c.Id, (x, c) => new { x.Lead, x.Node, x.ChainId, Chain = c.Name })
            .Where(x => filter.ChainId == null || x.ChainId == filter.ChainId)
            .ToListAsync(ct);

        // Strength of the targeted node, so a lead against a gap shows as such.
        var strength = strengths?.ToDictionary() ?? [];
        if (rows.Count > 0 && strengths is null)
        {
            var year = await maps.DefaultYearAsync(zoneId, ct);
            foreach (var chain in rows.Select(r => r.ChainId).Distinct())
            {
                foreach (var n in (await maps.BuildAsync(zoneId, year, chain, ct)).SelectMany(m => m.Nodes))
                {
                    strength[n.Id] = n.Strength;
                }
            }
        }

        return rows.Select(r => View(r.Lead, r.Node, r.Chain, strength.TryGetValue(r.Lead.NodeId, out var s) ? s : null, now, settings.StaleLeadDays))
            .Where(v => filter.Stale is null || v.Stale == filter.Stale)
            .OrderByDescending(v => v.Stale).ThenBy(v => v.Stage).ThenBy(v => v.Company).ToList();
    }

    public static LeadView View(Lead l, string node, string chain, NodeStrength? strength, DateTimeOffset now, int staleDays)
    {
        var activity = new LeadActivity(l.Stage, l.LastStepAt, now, staleDays);
        return new LeadView(l.Id, l.NodeId, node, chain, strength, l.Company, l.Location, l.ExpectedInvestment, l.Stage, LeadLabels.Stage(l.Stage), l.Owner, l.NextStep,
            l.NextStepOn, l.LastStepAt, Math.Max(0, (int)(now - l.LastStepAt).TotalDays), StaleLeadRule.IsStale(activity));
    }

    /// <summary>The gaps and weak nodes of every chain for a year, each with the leads aimed at it.</summary>
    public async Task<IReadOnlyList<GapView>> GapsAsync(Guid zoneId, int? year, CancellationToken ct)
    {
        var all = await maps.BuildAsync(zoneId, year ?? await maps.DefaultYearAsync(zoneId, ct), null, ct);
        var pipeline = (await ListAsync(zoneId, new LeadFilter(), ct, all.SelectMany(m => m.Nodes).ToDictionary(n => n.Id, n => n.Strength))).ToLookup(l => l.NodeId);
        return all.SelectMany(m => m.Nodes.Where(n => n.Strength != NodeStrength.Strong)
                .Select(n => new GapView(n.Id, n.Name, m.Name, n.Segment, n.Strength, n.Finding, n.Enterprises, n.Output, pipeline[n.Id].ToList())))
            .OrderBy(g => g.Strength).ThenBy(g => g.Chain).ThenBy(g => g.Segment).ToList();
    }

    public async Task<LeadDetail> GetAsync(Guid zoneId, Guid id, CancellationToken ct)
    {
        var zone = new ZoneId(zoneId);
        var lead = await db.Set<Lead>().AsNoTracking().Include(l => l.Steps).FirstOrDefaultAsync(l => l.Id == id && l.ZoneId == zone, ct)
            ?? throw Refusal.NotFound("招商线索");

        var place = await db.Set<ChainNode>().Where(n => n.Id == lead.NodeId)
            .Join(db.Set<Chain>(), n => n.ChainId, c => c.Id, (n, c) => new { Node = n.Name, Chain = c.Name }).FirstAsync(ct);
        var settings = await maps.SettingsAsync(zoneId, ct);
        return new LeadDetail(View(lead, place.Node, place.Chain, null, clock.GetUtcNow(), settings.StaleLeadDays),
            lead.Steps.OrderByDescending(s => s.At).Select(s => new LeadStepView(s.At, s.From, s.To, s.Note, s.Reason, s.By)).ToList());
    }

    public async Task<LeadDetail> CreateAsync(Actor actor, LeadInput input, CancellationToken ct)
    {
        var zone = new ZoneId(actor.ZoneId);
        if (!await db.Set<ChainNode>().AnyAsync(n => n.Id == input.NodeId && n.ZoneId == zone, ct))
        {
            throw Refusal.Invalid("nodeId", "所选产业链环节不存在。");
        }

        var lead = Lead.Register(zone, input.NodeId, input.Company, input.Location, input.ExpectedInvestment, input.Owner, input.NextStep, input.NextStepOn,
            clock.GetUtcNow(), actor.Name);
        db.Add(lead);
        await db.SaveChangesAsync(ct);
        return await GetAsync(actor.ZoneId, lead.Id, ct);
    }

    /// <summary>Records a step (a call, a visit, a stage change). Going back a stage needs a reason (<see cref="LeadBackwardsNeedsReasonRule"/>).</summary>
    public async Task<LeadDetail> StepAsync(Actor actor, Guid id, LeadStepInput input, CancellationToken ct)
    {
        var zone = new ZoneId(actor.ZoneId);
        var lead = await db.Set<Lead>().FirstOrDefaultAsync(l => l.Id == id && l.ZoneId == zone, ct) ?? throw Refusal.NotFound("招商线索");
        lead.Step(input.Stage, input.Note, input.Reason, input.NextStep, input.NextStepOn, clock.GetUtcNow(), actor.Name);
        await db.SaveChangesAsync(ct);
        return await GetAsync(actor.ZoneId, id, ct);
    }
}

/// <summary>Open leads per node for the chain maps.</summary>
internal sealed class OpenLeadCounts(GaoxinDbContext db) : IOpenLeadCounts
{
    public Task<Dictionary<Guid, int>> ByNodeAsync(ZoneId zone, IReadOnlyCollection<Guid> nodeIds, CancellationToken ct) =>
        db.Set<Lead>().AsNoTracking().Where(l => l.ZoneId == zone && nodeIds.Contains(l.NodeId) && l.Stage != LeadStage.Producing)
            .GroupBy(l => l.NodeId).Select(g => new { NodeId = g.Key, Count = g.Count() }).ToDictionaryAsync(x => x.NodeId, x => x.Count, ct);
}
