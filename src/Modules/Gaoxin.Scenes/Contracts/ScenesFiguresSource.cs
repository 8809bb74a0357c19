using Gaoxin.Contracts.Scenes;
using Gaoxin.Data;
using Gaoxin.Kernel.Zones;
using Gaoxin.Scenes.Deals;
using Gaoxin.Scenes.Demands;
using Gaoxin.Scenes.SceneBoard;
using Gaoxin.Scenes.TechContracts;
using Microsoft.EntityFrameworkCore;

namespace Gaoxin.Scenes.Contracts;

/// <summary>
/// The marketplace's figures for the cockpit and the indicators, counted from the registry's rows (never typed in): a contract
/// counts in the year of its registration. Sums are made in memory from the year's rows (SQLite cannot sum decimals).
/// </summary>
internal sealed class ScenesFiguresSource(GaoxinDbContext db, TimeProvider time) : IScenesFigures
{
    public async Task<ScenesFigures> ForYearAsync(Guid zoneId, int year, CancellationToken ct)
    {
        var zone = new ZoneId(zoneId);
        var from = new DateOnly(year, 1, 1);
        var to = new DateOnly(year, 12, 31);
        var contracts = await db.Set<TechContract>().AsNoTracking()
            .Where(c => c.ZoneId == zone && c.RegisteredOn != null && c.RegisteredOn >= from && c.RegisteredOn <= to)
            .Select(c => new { c.Kind, c.Amount, c.TechnologyAmount, c.RegisteredOn }).ToListAsync(ct);
        var byKind = Enum.GetValues<TechContractKind>().Select(k => contracts.Where(c => c.Kind == k).ToList())
            .Select((rows, n) => (Kind: Enum.GetValues<TechContractKind>()[n], Rows: rows))
            .Select(k => new ContractKindFigures(k.Kind.ToString(), TechContracts.ContractLabels.Of(k.Kind), k.Rows.Count, k.Rows.Sum(r => r.Amount), k.Rows.Sum(r => r.TechnologyAmount)))
            .ToList();
        var byMonth = Enumerable.Range(1, 12).Select(m => contracts.Where(c => c.RegisteredOn!.Value.Month == m).ToList())
            .Select((rows, n) => new ContractMonthFigures(n + 1, rows.Count, rows.Sum(r => r.Amount), rows.Sum(r => r.TechnologyAmount))).ToList();

        var scenesPublished = await db.Set<Scene>().CountAsync(s => s.ZoneId == zone && s.Status != SceneStatus.Draft && s.PublishedOn >= from && s.PublishedOn <= to, ct);
        var scenesAdopted = await db.Set<SceneProposal>().CountAsync(p => p.ZoneId == zone && p.AdoptedOn != null && p.AdoptedOn >= from && p.AdoptedOn <= to, ct);
        var demandsPublished = await db.Set<Demand>().CountAsync(d => d.ZoneId == zone && d.PublishedOn != null && d.PublishedOn >= from && d.PublishedOn <= to, ct);
        var demandsSolved = await db.Set<Demand>().CountAsync(d => d.ZoneId == zone && d.Status == DemandStatus.Solved, ct);
        var cutoff = DealStalledRule.Cutoff(ZoneClock.Of(time).Today);
        var open = db.Set<Deal>().Where(d => d.ZoneId == zone && d.Stage != DealStage.Contracted && d.Stage != DealStage.Dropped);
        var dealsOpen = await open.CountAsync(ct);
        var dealsStalled = await open.CountAsync(d => d.LastStepOn < cutoff, ct);
        return new ScenesFigures(year, contracts.Count, contracts.Sum(c => c.Amount), contracts.Sum(c => c.TechnologyAmount), byKind, byMonth,
            scenesPublished, scenesAdopted, demandsPublished, demandsSolved, dealsOpen, dealsStalled);
    }
}
