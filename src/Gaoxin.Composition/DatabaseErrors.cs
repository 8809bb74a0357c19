using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Gaoxin.Composition;

/// <summary>Recognises provider errors that mean "someone else got there first", so the API can answer 409 instead of 500.</summary>
public static class DatabaseErrors
{
    private const int SqliteConstraint = 19;

    public static bool IsUniqueViolation(DbUpdateException exception) => exception.InnerException switch
    {
        SqliteException sqlite => sqlite.SqliteErrorCode == SqliteConstraint && sqlite.Message.Contains("UNIQUE", StringComparison.Ordinal),
        PostgresException pg => pg.SqlState == PostgresErrorCodes.UniqueViolation,
        _ => false,
    };
}
