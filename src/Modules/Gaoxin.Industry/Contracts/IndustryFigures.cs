using Gaoxin.Data;
using Gaoxin.Industry.Chains;
using Gaoxin.Industry.Gaps;
using Gaoxin.Industry.Leads;
using Gaoxin.Industry.Projects;
using Gaoxin.Kernel.Zones;
using Microsoft.EntityFrameworkCore;

namespace Gaoxin.Industry.Contracts;

/// <summary>The industry system for the cockpit: composition by industry, chain maps, the lead pipeline and major projects.</summary>
internal sealed class IndustryFigures(GaoxinDbContext db, ChainMaps maps, LeadBook leads, ProjectBook projects) : IIndustryFigures
{
    public async Task<IndustryOverview> OverviewAsync(Guid zoneId, int? requestedYear, CancellationToken ct)
    {
        var year = requestedYear ?? await maps.DefaultYearAsync(zoneId, ct);
        var zone = new ZoneId(zoneId);
        var chainMaps = await maps.BuildAsync(zoneId, year, null, ct);
        var industries = await db.Set<IndustryEntry>().AsNoTracking().Where(i => i.ZoneId == zone).OrderBy(i => i.Tier).ThenBy(i => i.SortOrder).ToListAsync(ct);

        // Decimal sums stay in .NET (SQLite cannot aggregate decimals). Composition counts each enterprise once per industry, with its output summed over the industry's nodes.
        var rows = await db.Set<Placement>().AsNoTracking().Where(p => p.ZoneId == zone)
            .Join(db.Set<ChainNode>(), p => p.NodeId, n => n.Id, (p, n) => new { p.EnterpriseId, n.ChainId, Output = p.Outputs.Where(o => o.Year == year).Select(o => (decimal?)o.Output).FirstOrDefault() ?? 0m })
            .Join(db.Set<Chain>(), x => x.ChainId, c => c.Id, (x, c) => new { x.EnterpriseId, c.IndustryId, x.Output })
            .ToListAsync(ct);
        var byIndustry = rows.ToLookup(r => r.IndustryId);
        var shares = industries.Select(i => new IndustryShare(i.Id, i.Name, i.Category, i.Tier.ToString(), byIndustry[i.Id].Select(r => r.EnterpriseId).Distinct().Count(),
            byIndustry[i.Id].Sum(r => r.Output))).ToList();

        var pipeline = await leads.ListAsync(zoneId, new LeadFilter(), ct, chainMaps.SelectMany(m => m.Nodes).ToDictionary(n => n.Id, n => n.Strength));
        var open = pipeline.Where(l => l.Stage != LeadStage.Producing).ToList();
        var majors = (await projects.ListAsync(zoneId, ct)).Select(p => new MajorProjectFigure(p.Id, p.Name, p.Investment, p.Area, p.Progress, p.StatusText)).ToList();
        return new IndustryOverview(year, shares,
            chainMaps.Select(m => new ChainMapFigure(m.Id, m.Name, m.Industry, m.Nodes.Select(n => new ChainNodeFigure(n.Id, n.ParentId, n.Name, n.Segment, n.Depth, n.Enterprises,
                n.Output, n.KeyFirms, n.Strength, n.OpenLeads)).ToList())).ToList(),
            open.Count, open.Count(l => l.Stale), majors);
    }

    public async Task<MajorProjectFigure?> MajorProjectAsync(Guid zoneId, Guid projectId, CancellationToken ct) =>
        (await projects.ListAsync(zoneId, ct)).Where(p => p.Id == projectId)
            .Select(p => new MajorProjectFigure(p.Id, p.Name, p.Investment, p.Area, p.Progress, p.StatusText)).FirstOrDefault();
}
