using Gaoxin.Contracts.TechTransfer;
using Gaoxin.Data;
using Gaoxin.Funding.Awards;
using Gaoxin.Funding.Ledger;
using Gaoxin.Funding.Policy;
using Gaoxin.Kernel.Zones;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Gaoxin.Funding.Decisions;

/// <summary>
/// What one change will read under the fund's lock, declared when it is queued, so that a batch reads it for all its
/// changes in a few queries instead of a few per change. A change may still read anything else itself.
/// </summary>
internal sealed record FundNeeds
{
    public Guid? ApplicationId { get; init; }

    public Guid? AwardId { get; init; }

    /// <summary>The change decides on the application: once the batch has read it, it also reads its project's and fund-year's positions.</summary>
    public bool DecidesApplication { get; init; }

    /// <summary>The zone whose latest policy version the change checks its copy against.</summary>
    public ZoneId? PolicyOf { get; init; }

    /// <summary>Payments already made in the zone with this idempotency key, or to this award.</summary>
    public (ZoneId Zone, string Key, Guid AwardId)? Payments { get; init; }

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
internal sealed class FundBatch(FundLedger ledger, IServiceProvider services)
{
    private readonly Dictionary<Guid, FundApplication> _applications = [];
    private readonly Dictionary<Guid, Award> _awards = [];
    private readonly List<Payment> _payments = [];
    private readonly HashSet<(ZoneId, string, Guid)> _paymentsRead = [];
    private readonly Dictionary<ZoneId, int> _latestPolicy = [];

    public FundLedger Ledger => ledger;

    public GaoxinDbContext Db => ledger.Db;

    /// <summary>The relay's projects and milestones, read in the batch's scope (its context, its transaction).</summary>
    public IRelayProjects Relay() => AwardService.RelayOf(services);

    public async Task PrefetchAsync(IReadOnlyCollection<FundNeeds> needs, CancellationToken ct)
    {
        var applicationIds = needs.Select(n => n.ApplicationId).OfType<Guid>().Distinct().ToArray();
        var awardIds = needs.Select(n => n.AwardId).OfType<Guid>().Distinct().ToArray();
        var payments = needs.Select(n => n.Payments).OfType<(ZoneId Zone, string Key, Guid AwardId)>().GroupBy(p => p.Zone).ToList();
        var policyZones = needs.Select(n => n.PolicyOf).OfType<ZoneId>().Distinct().ToArray();

        // PostgreSQL: the records ride in the lock's round trip; SQLite (or a lock already held) reads them after it, and
        // the policy versions when a change asks.
        var inLockRoundTrip = Db.IsPostgres ? LockedReads(applicationIds, awardIds, payments, policyZones) : null;
        await ledger.LockAsync(ct, inLockRoundTrip?.Reads);
        if (inLockRoundTrip is { Ran: true })
        {
            // Tracked, as EF's tracked queries would have left them (payments stay untracked).
            foreach (var a in _applications.Values)
            {
                Db.Attach(a);
            }

            foreach (var a in _awards.Values)
            {
                Db.Attach(a);
            }
        }
        else
        {
            await ReadAfterLockAsync(applicationIds, awardIds, payments, ct);
        }

        var decided = needs.Where(n => n.DecidesApplication && n.ApplicationId is { } id && _applications.ContainsKey(id))
            .Select(n => _applications[n.ApplicationId!.Value]).ToList();
        var projects = decided.Select(a => (a.ZoneId, a.ProjectId)).Distinct().ToList();
        if (projects.Count > 0)
        {
            await ledger.PrefetchProjectsAsync(projects, ct);
        }

        foreach (var (zone, year) in decided.Select(a => (a.ZoneId, a.FundYear)).Distinct())
        {
            await ledger.LockedPositionAsync(zone, year, ct);
        }
    }

    /// <summary>Reads for the lock's round trip, and whether they ran (they share one command, so any one running means all did).</summary>
    private sealed class InLockRoundTrip
    {
        public List<LockedRead> Reads { get; } = [];

        public bool Ran { get; private set; }

        public void Add(string sql, IReadOnlyList<(string Name, object Value)> parameters, Func<System.Data.Common.DbDataReader, CancellationToken, Task> read) =>
            Reads.Add(new LockedRead(sql, parameters, (r, c) =>
            {
                Ran = true;
                return read(r, c);
            }));
    }

