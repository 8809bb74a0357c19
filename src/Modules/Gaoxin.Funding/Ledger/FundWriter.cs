using System.Threading.Channels;
using Gaoxin.Data.Audit;
using Gaoxin.Data.Http;
using Gaoxin.Kernel.Rules;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Gaoxin.Funding.Ledger;

/// <summary>
/// Group commit for the fund's busiest money changes, approvals and payments (批量提交). Each change needs the fund's
/// lock from its first balance read to its commit, so changes run one after another; with one transaction each, every
/// change also waited for its own commit to reach the disk while holding the lock, which capped the fund at a few
/// hundred changes a second. Here concurrent changes queue, and one loop runs whatever has queued in turn inside ONE
/// transaction that holds the lock, then commits once.
/// <para>
/// Nothing is weakened: each change still reads its balances under the lock (seeing the changes before it in the
/// batch), is checked by the same rules and saved with its own audit actor before the next starts. A refused change
/// is taken out of the batch alone. If the database rejects a save (a unique key, a lost connection) the whole batch
/// rolls back and each change is run again in a transaction of its own, so only the guilty one fails. Callers hear
/// of success only after the commit. The lock is the database's, so other processes and the un-batched money changes
/// (<see cref="FundLedger.InTransactionAsync{T}"/>) interleave safely with batches.
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
    /// may only use the ledger it is given (and its <see cref="FundLedger.Db"/>), must not save, and must be safe to run
    /// again on a fresh context: a batch the database rejects is replayed change by change.
    /// </summary>
    public async Task<T> WriteAsync<T>(IAuditActor actor, Func<FundLedger, CancellationToken, Task<T>> change, CancellationToken ct)
    {
        var queued = new Change<T>(AuditActorSnapshot.Of(actor), change);
        if (!_queue.Writer.TryWrite(queued))
        {
            throw new InvalidOperationException("资金写入队列已关闭。");
        }

        // A caller that gives up still leaves its change to run: it may already be in a batch being committed.
        return await queued.Done.WaitAsync(ct);
    }

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

            await RunAsync(batch);
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
        var refusals = new Exception?[batch.Count];
        await ledger.InTransactionAsync(async () =>
        {
            for (var i = 0; i < batch.Count; i++)
            {
                var change = batch[i];
                db.ActAs(change.Actor);
                ledger.ActorName = change.Actor.Name;
                try
                {
                    await change.RunAsync(ledger, CancellationToken.None);
                }
                catch (Exception e) when (batch.Count > 1 && IsRefusal(e))
                {
                    // Refused before saving: drop its unsaved rows and entries; the batch goes on.
                    refusals[i] = e;
                    db.ChangeTracker.Clear();
                    ledger.Rewind();
                    continue;
                }

                await db.SaveChangesAsync(CancellationToken.None);
                ledger.Checkpoint();
                db.ChangeTracker.Clear();
            }

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
    private static bool IsRefusal(Exception e) => e is BusinessRuleException or FundingRefusal or InputRefusedException;

    private abstract class Change(IAuditActor actor)
    {
        public IAuditActor Actor { get; } = actor;

        public abstract Task RunAsync(FundLedger ledger, CancellationToken ct);

        public abstract void Succeed();

        public abstract void Fail(Exception e);
    }

    private sealed class Change<T>(IAuditActor actor, Func<FundLedger, CancellationToken, Task<T>> body) : Change(actor)
    {
        private readonly TaskCompletionSource<T> _done = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private T? _result;

        public Task<T> Done => _done.Task;

        public override async Task RunAsync(FundLedger ledger, CancellationToken ct) => _result = await body(ledger, ct);

        public override void Succeed() => _done.TrySetResult(_result!);

        public override void Fail(Exception e) => _done.TrySetException(e);
    }
}
