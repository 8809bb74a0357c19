using System.Diagnostics;
using System.Diagnostics.Metrics;
using System.Threading.Channels;
using Gaoxin.Data.Audit;
using Gaoxin.Funding.Ledger;
using Gaoxin.Kernel.Rules;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Gaoxin.Funding.Decisions;

/// <summary>
/// Group commit for the fund's busiest money changes, approvals and payments (批量提交). Each change needs the fund's
/// lock from its first balance read to its commit, so changes run one after another; with a transaction each, every
/// change also held the lock through its own reads, its own save and its own flush to disk, which capped the fund at
/// a few hundred changes a second. Here concurrent changes queue, and one loop runs whatever has queued inside ONE
/// transaction that holds the lock: what the changes declared they will read is read once for all of them
/// (<see cref="FundBatch"/>), each change runs in turn on the shared, tracked records (seeing the earlier ones), and
/// one save and one commit carry them all.
/// <para>
/// Nothing is weakened. Each change is checked by the same rules against balances that include the changes before it;
/// the audit trail names each change's own actor (changes to the same record are saved apart); a change refused before
/// it changed anything is left out alone; anything else — a refusal after a change, a save the database rejects —
/// rolls the batch back and runs each change again in a transaction of its own, so only the guilty one fails. Callers
/// hear of success only after the commit. The lock is the database's, so other processes and the un-batched money
/// changes (<see cref="FundLedger.InTransactionAsync{T}"/>) interleave safely with batches.
/// </para>
/// </summary>
internal sealed partial class FundWriter : IAsyncDisposable, IDisposable
{
    /// <summary>Enough to amortise the commit; small enough that one batch's wait stays short.</summary>
    private const int MostPerBatch = 64;

    private readonly Channel<Change> _queue = Channel.CreateUnbounded<Change>(new UnboundedChannelOptions { SingleReader = true });
    private readonly IServiceScopeFactory _scopes;
    private readonly ILogger<FundWriter> _log;
    private readonly Task _loop;
    private int _inFlight;
    private int _queued;

    /// <summary>For `dotnet-counters monitor --counters Gaoxin.Funding`: how big batches are and how long the lock is held.</summary>
    private static readonly Meter Meter = new("Gaoxin.Funding");
    private static readonly Histogram<int> BatchSize = Meter.CreateHistogram<int>("gaoxin.funding.batch.size", "{change}", "Changes committed together");
    private static readonly Histogram<double> BatchTime = Meter.CreateHistogram<double>("gaoxin.funding.batch.duration", "ms", "Time from the batch's start to its commit");

    public FundWriter(IServiceScopeFactory scopes, ILogger<FundWriter> log)
    {
        _scopes = scopes;
        _log = log;
        // The loop must not inherit the first caller's request context (its user, its HttpContext).
        using (ExecutionContext.SuppressFlow())
        {
            _loop = Task.Run(LoopAsync);
        }
    }

    /// <summary>
    /// Runs <paramref name="change"/> under the fund's lock in the next batch and returns once it is committed. The change
    /// may only use the batch it is given (its records, ledger and context), must not save, and must be safe to run again
    /// on a fresh batch: a batch that fails is replayed change by change.
    /// </summary>
    public async Task<T> WriteAsync<T>(IAuditActor actor, FundNeeds needs, Func<FundBatch, CancellationToken, Task<T>> change, CancellationToken ct)
    {
        var queued = new Change<T>(AuditActorSnapshot.Of(actor), needs, change);
        if (!_queue.Writer.TryWrite(queued))
        {
            throw new InvalidOperationException("资金写入队列已关闭。");
        }

        Interlocked.Increment(ref _queued);

        // A caller that gives up still leaves its change to run: it may already be in a batch being committed.
        return await queued.Done.WaitAsync(ct);
    }

    /// <summary>Changes queued and not yet taken into a batch (tests wait on it instead of sleeping).</summary>
    internal int Queued => Volatile.Read(ref _queued);

    /// <summary>Changes in the batch now running (tests wait on it instead of sleeping).</summary>
    internal int InFlight => Volatile.Read(ref _inFlight);

    /// <summary>Stops taking changes; the queued ones still run (the synchronous dispose does not wait for them).</summary>
    public void Dispose() => _queue.Writer.TryComplete();

