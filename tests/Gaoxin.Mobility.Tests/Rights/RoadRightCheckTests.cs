using Gaoxin.Kernel.Zones;
using Gaoxin.Mobility.Rights;

namespace Gaoxin.Mobility.Tests.Rights;

/// <summary>One position against one granted right, at each boundary: the area's edge, the window's ends, the speed limit, the validity's days.</summary>
public sealed class RoadRightCheckTests
{
    private static readonly DateOnly From = new(2025, 9, 29);
    private static readonly DateOnly To = new(2026, 9, 28);

    /// <summary>Granted: the square, Monday–Friday 07:00–20:00 China time, 30 km/h, 2025-09-29 to 2026-09-28.</summary>
    private static RoadRight Granted(bool suspend = false)
    {
        var spec = new RoadRightSpec("测试", Scenario.Logistics, [Guid.CreateVersion7()], [new AreaSpec("方块", GeoAreas.Parse(GeoAreasTests.Square).GeoJson)],
            [new WindowSpec([1, 2, 3, 4, 5], 7 * 60, 20 * 60)], 30, From, To);
        var right = new RoadRight(ZoneId.New(), Guid.CreateVersion7(), spec, From, DateTimeOffset.UnixEpoch, "u", "申请人");
        right.StartReview(DateTimeOffset.UnixEpoch, "a", "管委会");
        right.Grant(1, From, null, DateTimeOffset.UnixEpoch, "a", "管委会");
        if (suspend)
        {
            right.Suspend("事故调查", DateTimeOffset.UnixEpoch, "a", "管委会");
        }

        return right;
    }

    /// <summary>Monday 2025-10-06 at the given China time.</summary>
    private static DateTimeOffset Monday(int h, int m, int s) => ZoneClock.At(new DateOnly(2025, 10, 6), new TimeOnly(h, m, s));

    private static RightBreach Check(double lat, double lng, double speed, DateTimeOffset at, RoadRight? right = null) =>
        new RoadRightCheck(right ?? Granted()).Check(new Position(lat, lng, speed, at)).Breach;

    [Theory]
    [InlineData(29.345, 104.755, RightBreach.None)]
    [InlineData(29.345, 104.75, RightBreach.None)]
    [InlineData(29.34, 104.75, RightBreach.None)]
    [InlineData(29.35, 104.755, RightBreach.None)]
    [InlineData(29.345, 104.749999, RightBreach.OutsideArea)]
    [InlineData(29.350001, 104.755, RightBreach.OutsideArea)]
    public void A_point_exactly_on_the_edge_or_a_corner_is_inside_a_hair_beyond_is_outside(double lat, double lng, RightBreach expected) =>
        Check(lat, lng, 20, Monday(10, 0, 0)).ShouldBe(expected);

    [Theory]
    [InlineData(6, 59, 59, RightBreach.OutsideWindow)]
    [InlineData(7, 0, 0, RightBreach.None)]
    [InlineData(19, 59, 59, RightBreach.None)]
    [InlineData(20, 0, 0, RightBreach.OutsideWindow)]
    [InlineData(20, 0, 1, RightBreach.OutsideWindow)]
    public void The_window_includes_its_start_and_excludes_its_end(int h, int m, int s, RightBreach expected) =>
        Check(29.345, 104.755, 20, Monday(h, m, s)).ShouldBe(expected);

    [Fact]
    public void The_window_is_read_in_China_time_whatever_offset_the_instant_carries()
    {
        Check(29.345, 104.755, 20, new DateTimeOffset(2025, 10, 6, 11, 59, 59, TimeSpan.Zero)).ShouldBe(RightBreach.None);
        Check(29.345, 104.755, 20, new DateTimeOffset(2025, 10, 6, 12, 0, 0, TimeSpan.Zero)).ShouldBe(RightBreach.OutsideWindow);
        // Saturday is not a window day.
        Check(29.345, 104.755, 20, ZoneClock.At(new DateOnly(2025, 10, 11), new TimeOnly(10, 0))).ShouldBe(RightBreach.OutsideWindow);
    }

    [Theory]
    [InlineData(30.0, RightBreach.None)]
    [InlineData(30.01, RightBreach.OverSpeed)]
    [InlineData(0.0, RightBreach.None)]
    public void The_speed_limit_itself_is_allowed(double speed, RightBreach expected) =>
        Check(29.345, 104.755, speed, Monday(10, 0, 0)).ShouldBe(expected);

    [Fact]
    public void The_right_counts_on_its_first_and_last_day_not_the_days_around_nor_while_suspended()
    {
        Check(29.345, 104.755, 20, ZoneClock.At(From, new TimeOnly(7, 0))).ShouldBe(RightBreach.None);
        Check(29.345, 104.755, 20, ZoneClock.At(To, new TimeOnly(19, 59, 59))).ShouldBe(RightBreach.None);
        Check(29.345, 104.755, 20, ZoneClock.At(From.AddDays(-1), new TimeOnly(12, 0))).ShouldBe(RightBreach.NotInForce);
        Check(29.345, 104.755, 20, ZoneClock.At(To.AddDays(1), new TimeOnly(0, 0))).ShouldBe(RightBreach.NotInForce);
        var result = new RoadRightCheck(Granted(suspend: true)).Check(new Position(29.345, 104.755, 20, Monday(10, 0, 0)));
        result.Breach.ShouldBe(RightBreach.NotInForce);
        result.Message.ShouldContain("暂停");
    }

    [Fact]
    public void The_first_broken_rule_is_named_with_its_reason()
    {
        var result = new RoadRightCheck(Granted()).Check(new Position(29.345, 104.755, 45, Monday(10, 0, 0)));
        result.Kept.ShouldBeFalse();
        result.Message.ShouldBe("车速 45 km/h 超过限速 30 km/h。");
    }
}
