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
    [SuppressMessage("Security", "CA2100:Review SQL queries for security vulnerabilities", Justification = "Callers pass constant SQL; values go in parameters.")]
    public static async Task<List<T>> LockThenReadAsync<T>(GaoxinDbContext db, long key, string query, Func<DbDataReader, T> row, CancellationToken ct,
        params (string Name, object Value)[] parameters)
    {
        var transaction = db.Database.CurrentTransaction?.GetDbTransaction() ?? throw new InvalidOperationException("咨询锁只能在事务中获取。");
        await using var command = transaction.Connection!.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = $"SELECT pg_advisory_xact_lock({key}); {query}";
        foreach (var (name, value) in parameters)
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = name;
            parameter.Value = value;
            command.Parameters.Add(parameter);
        }

        await using var reader = await command.ExecuteReaderAsync(ct);
        await reader.NextResultAsync(ct);
        var rows = new List<T>();
        while (await reader.ReadAsync(ct))
        {
            rows.Add(row(reader));
        }

        return rows;
    }
}
