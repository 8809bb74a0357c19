using Gaoxin.Kernel.Zones;
using Gaoxin.Mobility.Rights;
using Gaoxin.Mobility.Telemetry;
using Gaoxin.Mobility.Tests.Rights;

namespace Gaoxin.Mobility.Tests.Telemetry;

/// <summary>时段内 at its boundaries: the window's first second is in, its end and one second past it are out, in China time.</summary>
public sealed class InsideWindowRuleTests
{
    private static readonly InsideWindowRule Rule = new();

    [Theory]
    [InlineData(6, 59, 59, false)]
    [InlineData(7, 0, 0, true)]
    [InlineData(19, 59, 59, true)]
    [InlineData(20, 0, 0, false)]
    [InlineData(20, 0, 1, false)]
    public void The_start_is_in_the_end_is_out(int h, int m, int s, bool inside) =>
        Rule.Check(Points.At(at: Points.Monday(h, m, s))).Passed.ShouldBe(inside);

    [Fact]
    public void The_window_is_read_in_China_time_and_on_its_weekdays()
    {
        Rule.Check(Points.At(at: new DateTimeOffset(2025, 10, 6, 11, 59, 59, TimeSpan.Zero))).Passed.ShouldBeTrue();
        var late = Rule.Check(Points.At(at: new DateTimeOffset(2025, 10, 6, 12, 0, 0, TimeSpan.Zero)));
        late.Passed.ShouldBeFalse();
        late.Rule.ShouldBe(nameof(InsideWindowRule));
        late.Message.ShouldBe("2025-10-06 20:00:00（北京时间）不在准许时段内。");
        late.Figures["at"].ShouldBe("2025-10-06 20:00:00");
        late.Figures.ContainsKey("rightVersion").ShouldBeTrue();
        // Saturday is not a window day.
        Rule.Check(Points.At(at: ZoneClock.At(new DateOnly(2025, 10, 11), new TimeOnly(10, 0)))).Passed.ShouldBeFalse();
        Rule.Check(Points.At()).Message.ShouldBe("位于准许时段内。");
    }

    [Fact]
    public void Outside_every_area_the_window_is_not_judged() =>
        Rule.Check(Points.At(29.36, 104.755, at: Points.Monday(22, 0, 0))).Passed.ShouldBeTrue();

    [Fact]
    public void Any_one_window_of_a_right_or_any_one_covering_right_open_then_is_enough()
    {
        // A right with a morning and an evening window on weekdays: 10:00 and 21:00 are each in one of them, 15:00 in neither.
        var twoWindows = new PermitShape(Guid.CreateVersion7(), 1, RoadRightStatus.Granted, Points.From, Points.To,
            [GeoAreas.Parse(GeoAreasTests.Square).Polygon!],
            [(WeekdayMask.Of([1, 2, 3, 4, 5]), 7 * 60, 12 * 60), (WeekdayMask.Of([1, 2, 3, 4, 5]), 18 * 60, 22 * 60)], 30);
        Rule.Check(Points.At(at: Points.Monday(10, 0, 0), permits: [twoWindows])).Passed.ShouldBeTrue();
        Rule.Check(Points.At(at: Points.Monday(21, 0, 0), permits: [twoWindows])).Passed.ShouldBeTrue();
        Rule.Check(Points.At(at: Points.Monday(15, 0, 0), permits: [twoWindows])).Passed.ShouldBeFalse();

        // Two rights cover the point; at 21:00 only the second is open.
        Rule.Check(Points.At(at: Points.Monday(21, 0, 0), permits: [Points.Permit(), twoWindows])).Passed.ShouldBeTrue();
    }
}
