using System.Data.Common;
using System.Reflection;
using Gaoxin.Composition;
using Gaoxin.Data.Audit;
using Gaoxin.Data.Modules;
using Gaoxin.Data.Platform;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.EntityFrameworkCore.Migrations.Operations;
using Npgsql;

namespace Gaoxin.Architecture.Tests;

/// <summary>
/// Each part of the schema (the platform, each module) owns its migrations, in its own assembly and folder, and
/// together they build exactly the model the app runs on.
/// </summary>
public sealed class MigrationTests
{
    public static TheoryData<string, bool> PartsOnBothProviders()
    {
        var data = new TheoryData<string, bool>();
        foreach (var part in GaoxinDatabase.MigrationParts.Append(KeyRingContext.Part))
        {
            data.Add(part.Name, false);
            data.Add(part.Name, true);
        }

        return data;
    }

    private static DbConnection Connection(bool postgres) =>
        postgres ? new NpgsqlConnection("Host=localhost;Database=design") : new SqliteConnection("Data Source=:memory:");

    private static MigrationPart Part(string name) => GaoxinDatabase.MigrationParts.Append(KeyRingContext.Part).Single(p => p.Name == name);

    [Theory]
    [MemberData(nameof(PartsOnBothProviders))]
    public void Every_part_has_no_model_change_that_its_migrations_miss(string part, bool postgres)
    {
        using var connection = Connection(postgres);
        using var db = Part(part).Create(postgres, connection);
        db.Database.GetMigrations().ShouldNotBeEmpty();
        db.Database.HasPendingModelChanges().ShouldBeFalse(
            $"{part} ({(postgres ? "PostgreSQL" : "SQLite")}): the model has changes that no migration captures: add a migration to this part for both providers (docs/ARCHITECTURE.md, Adding a module)");
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void The_parts_together_are_exactly_the_composed_model(bool postgres)
    {
        using var composed = Composed(postgres);
        var whole = composed.GetService<IDesignTimeModel>().Model.GetRelationalModel();
        var seen = new List<string>();
        foreach (var part in GaoxinDatabase.MigrationParts)
        {
            using var connection = Connection(postgres);
            using var db = part.Create(postgres, connection);
            var model = db.GetService<IDesignTimeModel>().Model.GetRelationalModel();
            var tables = model.Tables.Select(t => t.Name).ToHashSet(StringComparer.Ordinal);
            seen.AddRange(tables);

            // What would turn this part's schema into the composed one, beyond creating the other parts' tables: nothing.
            var differences = db.GetService<IMigrationsModelDiffer>().GetDifferences(model, whole)
                .Where(op => !(op is CreateTableOperation or CreateIndexOperation && op is ITableMigrationOperation t && !tables.Contains(t.Table)))
                .Select(op => op.GetType().Name + " " + (op as ITableMigrationOperation)?.Table)
                .ToList();
            differences.ShouldBeEmpty($"{part.Name}: its migration model differs from the composed model");
        }

        seen.ShouldBeUnique("a table belongs to one part");
        seen.Order(StringComparer.Ordinal).ShouldBe(whole.Tables.Select(t => t.Name).Order(StringComparer.Ordinal), "every table of the composed model is migrated by exactly one part");
    }

    [Fact]
    public void A_module_keeps_its_migrations_in_its_own_assembly_and_Data_Migrations_folder()
    {
        var root = DependencyTests.RepositoryRoot();
        foreach (var module in GaoxinModules.All)
        {
            var assembly = module.GetType().Assembly;
            var name = assembly.GetName().Name!;
            var part = module.Migrations.ShouldNotBeNull($"{name} declares its migrations (IGaoxinModule.Migrations)");
            part.Name.ShouldBe(module.Key);
            part.Sqlite.Assembly.ShouldBe(assembly);
            part.Postgres.Assembly.ShouldBe(assembly);
            ShouldOwnItsMigrations(assembly, part, name + ".Data.Migrations");
            foreach (var provider in new[] { "Sqlite", "Postgres" })
            {
                var folder = Path.Combine(root, "src", "Modules", name, "Data", "Migrations", provider);
                Directory.GetFiles(folder, "*.cs").ShouldNotBeEmpty($"{name}'s {provider} migrations belong in {folder}");
            }

            // The module's migration model is its own tables only: it never creates (or alters) the platform's or another module's.
            using var connection = Connection(postgres: false);
            using var db = part.Create(postgres: false, connection);
            db.Model.GetEntityTypes().Where(e => !e.IsOwned()).Select(e => e.ClrType.Assembly).Distinct().ShouldBe([assembly]);
        }

        // Gaoxin.Data holds two parts' migrations: the platform's, and the data-protection key ring's in a folder of its own.
        ShouldOwnItsMigrations(typeof(PlatformMigrations).Assembly, PlatformMigrations.Part, "Gaoxin.Data.Migrations", t => t.Namespace!.Contains(".KeyRing.", StringComparison.Ordinal));
        ShouldOwnItsMigrations(typeof(KeyRingContext).Assembly, KeyRingContext.Part, "Gaoxin.Data.Migrations.KeyRing", t => !t.Namespace!.Contains(".KeyRing.", StringComparison.Ordinal));
        typeof(GaoxinModules).Assembly.GetTypes().Where(t => typeof(Migration).IsAssignableFrom(t) || typeof(ModelSnapshot).IsAssignableFrom(t))
            .ShouldBeEmpty("Gaoxin.Composition holds no migrations: each part keeps its own");
        Directory.Exists(Path.Combine(root, "src", "Gaoxin.Composition", "Migrations")).ShouldBeFalse();
    }

    private static void ShouldOwnItsMigrations(Assembly assembly, MigrationPart part, string migrationsNamespace, Func<Type, bool>? otherPart = null)
    {
        var migrations = assembly.GetTypes()
            .Where(t => typeof(Migration).IsAssignableFrom(t) || typeof(ModelSnapshot).IsAssignableFrom(t))
            .Where(t => otherPart is null || !otherPart(t))
            .ToList();
        migrations.ShouldNotBeEmpty();
        foreach (var type in migrations)
        {
            var context = type.GetCustomAttribute<DbContextAttribute>()?.ContextType;
            var provider = context == part.Sqlite ? "Sqlite" : context == part.Postgres ? "Postgres" : null;
            provider.ShouldNotBeNull($"{type.FullName} belongs to {part.Name}'s own migration contexts");
            type.Namespace.ShouldBe(migrationsNamespace + "." + provider);
        }
    }

    private static DbContext Composed(bool postgres) => postgres
        ? new PostgresGaoxinDbContext(new DbContextOptionsBuilder<PostgresGaoxinDbContext>().UseNpgsql("Host=localhost;Database=design").Options, GaoxinModules.All, new SystemAuditActor("test"), TimeProvider.System)
        : new SqliteGaoxinDbContext(new DbContextOptionsBuilder<SqliteGaoxinDbContext>().UseSqlite("Data Source=:memory:").Options, GaoxinModules.All, new SystemAuditActor("test"), TimeProvider.System);
}
