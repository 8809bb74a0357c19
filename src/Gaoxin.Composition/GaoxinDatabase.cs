using Gaoxin.Data;
using Gaoxin.Data.Identity;
using Gaoxin.Data.Modules;
using Gaoxin.Data.Operations;
using Gaoxin.Data.Platform;
using Gaoxin.Data.Seeding;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Gaoxin.Composition;

public enum DatabaseProvider
{
    Sqlite,
    Postgres,
}

/// <summary>Database settings as read from configuration: Database:Provider and ConnectionStrings:Gaoxin.</summary>
public sealed record DatabaseSettings(DatabaseProvider Provider, string ConnectionString)
{
    /// <summary>The app's data directory (the repository's data/ in a source checkout, else under the content root): where the chain key and anchors live by default.</summary>
    public string? DataDirectory { get; init; }

    /// <summary>
    /// PostgreSQL: the owner role's connection (ConnectionStrings:GaoxinMigrations), used only to migrate and to grant the
    /// runtime role (ConnectionStrings:Gaoxin) what it needs: INSERT/SELECT on the append-only tables, normal DML elsewhere.
    /// The runtime role then owns nothing, so it can neither change audit or ledger rows nor turn their triggers off.
    /// </summary>
    public string? MigrationConnectionString { get; init; }

    public static DatabaseSettings From(IConfiguration configuration, string contentRoot)
    {
        var providerText = configuration["Database:Provider"] ?? "Sqlite";
        if (!Enum.TryParse<DatabaseProvider>(providerText, ignoreCase: true, out var provider))
        {
            throw new InvalidOperationException($"Database:Provider 的值“{providerText}”无效：应为 Sqlite 或 Postgres。");
        }

        var connection = configuration.GetConnectionString("Gaoxin");
        var dataDir = Path.Combine(RepositoryRoot(contentRoot) ?? contentRoot, "data");
        if (provider == DatabaseProvider.Postgres)
        {
            if (string.IsNullOrWhiteSpace(connection))
            {
                throw new InvalidOperationException("使用 PostgreSQL 时必须设置 ConnectionStrings:Gaoxin。");
            }

            var owner = configuration.GetConnectionString("GaoxinMigrations");
            return new(provider, connection) { DataDirectory = dataDir, MigrationConnectionString = string.IsNullOrWhiteSpace(owner) ? null : owner };
        }

        if (string.IsNullOrWhiteSpace(connection))
        {
            Directory.CreateDirectory(dataDir);
            connection = new SqliteConnectionStringBuilder { DataSource = Path.Combine(dataDir, "gaoxin.db") }.ToString();
        }

        return new(provider, connection) { DataDirectory = dataDir };
    }

    /// <summary>In a source checkout the web host and the CLI share the repository's data/ folder.</summary>
    private static string? RepositoryRoot(string start)
    {
        for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Gaoxin.slnx")))
            {
                return dir.FullName;
            }
        }

        return null;
    }

    /// <summary>Where the data is, without the password, for start-up lines and error messages.</summary>
    public string Describe()
    {
        if (Provider == DatabaseProvider.Sqlite)
        {
            return "SQLite " + new SqliteConnectionStringBuilder(ConnectionString).DataSource;
        }

        var pg = new Npgsql.NpgsqlConnectionStringBuilder(ConnectionString);
        return $"PostgreSQL {pg.Host}:{pg.Port}/{pg.Database}";
    }
}

