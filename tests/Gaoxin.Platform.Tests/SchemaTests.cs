using System.ComponentModel;
using System.Diagnostics;
using System.Text;
using Gaoxin.Composition;
using Gaoxin.Data;
using Gaoxin.Data.Audit;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql;

namespace Gaoxin.Platform.Tests;

/// <summary>
/// The per-part migrations replaced one set of seven (Gaoxin.Composition/Migrations, removed). Schema/*.schema.sql is
/// the schema that old set built on an empty database (sqlite3 .schema; pg_dump --schema-only --no-owner
/// --no-privileges), frozen before it was removed: the new migrations must build exactly that, hand-written triggers
/// and functions included, and a database the old set built must be taken as it is.
/// </summary>
public sealed class SchemaTests
{
    private static readonly string[] OldSqliteMigrations =
    [
        "20261126182041_Initial", "20261126182115_AuditAppendOnly", "20261126191900_Enterprises", "20261126203701_TechTransfer",
        "20261126211759_TechTransferAnalyticsIndexes", "20261126215121_IndustryIndicators", "20261126215739_FundingInitial",
    ];

    private static readonly string[] OldPostgresMigrations =
    [
        "20261126182049_Initial", "20261126182118_AuditAppendOnly", "20261126191904_Enterprises", "20261126203705_TechTransfer",
        "20261126211803_TechTransferAnalyticsIndexes", "20261126215125_IndustryIndicators", "20261126215743_FundingInitial",
    ];

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task The_parts_initial_migrations_build_exactly_the_schema_of_the_old_single_set(Db kind)
    {
        await using var database = await TestDatabase.CreateAsync(kind);
        await using (var db = Composed(database))
        {
            // The squash's claim is about each squashed part's initial migration; later migrations and modules added
            // after the squash (e.g. the pilot base) add to the schema on purpose.
            foreach (var part in GaoxinDatabase.MigrationParts.Where(GaoxinDatabase.ReplacedTheOldSet))
            {
                await using var migrations = part.Create(db.IsPostgres, db.Database.GetDbConnection());
                var initial = migrations.Database.GetMigrations().First();
                await migrations.GetService<IMigrator>().MigrateAsync(initial, cancellationToken: TestContext.Current.CancellationToken);
            }
        }

        ShouldMatchFrozen(await SchemaAsync(database), kind);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_database_built_by_the_old_set_is_recorded_at_each_parts_initial_migration_and_left_as_it_is(Db kind)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = await TestDatabase.CreateAsync(kind);
        await BuildAsTheOldSetDidAsync(database, kind == Db.Sqlite ? OldSqliteMigrations : OldPostgresMigrations);

        await using (var db = Composed(database))
        {
            await GaoxinDatabase.MigrateAsync(db, ct);
            await GaoxinDatabase.MigrateAsync(db, ct); // a second start finds nothing to do

            var connection = db.Database.GetDbConnection();
            foreach (var part in GaoxinDatabase.MigrationParts)
            {
                await using var migrations = part.Create(db.IsPostgres, connection);
                // Recorded at the initial migration (the schema matching the frozen one proves it was not run), later ones applied.
                (await migrations.Database.GetAppliedMigrationsAsync(ct)).ShouldBe(migrations.Database.GetMigrations(), part.Name);
                (await migrations.Database.GetPendingMigrationsAsync(ct)).ShouldBeEmpty(part.Name);
            }
        }

        // Later migrations applied on top: the schema is exactly the one a new database gets.
        await using var fresh = await TestDatabase.CreateAsync(kind);
        await using (var db = Composed(fresh))
        {
            await GaoxinDatabase.MigrateAsync(db, ct);
        }

        ShouldMatch(await SchemaAsync(database), await SchemaAsync(fresh));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_database_the_old_set_left_half_way_is_refused(Db kind)
    {
        await using var database = await TestDatabase.CreateAsync(kind);
        await BuildAsTheOldSetDidAsync(database, kind == Db.Sqlite ? OldSqliteMigrations[..6] : OldPostgresMigrations[..6]);
        await using var db = Composed(database);
        var refused = await Should.ThrowAsync<InvalidOperationException>(() => GaoxinDatabase.MigrateAsync(db, TestContext.Current.CancellationToken));
        refused.Message.ShouldContain("旧版");
    }

    private static GaoxinDbContext Composed(TestDatabase database) => database.Kind == Db.Sqlite
        ? new SqliteGaoxinDbContext(new DbContextOptionsBuilder<SqliteGaoxinDbContext>().UseSqlite(database.ConnectionString).Options, GaoxinModules.All, new SystemAuditActor("test"), TimeProvider.System)
        : new PostgresGaoxinDbContext(new DbContextOptionsBuilder<PostgresGaoxinDbContext>().UseNpgsql(database.ConnectionString).Options, GaoxinModules.All, new SystemAuditActor("test"), TimeProvider.System);

    /// <summary>The frozen schema replayed, with the old set's history table holding <paramref name="applied"/>.</summary>
    private static async Task BuildAsTheOldSetDidAsync(TestDatabase database, string[] applied)
    {
        var dump = await File.ReadAllTextAsync(FrozenPath(database.Kind));
        var history = applied.Select(id => $"INSERT INTO \"__ef_migrations_history\" (\"MigrationId\", \"ProductVersion\") VALUES ('{id}', '10.0.15');");
        if (database.Kind == Db.Sqlite)
        {
            await using var connection = new SqliteConnection(database.ConnectionString);
            await connection.OpenAsync();
            var script = string.Join(";\n", SqliteStatements(dump).Where(s => !s.Contains("__EF", StringComparison.Ordinal) && !s.Contains("sqlite_", StringComparison.Ordinal)))
                + ";\nCREATE TABLE \"__ef_migrations_history\" (\"MigrationId\" TEXT NOT NULL CONSTRAINT \"PK___ef_migrations_history\" PRIMARY KEY, \"ProductVersion\" TEXT NOT NULL);\n"
                + string.Join("\n", history);
            await using var command = new SqliteCommand(script, connection);
            await command.ExecuteNonQueryAsync();
        }
        else
        {
            // A connection of its own: the dump empties search_path for its session.
            await using var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(database.ConnectionString) { Pooling = false }.ToString());
            await connection.OpenAsync();
            var script = string.Join("\n", dump.Split('\n').Where(l => !l.StartsWith('\\')))
                + "\nCREATE TABLE public.\"__ef_migrations_history\" (\"MigrationId\" character varying(150) NOT NULL, \"ProductVersion\" character varying(32) NOT NULL, CONSTRAINT \"PK___ef_migrations_history\" PRIMARY KEY (\"MigrationId\"));\n"
                + string.Join("\n", history.Select(h => h.Replace("INTO \"", "INTO public.\"", StringComparison.Ordinal)));
            await using var command = new NpgsqlCommand(script, connection);
            await command.ExecuteNonQueryAsync();
        }
    }

