using System.Data.Common;
using System.Diagnostics.CodeAnalysis;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace Gaoxin.Data;

/// <summary>
/// PostgreSQL only: takes a transaction-scoped advisory lock and runs a query in the same round trip. A writer that must
/// hold a lock before it reads a head or a balance otherwise pays one extra round trip for the lock alone.
/// </summary>
public static class AdvisoryLock
{
    public static Task<List<T>> LockThenReadAsync<T>(GaoxinDbContext db, long key, string query, Func<DbDataReader, T> row, CancellationToken ct,
        params (string Name, object Value)[] parameters) =>
        RunAsync(db, key, auditToo: false, query, row, parameters, [], ct);

    /// <summary>
    /// As <see cref="LockThenReadAsync{T}"/>, and also takes the audit chain's lock and reads its head in the same round
    /// trip, for a transaction that will save audited changes anyway (its save then skips that round trip). The audit
    /// lock is taken second, as every save takes it after any lock of its own, so the order never inverts.
    /// </summary>
    /// <param name="then">Further reads for the same round trip, run after <paramref name="query"/>, each with its own parameters (names unique across all).</param>
    public static Task<List<T>> LockWithAuditThenReadAsync<T>(GaoxinDbContext db, long key, string query, Func<DbDataReader, T> row, IReadOnlyList<LockedRead>? then,
        CancellationToken ct, params (string Name, object Value)[] parameters) =>
        RunAsync(db, key, auditToo: true, query, row, [.. parameters, .. (then ?? []).SelectMany(r => r.Parameters)], then ?? [], ct);

    [SuppressMessage("Security", "CA2100:Review SQL queries for security vulnerabilities", Justification = "Callers pass constant SQL; values go in parameters.")]
    private static async Task<List<T>> RunAsync<T>(GaoxinDbContext db, long key, bool auditToo, string query, Func<DbDataReader, T> row,
        (string Name, object Value)[] parameters, IReadOnlyList<LockedRead> then, CancellationToken ct)
    {
        var transaction = db.Database.CurrentTransaction?.GetDbTransaction() ?? throw new InvalidOperationException("咨询锁只能在事务中获取。");
        await using var command = transaction.Connection!.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = auditToo
            ? $"SELECT pg_advisory_xact_lock({key}); SELECT pg_advisory_xact_lock({Audit.AuditTrail.PostgresLockKey}); {Audit.AuditTrail.HeadQuery}; {query}"
            : $"SELECT pg_advisory_xact_lock({key}); {query}";
        foreach (var read in then)
        {
            command.CommandText += "; " + read.Sql;
        }

        foreach (var (name, value) in parameters)
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = name;
            parameter.Value = value;
            command.Parameters.Add(parameter);
        }

        await using var reader = await command.ExecuteReaderAsync(ct);
        await reader.NextResultAsync(ct);
        if (auditToo)
        {
            await reader.NextResultAsync(ct);
            (long, string)? head = await reader.ReadAsync(ct) ? (reader.GetInt64(0), reader.GetString(1)) : null;
            db.AuditHeadRead(db.Database.CurrentTransaction!.TransactionId, head);
            await reader.NextResultAsync(ct);
        }

        var rows = new List<T>();
        while (await reader.ReadAsync(ct))
        {
            rows.Add(row(reader));
        }

        foreach (var read in then)
        {
            await reader.NextResultAsync(ct);
            await read.ReadAsync(reader, ct);
        }

        return rows;
    }
}

/// <summary>A read that rides in a lock's round trip: its SQL, its parameters, and what consumes its result set.</summary>
public sealed record LockedRead(string Sql, IReadOnlyList<(string Name, object Value)> Parameters, Func<DbDataReader, CancellationToken, Task> ReadAsync);
