using Gaoxin.Kernel.Zones;
using Gaoxin.Mobility.Telemetry;

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
}
