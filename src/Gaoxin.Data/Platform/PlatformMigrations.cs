using System.Data.Common;
using Gaoxin.Data.Audit;
using Gaoxin.Data.Modules;
using Microsoft.EntityFrameworkCore;

namespace Gaoxin.Data.Platform;

/// <summary>The platform's part of the schema (identity, zones, organisations, tokens, audit): the composed model without modules.</summary>
public static class PlatformMigrations
{
    public const string Name = "platform";

    public static MigrationPart Part { get; } = MigrationPart.Of<PlatformSqliteMigrations, PlatformPostgresMigrations>(Name);
}

/// <summary>Only for migrations: the platform's tables on SQLite.</summary>
public sealed class PlatformSqliteMigrations(DbConnection? connection = null)
    : GaoxinDbContext(new DbContextOptions<PlatformSqliteMigrations>(), [], new SystemAuditActor("migrations"), TimeProvider.System)
{
    public override bool IsPostgres => false;

    protected override void OnConfiguring(DbContextOptionsBuilder optionsBuilder) =>
        GaoxinConventions.UseProvider(optionsBuilder, IsPostgres, connection, GaoxinConventions.HistoryTable(PlatformMigrations.Name), typeof(PlatformMigrations).Assembly);
}

/// <summary>Only for migrations: the platform's tables on PostgreSQL.</summary>
public sealed class PlatformPostgresMigrations(DbConnection? connection = null)
    : GaoxinDbContext(new DbContextOptions<PlatformPostgresMigrations>(), [], new SystemAuditActor("migrations"), TimeProvider.System)
{
    public override bool IsPostgres => true;

    protected override void OnConfiguring(DbContextOptionsBuilder optionsBuilder) =>
        GaoxinConventions.UseProvider(optionsBuilder, IsPostgres, connection, GaoxinConventions.HistoryTable(PlatformMigrations.Name), typeof(PlatformMigrations).Assembly);
}
