using Gaoxin.Data;
using Gaoxin.Kernel.Zones;
using Microsoft.EntityFrameworkCore;

namespace Gaoxin.Funding.Ledger;

/// <summary>
/// The process's running sums of the ledger's committed entries, for decisions: a fund-year's sums by kind and what each
/// project has committed, as of entry <see cref="UpTo"/>. Brought up to date under the fund's lock by reading only the
/// entries appended since (by anyone: the lock is the database's), so a decision no longer re-sums a whole year. Derived
/// from entries and kept in memory only; reports, statements and the API still sum the table itself.
/// </summary>
internal sealed class LedgerSums
{
    private readonly Lock _gate = new();
    private readonly Dictionary<(ZoneId Zone, int Year), Dictionary<EntryKind, decimal>> _years = [];
    private readonly Dictionary<(ZoneId Zone, Guid Project), decimal> _projects = [];
    private long? _upTo;
    private string _head = LedgerHash.Genesis;

    private readonly record struct Fresh(long Sequence, ZoneId ZoneId, int FundYear, EntryKind Kind, decimal Amount, Guid? ProjectId, string Hash);

    private const string Columns = """SELECT "Sequence", "ZoneId", "FundYear", "Kind", "Amount", "ProjectId", "Hash" FROM funding_ledger_entries""";

    /// <summary>
    /// Before the transaction appends anything: takes the fund's lock (PostgreSQL: <paramref name="lockKey"/>, in the same
    /// round trip as the read, together with the audit chain's lock and head, since every fund transaction saves audited
    /// changes; SQLite: the caller's IMMEDIATE transaction is the lock), folds in what others committed since, and returns
    /// the chain's head.
    /// </summary>
    /// <param name="then">Reads that ride in the lock's round trip (PostgreSQL, when the lock is taken here); otherwise not run.</param>
    public async Task<(long Sequence, string Hash)> CatchUpAsync(GaoxinDbContext db, long? lockKey, CancellationToken ct, IReadOnlyList<LockedRead>? then = null)
    {
        long? upTo;
        string anchor;
        lock (_gate)
        {
            (upTo, anchor) = (_upTo, _head);
        }

        // The entry the sums end on is read too: if it is gone or different (a restore, a rewrite) the sums start over.
        var fresh = upTo is { } from
            ? await ReadAsync(db, lockKey, Columns + """ WHERE "Sequence" >= @from ORDER BY "Sequence" """, from, then, ct)
            : await ReadAsync(db, lockKey, Columns + """ ORDER BY "Sequence" DESC LIMIT 1""", null, then, ct);
        lock (_gate)
        {
            var intact = upTo is { } start && _upTo == start
                && (start == 0 ? fresh.All(e => e.Sequence > 0) : fresh.Count > 0 && fresh[0].Sequence == start && fresh[0].Hash == anchor);
            if (!intact)
            {
                // First use, or the table is not what the sums were built on: start from the head (the newest entry read,
                // as the lock is held); years and projects are read when asked for. Nothing at or after `from`: the head
                // lies below it and is read apart.
                _years.Clear();
                _projects.Clear();
                (_upTo, _head) = fresh.Count > 0 ? (fresh[^1].Sequence, fresh[^1].Hash) : (upTo is null ? 0L : (long?)null, LedgerHash.Genesis);
            }
            else
            {
                foreach (var e in fresh.Where(e => e.Sequence > upTo!.Value))
                {
                    if (_years.TryGetValue((e.ZoneId, e.FundYear), out var sums))
                    {
                        sums[e.Kind] = sums.GetValueOrDefault(e.Kind) + e.Amount;
                    }

                    if (e.ProjectId is { } project && _projects.TryGetValue((e.ZoneId, project), out var committed))
                    {
                        _projects[(e.ZoneId, project)] = committed + CommittedDelta(e.Kind, e.Amount);
                    }

                    (_upTo, _head) = (e.Sequence, e.Hash);
                }
            }

            if (_upTo is { } known)
            {
                return (known, _head);
            }
        }

        // The table shrank below where the sums ended: the lock is held now, so read the head plainly and start over from it.
        var last = await ReadAsync(db, null, Columns + """ ORDER BY "Sequence" DESC LIMIT 1""", null, null, ct);
        lock (_gate)
        {
            (_upTo, _head) = last.Count > 0 ? (last[0].Sequence, last[0].Hash) : (0, LedgerHash.Genesis);
            return (_upTo.Value, _head);
        }
    }

