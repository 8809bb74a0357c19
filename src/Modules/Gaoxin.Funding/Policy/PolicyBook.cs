using System.Collections.Concurrent;
using Gaoxin.Data;
using Gaoxin.Kernel.Zones;
using Microsoft.EntityFrameworkCore;

namespace Gaoxin.Funding.Policy;

/// <summary>Finds the policy version in force on a date; a zone with no stored version uses the defaults as version 1.</summary>
internal sealed class PolicyBook(GaoxinDbContext db, PolicyVersions known)
{
    public static readonly DateOnly DefaultsFrom = new(2025, 1, 1);

    public Task<FundingPolicy> InForceAsync(ZoneId zone, DateOnly on, CancellationToken ct) => ReadInForceAsync(db, zone, on, ct);

    public static async Task<FundingPolicy> ReadInForceAsync(GaoxinDbContext db, ZoneId zone, DateOnly on, CancellationToken ct) =>
        Pick(zone, await StoredAsync(db, zone, ct), on);

    /// <summary>The zone's stored versions, oldest first.</summary>
    public static Task<List<FundingPolicy>> StoredAsync(GaoxinDbContext db, ZoneId zone, CancellationToken ct) =>
        db.Set<FundingPolicy>().AsNoTracking().Where(p => p.ZoneId == zone).OrderBy(p => p.Version).ToListAsync(ct);

    /// <summary>The zone's latest stored version number; 0 when none is stored (the defaults apply as version 1).</summary>
    public static async Task<int> LatestVersionAsync(GaoxinDbContext db, ZoneId zone, CancellationToken ct) =>
        await db.Set<FundingPolicy>().Where(p => p.ZoneId == zone).MaxAsync(p => (int?)p.Version, ct) ?? 0;

    /// <summary>The version in force on <paramref name="on"/>: the latest effective by then, the newest of a day's; else the defaults.</summary>
    public static FundingPolicy Pick(ZoneId zone, IEnumerable<FundingPolicy> versions, DateOnly on) =>
        versions.Where(p => p.EffectiveFrom <= on).OrderByDescending(p => p.EffectiveFrom).ThenByDescending(p => p.Version).FirstOrDefault()
        ?? FundingPolicy.Defaults(zone, DefaultsFrom);

    public Task<List<FundingPolicy>> AllAsync(ZoneId zone, CancellationToken ct) => StoredAsync(db, zone, ct);

    public async Task<FundingPolicy> AddVersionAsync(ZoneId zone, FundingPolicy next, CancellationToken ct)
    {
        var latest = await LatestVersionAsync(db, zone, ct);
        if (latest == 0)
        {
            // Decisions so far used the defaults as version 1; store them so the history stays complete.
            db.Add(FundingPolicy.Defaults(zone, DefaultsFrom));
            latest = 1;
        }

        next.Version = latest + 1;
        db.Add(next);
        await db.SaveChangesAsync(ct);
        known.Forget(zone);
        return next;
    }
}

/// <summary>
/// Each zone's stored policy versions, kept by the process for approvals, which otherwise read them on every request.
/// Versions are only ever added; an approval checks under the fund's lock that the zone's latest version is still the
/// one its copy was read with (<c>FundDecisions.ApproveAsync</c>), so a version added by another process
/// counts from that approval on, as it would with a fresh read.
/// </summary>
internal sealed class PolicyVersions
{
    private readonly ConcurrentDictionary<ZoneId, List<FundingPolicy>> _zones = new();

    /// <summary>The version in force on <paramref name="on"/>, and the zone's latest version number when they were read (0: none stored).</summary>
    public async Task<(FundingPolicy Policy, int Latest)> InForceAsync(GaoxinDbContext db, ZoneId zone, DateOnly on, CancellationToken ct)
    {
        if (!_zones.TryGetValue(zone, out var copy))
        {
            _zones[zone] = copy = await PolicyBook.StoredAsync(db, zone, ct);
        }

        return (PolicyBook.Pick(zone, copy, on), copy.Count == 0 ? 0 : copy[^1].Version);
    }

    public void Forget(ZoneId zone) => _zones.TryRemove(zone, out _);
}
