using Gaoxin.Kernel.Zones;
using Microsoft.Extensions.Time.Testing;

namespace Gaoxin.Kernel.Tests;

public sealed class ZoneClockTests
{
    [Theory]
    // 15:59:59 UTC is 23:59:59 in China: still the same day.
    [InlineData("2025-12-31T15:59:59Z", "2025-12-31")]
    // One second later it is midnight in China: the next day, and the next year, while UTC is still on the 31st.
    [InlineData("2026-12-31T16:00:00Z", "2027-01-01")]
    [InlineData("2025-12-31T16:00:00Z", "2026-01-01")]
    // Midnight UTC is 08:00 in China.
    [InlineData("2026-03-01T00:00:00Z", "2026-03-01")]
    // The last moment of 28 February in China (no leap year): 15:59:59.9999999 UTC.
    [InlineData("2026-02-28T15:59:59.9999999Z", "2026-02-28")]
    public void Today_is_the_calendar_day_in_china(string utc, string expected)
    {
        var clock = new ZoneClock(new FakeTimeProvider(DateTimeOffset.Parse(utc, System.Globalization.CultureInfo.InvariantCulture)));
        clock.Today.ShouldBe(DateOnly.ParseExact(expected, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void Today_follows_the_injected_clock_across_midnight()
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 6, 30, 15, 59, 0, TimeSpan.Zero));
        var clock = ZoneClock.Of(time);
        clock.Today.ShouldBe(new DateOnly(2026, 6, 30));
        time.Advance(TimeSpan.FromMinutes(1));
        clock.Today.ShouldBe(new DateOnly(2026, 7, 1));
    }

    [Fact]
    public void Now_carries_the_zone_offset_and_the_same_instant()
    {
        var utc = new DateTimeOffset(2026, 1, 15, 20, 30, 0, TimeSpan.Zero);
        var now = new ZoneClock(new FakeTimeProvider(utc)).Now;
        now.Offset.ShouldBe(TimeSpan.FromHours(8));
        now.ShouldBe(utc);
        (now.Year, now.Month, now.Day, now.Hour, now.Minute).ShouldBe((2026, 1, 16, 4, 30));
    }

    [Fact]
    public void Recorded_moments_convert_to_the_zone_day_and_back()
    {
        ZoneClock.DayOf(new DateTimeOffset(2026, 4, 30, 16, 0, 0, TimeSpan.Zero)).ShouldBe(new DateOnly(2026, 5, 1));
        ZoneClock.DayOf(new DateTimeOffset(2026, 4, 30, 15, 59, 59, TimeSpan.Zero)).ShouldBe(new DateOnly(2026, 4, 30));
        ZoneClock.At(new DateOnly(2026, 5, 1), new TimeOnly(0, 0)).UtcDateTime.ShouldBe(new DateTime(2026, 4, 30, 16, 0, 0, DateTimeKind.Utc));
        ZoneClock.InZone(new DateTimeOffset(2026, 4, 30, 16, 0, 0, TimeSpan.Zero)).Hour.ShouldBe(0);
    }
}
