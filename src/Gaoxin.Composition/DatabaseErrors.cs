using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Gaoxin.Composition;

/// <summary>
/// Recognises provider errors that mean "someone else got there first" (409 instead of 500), and those that mean the
/// database cannot serve now (503: unreachable, restarting, refusing connections, out of disk), which pass by themselves.
/// </summary>
public static class DatabaseErrors
{
    private const int SqliteConstraint = 19;

    // SQLITE_BUSY (another writer past the timeout), SQLITE_IOERR, SQLITE_FULL (disk full), SQLITE_CANTOPEN.
    private static readonly int[] SqliteUnavailable = [5, 10, 13, 14];

    /// <summary>
    /// True when the error (or one it wraps: EF and Npgsql nest them) says the database is out of reach or cannot take
    /// the work now, rather than that the request was wrong: no connection, a broken one, a server shutting down or not
    /// accepting connections, too many connections, disk full.
    /// </summary>
    public static bool IsUnavailable(Exception exception)
    {
        for (var e = exception; e is not null; e = e.InnerException)
        {
            switch (e)
            {
                case PostgresException pg:
                    return pg.SqlState.StartsWith("08", StringComparison.Ordinal) // connection exception
                        || pg.SqlState is PostgresErrorCodes.AdminShutdown or PostgresErrorCodes.CrashShutdown or PostgresErrorCodes.CannotConnectNow
                            or PostgresErrorCodes.TooManyConnections or PostgresErrorCodes.DiskFull or PostgresErrorCodes.OutOfMemory
                            or PostgresErrorCodes.ReadOnlySqlTransaction // a standby being promoted, or a primary demoted under it
                        || (pg.SqlState == PostgresErrorCodes.ObjectNotInPrerequisiteState && pg.MessageText.Contains("connections", StringComparison.Ordinal));
                case NpgsqlException:
                    // Not a PostgresException: the server never answered (refused, reset, timed out, stream broken).
                    return true;
                case SqliteException sqlite:
                    return SqliteUnavailable.Contains(sqlite.SqliteErrorCode);
                case TimeoutException:
                    return true;
            }
        }

        return false;
    }

    public static bool IsUniqueViolation(DbUpdateException exception) => exception.InnerException switch
    {
        SqliteException sqlite => sqlite.SqliteErrorCode == SqliteConstraint && sqlite.Message.Contains("UNIQUE", StringComparison.Ordinal),
        PostgresException pg => pg.SqlState == PostgresErrorCodes.UniqueViolation,
        _ => false,
    };
}
