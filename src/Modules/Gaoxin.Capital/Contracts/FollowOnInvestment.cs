using Gaoxin.Capital.Rounds;
using Gaoxin.Contracts.Capital;
using Gaoxin.Data;
using Gaoxin.Kernel.Zones;
using Microsoft.EntityFrameworkCore;

namespace Gaoxin.Capital.Contracts;

/// <summary>后续投资 for the fund's operator assessment: outside money of the rounds closed in a period, summed from the rounds themselves.</summary>
internal sealed class FollowOnInvestment(GaoxinDbContext db) : IFollowOnInvestment
{
    public async Task<FollowOnFigures?> ClosedInAsync(Guid zoneId, DateOnly from, DateOnly to, CancellationToken ct)
    {
        var zone = new ZoneId(zoneId);
        var rounds = await db.Set<FinancingRound>().AsNoTracking()
            .Where(r => r.ZoneId == zone && r.State == RoundState.Closed && r.ClosedOn >= from && r.ClosedOn <= to)
            .Select(r => new { r.CompanyOrganisationId, r.ProjectId, r.Amount }).ToListAsync(ct);
        if (rounds.Count == 0)
        {
            return null;
        }

        return new FollowOnFigures(from, to, rounds.Count, rounds.Sum(r => r.Amount),
            rounds.GroupBy(r => r.CompanyOrganisationId).ToDictionary(g => g.Key, g => g.Sum(r => r.Amount)),
            rounds.Where(r => r.ProjectId is not null).GroupBy(r => r.ProjectId!.Value).ToDictionary(g => g.Key, g => g.Sum(r => r.Amount)));
    }
}