public static class GaoxinDatabase
{
    /// <summary>Registers the DbContext for the configured provider, the modules, and Identity's stores.</summary>
    public static IServiceCollection AddGaoxinData(this IServiceCollection services, DatabaseSettings settings, IConfiguration configuration)
    {
        services.AddSingleton(settings);
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton<GaoxinMetrics>();
        services.AddGaoxinKeyRing(settings);
        services.AddGaoxinChains(settings, configuration);
        // Resolved lazily, so a test that replaces the TimeProvider moves the zone's clock too.
        services.AddSingleton<Gaoxin.Kernel.Zones.ZoneClock>();
        foreach (var module in GaoxinModules.All)
        {
            services.AddSingleton(module);
            module.AddServices(services, configuration);
        }

        // Modules' EF interceptors (singletons, e.g. the marketplace's index listener) join every context.
        if (settings.Provider == DatabaseProvider.Postgres)
        {
            // Options built once, not per request: they only depend on the settings.
            var connectionString = WithPoolDefaults(settings.ConnectionString);
            services.AddDbContext<PostgresGaoxinDbContext>((sp, o) => o.UseNpgsql(connectionString).AddInterceptors(sp.GetServices<IInterceptor>()),
                ServiceLifetime.Scoped, ServiceLifetime.Singleton);
            services.AddScoped<GaoxinDbContext>(sp => sp.GetRequiredService<PostgresGaoxinDbContext>());
        }
        else
        {
            services.AddDbContext<SqliteGaoxinDbContext>((sp, o) => o.UseSqlite(settings.ConnectionString).AddInterceptors(sp.GetServices<IInterceptor>()), ServiceLifetime.Scoped, ServiceLifetime.Singleton);
            services.AddScoped<GaoxinDbContext>(sp => sp.GetRequiredService<SqliteGaoxinDbContext>());
        }

        return services;
    }

    /// <summary>
    /// The data-protection key ring (cookies, antiforgery) in the database (<see cref="KeyRingContext"/>), under one
    /// application name, so every app server of a deployment, and the next machine after this one, reads the same keys.
    /// </summary>
    private static void AddGaoxinKeyRing(this IServiceCollection services, DatabaseSettings settings)
    {
        var protection = services.AddDataProtection().SetApplicationName("Gaoxin");
        if (settings.Provider == DatabaseProvider.Postgres)
        {
            var connectionString = settings.ConnectionString;
            services.AddScoped(_ => PostgresKeyRing.For(connectionString));
            protection.PersistKeysToDbContext<PostgresKeyRing>();
        }
        else
        {
            var connectionString = settings.ConnectionString;
            services.AddScoped(_ => SqliteKeyRing.For(connectionString));
            protection.PersistKeysToDbContext<SqliteKeyRing>();
        }
    }

    /// <summary>
    /// Npgsql defaults for a busy server, unless the connection string says otherwise:
    /// <list type="bullet">
    /// <item>the statements used most on each connection are prepared, so the server skips parsing and planning them;</item>
    /// <item>a connection going back to the pool is not reset. The reset is seven statements (RESET ALL, UNLISTEN …) that
    /// the server runs on the connection's next use, and EF returns a connection after every query outside a
    /// transaction. Nothing here leaves session state behind: locks are transaction-scoped, and nothing SETs, LISTENs
    /// or makes temporary tables outside a transaction.</item>
    /// </list>
    /// </summary>
    public static string WithPoolDefaults(string connectionString)
    {
        var builder = new Npgsql.NpgsqlConnectionStringBuilder(connectionString);
        if (!Says(connectionString, "Auto Prepare", "AutoPrepare"))
        {
            builder.MaxAutoPrepare = 64;
            builder.AutoPrepareMinUsages = 2;
        }

        if (!Says(connectionString, "No Reset On Close", "NoResetOnClose"))
        {
            builder.NoResetOnClose = true;
        }

        return builder.ToString();
    }

    private static bool Says(string connectionString, params string[] names) =>
        names.Any(n => connectionString.Contains(n, StringComparison.OrdinalIgnoreCase));

    /// <summary>Identity options shared by the web host and the CLI: password rules, lockout, unique e-mail.</summary>
    public static IdentityBuilder AddGaoxinIdentityCore(this IServiceCollection services)
    {
        return services.AddIdentityCore<GaoxinUser>(o =>
            {
                o.User.RequireUniqueEmail = true;
                o.Password.RequiredLength = 8;
                o.Lockout.MaxFailedAccessAttempts = 5;
                o.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
                o.Lockout.AllowedForNewUsers = true;
                o.SignIn.RequireConfirmedAccount = false;
            })
            .AddRoles<IdentityRole>()
            .AddEntityFrameworkStores<GaoxinDbContext>()
            .AddErrorDescriber<ChineseIdentityErrorDescriber>();
    }

