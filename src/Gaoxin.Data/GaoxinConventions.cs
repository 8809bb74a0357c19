using System.Data.Common;
using System.Reflection;
using Gaoxin.Kernel.Zones;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Gaoxin.Data;

/// <summary>
/// The model conventions every context shares, defined once: the composed context the app runs on and the
/// migration-only contexts (the platform's, each module's), so a part's migrations see exactly the columns the
/// composed model uses.
/// </summary>
public static class GaoxinConventions
{
    /// <summary>Conventions that apply before the model is built.</summary>
    public static void Configure(ModelConfigurationBuilder configurationBuilder, bool postgres)
    {
        configurationBuilder.Properties<ZoneId>().HaveConversion<ZoneIdConverter>();
        if (!postgres)
        {
            // SQLite has no offset-aware time type; store UTC ticks so ordering and comparison work in SQL.
            configurationBuilder.Properties<DateTimeOffset>().HaveConversion<DateTimeOffsetToBinaryConverter>();
        }
    }

    /// <summary>Conventions that apply once every part of the model is known.</summary>
    public static void Finish(ModelBuilder builder)
    {
        // Ids are GUID v7 made in code: a new row reached through a navigation must be inserted, not taken for an
        // existing row because its key is already set.
        foreach (var key in builder.Model.GetEntityTypes().Select(e => e.FindPrimaryKey()).OfType<IMutableKey>())
        {
            foreach (var property in key.Properties.Where(p => p.ClrType == typeof(Guid)))
            {
                property.ValueGenerated = ValueGenerated.Never;
            }
        }
    }

    /// <summary>The history table of one part's migrations: <c>__ef_migrations_{part}</c>.</summary>
    public static string HistoryTable(string part) => "__ef_migrations_" + part.Replace('-', '_');

    /// <summary>
    /// Points a migration context at its database (or, at design time, at none), with its own history table and its
    /// migrations taken from its own assembly.
    /// </summary>
    internal static void UseProvider(DbContextOptionsBuilder options, bool postgres, DbConnection? connection, string historyTable, Assembly migrations)
    {
        var assembly = migrations.GetName().Name;
        if (postgres)
        {
            if (connection is null)
            {
                options.UseNpgsql("Host=localhost;Database=design", o => o.MigrationsHistoryTable(historyTable).MigrationsAssembly(assembly));
            }
            else
            {
                options.UseNpgsql(connection, o => o.MigrationsHistoryTable(historyTable).MigrationsAssembly(assembly));
            }
        }
        else if (connection is null)
        {
            options.UseSqlite("Data Source=design.db", o => o.MigrationsHistoryTable(historyTable).MigrationsAssembly(assembly));
        }
        else
        {
            options.UseSqlite(connection, o => o.MigrationsHistoryTable(historyTable).MigrationsAssembly(assembly));
        }
    }

    private sealed class ZoneIdConverter() : ValueConverter<ZoneId, Guid>(z => z.Value, g => new ZoneId(g));
}