    private static void ShouldMatchFrozen(List<string> actual, Db kind) => ShouldMatch(actual, Frozen(kind));

    private static void ShouldMatch(List<string> actual, List<string> frozen)
    {
        var missing = frozen.Except(actual).ToList();
        var extra = actual.Except(frozen).ToList();
        (missing.Count + extra.Count).ShouldBe(0, $"missing from the new schema:\n{string.Join("\n\n", missing)}\n\nnot in the frozen schema:\n{string.Join("\n\n", extra)}");
        actual.ShouldBe(frozen);
    }

    private static string FrozenPath(Db kind) =>
        Path.Combine(AppContext.BaseDirectory, "Schema", kind == Db.Sqlite ? "sqlite.schema.sql" : "postgres.schema.sql");

    private static List<string> Frozen(Db kind)
    {
        var text = File.ReadAllText(FrozenPath(kind));
        return Normalise(kind == Db.Sqlite ? SqliteStatements(text) : PostgresStatements(text));
    }

    private static async Task<List<string>> SchemaAsync(TestDatabase database)
    {
        if (database.Kind == Db.Sqlite)
        {
            await using var connection = new SqliteConnection(database.ConnectionString);
            await connection.OpenAsync();
            await using var command = new SqliteCommand("SELECT sql FROM sqlite_master WHERE sql IS NOT NULL", connection);
            await using var reader = await command.ExecuteReaderAsync();
            var statements = new List<string>();
            while (await reader.ReadAsync())
            {
                statements.Add(reader.GetString(0));
            }

            return Normalise(statements);
        }

        return Normalise(PostgresStatements(await PgDumpAsync(database.ConnectionString)));
    }