    /// <summary>
    /// Applies migrations, makes sure the roles exist and, when asked, seeds the demo zone and every module's demo data.
    /// Throws <see cref="DatabaseUnavailableException"/> with one clear line when the database cannot be reached.
    /// </summary>
    public static async Task PrepareAsync(IServiceProvider services, bool seedDemo, CancellationToken ct = default)
    {
        await using var scope = services.CreateAsyncScope();
        var sp = scope.ServiceProvider;
        var db = sp.GetRequiredService<GaoxinDbContext>();
        var settings = sp.GetRequiredService<DatabaseSettings>();
        try
        {
            if (db.IsPostgres && settings.MigrationConnectionString is { } owner)
            {
                await MigrateAsOwnerAsync(sp, owner, settings.ConnectionString, ct);
            }
            else
            {
                await MigrateAsync(db, ct);
            }
        }
        catch (Exception ex) when (ex is System.Data.Common.DbException or InvalidOperationException or TimeoutException)
        {
            throw new DatabaseUnavailableException($"无法连接数据库（{settings.Describe()}）：{FirstLine(ex)}", ex);
        }

        if (!db.IsPostgres)
        {
            // WAL lets readers go on while one writer commits; the setting is stored in the file.
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", ct);
        }

        await RoleSetup.EnsureRolesAsync(sp.GetRequiredService<RoleManager<IdentityRole>>());

        if (seedDemo)
        {
            await SeedDemoAsync(sp, ct);
        }
    }

