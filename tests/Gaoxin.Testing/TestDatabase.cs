using Npgsql;
using Xunit;

namespace Gaoxin.Testing;

public enum Db
{
    Sqlite,
    Postgres,
}

/// <summary>
/// A fresh, real database for one test app: a SQLite file in a temp folder, or a new database on the PostgreSQL
/// server named by GAOXIN_TEST_PG (skipped, and said so, when that is not set).
/// </summary>
public sealed class TestDatabase : IAsyncDisposable
{
    public const string PostgresVariable = "GAOXIN_TEST_PG";

    /// <summary>
    /// The in-process app, the in-process CLI (whatever its working directory) and child processes must share one chain
    /// key: every test process keeps it, and PostgreSQL's anchor files, in one temp folder unless told otherwise.
    /// </summary>
    static TestDatabase()
    {
        if (string.IsNullOrEmpty(Environment.GetEnvironmentVariable("GAOXIN_CHAIN_DIR")))
        {
            Environment.SetEnvironmentVariable("GAOXIN_CHAIN_DIR", Path.Combine(Path.GetTempPath(), "gaoxin-tests", "chain"));
        }
    }

    private readonly string? _folder;
    private readonly string? _postgresName;

    private TestDatabase(Db kind, string connectionString, string? folder, string? postgresName)
    {
        Kind = kind;
        ConnectionString = connectionString;
        _folder = folder;
        _postgresName = postgresName;
    }

    public Db Kind { get; }

    public string ConnectionString { get; }

    public static string? PostgresServer => Environment.GetEnvironmentVariable(PostgresVariable) is { Length: > 0 } s ? s : null;

    /// <summary>Both providers, for theories that must hold on each.</summary>
    public static IEnumerable<object[]> Providers => [[Db.Sqlite], [Db.Postgres]];

    public static void SkipUnlessAvailable(Db kind) =>
        Assert.SkipWhen(kind == Db.Postgres && PostgresServer is null, $"PostgreSQL test skipped: {PostgresVariable} is not set.");

    public static async Task<TestDatabase> CreateAsync(Db kind)
    {
        SkipUnlessAvailable(kind);
        if (kind == Db.Sqlite)
        {
            var folder = Path.Combine(Path.GetTempPath(), "gaoxin-tests", Guid.NewGuid().ToString("N"));
            Directory.CreateDirectory(folder);
            return new TestDatabase(kind, $"Data Source={Path.Combine(folder, "gaoxin.db")}", folder, null);
        }

        var name = "gaoxin_test_" + Guid.NewGuid().ToString("N")[..12];
        await using (var admin = new NpgsqlConnection(PostgresServer))
        {
            await admin.OpenAsync();
            await using var create = new NpgsqlCommand($"CREATE DATABASE {name}", admin);
            await create.ExecuteNonQueryAsync();
        }

        // The server admits ~100 connections for every app a test process starts; a 200-request race must queue for a
        // pooled connection in the app rather than exhaust the server (53300).
        var builder = new NpgsqlConnectionStringBuilder(PostgresServer) { Database = name };
        builder.MaxPoolSize = Math.Min(builder.MaxPoolSize, 30);
        return new TestDatabase(kind, builder.ToString(), null, name);
    }

    /// <summary>
    /// Drops a test database. FORCE ends lingering connections, but a role without pg_signal_backend cannot end
    /// another role's process (e.g. an autovacuum worker); then a plain drop is retried for a few seconds. A database
    /// that still cannot be dropped is reported, not failed on: it is throwaway and uniquely named.
    /// </summary>
    private static async Task DropPostgresAsync(string name)
    {
        NpgsqlConnection.ClearAllPools();
        await using var admin = new NpgsqlConnection(PostgresServer);
        await admin.OpenAsync();
        foreach (var (sql, attempt) in new[] { $"DROP DATABASE IF EXISTS {name} WITH (FORCE)" }.Concat(Enumerable.Repeat($"DROP DATABASE IF EXISTS {name}", 10)).Select((s, i) => (s, i)))
        {
            try
            {
                await using var drop = new NpgsqlCommand(sql, admin);
                await drop.ExecuteNonQueryAsync();
                return;
            }
            catch (PostgresException ex) when (ex.SqlState is PostgresErrorCodes.InsufficientPrivilege or PostgresErrorCodes.ObjectInUse)
            {
                if (attempt == 10)
                {
                    await Console.Error.WriteLineAsync($"test database {name} left behind: {ex.MessageText}");
                    return;
                }

                await Task.Delay(500);
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_postgresName is not null)
        {
            await DropPostgresAsync(_postgresName);
        }

        if (_folder is not null)
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            try
            {
                Directory.Delete(_folder, recursive: true);
            }
            catch (IOException)
            {
                // A file still open by a finishing request; the temp folder is cleaned by the OS.
            }
        }
    }
}
