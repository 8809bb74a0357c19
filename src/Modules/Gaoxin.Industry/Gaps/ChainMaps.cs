using Gaoxin.Data;
using Gaoxin.Industry.Chains;
using Gaoxin.Kernel.Rules;
using Gaoxin.Kernel.Zones;
using Microsoft.EntityFrameworkCore;

namespace Gaoxin.Industry.Gaps;

public sealed record NodeView(Guid Id, Guid? ParentId, string Name, ChainSegment Segment, int Depth, int Enterprises, int KeyFirms, decimal Output,
    NodeStrength Strength, string? Finding, int OpenLeads, IReadOnlyList<FirmOnNode> Firms);

public sealed record ChainMapView(Guid Id, string Name, Guid IndustryId, string Industry, string? Description, int Year, StrengthThresholds Thresholds,
    IReadOnlyList<NodeView> Nodes)
{
    public int Gaps => Nodes.Count(n => n.Strength == NodeStrength.Gap);

    public int Weak => Nodes.Count(n => n.Strength == NodeStrength.Weak);
}

/// <summary>
/// Chain maps for a year: each node's local presence counts its own firms and those of its sub-nodes (a firm on two
/// sub-nodes counts once), judged by <see cref="LocalPresenceRule"/> with the thresholds in force.
/// </summary>
internal sealed class ChainMaps(GaoxinDbContext db, TimeProvider clock, IOpenLeadCounts openLeads)
{
    private static readonly LocalPresenceRule Rule = new();

    public async Task<IndustrySettings> SettingsAsync(Guid zoneId, CancellationToken ct)
    {
        var zone = new ZoneId(zoneId);
        var today = ZoneClock.Of(clock).Today;
        return await db.Set<IndustrySettings>().AsNoTracking().Where(s => s.ZoneId == zone && s.ValidFrom <= today)
            .OrderByDescending(s => s.ValidFrom).FirstOrDefaultAsync(ct) ?? IndustrySettings.Defaults(zone);
    }

    /// <summary>The latest year with recorded output, or last calendar year when none is recorded.</summary>
    public async Task<int> DefaultYearAsync(Guid zoneId, CancellationToken ct)
    {
        var zone = new ZoneId(zoneId);
        var latest = await db.Set<PlacementOutput>().Where(o => o.ZoneId == zone).MaxAsync(o => (int?)o.Year, ct);
        return latest ?? ZoneClock.Of(clock).Today.Year - 1;
    }

    public async Task<IReadOnlyList<ChainMapView>> BuildAsync(Guid zoneId, int year, Guid? chainId, CancellationToken ct)
    {
        var zone = new ZoneId(zoneId);
        var settings = await SettingsAsync(zoneId, ct);
        var industryRows = await db.Set<IndustryEntry>().AsNoTracking().Where(i => i.ZoneId == zone).ToListAsync(ct);
        var industries = industryRows.ToDictionary(i => i.Id, i => i.Name);

        // Chains in the order of their industries in the 3+2+1 system (leading first), then by name.
        var rank = industryRows.OrderBy(i => i.Tier).ThenBy(i => i.SortOrder).ThenBy(i => i.Name, StringComparer.Ordinal).Select((i, n) => (i.Id, n)).ToDictionary(x => x.Id, x => x.n);
        var chains = (await db.Set<Chain>().AsNoTracking().Where(c => c.ZoneId == zone && (chainId == null || c.Id == chainId)).ToListAsync(ct))
            .OrderBy(c => rank.GetValueOrDefault(c.IndustryId, int.MaxValue)).ThenBy(c => c.Name, StringComparer.Ordinal).ToList();
        var ids = chains.Select(c => c.Id).ToList();
        var nodes = await db.Set<ChainNode>().AsNoTracking().Where(n => n.ZoneId == zone && ids.Contains(n.ChainId)).ToListAsync(ct);
        var nodeIds = nodes.Select(n => n.Id).ToList();
        var firms = await db.Set<Placement>().AsNoTracking().Where(p => p.ZoneId == zone && nodeIds.Contains(p.NodeId))
            .Select(p => new FirmRow(p.Id, p.NodeId, p.EnterpriseId, p.EnterpriseName, p.KeyFirm, p.Product, p.Outputs.Where(o => o.Year == year).Select(o => (decimal?)o.Output).FirstOrDefault()))
            .ToListAsync(ct);
        var leads = await openLeads.ByNodeAsync(zone, nodeIds, ct);

        var firmsByNode = firms.ToLookup(f => f.NodeId);
        var children = nodes.ToLookup(n => n.ParentId);
        var maps = new List<ChainMapView>();
        foreach (var chain in chains)
        {
            var views = new List<NodeView>();
            foreach (var root in children[null].Where(n => n.ChainId == chain.Id).OrderBy(n => n.Segment).ThenBy(n => n.SortOrder).ThenBy(n => n.Name))
            {
                Visit(root, 0);
            }

            maps.Add(new ChainMapView(chain.Id, chain.Name, chain.IndustryId, industries.GetValueOrDefault(chain.IndustryId, "—"), chain.Description, year,
                settings.Thresholds, views));

            // Depth-first so a node is followed by its sub-nodes; returns the node's subtree firms for its parent's count.
            List<FirmRow> Visit(ChainNode node, int depth)
            {
                var index = views.Count;
                views.Add(null!);
                var own = firmsByNode[node.Id].ToList();
                var subtree = own.ToList();
                foreach (var child in children[node.Id].OrderBy(n => n.SortOrder).ThenBy(n => n.Name))
                {
                    subtree.AddRange(Visit(child, depth + 1));
                }

                var distinct = subtree.GroupBy(f => f.EnterpriseId).ToList();
                var presence = new NodePresence(node.Name, distinct.Count, distinct.Count(g => g.Any(f => f.KeyFirm)), subtree.Sum(f => f.Output ?? 0m), settings.Thresholds);
                var outcome = Rule.Check(presence);
                views[index] = new NodeView(node.Id, node.ParentId, node.Name, node.Segment, depth, presence.Enterprises, presence.KeyFirms, presence.Output,
                    LocalPresenceRule.Classify(presence), outcome.Passed ? null : outcome.Message, leads.GetValueOrDefault(node.Id),
                    own.OrderByDescending(f => f.KeyFirm).ThenBy(f => f.EnterpriseName).Select(f => new FirmOnNode(f.Id, f.EnterpriseId, f.EnterpriseName, f.KeyFirm, f.Product, f.Output)).ToList());
                return subtree;
            }
        }

        return maps;
    }

    /// <summary>One chain's map; refused as not found when the chain is not the zone's.</summary>
    public async Task<ChainMapView> MapAsync(Guid zoneId, int year, Guid chainId, CancellationToken ct) =>
        await BuildAsync(zoneId, year, chainId, ct) is [var only, ..] ? only : throw Refusal.NotFound("产业链");

    private sealed record FirmRow(Guid Id, Guid NodeId, Guid EnterpriseId, string EnterpriseName, bool KeyFirm, string? Product, decimal? Output);
}
