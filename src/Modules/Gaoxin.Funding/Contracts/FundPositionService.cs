using Gaoxin.Contracts.Funding;
using Gaoxin.Data;
using Gaoxin.Funding.Awards;
using Gaoxin.Funding.Ledger;
using Gaoxin.Funding.Policy;
using Gaoxin.Kernel.Zones;
using Microsoft.EntityFrameworkCore;

namespace Gaoxin.Funding.Contracts;

/// <summary>The fund's door for other modules: positions from the ledger, grade bands from the policy in force, support per project.</summary>
internal sealed class FundPositionService(GaoxinDbContext db, PolicyBook policies) : IFundPosition
{
    public async Task<FundPosition?> ForYearAsync(Guid zoneId, int year, CancellationToken ct)
    {
        var zone = new ZoneId(zoneId);
        if (!await db.Set<LedgerEntry>().AnyAsync(e => e.ZoneId == zone && e.FundYear == year, ct))
        {
            return null;
        }

        return await FundLedger.PositionAsync(db, zone, year, ct);
    }

    public async Task<IReadOnlyList<GradeBand>> GradeBandsAsync(Guid zoneId, DateOnly on, CancellationToken ct)
    {
        var p = await policies.InForceAsync(new ZoneId(zoneId), on, ct);
        return [new GradeBand("A", p.GradeAMinScore), new GradeBand("B", p.GradeBMinScore), new GradeBand("C", p.GradeCMinScore)];
    }

    public async Task<IReadOnlyList<ProjectSupport>> SupportForProjectAsync(Guid zoneId, Guid projectId, CancellationToken ct)
    {
        var zone = new ZoneId(zoneId);
        var awards = await db.Set<Award>().AsNoTracking().Where(a => a.ZoneId == zone && a.ProjectId == projectId).OrderBy(a => a.ApprovedOn).ToListAsync(ct);
        var money = await FundLedger.AwardMoneyAsync(db, zone, awards.Select(a => a.Id).ToList(), ct);
        return awards.Select(a => new ProjectSupport(a.Id, a.Grade, a.Amount.Yuan, a.Instrument.ToString(), a.Status.ToString(), money[a.Id].Paid)).ToList();
    }

    public async Task<IReadOnlyList<ProjectAward>> AwardsForProjectsAsync(Guid zoneId, IReadOnlyCollection<Guid> projectIds, CancellationToken ct)
    {
        var zone = new ZoneId(zoneId);
        var ids = projectIds.Distinct().ToList();
        var awards = await db.Set<Award>().AsNoTracking().Where(a => a.ZoneId == zone && ids.Contains(a.ProjectId))
            .Select(a => new { a.Id, a.ProjectId, a.Amount, a.ApprovedOn, a.Status }).ToListAsync(ct);
        if (awards.Count == 0)
        {
            return [];
        }

        var awardIds = awards.Select(a => a.Id).ToList();
        var money = await FundLedger.AwardMoneyAsync(db, zone, awardIds, ct);
        var lastPaid = (await db.Set<Payment>().AsNoTracking().Where(p => p.ZoneId == zone && awardIds.Contains(p.AwardId) && p.Status == PaymentStatus.Succeeded)
            .Select(p => new { p.AwardId, p.PaidOn }).ToListAsync(ct)).GroupBy(p => p.AwardId).ToDictionary(g => g.Key, g => g.Max(p => p.PaidOn));
        return awards.OrderBy(a => a.ApprovedOn).ThenBy(a => a.Id)
            .Select(a => new ProjectAward(a.ProjectId, a.Id, a.Amount.Yuan, money[a.Id].Paid, a.ApprovedOn, lastPaid.TryGetValue(a.Id, out var d) ? d : null, a.Status != AwardStatus.Cancelled))
            .ToList();
    }
}