    private static async Task<List<Fresh>> ReadAsync(GaoxinDbContext db, long? lockKey, string sql, long? from, IReadOnlyList<LockedRead>? then, CancellationToken ct)
    {
        static Fresh Row(System.Data.Common.DbDataReader r) => new(r.GetInt64(0), new ZoneId(r.GetGuid(1)), r.GetInt32(2), Enum.Parse<EntryKind>(r.GetString(3)),
            r.GetDecimal(4), r.IsDBNull(5) ? null : r.GetGuid(5), r.GetString(6));
        if (lockKey is { } key)
        {
            return await AdvisoryLock.LockWithAuditThenReadAsync(db, key, sql, Row, then, ct, from is { } f ? [("from", f)] : []);
        }

        var q = db.Set<LedgerEntry>().AsNoTracking();
        var rows = from is { } start
            ? q.Where(e => e.Sequence >= start).OrderBy(e => e.Sequence)
            : q.OrderByDescending(e => e.Sequence).Take(1);
        return await rows.Select(e => new Fresh(e.Sequence, e.ZoneId, e.FundYear, e.Kind, e.Amount, e.ProjectId, e.Hash)).ToListAsync(ct);
    }

    /// <summary>A fund-year's sums by kind as of <see cref="UpTo"/> (a copy); read from the table the first time.</summary>
    public async Task<Dictionary<EntryKind, decimal>> YearAsync(GaoxinDbContext db, ZoneId zone, int year, CancellationToken ct)
    {
        long upTo;
        lock (_gate)
        {
            if (_years.TryGetValue((zone, year), out var known))
            {
                return new Dictionary<EntryKind, decimal>(known);
            }

            upTo = _upTo ?? throw new InvalidOperationException("台账累计尚未同步。");
        }

        // As of upTo exactly, even if this transaction has saved entries of its own since.
        var read = await FundLedger.YearSumsAsync(db, zone, year, ct, upTo);
        lock (_gate)
        {
            if (_upTo == upTo)
            {
                _years[(zone, year)] = read;
            }

            return new Dictionary<EntryKind, decimal>(read);
        }
    }

    /// <summary>What projects have committed (net of releases) as of <see cref="UpTo"/>; those not yet known are read in one query per zone.</summary>
    public async Task<Dictionary<(ZoneId Zone, Guid Project), decimal>> ProjectsAsync(GaoxinDbContext db, IReadOnlyCollection<(ZoneId Zone, Guid Project)> projects, CancellationToken ct)
    {
        long upTo;
        var result = new Dictionary<(ZoneId Zone, Guid Project), decimal>();
        List<(ZoneId Zone, Guid Project)> unknown;
        lock (_gate)
        {
            upTo = _upTo ?? throw new InvalidOperationException("台账累计尚未同步。");
            foreach (var p in projects.Distinct())
            {
                if (_projects.TryGetValue(p, out var known))
                {
                    result[p] = known;
                }
            }

            unknown = projects.Distinct().Where(p => !result.ContainsKey(p)).ToList();
        }

        foreach (var zoned in unknown.GroupBy(p => p.Zone))
        {
            foreach (var (project, sum) in await FundLedger.ProjectsCommittedAsync(db, zoned.Key, zoned.Select(p => p.Project).ToList(), ct, upTo))
            {
                result[(zoned.Key, project)] = sum;
            }
        }

        lock (_gate)
        {
            if (_upTo == upTo)
            {
                foreach (var p in unknown)
                {
                    _projects[p] = result[p];
                }
            }
        }

        return result;
    }

    public static decimal CommittedDelta(EntryKind kind, decimal amount) => kind switch
    {
        EntryKind.AwardCommitted => amount,
        EntryKind.CommitmentReleased => -amount,
        _ => 0m,
    };
}
