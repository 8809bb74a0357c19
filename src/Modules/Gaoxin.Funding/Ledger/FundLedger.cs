using Gaoxin.Contracts.Funding;
using Gaoxin.Data;
using Gaoxin.Data.Audit;
using Gaoxin.Kernel.Zones;
using Microsoft.EntityFrameworkCore;

using Gaoxin.Funding.Policy;

namespace Gaoxin.Funding.Ledger;

/// <summary>
/// Runs a change to the fund's money as one database transaction that holds the fund's lock from the first read of a
/// balance to the commit, so a check ("within the budget") and the entry it allows cannot be split by another writer.
/// SQLite: the transaction begins IMMEDIATE (one writer at a time). PostgreSQL: pg_advisory_xact_lock, taken by
/// <see cref="LockAsync"/> just before the balances are read (reads that do not decide money come first, outside the
/// serialised part) and released at commit or rollback. Never an in-process lock: the web farm and the CLI share the
/// database, not the process.
/// </summary>
internal sealed class FundLedger(GaoxinDbContext db, IAuditActor actor, LedgerSums committed, TimeProvider clock)
{
    /// <summary>Arbitrary 64-bit key for the fund's advisory lock: "GXFUNDLG".</summary>
    internal const long PostgresLockKey = 0x4758_4655_4E44_4C47;

    private long? _sequence;
    private string _previous = LedgerHash.Genesis;
    private bool _locked;
    private bool _caughtUp;

    /// <summary>This transaction's entries, saved or not: added to the committed sums whenever a year or project is first asked for.</summary>
    private readonly List<LedgerEntry> _appended = [];

    /// <summary>
    /// The committed sums (<see cref="LedgerSums"/>) plus this transaction's entries, per fund-year and project: a batch of
    /// changes decides against running balances. Still derived from entries; dropped with the transaction.
    /// </summary>
    private readonly Dictionary<(ZoneId Zone, int Year), Dictionary<EntryKind, decimal>> _years = [];
    private readonly Dictionary<(ZoneId Zone, Guid Project), decimal> _projects = [];

    public GaoxinDbContext Db => db;

    /// <summary>Who the entries name; the group commit sets it for each change it runs.</summary>
    public string ActorName { get; set; } = actor.Name;

    public async Task<T> InTransactionAsync<T>(Func<Task<T>> work, CancellationToken ct)
    {
        if (db.Database.CurrentTransaction is not null)
        {
            throw new InvalidOperationException("资金交易不能嵌套在已打开的事务中。");
        }

        await using var tx = await db.Database.BeginTransactionAsync(ct);
        // One save per transaction, rolled back whole on failure: EF's savepoint around it would only add round trips while the lock is held.
        db.Database.AutoSavepointsEnabled = false;
        Forget();
        _locked = !db.IsPostgres;
        try
        {
            var result = await work();
            await LockAsync(ct);
            await db.SaveChangesAsync(ct);
            await tx.CommitAsync(ct);
            return result;
        }
        catch
        {
            // Nothing of a refused change may linger in this context for a later save.
            db.ChangeTracker.Clear();
            throw;
        }
        finally
        {
            db.Database.AutoSavepointsEnabled = true;
            Forget();
            _locked = false;
        }
    }

    /// <summary>Takes the fund's lock for the rest of the transaction (once); every balance read that decides a change comes after it.</summary>
    /// <param name="then">Reads for the lock's round trip (PostgreSQL only, and only if this call takes the lock): the caller checks whether they ran.</param>
    public async Task LockAsync(CancellationToken ct, IReadOnlyList<LockedRead>? then = null)
    {
        if (db.Database.CurrentTransaction is null)
        {
            throw new InvalidOperationException("资金锁只能在资金交易中获取。");
        }

        if (!_caughtUp)
        {
            // Before this transaction appends anything: the lock (unless held) and, in the same round trip on PostgreSQL,
            // what others committed since and the chain's head.
            (var head, _previous) = await committed.CatchUpAsync(db, _locked ? null : PostgresLockKey, ct, then);
            _sequence = head;
            (_locked, _caughtUp) = (true, true);
        }
    }

    private void Forget()
    {
        _sequence = null;
        _previous = LedgerHash.Genesis;
        _caughtUp = false;
        _appended.Clear();
        _years.Clear();
        _projects.Clear();
    }

    /// <summary>A fund-year's position for a decision: under the lock, from entries, read once per transaction.</summary>
    public async Task<FundPosition> LockedPositionAsync(ZoneId zone, int year, CancellationToken ct)
    {
        await LockAsync(ct);
        if (!_years.TryGetValue((zone, year), out var sums))
        {
            sums = await committed.YearAsync(db, zone, year, ct);
            foreach (var e in _appended.Where(e => e.ZoneId == zone && e.FundYear == year))
            {
                sums[e.Kind] = sums.GetValueOrDefault(e.Kind) + e.Amount;
            }

            _years[(zone, year)] = sums;
        }

        return Position(year, sums);
    }

