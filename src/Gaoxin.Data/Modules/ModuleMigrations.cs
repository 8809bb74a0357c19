using System.Data.Common;
using Microsoft.EntityFrameworkCore;

namespace Gaoxin.Data.Modules;

/// <summary>
/// One part of the schema that owns its migrations: the platform, or a module. Its two migration-only contexts
/// (one per provider) live in the part's own assembly with their migrations, which record themselves in the part's
/// own history table (<c>__ef_migrations_{name}</c>). At run time the app still uses one composed context.
/// </summary>
public sealed record MigrationPart(string Name, Type Sqlite, Type Postgres)
{
    public static MigrationPart Of<TSqlite, TPostgres>(string name)
        where TSqlite : DbContext
        where TPostgres : DbContext => new(name, typeof(TSqlite), typeof(TPostgres));

    public string HistoryTable => GaoxinConventions.HistoryTable(Name);

    /// <summary>The part's migration context on <paramref name="connection"/>, which it uses but does not own.</summary>
    public DbContext Create(bool postgres, DbConnection connection) =>
        (DbContext)Activator.CreateInstance(postgres ? Postgres : Sqlite, connection)!;
}

/// <summary>
/// A migration-only context whose model is one module's part alone (its <see cref="IGaoxinModule.BuildModel"/> under
/// the same conventions as the composed context). Subclass it once per provider in the module:
/// <c>internal sealed class FundingSqliteMigrations(DbConnection? connection = null) : SqliteModuleMigrations&lt;FundingModule&gt;(connection);</c>
/// Without a connection (design time, <c>dotnet ef</c>) it points at no real database.
/// </summary>
public abstract class ModuleMigrations<TModule>(DbConnection? connection) : DbContext
    where TModule : IGaoxinModule, new()
{
    private readonly TModule _module = new();

    protected abstract bool IsPostgres { get; }

    protected override void OnConfiguring(DbContextOptionsBuilder optionsBuilder) =>
        GaoxinConventions.UseProvider(optionsBuilder, IsPostgres, connection, GaoxinConventions.HistoryTable(_module.Key), GetType().Assembly);

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder) =>
        GaoxinConventions.Configure(configurationBuilder, IsPostgres);

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        _module.BuildModel(modelBuilder);
        GaoxinConventions.Finish(modelBuilder);
    }
}

/// <summary>A module's migration context on SQLite.</summary>
public abstract class SqliteModuleMigrations<TModule>(DbConnection? connection) : ModuleMigrations<TModule>(connection)
    where TModule : IGaoxinModule, new()
{
    protected override bool IsPostgres => false;
}

/// <summary>A module's migration context on PostgreSQL.</summary>
public abstract class PostgresModuleMigrations<TModule>(DbConnection? connection) : ModuleMigrations<TModule>(connection)
    where TModule : IGaoxinModule, new()
{
    protected override bool IsPostgres => true;
}
