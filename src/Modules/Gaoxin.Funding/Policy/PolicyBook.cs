using Gaoxin.Data;
using Gaoxin.Kernel.Zones;
using Microsoft.EntityFrameworkCore;

namespace Gaoxin.Funding.Policy;

/// <summary>Finds the policy version in force on a date; a zone with no stored version uses the defaults as version 1.</summary>
internal sealed class PolicyBook(GaoxinDbContext db)
{
    public static readonly DateOnly DefaultsFrom = new(2025, 1, 1);

    public async Task<FundingPolicy> InForceAsync(ZoneId zone, DateOnly on, CancellationToken ct) =>
        await db.Set<FundingPolicy>().AsNoTracking().Where(p => p.ZoneId == zone && p.EffectiveFrom <= on)
            .OrderByDescending(p => p.EffectiveFrom).ThenByDescending(p => p.Version).FirstOrDefaultAsync(ct)
        ?? FundingPolicy.Defaults(zone, DefaultsFrom);

    public Task<List<FundingPolicy>> AllAsync(ZoneId zone, CancellationToken ct) =>
        db.Set<FundingPolicy>().AsNoTracking().Where(p => p.ZoneId == zone).OrderBy(p => p.Version).ToListAsync(ct);

    public async Task<FundingPolicy> AddVersionAsync(ZoneId zone, FundingPolicy next, CancellationToken ct)
    {
        var latest = await db.Set<FundingPolicy>().Where(p => p.ZoneId == zone).MaxAsync(p => (int?)p.Version, ct) ?? 0;
        if (latest == 0)
        {
            // Decisions so far used the defaults as version 1; store them so the history stays complete.
            db.Add(FundingPolicy.Defaults(zone, DefaultsFrom));
            latest = 1;
        }

        next.Version = latest + 1;
        db.Add(next);
        await db.SaveChangesAsync(ct);
        return next;
    }
}