    /// <summary>Money committed to a project across all years and not released, for a decision: under the lock, from the running sums.</summary>
    public async Task<decimal> LockedProjectCommittedAsync(ZoneId zone, Guid projectId, CancellationToken ct)
    {
        await PrefetchProjectsAsync([(zone, projectId)], ct);
        return _projects[(zone, projectId)];
    }

    /// <summary>Reads, under the lock, what several projects have committed (a batch's changes declare their projects up front).</summary>
    public async Task PrefetchProjectsAsync(IReadOnlyCollection<(ZoneId Zone, Guid Project)> projects, CancellationToken ct)
    {
        await LockAsync(ct);
        var wanted = projects.Where(p => !_projects.ContainsKey(p)).Distinct().ToList();
        if (wanted.Count == 0)
        {
            return;
        }

        foreach (var (key, sum) in await committed.ProjectsAsync(db, wanted, ct))
        {
            _projects[key] = sum + _appended.Where(e => e.ZoneId == key.Zone && e.ProjectId == key.Project).Sum(e => LedgerSums.CommittedDelta(e.Kind, e.Amount));
        }
    }

    /// <summary>Adds an entry chained to the current head; only inside a fund transaction.</summary>
    public async Task<LedgerEntry> AppendAsync(ZoneId zone, int year, EntryKind kind, decimal amount, string memo, CancellationToken ct,
        Guid? awardId = null, Guid? projectId = null, Guid? instrumentId = null, int? policyVersion = null)
    {
        if (db.Database.CurrentTransaction is null)
        {
            throw new InvalidOperationException("台账分录只能在资金交易中写入。");
        }

        await LockAsync(ct);

        var utc = clock.GetUtcNow();
        var entry = new LedgerEntry
        {
            Sequence = _sequence!.Value + 1,
            ZoneId = zone,
            FundYear = year,
            Kind = kind,
            Amount = amount,
            AwardId = awardId,
            ProjectId = projectId,
            InstrumentId = instrumentId,
            PolicyVersion = policyVersion,
            Memo = memo,
            Actor = ActorName,
            // Whole milliseconds in UTC: both providers store that exactly, so the hash survives the round trip.
            OccurredAt = new DateTimeOffset(utc.UtcTicks - (utc.UtcTicks % TimeSpan.TicksPerMillisecond), TimeSpan.Zero),
            PreviousHash = _previous,
        };
        var hashed = new LedgerEntry
        {
            Sequence = entry.Sequence, ZoneId = entry.ZoneId, FundYear = entry.FundYear, Kind = entry.Kind, Amount = entry.Amount, AwardId = entry.AwardId,
            ProjectId = entry.ProjectId, InstrumentId = entry.InstrumentId, PolicyVersion = entry.PolicyVersion, Memo = entry.Memo, Actor = entry.Actor,
            OccurredAt = entry.OccurredAt, PreviousHash = entry.PreviousHash, Hash = LedgerHash.Compute(entry, db.Custody.Key),
        };
        db.Add(hashed);
        _sequence = hashed.Sequence;
        _previous = hashed.Hash;
        _appended.Add(hashed);
        Remember(hashed);
        return hashed;
    }

    private void Remember(LedgerEntry e)
    {
        if (_years.TryGetValue((e.ZoneId, e.FundYear), out var sums))
        {
            sums[e.Kind] = sums.GetValueOrDefault(e.Kind) + e.Amount;
        }

        if (e.ProjectId is { } project && _projects.TryGetValue((e.ZoneId, project), out var sum))
        {
            _projects[(e.ZoneId, project)] = sum + LedgerSums.CommittedDelta(e.Kind, e.Amount);
        }
    }

    /// <summary>A fund-year's position, every figure summed from entries.</summary>
    public static async Task<FundPosition> PositionAsync(GaoxinDbContext db, ZoneId zone, int year, CancellationToken ct) =>
        Position(year, await YearSumsAsync(db, zone, year, ct));

    /// <summary>
    /// The year's position as the zone plans it: a year whose budget no one has set reads as the policy's annual budget
    /// (年度预算), which the year's first award then writes to the ledger (<see cref="LockedYearOpened"/>).
    /// </summary>
    public static async Task<FundPosition> PlannedPositionAsync(GaoxinDbContext db, ZoneId zone, int year, DateOnly today, CancellationToken ct) =>
        await PlannedPositionAsync(db, zone, year, async () => (await PolicyBook.ReadInForceAsync(db, zone, today, ct)).AnnualBudget, ct);

    /// <summary>As above, with the policy the caller already holds (read only when the year was never budgeted).</summary>
    public static async Task<FundPosition> PlannedPositionAsync(GaoxinDbContext db, ZoneId zone, int year, Func<Task<decimal>> annualBudget, CancellationToken ct)
    {
        var sums = await YearSumsAsync(db, zone, year, ct);
        var position = Position(year, sums);
        return sums.ContainsKey(EntryKind.BudgetSet) ? position : WithBudget(position, await annualBudget());
    }

