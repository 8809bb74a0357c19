using Gaoxin.PilotBase.Bookings;
using Gaoxin.PilotBase.Utilisation;

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
}