    /// <summary>Statements as a sorted list, without the migration bookkeeping (history and lock tables) and SQLite's own tables.</summary>
    private static List<string> Normalise(IEnumerable<string> statements) =>
        statements.Select(s => s.Trim().TrimEnd(';').Trim())
            // sqlite3's .schema writes every table as CREATE TABLE IF NOT EXISTS; sqlite_master keeps what was run.
            .Select(s => s.StartsWith("CREATE TABLE IF NOT EXISTS ", StringComparison.Ordinal) ? "CREATE TABLE " + s["CREATE TABLE IF NOT EXISTS ".Length..] : s)
            .Where(s => s.Length > 0)
            .Where(s => !s.Contains("__EF", StringComparison.Ordinal) && !s.Contains("__ef_migrations", StringComparison.Ordinal))
            .Where(s => !s.StartsWith("CREATE TABLE sqlite_", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .ToList();

    /// <summary>sqlite3's .schema: each statement ends with ';' at the end of a line, a trigger's with 'END;'.</summary>
    private static IEnumerable<string> SqliteStatements(string text)
    {
        var current = new StringBuilder();
        foreach (var line in text.Split('\n'))
        {
            current.Append(line.TrimEnd('\r')).Append('\n');
            var statement = current.ToString().Trim();
            var isTrigger = statement.StartsWith("CREATE TRIGGER", StringComparison.Ordinal);
            if (statement.EndsWith(';') && (!isTrigger || statement.EndsWith("END;", StringComparison.Ordinal)))
            {
                yield return statement;
                current.Clear();
            }
        }
    }

    /// <summary>pg_dump's text without comments, session settings and its per-run \restrict key; statements end with ';' outside $$ bodies.</summary>
    private static IEnumerable<string> PostgresStatements(string text)
    {
        var current = new StringBuilder();
        var inBody = false;
        foreach (var raw in text.Split('\n'))
        {
            var line = raw.TrimEnd('\r');
            if (!inBody && (line.StartsWith("--", StringComparison.Ordinal) || line.StartsWith('\\') || line.StartsWith("SET ", StringComparison.Ordinal)
                || line.StartsWith("SELECT pg_catalog.set_config", StringComparison.Ordinal) || line.Length == 0))
            {
                continue;
            }

            current.Append(line).Append('\n');
            if (line.Split("$$").Length % 2 == 0)
            {
                inBody = !inBody;
            }

            if (!inBody && line.EndsWith(';'))
            {
                yield return current.ToString();
                current.Clear();
            }
        }
    }

    private static async Task<string> PgDumpAsync(string connectionString)
    {
        var pg = new NpgsqlConnectionStringBuilder(connectionString);
        var start = new ProcessStartInfo("pg_dump", ["--schema-only", "--no-owner", "--no-privileges", "-h", pg.Host!, "-p", pg.Port.ToString(System.Globalization.CultureInfo.InvariantCulture), "-U", pg.Username!, "-d", pg.Database!])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = Encoding.UTF8,
        };
        start.Environment["PGPASSWORD"] = pg.Password;
        Process process;
        try
        {
            process = Process.Start(start)!;
        }
        catch (Win32Exception)
        {
            Assert.Skip("pg_dump is not installed: the PostgreSQL schema comparison needs it.");
            throw;
        }

        using (process)
        {
            var output = process.StandardOutput.ReadToEndAsync();
            var error = process.StandardError.ReadToEndAsync();
            await process.WaitForExitAsync();
            process.ExitCode.ShouldBe(0, await error);
            return await output;
        }
    }
}