    public async ValueTask DisposeAsync()
    {
        _queue.Writer.TryComplete();
        await _loop;
    }

    private async Task LoopAsync()
    {
        var reader = _queue.Reader;
        var batch = new List<Change>(MostPerBatch);
        while (await reader.WaitToReadAsync())
        {
            batch.Clear();
            while (batch.Count < MostPerBatch && reader.TryRead(out var next))
            {
                batch.Add(next);
            }

            Interlocked.Add(ref _queued, -batch.Count);

            var started = Stopwatch.GetTimestamp();
            Volatile.Write(ref _inFlight, batch.Count);
            await RunAsync(batch);
            Volatile.Write(ref _inFlight, 0);
            BatchSize.Record(batch.Count);
            BatchTime.Record(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        }
    }

    private async Task RunAsync(List<Change> batch)
    {
        if (batch.Count > 1)
        {
            try
            {
                await RunTogetherAsync(batch);
                return;
            }
            catch (Exception e)
            {
                BatchRejected(_log, e, batch.Count);
            }
        }

        foreach (var change in batch)
        {
            try
            {
                await RunTogetherAsync([change]);
            }
            catch (Exception e)
            {
                change.Fail(e);
            }
        }
    }

    private async Task RunTogetherAsync(IReadOnlyList<Change> batch)
    {
        await using var scope = _scopes.CreateAsyncScope();
        var ledger = scope.ServiceProvider.GetRequiredService<FundLedger>();
        var db = ledger.Db;
        var work = new FundBatch(ledger, scope.ServiceProvider);
        var refusals = new Exception?[batch.Count];
        await ledger.InTransactionAsync(async () =>
        {
            await work.PrefetchAsync(batch.Select(c => c.Needs).ToList(), CancellationToken.None);
            var unsaved = new HashSet<Guid>();
            for (var i = 0; i < batch.Count; i++)
            {
                var change = batch[i];
                if (change.Needs.Records().Any(unsaved.Contains))
                {
                    // It may modify what an earlier change modified: save that first, so each change is audited under its own name.
                    await db.SaveChangesAsync(CancellationToken.None);
                    unsaved.Clear();
                }

                ledger.ActorName = change.Actor.Name;
                try
                {
                    await change.RunAsync(work, CancellationToken.None);
                }
                catch (Exception e) when (batch.Count > 1 && IsRefusal(e) && !db.HasUnattributedChanges())
                {
                    // Refused before it changed anything: the batch goes on without it.
                    refusals[i] = e;
                    continue;
                }

                db.AttributeChanges(change.Actor);
                unsaved.UnionWith(change.Needs.Records());
            }

            // The ledger's transaction saves what is left and commits: everyone's changes reach the disk in one flush.
            return true;
        }, CancellationToken.None);

        for (var i = 0; i < batch.Count; i++)
        {
            if (refusals[i] is { } refused)
            {
                batch[i].Fail(refused);
            }
            else
            {
                batch[i].Succeed();
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "资金批量提交被数据库拒绝（{Count} 笔），逐笔重试。")]
    private static partial void BatchRejected(ILogger logger, Exception e, int count);

    /// <summary>The change's own refusal (a rule, a state, bad input): nothing reached the database, so the transaction is still good.</summary>
    private static bool IsRefusal(Exception e) => e is Refusal;

    private abstract class Change(IAuditActor actor, FundNeeds needs)
    {
        public IAuditActor Actor { get; } = actor;

        public FundNeeds Needs { get; } = needs;

        public abstract Task RunAsync(FundBatch batch, CancellationToken ct);

        public abstract void Succeed();

        public abstract void Fail(Exception e);
    }

    private sealed class Change<T>(IAuditActor actor, FundNeeds needs, Func<FundBatch, CancellationToken, Task<T>> body) : Change(actor, needs)
    {
        private readonly TaskCompletionSource<T> _done = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private T? _result;

        public Task<T> Done => _done.Task;

        public override async Task RunAsync(FundBatch batch, CancellationToken ct) => _result = await body(batch, ct);

        public override void Succeed() => _done.TrySetResult(_result!);

        public override void Fail(Exception e) => _done.TrySetException(e);
    }
}
