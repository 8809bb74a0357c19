using Gaoxin.Data;
using Gaoxin.Data.Audit;
using Gaoxin.Data.Modules;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Gaoxin.Composition;

/// <summary>The database on SQLite: the embedded default, one file under data/.</summary>
public sealed class SqliteGaoxinDbContext(DbContextOptions<SqliteGaoxinDbContext> options, IEnumerable<IGaoxinModule> modules, IAuditActor actor, TimeProvider clock)
    : GaoxinDbContext(options, modules, actor, clock)
{
    public override bool IsPostgres => false;

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        base.ConfigureConventions(configurationBuilder);

        // SQLite has no offset-aware time type; store UTC ticks so ordering and comparison work in SQL.
        configurationBuilder.Properties<DateTimeOffset>().HaveConversion<DateTimeOffsetToBinaryConverter>();
    }
}

/// <summary>The database on PostgreSQL: the production store.</summary>
public sealed class PostgresGaoxinDbContext(DbContextOptions<PostgresGaoxinDbContext> options, IEnumerable<IGaoxinModule> modules, IAuditActor actor, TimeProvider clock)
    : GaoxinDbContext(options, modules, actor, clock)
{
    public override bool IsPostgres => true;
}

/// <summary>Lets `dotnet ef migrations add` build the SQLite model with every module.</summary>
internal sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<SqliteGaoxinDbContext>
{
    public SqliteGaoxinDbContext CreateDbContext(string[] args)
    {
        var options = new DbContextOptionsBuilder<SqliteGaoxinDbContext>().UseSqlite("Data Source=design.db").Options;
        return new SqliteGaoxinDbContext(options, GaoxinModules.All, new SystemAuditActor("design"), TimeProvider.System);
    }
}

/// <summary>Lets `dotnet ef migrations add` build the PostgreSQL model with every module.</summary>
internal sealed class PostgresDesignTimeFactory : IDesignTimeDbContextFactory<PostgresGaoxinDbContext>
{
    public PostgresGaoxinDbContext CreateDbContext(string[] args)
    {
        var options = new DbContextOptionsBuilder<PostgresGaoxinDbContext>().UseNpgsql("Host=localhost;Database=design").Options;
        return new PostgresGaoxinDbContext(options, GaoxinModules.All, new SystemAuditActor("design"), TimeProvider.System);
    }
}
