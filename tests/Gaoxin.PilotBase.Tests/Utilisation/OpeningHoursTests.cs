using Gaoxin.PilotBase.Bookings;
using Gaoxin.PilotBase.Utilisation;
using Microsoft.Extensions.Configuration;

namespace Gaoxin.PilotBase.Tests.Utilisation;

/// <summary>The arithmetic of available and booked hours at its boundaries (zone time, 8:00–20:00 Monday to Saturday).</summary>
public sealed class OpeningHoursTests
{
    private static readonly TimeSpan Cst = TimeSpan.FromHours(8);
    private static readonly OpeningHours Hours = OpeningHours.Default;

    private static DateTimeOffset At(int month, int day, int hour) => new(2026, month, day, hour, 0, 0, Cst);

    [Fact]
    public void A_weekday_has_twelve_open_hours_a_sunday_none_and_a_range_counts_only_its_open_part()
    {
        Hours.HoursIn(At(3, 2, 0), At(3, 3, 0)).ShouldBe(12m, "Monday");
        Hours.HoursIn(At(3, 1, 0), At(3, 2, 0)).ShouldBe(0m, "Sunday");
        Hours.HoursIn(At(3, 2, 7), At(3, 2, 9)).ShouldBe(1m, "07:00–09:00 is open from 08:00");
        Hours.HoursIn(At(3, 2, 19), At(3, 3, 9)).ShouldBe(2m, "19:00–20:00 and 08:00–09:00 the next morning");
        Hours.HoursIn(At(3, 2, 20), At(3, 3, 8)).ShouldBe(0m, "the night is closed");
        Hours.HoursIn(At(3, 2, 10), At(3, 2, 10)).ShouldBe(0m, "an empty range");
        Hours.HoursIn(At(3, 3, 10), At(3, 2, 9)).ShouldBe(0m, "a reversed range");
    }

    [Fact]
    public void March_2026_has_26_open_days_and_a_utc_range_is_read_in_zone_time()
    {
        var (from, to) = OpeningHours.Month(2026, 3);
        Hours.HoursIn(from, to).ShouldBe(312m, "31 days less 5 Sundays, 12 hours each");
        Hours.HoursIn(new DateTimeOffset(2026, 3, 2, 0, 0, 0, TimeSpan.Zero), new DateTimeOffset(2026, 3, 2, 4, 0, 0, TimeSpan.Zero)).ShouldBe(4m, "00:00–04:00 UTC is 08:00–12:00 in the zone");
    }

    [Fact]
    public void A_booking_crossing_a_month_boundary_counts_in_each_month_for_its_own_hours_and_maintenance_reduces_available_hours()
    {
        var resource = Guid.CreateVersion7();
        HeldRange[] held =
        [
            new(resource, BookingKind.Booking, At(3, 31, 18), At(4, 1, 10)), // Tuesday evening to Wednesday morning
            new(resource, BookingKind.Maintenance, At(3, 2, 8), At(3, 2, 14)),
        ];

        var (mf, mt) = OpeningHours.Month(2026, 3);
        var march = UtilisationReport.Split(Hours, held, mf, mt);
        march.ShouldBe((312m, 6m, 2m));

        var (af, at) = OpeningHours.Month(2026, 4);
        var april = UtilisationReport.Split(Hours, held, af, at);
        april.Booked.ShouldBe(2m, "08:00–10:00 on 1 April");
        april.Maintenance.ShouldBe(0m);
    }

    private static OpeningHours Configured(params (string Key, string Value)[] settings) => OpeningHours.From(new ConfigurationBuilder()
        .AddInMemoryCollection(settings.Select(s => KeyValuePair.Create<string, string?>("PilotBase:OpeningHours:" + s.Key, s.Value))).Build());

    [Fact]
    public void Without_the_setting_the_base_is_open_08_00_to_20_00_monday_to_saturday()
    {
        var hours = Configured();
        hours.Opens.ShouldBe(new TimeOnly(8, 0));
        hours.Closes.ShouldBe(new TimeOnly(20, 0));
        hours.Days.Order().ShouldBe([DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday, DayOfWeek.Saturday]);
    }

    [Fact]
    public void Configured_hours_and_iso_weekdays_are_read_with_7_for_sunday_spaces_and_empty_entries_ignored()
    {
        var hours = Configured(("Opens", "09:00"), ("Closes", "17:30"), ("Days", " 1, 3,,7 "));
        hours.Opens.ShouldBe(new TimeOnly(9, 0));
        hours.Closes.ShouldBe(new TimeOnly(17, 30));
        hours.Days.Order().ShouldBe([DayOfWeek.Sunday, DayOfWeek.Monday, DayOfWeek.Wednesday]);
        hours.HoursIn(At(3, 1, 0), At(3, 2, 0)).ShouldBe(8.5m, "Sunday 1 March is open 09:00–17:30");
    }

    [Fact]
    public void A_setting_left_out_keeps_its_default()
    {
        var days = Configured(("Days", "6,7"));
        days.Opens.ShouldBe(new TimeOnly(8, 0));
        days.Closes.ShouldBe(new TimeOnly(20, 0));
        days.Days.Order().ShouldBe([DayOfWeek.Sunday, DayOfWeek.Saturday]);

        var opens = Configured(("Opens", "07:30"));
        opens.Opens.ShouldBe(new TimeOnly(7, 30));
        opens.Days.Count.ShouldBe(6);
        opens.Days.ShouldNotContain(DayOfWeek.Sunday);
    }
}