    private InLockRoundTrip LockedReads(Guid[] applicationIds, Guid[] awardIds, List<IGrouping<ZoneId, (ZoneId Zone, string Key, Guid AwardId)>> payments, ZoneId[] policyZones)
    {
        var trip = new InLockRoundTrip();
        var applications = EntityRows<FundApplication>.For(Db);
        var awards = EntityRows<Award>.For(Db);
        var tranches = EntityRows<Tranche>.For(Db);
        var paid = EntityRows<Payment>.For(Db);
        List<Award> awardsRead = [];
        if (applicationIds.Length > 0)
        {
            trip.Add(applications.Select + """ WHERE t."Id" = ANY(@batch_applications)""", [("batch_applications", applicationIds)], async (r, c) =>
            {
                foreach (var a in await applications.ReadAsync(r, c))
                {
                    _applications[a.Id] = a;
                }
            });
        }

        if (awardIds.Length > 0)
        {
            trip.Add(awards.Select + """ WHERE t."Id" = ANY(@batch_awards)""", [("batch_awards", awardIds)], async (r, c) => awardsRead = await awards.ReadAsync(r, c));
            trip.Add(tranches.Select + """ WHERE t."AwardId" = ANY(@batch_awards) ORDER BY t."AwardId", t."Number" """, [], async (r, c) =>
            {
                var byAward = (await tranches.ReadAsync(r, c)).ToLookup(t => t.AwardId);
                foreach (var award in awardsRead)
                {
                    award.Tranches.AddRange(byAward[award.Id]);
                    _awards[award.Id] = award;
                }
            });
        }

        for (var i = 0; i < payments.Count; i++)
        {
            var zoned = payments[i];
            var (zone, keys, paidAwards) = ($"batch_zone{i}", $"batch_keys{i}", $"batch_paid_awards{i}");
            trip.Add(paid.Select + $""" WHERE t."ZoneId" = @{zone} AND (t."IdempotencyKey" = ANY(@{keys}) OR t."AwardId" = ANY(@{paidAwards}))""",
                [(zone, zoned.Key.Value), (keys, zoned.Select(p => p.Key).Distinct().ToArray()), (paidAwards, zoned.Select(p => p.AwardId).Distinct().ToArray())],
                async (r, c) =>
                {
                    _payments.AddRange(await paid.ReadAsync(r, c));
                    _paymentsRead.UnionWith(zoned);
                });
        }

        if (policyZones.Length > 0)
        {
            trip.Add("""SELECT t."ZoneId", max(t."Version") FROM funding_policies t WHERE t."ZoneId" = ANY(@batch_policy_zones) GROUP BY t."ZoneId" """,
                [("batch_policy_zones", policyZones.Select(z => z.Value).ToArray())], async (r, c) =>
                {
                    foreach (var zone in policyZones)
                    {
                        _latestPolicy[zone] = 0;
                    }

                    while (await r.ReadAsync(c))
                    {
                        _latestPolicy[new ZoneId(r.GetGuid(0))] = r.GetInt32(1);
                    }
                });
        }

        return trip;
    }

    private async Task ReadAfterLockAsync(Guid[] applicationIds, Guid[] awardIds, List<IGrouping<ZoneId, (ZoneId Zone, string Key, Guid AwardId)>> payments, CancellationToken ct)
    {
        if (applicationIds.Length > 0)
        {
            foreach (var a in await Db.Set<FundApplication>().Where(a => applicationIds.Contains(a.Id)).ToListAsync(ct))
            {
                _applications[a.Id] = a;
            }
        }

        if (awardIds.Length > 0)
        {
            foreach (var a in await Db.Set<Award>().Include(a => a.Tranches).Where(a => awardIds.Contains(a.Id)).ToListAsync(ct))
            {
                _awards[a.Id] = a;
            }
        }

        // Per zone, so the (zone, key) and award indexes serve the read.
        foreach (var zoned in payments)
        {
            var zone = zoned.Key;
            var keys = zoned.Select(p => p.Key).Distinct().ToList();
            var awards = zoned.Select(p => p.AwardId).Distinct().ToList();
            _payments.AddRange(await Db.Set<Payment>().AsNoTracking().Where(p => p.ZoneId == zone && (keys.Contains(p.IdempotencyKey) || awards.Contains(p.AwardId))).ToListAsync(ct));
            _paymentsRead.UnionWith(zoned);
        }
    }

    /// <summary>The zone's latest stored policy version under the lock (0: none stored).</summary>
    public async Task<int> LatestPolicyVersionAsync(ZoneId zone, CancellationToken ct)
    {
        if (!_latestPolicy.TryGetValue(zone, out var latest))
        {
            _latestPolicy[zone] = latest = await PolicyBook.LatestVersionAsync(Db, zone, ct);
        }

        return latest;
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

    /// <summary>Payments in the zone made with <paramref name="key"/> or to the award, including those made earlier in this batch.</summary>
    public async Task<IReadOnlyList<Payment>> PaymentsAsync(ZoneId zone, string key, Guid awardId, CancellationToken ct)
    {
        if (_paymentsRead.Add((zone, key, awardId)))
        {
            var read = await Db.Set<Payment>().AsNoTracking().Where(p => p.ZoneId == zone && (p.IdempotencyKey == key || p.AwardId == awardId)).ToListAsync(ct);
            _payments.AddRange(read.Where(p => !_payments.Any(known => known.Id == p.Id)));
        }

        return _payments.Where(p => p.ZoneId == zone && (p.IdempotencyKey == key || p.AwardId == awardId)).ToList();
    }

    /// <summary>A payment this batch records: later changes in the batch see it (a double submit in one batch pays once).</summary>
    public void Recorded(Payment payment) => _payments.Add(payment);
}
