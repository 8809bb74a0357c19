using Gaoxin.Composition;
using Gaoxin.Data.Seeding;
using Gaoxin.Kernel.Access;
using Microsoft.EntityFrameworkCore;

namespace Gaoxin.Platform.Tests;

public sealed class MigrationAndSeedTests
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Migrations_apply_from_empty_and_match_the_model(Db db)
    {
        await using var app = await GaoxinApp.StartAsync(db, seedDemo: false);
        await app.InScopeAsync(async ctx =>
        {
            // Each part (the platform, then each module) has its own migrations and history table, all applied.
            foreach (var part in GaoxinDatabase.MigrationParts)
            {
                await using var migrations = part.Create(ctx.IsPostgres, ctx.Database.GetDbConnection());
                (await migrations.Database.GetPendingMigrationsAsync()).ShouldBeEmpty(part.Name);
                (await migrations.Database.GetAppliedMigrationsAsync()).Count().ShouldBe(migrations.Database.GetMigrations().Count(), part.Name);
                migrations.Database.HasPendingModelChanges().ShouldBeFalse($"{part.Name}: the model has changes that no migration captures: add a migration to this part for both providers");
            }

            (await ctx.Zones.CountAsync()).ShouldBe(0, "Seed:Demo=false must not seed the demo zone");
            (await ctx.Roles.Select(r => r.Name).ToListAsync()).ShouldBe(Roles.All, ignoreOrder: true);
            return 0;
        });
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Demo_zone_reproduces_the_report_and_seeding_twice_changes_nothing(Db db)
    {
        await using var app = await GaoxinApp.StartAsync(db);
        var before = await Counts(app);

        await GaoxinDatabase.PrepareAsync(app.Services, seedDemo: true);

        (await Counts(app)).ShouldBe(before);
        await app.InScopeAsync(async ctx =>
        {
            var zone = await ctx.Zones.SingleAsync();
            zone.Name.ShouldBe("自贡高新区");
            zone.DivisionCode.ShouldBe("510300");
            var orgs = await ctx.Organisations.ToListAsync();
            // The platform's organisations; modules may add their own (the relay's partner universities).
            orgs.Select(o => o.Name).ShouldBeUnique();
            DemoData.Organisations.Select(o => o.Name).ShouldBeSubsetOf(orgs.Select(o => o.Name));
            foreach (var name in new[] { "自贡创新中心", "西安交通大学国家技术转移中心", "重庆大学", "四川轻化工大学", "九识智能", "优必选", "兴储世纪", "珈钠能源", "长盈精密", "天钧精密", "容钠新能源", "川力科技" })
            {
                orgs.ShouldContain(o => o.Name == name);
            }

            orgs.Single(o => o.Name == "自贡创新中心").EstablishedOn.ShouldBe(new DateOnly(2025, 10, 28));
            // One demo user per role, each with exactly its role (modules may add more, e.g. reviewers for the relay's rounds).
            var roleOfUser = await ctx.Users.Join(ctx.UserRoles, u => u.Id, ur => ur.UserId, (u, ur) => new { u.Email, ur.RoleId })
                .Join(ctx.Roles, x => x.RoleId, r => r.Id, (x, r) => new { x.Email, r.Name }).ToListAsync();
            foreach (var (email, _, role, _) in DemoData.Users)
            {
                roleOfUser.Where(x => x.Email == email).Select(x => x.Name).ShouldBe([role]);
            }

            roleOfUser.Select(x => x.Name).Distinct().ShouldBe(Roles.All, ignoreOrder: true);
            return 0;
        });
    }

    private static Task<(int Zones, int Orgs, int Users, long Audit)> Counts(GaoxinApp app) =>
        app.InScopeAsync(async ctx => (await ctx.Zones.CountAsync(), await ctx.Organisations.CountAsync(), await ctx.Users.CountAsync(), await ctx.AuditEvents.LongCountAsync()));
}
