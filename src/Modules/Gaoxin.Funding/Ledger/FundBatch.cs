using Gaoxin.Data;
using Gaoxin.Funding.Awards;
using Gaoxin.Kernel.Zones;
using Microsoft.EntityFrameworkCore;

namespace Gaoxin.Funding.Ledger;

/// <summary>
/// What one change will read under the fund's lock, declared when it is queued, so that a batch reads it for all its
/// changes in a few queries instead of a few per change. A change may still read anything else itself.
/// </summary>
internal sealed record FundNeeds
{
    public Guid? ApplicationId { get; init; }

    public Guid? AwardId { get; init; }

    public (ZoneId Zone, Guid Project)? ProjectCommitted { get; init; }

    public (ZoneId Zone, int Year)? Year { get; init; }

    /// <summary>Payments already made with this idempotency key, or to this tranche.</summary>
    public (ZoneId Zone, string Key, Guid TrancheId)? Payments { get; init; }

    /// <summary>The records the change may modify: two changes that share one are saved apart, so each is audited under its own name.</summary>
    public IEnumerable<Guid> Records()
    {
        if (ApplicationId is { } application)
        {
            yield return application;
        }

        if (AwardId is { } award)
        {
            yield return award;
        }
    }
}

/// <summary>
/// The records a batch of money changes works on, in the batch's one transaction and under the fund's lock: read once
/// for all the batch's changes (tracked, so a change sees what an earlier one in the batch did), then handed out.
/// </summary>
internal sealed class FundBatch(FundLedger ledger)
{
    private readonly Dictionary<Guid, FundApplication> _applications = [];
    private readonly Dictionary<Guid, Award> _awards = [];
    private readonly List<Payment> _payments = [];
    private readonly HashSet<(ZoneId, string, Guid)> _paymentsRead = [];

    public FundLedger Ledger => ledger;

    public GaoxinDbContext Db => ledger.Db;

    public async Task PrefetchAsync(IReadOnlyCollection<FundNeeds> needs, CancellationToken ct)
    {
        await ledger.LockAsync(ct);
        var applicationIds = needs.Select(n => n.ApplicationId).OfType<Guid>().Distinct().ToList();
        if (applicationIds.Count > 0)
        {
            foreach (var a in await Db.Set<FundApplication>().Where(a => applicationIds.Contains(a.Id)).ToListAsync(ct))
            {
                _applications[a.Id] = a;
            }
        }

        var awardIds = needs.Select(n => n.AwardId).OfType<Guid>().Distinct().ToList();
        if (awardIds.Count > 0)
        {
            foreach (var a in await Db.Set<Award>().Include(a => a.Tranches).Where(a => awardIds.Contains(a.Id)).ToListAsync(ct))
            {
                _awards[a.Id] = a;
            }
        }

        // Per zone, so the (zone, key) and tranche indexes serve the read.
        foreach (var zoned in needs.Select(n => n.Payments).OfType<(ZoneId Zone, string Key, Guid TrancheId)>().GroupBy(p => p.Zone))
        {
            var zone = zoned.Key;
            var keys = zoned.Select(p => p.Key).Distinct().ToList();
            var tranches = zoned.Select(p => p.TrancheId).Distinct().ToList();
            _payments.AddRange(await Db.Set<Payment>().AsNoTracking().Where(p => p.ZoneId == zone && (keys.Contains(p.IdempotencyKey) || tranches.Contains(p.TrancheId))).ToListAsync(ct));
            _paymentsRead.UnionWith(zoned);
        }

        var projects = needs.Select(n => n.ProjectCommitted).OfType<(ZoneId Zone, Guid Project)>().ToList();
        if (projects.Count > 0)
        {
            await ledger.PrefetchProjectsAsync(projects, ct);
        }

        foreach (var (zone, year) in needs.Select(n => n.Year).OfType<(ZoneId Zone, int Year)>().Distinct())
        {
            await ledger.LockedPositionAsync(zone, year, ct);
        }
    }

    /// <summary>The application, tracked; null if there is none with that id.</summary>
    public async Task<FundApplication?> ApplicationAsync(Guid id, CancellationToken ct)
    {
        if (!_applications.TryGetValue(id, out var app) && await Db.Set<FundApplication>().FirstOrDefaultAsync(a => a.Id == id, ct) is { } read)
        {
            _applications[id] = app = read;
        }

        return app;
    }

    /// <summary>The award with its tranches, tracked; null if there is none with that id.</summary>
    public async Task<Award?> AwardAsync(Guid id, CancellationToken ct)
    {
        if (!_awards.TryGetValue(id, out var award) && await Db.Set<Award>().Include(a => a.Tranches).FirstOrDefaultAsync(a => a.Id == id, ct) is { } read)
        {
            _awards[id] = award = read;
        }

        return award;
    }

    /// <summary>Payments in the zone made with <paramref name="key"/> or to the tranche, including those made earlier in this batch.</summary>
    public async Task<IReadOnlyList<Payment>> PaymentsAsync(ZoneId zone, string key, Guid trancheId, CancellationToken ct)
    {
        if (_paymentsRead.Add((zone, key, trancheId)))
        {
            var read = await Db.Set<Payment>().AsNoTracking().Where(p => p.ZoneId == zone && (p.IdempotencyKey == key || p.TrancheId == trancheId)).ToListAsync(ct);
            _payments.AddRange(read.Where(p => !_payments.Any(known => known.Id == p.Id)));
        }

        return _payments.Where(p => p.ZoneId == zone && (p.IdempotencyKey == key || p.TrancheId == trancheId)).ToList();
    }

    /// <summary>A payment this batch records: later changes in the batch see it (a double submit in one batch pays once).</summary>
    public void Recorded(Payment payment) => _payments.Add(payment);
}
