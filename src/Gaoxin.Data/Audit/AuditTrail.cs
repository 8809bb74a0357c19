using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using Gaoxin.Kernel.Audit;
using Gaoxin.Kernel.Zones;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace Gaoxin.Data.Audit;

/// <summary>
/// Turns every tracked change into audit events and appends them, chained, in the same transaction as the change.
/// Appends are serialised by the database itself, for as long as the transaction lasts: SQLite transactions begin
/// IMMEDIATE (one writer at a time), PostgreSQL takes a transaction-scoped advisory lock. No in-process lock is
/// taken: it would deadlock against a caller's open transaction. The sequence is the primary key, so even a
/// writer that slipped past the lock could not fork the chain; it would fail instead.
/// </summary>
internal sealed class AuditTrail(GaoxinDbContext db, IAuditActor actor, TimeProvider clock)
{
    /// <summary>The chain's head after this context's last save in the open transaction: the lock is still held, so no one else has moved it.</summary>
    private (Guid Transaction, long Sequence, string Hash)? _head;

    /// <summary>Who changed what, when one save carries several people's changes (the fund's group commit); others are the context's actor's.</summary>
    private readonly Dictionary<object, IAuditActor> _changedBy = new(ReferenceEqualityComparer.Instance);

    /// <summary>Names <paramref name="who"/> for every change made since the last call (or save); false if there was none.</summary>
    public bool Attribute(IAuditActor who)
    {
        var any = false;
        foreach (var entry in Unattributed())
        {
            _changedBy[entry.Entity] = who;
            any = true;
        }

        return any;
    }

    /// <summary>Events that record an act rather than a row's change (a restore), appended at the next save.</summary>
    private readonly List<Pending> _acts = [];

    /// <summary>Queues an event for an act that changes no tracked row (e.g. a database restore); the next save appends it.</summary>
    public void Record(string action, string entityType, string entityId, string? details) =>
        _acts.Add(new Pending(action, entityType, () => entityId, actor.ZoneId ?? Guid.Empty, actor, null, () => details));

    /// <summary>Whether anything has changed since the last <see cref="Attribute"/> or save.</summary>
    public bool HasUnattributedChanges() => Unattributed().Count > 0;

    // Entries() detects changes itself (auto-detect is on): once per call is enough, it walks every tracked record.
    private List<EntityEntry> Unattributed()
    {
        return db.ChangeTracker.Entries().Where(e => e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted
            && e.Entity is not AuditEvent && !_changedBy.ContainsKey(e.Entity)).ToList();
    }

    /// <summary>Secrets and bookkeeping that must not be copied into the trail.</summary>
    private static readonly HashSet<string> Hidden = new(StringComparer.Ordinal)
    {
        "PasswordHash", "SecurityStamp", "ConcurrencyStamp", "TokenHash",
    };