    /// <summary>A position with the budget a year would open with.</summary>
    public static FundPosition WithBudget(FundPosition position, decimal budget) =>
        position with { Budget = budget, Available = position.Available - position.Budget + budget };

    /// <summary>Whether the year's budget was ever set (a budget entry, even one of zero); read under the lock after <see cref="LockedPositionAsync"/>.</summary>
    public bool LockedYearOpened(ZoneId zone, int year) =>
        _years.TryGetValue((zone, year), out var sums) && sums.ContainsKey(EntryKind.BudgetSet);

    /// <summary>A fund-year's sums by kind; with <paramref name="upTo"/>, as of that entry (later ones, e.g. this transaction's own, left out).</summary>
    internal static async Task<Dictionary<EntryKind, decimal>> YearSumsAsync(GaoxinDbContext db, ZoneId zone, int year, CancellationToken ct, long? upTo = null)
    {
        var sums = await db.Set<LedgerEntry>().AsNoTracking().Where(e => e.ZoneId == zone && e.FundYear == year && (upTo == null || e.Sequence <= upTo))
            .GroupBy(e => e.Kind).Select(g => new { g.Key, Sum = g.Sum(e => e.Amount) }).ToListAsync(ct);
        return sums.ToDictionary(s => s.Key, s => s.Sum);
    }

    public static FundPosition Position(int year, IReadOnlyDictionary<EntryKind, decimal> sums)
    {
        decimal Of(EntryKind k) => sums.TryGetValue(k, out var v) ? v : 0m;
        var budget = Of(EntryKind.BudgetSet);
        var committed = Of(EntryKind.AwardCommitted) - Of(EntryKind.CommitmentReleased);
        var returned = Of(EntryKind.ReturnReceived);
        return new FundPosition(year, budget, committed, Of(EntryKind.TranchePaid), budget + returned - committed, returned, Of(EntryKind.WrittenOff));
    }

    /// <summary>Money committed to a project across all years and not released.</summary>
    public static async Task<decimal> ProjectCommittedAsync(GaoxinDbContext db, ZoneId zone, Guid projectId, CancellationToken ct) =>
        (await ProjectsCommittedAsync(db, zone, [projectId], ct))[projectId];

    /// <summary>Per project, money committed across all years and not released; with <paramref name="upTo"/>, as of that entry.</summary>
    internal static async Task<Dictionary<Guid, decimal>> ProjectsCommittedAsync(GaoxinDbContext db, ZoneId zone, IReadOnlyCollection<Guid> projectIds, CancellationToken ct,
        long? upTo = null)
    {
        var ids = projectIds.Distinct().ToList();
        var sums = await db.Set<LedgerEntry>().AsNoTracking()
            .Where(e => e.ZoneId == zone && e.ProjectId != null && ids.Contains(e.ProjectId.Value) && (upTo == null || e.Sequence <= upTo)
                && (e.Kind == EntryKind.AwardCommitted || e.Kind == EntryKind.CommitmentReleased))
            .GroupBy(e => new { e.ProjectId, e.Kind }).Select(g => new { g.Key.ProjectId, g.Key.Kind, Sum = g.Sum(e => e.Amount) }).ToListAsync(ct);
        return ids.ToDictionary(id => id, id => sums.Where(s => s.ProjectId == id).Sum(s => LedgerSums.CommittedDelta(s.Kind, s.Sum)));
    }

    /// <summary>Per award: committed, paid, released, written off, returned, from entries.</summary>
    public static async Task<Dictionary<Guid, AwardMoney>> AwardMoneyAsync(GaoxinDbContext db, ZoneId zone, IReadOnlyCollection<Guid> awardIds, CancellationToken ct)
    {
        var ids = awardIds.ToList();
        var sums = await db.Set<LedgerEntry>().AsNoTracking().Where(e => e.ZoneId == zone && e.AwardId != null && ids.Contains(e.AwardId.Value))
            .GroupBy(e => new { e.AwardId, e.Kind }).Select(g => new { g.Key.AwardId, g.Key.Kind, Sum = g.Sum(e => e.Amount) }).ToListAsync(ct);
        return ids.ToDictionary(id => id, id =>
        {
            decimal Of(EntryKind k) => sums.Where(s => s.AwardId == id && s.Kind == k).Sum(s => s.Sum);
            return new AwardMoney(Of(EntryKind.AwardCommitted), Of(EntryKind.TranchePaid), Of(EntryKind.CommitmentReleased), Of(EntryKind.WrittenOff), Of(EntryKind.ReturnReceived));
        });
    }
}

/// <summary>An award's money from the ledger. Outstanding = committed − paid − released (what may still be paid).</summary>
public sealed record AwardMoney(decimal Committed, decimal Paid, decimal Released, decimal WrittenOff, decimal Returned)
{
    public decimal Outstanding => Committed - Paid - Released;
}
