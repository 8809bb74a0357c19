using Gaoxin.Kernel.Zones;
using Gaoxin.PilotBase.Bookings;
using Gaoxin.PilotBase.Facilities;
using Microsoft.EntityFrameworkCore;

namespace Gaoxin.PilotBase.Tests.Bookings;

/// <summary>The database itself (not the app) refuses two holding rows of one resource that overlap.</summary>
public sealed class NoOverlapGuaranteeTests
{
    private static readonly DateTimeOffset Nine = new(2026, 3, 2, 1, 0, 0, TimeSpan.Zero);

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Touching_ranges_pass_one_minute_of_overlap_is_refused_and_a_released_slot_can_be_taken_again(Db db)
    {
        await using var app = await GaoxinApp.StartAsync(db, seedDemo: false);
        var zone = new ZoneId(Guid.CreateVersion7());
        var resourceId = await app.InScopeAsync(async ctx =>
        {
            var area = new BaseArea(zone, "A", "A 区", AreaStatus.Operating, 1000m, 0m);
            var resource = new Resource(zone, area.Id, "A-T-01", "测试设备", ResourceKind.Equipment);
            ctx.AddRange(area, resource);
            await ctx.SaveChangesAsync();
            return resource.Id;
        });

        Booking Hold(DateTimeOffset from, DateTimeOffset to) =>
            new(zone, resourceId, BookingKind.Booking, from, to, CustomerKind.External, "测试", "test", Nine);

        async Task<bool> Saved(Booking b) => await app.InScopeAsync(async ctx =>
        {
            ctx.Add(b);
            try
            {
                await ctx.SaveChangesAsync();
                return true;
            }
            catch (DbUpdateException)
            {
                return false;
            }
        });

        var first = Hold(Nine, Nine.AddHours(2));
        (await Saved(first)).ShouldBeTrue();
        (await Saved(Hold(Nine.AddHours(2), Nine.AddHours(3)))).ShouldBeTrue("a range that starts when another ends does not overlap it");
        (await Saved(Hold(Nine.AddHours(-1), Nine))).ShouldBeTrue("a range that ends when another starts does not overlap it");
        (await Saved(Hold(Nine.AddHours(2).AddMinutes(-1), Nine.AddHours(4)))).ShouldBeFalse("one minute of overlap is refused");
        (await Saved(Hold(Nine.AddMinutes(30), Nine.AddMinutes(40)))).ShouldBeFalse("a range inside another is refused");
        (await Saved(Hold(Nine, Nine))).ShouldBeFalse("a zero-length range is refused");

        await app.InScopeAsync(async ctx =>
        {
            var row = await ctx.Set<Booking>().SingleAsync(b => b.Id == first.Id);
            row.Decide(BookingStatus.Cancelled, "test", Nine, "取消");
            await ctx.SaveChangesAsync();
            return 0;
        });
        (await Saved(Hold(Nine.AddMinutes(30), Nine.AddMinutes(90)))).ShouldBeTrue("a cancelled booking releases its range");
    }
}