    private static readonly JsonSerializerOptions Json = new()
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        WriteIndented = false,
    };

    /// <summary>Arbitrary 64-bit key for pg_advisory_xact_lock: "GAOXINAU".</summary>
    internal const long PostgresLockKey = 0x4741_4F58_494E_4155;

    internal const string HeadQuery = """SELECT "Sequence", "Hash" FROM platform_audit_events ORDER BY "Sequence" DESC LIMIT 1""";

    /// <summary>The head as read under the audit lock by another query of this transaction (<see cref="AdvisoryLock.LockWithAuditThenReadAsync{T}"/>).</summary>
    public void HeadRead(Guid transaction, (long Sequence, string Hash)? head) =>
        _head = (transaction, head?.Sequence ?? 0, head?.Hash ?? AuditHash.Genesis);

    public async Task<int> SaveWithAuditAsync(Func<CancellationToken, Task<int>> save, CancellationToken ct)
    {
        var pending = Collect();
        if (pending.Count == 0)
        {
            return await save(ct);
        }

        var ownTransaction = db.Database.CurrentTransaction is null
            ? await db.Database.BeginTransactionAsync(ct)
            : null;
        try
        {
            var transaction = db.Database.CurrentTransaction!.TransactionId;
            long sequence;
            string previous;
            if (_head is { } known && known.Transaction == transaction)
            {
                (sequence, previous) = (known.Sequence, known.Hash);
            }
            else
            {
                // PostgreSQL: the lock and the head in one round trip. SQLite: the IMMEDIATE transaction is the lock.
                var head = db.IsPostgres
                    ? (await AdvisoryLock.LockThenReadAsync(db, PostgresLockKey, HeadQuery,
                        r => (Sequence: r.GetInt64(0), Hash: r.GetString(1)), ct)).Cast<(long Sequence, string Hash)?>().FirstOrDefault()
                    : (await db.AuditEvents.AsNoTracking().OrderByDescending(e => e.Sequence).Select(e => new { e.Sequence, e.Hash }).FirstOrDefaultAsync(ct)) is { } h
                        ? (h.Sequence, h.Hash)
                        : null;
                sequence = head?.Sequence ?? 0;
                previous = head?.Hash ?? AuditHash.Genesis;
            }

            // Database-generated keys are not used (ids are client-side GUIDs), so every id is known here.
            // Whole milliseconds in UTC: every provider stores that exactly, so the hash survives the round trip.
            var utc = clock.GetUtcNow();
            var now = new DateTimeOffset(utc.UtcTicks - (utc.UtcTicks % TimeSpan.TicksPerMillisecond), TimeSpan.Zero);
            foreach (var p in pending)
            {
                sequence++;
                var record = new AuditRecord(sequence, p.ZoneId, p.Actor.Name, p.Action, p.EntityType, p.EntityId(), p.Before, p.After(), now, previous);
                var hash = AuditHash.Compute(record, db.Custody.Key);
                db.AuditEvents.Add(new AuditEvent
                {
                    Sequence = record.Sequence,
                    ZoneId = record.ZoneId,
                    Actor = record.Actor,
                    Action = record.Action,
                    EntityType = record.EntityType,
                    EntityId = record.EntityId,
                    Before = record.Before,
                    After = record.After,
                    OccurredAt = record.OccurredAt,
                    PreviousHash = previous,
                    Hash = hash,
                });
                previous = hash;
            }

            // Collect() has just detected the changes and the audit events were added explicitly: the save need not walk
            // every tracked record again.
            int written;
            var autoDetect = db.ChangeTracker.AutoDetectChangesEnabled;
            db.ChangeTracker.AutoDetectChangesEnabled = false;
            try
            {
                written = await save(ct);
            }
            finally
            {
                db.ChangeTracker.AutoDetectChangesEnabled = autoDetect;
            }

            _head = (transaction, sequence, previous);
            _changedBy.Clear();
            _acts.Clear();
            if (ownTransaction is not null)
            {
                await ownTransaction.CommitAsync(ct);
            }

            return written;
        }
        finally
        {
            if (ownTransaction is not null)
            {
                await ownTransaction.DisposeAsync();
            }
        }
    }

    private sealed record Pending(string Action, string EntityType, Func<string> EntityId, Guid ZoneId, IAuditActor Actor, string? Before, Func<string?> After);

    private List<Pending> Collect()
    {
        // Entries() below detects the changes (auto-detect is on).
        var list = new List<Pending>();
        foreach (var entry in db.ChangeTracker.Entries())
        {
            if (entry.Entity is AuditEvent or IDerivedRecord || entry.State is EntityState.Unchanged or EntityState.Detached)
            {
                continue;
            }

            if (entry.State == EntityState.Modified && !entry.Properties.Any(p => p.IsModified && !Hidden.Contains(p.Metadata.Name)))
            {
                continue;
            }

            var e = entry;
            var action = entry.State switch
            {
                EntityState.Added => "create",
                EntityState.Deleted => "delete",
                _ => "update",
            };
            var before = entry.State == EntityState.Added ? null : Snapshot(entry, original: true);
            var after = entry.State == EntityState.Deleted ? (Func<string?>)(() => null) : () => Snapshot(e, original: false);
            var who = _changedBy.GetValueOrDefault(entry.Entity) ?? actor;
            list.Add(new Pending(action, entry.Metadata.ClrType.Name, () => KeyOf(e), ZoneOf(entry, who), who, before, after));
        }

        list.AddRange(_acts);
        return list;
    }

    private static Guid ZoneOf(EntityEntry entry, IAuditActor who)
    {
        if (entry.Entity is IZoneScoped scoped)
        {
            return scoped.ZoneId.Value;
        }

        var zoneProperty = entry.Metadata.FindProperty("ZoneId");
        if (zoneProperty is not null && entry.Property("ZoneId").CurrentValue is Guid g)
        {
            return g;
        }

        return who.ZoneId ?? Guid.Empty;
    }

    private static string KeyOf(EntityEntry entry)
    {
        var key = entry.Metadata.FindPrimaryKey();
        if (key is null)
        {
            return string.Empty;
        }

        return string.Join(",", key.Properties.Select(p => Convert.ToString(entry.Property(p.Name).CurrentValue, CultureInfo.InvariantCulture)));
    }

    private static string Snapshot(EntityEntry entry, bool original)
    {
        var values = new SortedDictionary<string, object?>(StringComparer.Ordinal);
        foreach (var property in entry.Properties)
        {
            var name = property.Metadata.Name;
            if (Hidden.Contains(name))
            {
                continue;
            }

            var value = original ? property.OriginalValue : property.CurrentValue;
            values[name] = value is ZoneId z ? z.Value : value;
        }

        return JsonSerializer.Serialize(values, Json);
    }
}
