using System.Data.Common;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Gaoxin.Data.Modules;
using Microsoft.EntityFrameworkCore;

namespace Gaoxin.Data.Platform;

/// <summary>
/// The data-protection key ring (密钥环: what signs the sign-in cookie and antiforgery tokens) in the database, so a
/// session outlives the machine that issued it and every app server of a deployment reads the same keys. A context of
/// its own, not part of <see cref="GaoxinDbContext"/>: the keys are secrets and must never be copied into the audit
/// trail, and ASP.NET writes them with the synchronous SaveChanges that the composed context refuses. Migrated with the
/// rest (after the platform and the modules), recorded in <c>__ef_migrations_key_ring</c>.
/// </summary>
public abstract class KeyRingContext : DbContext, IDataProtectionKeyContext
{
    public const string Name = "key_ring";

    public const string Table = "platform_data_protection_keys";

    /// <summary>Its migrations as a part of their own, outside <c>GaoxinDatabase.MigrationParts</c> (which add up to the composed model).</summary>
    public static MigrationPart Part { get; } = MigrationPart.Of<SqliteKeyRing, PostgresKeyRing>(Name);

    private readonly DbConnection? _connection;
    private readonly string? _connectionString;

    private protected KeyRingContext(DbConnection? connection, string? connectionString)
    {
        _connection = connection;
        _connectionString = connectionString;
    }

    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    public abstract bool IsPostgres { get; }

    /// <summary>The key ring on the given connection (migrations, readiness), which it uses but does not own.</summary>
    public static KeyRingContext On(bool postgres, DbConnection connection) =>
        postgres ? new PostgresKeyRing(connection) : new SqliteKeyRing(connection);

    protected override void OnConfiguring(DbContextOptionsBuilder optionsBuilder)
    {
        var history = GaoxinConventions.HistoryTable(Name);
        if (_connectionString is null)
        {
            GaoxinConventions.UseProvider(optionsBuilder, IsPostgres, _connection, history, typeof(KeyRingContext).Assembly);
        }
        else if (IsPostgres)
        {
            optionsBuilder.UseNpgsql(_connectionString, o => o.MigrationsHistoryTable(history));
        }
        else
        {
            optionsBuilder.UseSqlite(_connectionString, o => o.MigrationsHistoryTable(history));
        }
    }

    protected override void OnModelCreating(ModelBuilder modelBuilder) =>
        modelBuilder.Entity<DataProtectionKey>(k =>
        {
            k.ToTable(Table);
            k.HasKey(x => x.Id);
        });
}

/// <summary>The key ring on SQLite (also the design-time context of its migrations).</summary>
public sealed class SqliteKeyRing : KeyRingContext
{
    public SqliteKeyRing(DbConnection? connection = null)
        : base(connection, null)
    {
    }

    private SqliteKeyRing(string connectionString)
        : base(null, connectionString)
    {
    }

    public override bool IsPostgres => false;

    /// <summary>The context ASP.NET's key repository resolves per read or write.</summary>
    public static SqliteKeyRing For(string connectionString) => new(connectionString);
}

/// <summary>The key ring on PostgreSQL (also the design-time context of its migrations).</summary>
public sealed class PostgresKeyRing : KeyRingContext
{
    public PostgresKeyRing(DbConnection? connection = null)
        : base(connection, null)
    {
    }

    private PostgresKeyRing(string connectionString)
        : base(null, connectionString)
    {
    }

    public override bool IsPostgres => true;

    /// <summary>The context ASP.NET's key repository resolves per read or write.</summary>
    public static PostgresKeyRing For(string connectionString) => new(connectionString);
}
