using Gaoxin.Composition;
using Gaoxin.Data.Audit;
using Gaoxin.Kernel.Zones;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace Gaoxin.Architecture.Tests;

/// <summary>Rules on the assembled database model: every module row has a zone, and a module's tables carry its key.</summary>
public sealed class ModelTests
{
    private static IModel Model()
    {
        var options = new DbContextOptionsBuilder<SqliteGaoxinDbContext>().UseSqlite("Data Source=:memory:").Options;
        using var db = new SqliteGaoxinDbContext(options, GaoxinModules.All, new SystemAuditActor("test"), TimeProvider.System);
        return db.Model;
    }

    private static readonly HashSet<string> PlatformTypes = new(StringComparer.Ordinal)
    {
        "Zone", "Organisation", "GaoxinUser", "PersonalAccessToken", "AuditEvent",
        "IdentityRole", "IdentityUserRole`1", "IdentityUserClaim`1", "IdentityUserLogin`1", "IdentityUserToken`1", "IdentityRoleClaim`1", "IdentityUserPasskey`1",
    };

    [Fact]
    public void Every_entity_outside_the_platform_is_zone_scoped_and_named_after_its_module()
    {
        var model = Model();
        var moduleEntities = model.GetEntityTypes().Where(e => !PlatformTypes.Contains(e.ClrType.Name) && !e.IsOwned()).ToList();
        foreach (var entity in moduleEntities)
        {
            typeof(IZoneScoped).IsAssignableFrom(entity.ClrType).ShouldBeTrue($"{entity.ClrType.Name} must implement IZoneScoped: every module row belongs to a zone");
            var module = GaoxinModules.All.Single(m => m.GetType().Assembly == entity.ClrType.Assembly);
            (entity.GetTableName() ?? string.Empty).ShouldStartWith(module.Key.Replace('-', '_') + "_", Case.Sensitive, $"{entity.ClrType.Name} belongs to module {module.Key}");
        }
    }

    [Fact]
    public void Platform_tables_are_the_known_set()
    {
        var tables = Model().GetEntityTypes().Where(e => PlatformTypes.Contains(e.ClrType.Name)).Select(e => e.GetTableName()).ToList();
        tables.ShouldContain("platform_zones");
        tables.ShouldContain("platform_organisations");
        tables.ShouldContain("platform_audit_events");
        tables.ShouldContain("platform_access_tokens");
        tables.ShouldContain("AspNetUsers");
    }

    [Fact]
    public void Zone_scoped_platform_rows_carry_a_zone_column()
    {
        var model = Model();
        foreach (var entity in model.GetEntityTypes().Where(e => typeof(IZoneScoped).IsAssignableFrom(e.ClrType)))
        {
            entity.FindProperty(nameof(IZoneScoped.ZoneId)).ShouldNotBeNull(entity.ClrType.Name);
        }

        model.FindEntityType(typeof(Gaoxin.Data.Identity.GaoxinUser))!.FindProperty("ZoneId").ShouldNotBeNull();
        model.FindEntityType(typeof(AuditEvent))!.FindProperty("ZoneId").ShouldNotBeNull();
    }
}
