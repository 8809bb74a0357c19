using System.Collections.Concurrent;
using Gaoxin.Data;
using Gaoxin.Kernel.Zones;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Gaoxin.Scenes.Matching;

/// <summary>
/// The process's one market index and what it holds (one per process, in memory: it is rebuilt from the database at start).
/// Own entities reach it right after their save (<see cref="MarketSaveListener"/>); every zone is reconciled in full at
/// first use and then periodically (<see cref="MarketCatchUp"/>), which is how the other modules' supply — read through
/// their contracts — and expired demands are brought up to date.
/// </summary>
internal sealed class MarketBoard : IDisposable
{
    private readonly ConcurrentDictionary<(MarketDocKind Kind, Guid Id), MarketDocument> held = new();
    private readonly ConcurrentDictionary<Guid, Task> built = new();
    private readonly Lock writing = new();

    public MarketBoard()
    {
        Index = new MarketIndex();
        Matcher = new Matcher(Index);
    }

    public MarketIndex Index { get; }

    public Matcher Matcher { get; }

    /// <summary>What the index holds for a (kind, id): the stored document, or null.</summary>
    public MarketDocument? Find(MarketDocKind kind, Guid id) => held.GetValueOrDefault((kind, id));

    /// <summary>Applies one save's changes: upserts what may be matched, removes what may no longer be.</summary>
    public void Apply(IReadOnlyCollection<MarketDocument> upserts, IReadOnlyCollection<(MarketDocKind Kind, Guid Id)> removals)
    {
        if (upserts.Count == 0 && removals.Count == 0)
        {
            return;
        }

        lock (writing)
        {
            var changed = false;
            foreach (var doc in upserts)
            {
                if (!held.TryGetValue((doc.Kind, doc.Id), out var had) || had != doc)
                {
                    Index.Upsert(doc);
                    held[(doc.Kind, doc.Id)] = doc;
                    changed = true;
                }
            }

            foreach (var key in removals)
            {
                if (held.TryRemove(key, out _))
                {
                    Index.Remove(key.Kind, key.Id);
                    changed = true;
                }
            }

            if (changed)
            {
                Index.Refresh();
            }
        }
    }

    /// <summary>Makes the zone's kinds in the index equal to <paramref name="now"/>: changed ones upserted, vanished ones removed.</summary>
    public void Reconcile(Guid zoneId, IReadOnlyDictionary<MarketDocKind, List<MarketDocument>> now)
    {
        var upserts = now.Values.SelectMany(d => d).ToList();
        var present = upserts.Select(d => (d.Kind, d.Id)).ToHashSet();
        var removals = held.Values.Where(d => d.ZoneId == zoneId && now.ContainsKey(d.Kind) && !present.Contains((d.Kind, d.Id)))
            .Select(d => (d.Kind, d.Id)).ToList();
        Apply(upserts, removals);
    }

    /// <summary>Builds the zone's part of the index once, on first use (a request may come before the catch-up's first round).</summary>
    public Task EnsureZoneAsync(IServiceProvider services, Guid zoneId, CancellationToken ct)
    {
        var task = built.GetOrAdd(zoneId, _ => ReconcileZoneAsync(services, zoneId, CancellationToken.None));
        if (task.IsFaulted)
        {
            // A failed first build is tried again by the next request, not remembered.
            built.TryRemove(new KeyValuePair<Guid, Task>(zoneId, task));
            task = built.GetOrAdd(zoneId, _ => ReconcileZoneAsync(services, zoneId, CancellationToken.None));
        }

        return task.WaitAsync(ct);
    }

    public async Task ReconcileZoneAsync(IServiceProvider services, Guid zoneId, CancellationToken ct)
    {
        var today = ZoneClock.Of(services.GetRequiredService<TimeProvider>()).Today;
        Reconcile(zoneId, await MarketSources.ReadZoneAsync(services, zoneId, today, ct));
    }

    /// <summary>Reconciles every zone of the database (the catch-up's round).</summary>
    public async Task ReconcileAllAsync(IServiceScopeFactory scopes, CancellationToken ct)
    {
        List<ZoneId> zones;
        using (var scope = scopes.CreateScope())
        {
            zones = await scope.ServiceProvider.GetRequiredService<GaoxinDbContext>().Zones.AsNoTracking().Select(z => z.Id).ToListAsync(ct);
        }

        foreach (var zone in zones)
        {
            using var scope = scopes.CreateScope();
            await ReconcileZoneAsync(scope.ServiceProvider, zone.Value, ct);
            built.TryAdd(zone.Value, Task.CompletedTask);
        }
    }

    public void Dispose() => Index.Dispose();
}
