using System.Runtime.CompilerServices;
using Gaoxin.Kernel.Zones;
using Gaoxin.Scenes.Demands;
using Gaoxin.Scenes.SceneBoard;
using Gaoxin.Scenes.Supply;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Gaoxin.Scenes.Matching;

/// <summary>
/// Keeps the market index fresh within the save: before a save it notes the scenes, demands, products and experts being
/// added, changed or deleted; after the save succeeded it upserts them (or removes what may no longer be matched) and
/// refreshes the reader, so a saved item is matchable as soon as the save returns.
/// </summary>
internal sealed class MarketSaveListener(MarketBoard board, TimeProvider time) : SaveChangesInterceptor
{
    private readonly ConditionalWeakTable<DbContext, List<(object Entity, bool Deleted)>> pending = [];

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Note(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public override ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        Flush(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public override Task SaveChangesFailedAsync(DbContextErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        if (eventData.Context is { } context)
        {
            pending.Remove(context);
        }

        return Task.CompletedTask;
    }

    private void Note(DbContext? context)
    {
        if (context is null)
        {
            return;
        }

        var changed = context.ChangeTracker.Entries()
            .Where(e => e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted && e.Entity is Scene or Demand or Product or Expert)
            .Select(e => (e.Entity, e.State == EntityState.Deleted)).ToList();
        if (changed.Count > 0)
        {
            pending.AddOrUpdate(context, changed);
        }
    }

    private void Flush(DbContext? context)
    {
        if (context is null || !pending.TryGetValue(context, out var changed))
        {
            return;
        }

        pending.Remove(context);
        var today = ZoneClock.Of(time).Today;
        var upserts = new List<MarketDocument>();
        var removals = new List<(MarketDocKind, Guid)>();
        foreach (var (entity, deleted) in changed)
        {
            var (kind, id, doc) = entity switch
            {
                Scene s => (MarketDocKind.Scene, s.Id, MarketSources.Of(s)),
                Demand d => (MarketDocKind.Demand, d.Id, MarketSources.Of(d, today)),
                Product p => (MarketDocKind.Product, p.Id, MarketSources.Of(p)),
                Expert x => (MarketDocKind.Expert, x.Id, MarketSources.Of(x)),
                _ => throw new InvalidOperationException(),
            };
            if (deleted || doc is null)
            {
                removals.Add((kind, id));
            }
            else
            {
                upserts.Add(doc);
            }
        }

        board.Apply(upserts, removals);
    }
}
