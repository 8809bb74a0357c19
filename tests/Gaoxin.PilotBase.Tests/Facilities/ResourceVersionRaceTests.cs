using Gaoxin.Kernel.Zones;
using Gaoxin.PilotBase.Facilities;
using Microsoft.EntityFrameworkCore;

namespace Gaoxin.PilotBase.Tests.Facilities;

/// <summary>Two editors who both read version n: the database lets one save and refuses the other (the version is checked again on save).</summary>
public sealed class ResourceVersionRaceTests
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Of_two_edits_read_at_the_same_version_the_second_save_is_refused(Db db)
    {
        TestDatabase.SkipUnlessAvailable(db);
        await using var app = await GaoxinApp.StartAsync(db, seedDemo: false);
        var zone = new ZoneId(Guid.CreateVersion7());
        var id = await app.InScopeAsync(async ctx =>
        {
            var area = new BaseArea(zone, "A", "A 区", AreaStatus.Operating, 1000m, 0m);
            var resource = new Resource(zone, area.Id, "A-V-01", "测试设备", ResourceKind.Equipment);
            ctx.AddRange(area, resource);
            await ctx.SaveChangesAsync();
            return resource.Id;
        });

        var outcome = await app.InScopeAsync(async first => await app.InScopeAsync(async second =>
        {
            var a = await first.Set<Resource>().SingleAsync(r => r.Id == id);
            var b = await second.Set<Resource>().SingleAsync(r => r.Id == id);
            a.Edit(null, "甲的修改", null, null, 100m, null, null, null, null);
            await first.SaveChangesAsync();
            b.ChangeStatus(ResourceStatus.Maintenance);
            try
            {
                await second.SaveChangesAsync();
                return "saved";
            }
            catch (DbUpdateConcurrencyException)
            {
                return "refused";
            }
        }));

        outcome.ShouldBe("refused");
        var stored = await app.InScopeAsync(ctx => ctx.Set<Resource>().AsNoTracking().SingleAsync(r => r.Id == id));
        (stored.Name, stored.Status, stored.Version).ShouldBe(("甲的修改", ResourceStatus.Available, 1));
    }
}