    /// <summary>
    /// For an app that does not migrate at start (<c>Database:MigrateAtStart=false</c>: a deployment migrates with
    /// <c>gaoxin migrate</c> as the owner role): only checks that the database answers, with the same one clear line
    /// as <see cref="PrepareAsync"/> when it does not. Readiness then names any migration still pending.
    /// </summary>
    public static async Task EnsureReachableAsync(IServiceProvider services, CancellationToken ct = default)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<GaoxinDbContext>();
        var settings = scope.ServiceProvider.GetRequiredService<DatabaseSettings>();
        try
        {
            await db.Database.OpenConnectionAsync(ct);
            await db.Database.CloseConnectionAsync();
        }
        catch (Exception ex) when (ex is System.Data.Common.DbException or InvalidOperationException or TimeoutException)
        {
            throw new DatabaseUnavailableException($"无法连接数据库（{settings.Describe()}）：{FirstLine(ex)}", ex);
        }
    }

    /// <summary>
    /// The parts of the schema that own migrations, in the order they are applied: the platform, then each module in the
    /// order of <see cref="GaoxinModules.All"/>.
    /// </summary>
    public static IReadOnlyList<MigrationPart> MigrationParts { get; } =
        [PlatformMigrations.Part, .. GaoxinModules.All.Select(m => m.Migrations).OfType<MigrationPart>()];

    /// <summary>True for a part whose initial migration replaced the old single set; parts added later migrate normally.</summary>
    public static bool ReplacedTheOldSet(MigrationPart part) => LegacyHistory.IsSquashed(part.Name);

    /// <summary>
    /// Brings the schema up to date: each part's own migrations on the composed context's connection, platform first.
    /// A database made by the single migration set of earlier versions is first recorded as at each part's initial
    /// migration (<see cref="LegacyHistory"/>).
    /// </summary>
    public static async Task MigrateAsync(GaoxinDbContext db, CancellationToken ct = default)
    {
        var connection = db.Database.GetDbConnection();
        await LegacyHistory.BaselineAsync(db, connection, ct);
        foreach (var part in MigrationParts)
        {
            await using var migrations = part.Create(db.IsPostgres, connection);
            await migrations.Database.MigrateAsync(ct);
        }

        await using var keyRing = KeyRingContext.Part.Create(db.IsPostgres, connection);
        await keyRing.Database.MigrateAsync(ct);
    }

    /// <summary>
    /// The migrations not yet applied, per part ("platform", each module's key, "key_ring"), in the order they would run;
    /// empty when the schema is current. For readiness: an app started without migrating names what is missing.
    /// </summary>
    public static async Task<IReadOnlyList<(string Part, string Migration)>> PendingMigrationsAsync(GaoxinDbContext db, CancellationToken ct = default)
    {
        var connection = db.Database.GetDbConnection();
        var pending = new List<(string, string)>();
        foreach (var part in MigrationParts)
        {
            await using var migrations = part.Create(db.IsPostgres, connection);
            pending.AddRange((await migrations.Database.GetPendingMigrationsAsync(ct)).Select(m => (part.Name, m)));
        }

        await using var keyRing = KeyRingContext.Part.Create(db.IsPostgres, connection);
        pending.AddRange((await keyRing.Database.GetPendingMigrationsAsync(ct)).Select(m => (KeyRingContext.Name, m)));
        return pending;
    }

    /// <summary>
    /// Migrates as the owner role, then grants the runtime role (the user of <paramref name="runtime"/>) normal DML on every
    /// table except the append-only ones (those with a *_no_change trigger: the audit trail, the fund ledger), where it
    /// gets SELECT and INSERT only. Repeatable: run at every start and by `gaoxin migrate`.
    /// </summary>
    public static async Task MigrateAsOwnerAsync(IServiceProvider sp, string owner, string runtime, CancellationToken ct = default)
    {
        var options = new DbContextOptionsBuilder<PostgresGaoxinDbContext>().UseNpgsql(owner).Options;
        await using var db = new PostgresGaoxinDbContext(options, sp.GetServices<IGaoxinModule>(), new Data.Audit.SystemAuditActor("migrations"), TimeProvider.System);
        await MigrateAsync(db, ct);
        var runtimeRole = new Npgsql.NpgsqlConnectionStringBuilder(runtime).Username;
        var ownerRole = new Npgsql.NpgsqlConnectionStringBuilder(owner).Username;
        if (string.IsNullOrEmpty(runtimeRole) || string.Equals(runtimeRole, ownerRole, StringComparison.Ordinal))
        {
            return;
        }

        var role = "\"" + runtimeRole.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
        var appendOnly = await db.Database.SqlQueryRaw<string>("""
            SELECT DISTINCT c.relname AS "Value" FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid
            JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = 'public' AND t.tgname LIKE '%\_no\_change'
            """).ToListAsync(ct);
        var sql = new System.Text.StringBuilder()
            .Append($"GRANT USAGE ON SCHEMA public TO {role};")
            .Append($"GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO {role};")
            .Append($"GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO {role};");
        foreach (var table in appendOnly)
        {
            sql.Append($"REVOKE UPDATE, DELETE, TRUNCATE ON \"{table}\" FROM {role};");
        }

        await db.Database.ExecuteSqlRawAsync(sql.ToString(), ct);
    }

    public static async Task<DemoZone> SeedDemoAsync(IServiceProvider sp, CancellationToken ct)
    {
        var db = sp.GetRequiredService<GaoxinDbContext>();
        var zone = await PlatformDemoSeeder.SeedAsync(db, sp.GetRequiredService<UserManager<GaoxinUser>>(), ct);
        foreach (var seeder in sp.GetServices<IDemoSeeder>().OrderBy(s => s.Order))
        {
            await seeder.SeedAsync(db, zone, ct);
        }

        return zone;
    }

    private static string FirstLine(Exception ex)
    {
        var inner = ex;
        while (inner.InnerException is not null && inner is not System.Data.Common.DbException)
        {
            inner = inner.InnerException;
        }

        return inner.Message.Split('\n')[0].Trim();
    }
}

/// <summary>The database cannot be reached or migrated; the host prints the message and exits non-zero.</summary>
public sealed class DatabaseUnavailableException(string message, Exception inner) : Exception(message, inner);

/// <summary>Where the host runs, for choosing default settings in one place.</summary>
public static class GaoxinEnvironment
{
    /// <summary>Demo data is seeded by default in Development (what `dotnet run` uses) and off elsewhere unless asked.</summary>
    public static bool SeedDemo(IConfiguration configuration, IHostEnvironment environment) =>
        configuration.GetValue<bool?>("Seed:Demo") ?? environment.IsDevelopment();
}
