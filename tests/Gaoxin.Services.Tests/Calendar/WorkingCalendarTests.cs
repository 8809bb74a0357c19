using Gaoxin.Kernel.Zones;
using Gaoxin.Services.Approvals;
using Gaoxin.Services.Calendar;

namespace Gaoxin.Services.Tests.Calendar;

/// <summary>The working-day clock at its boundaries, on the State Council's 2025 and 2026 arrangements.</summary>
public sealed class WorkingCalendarTests
{
    private static readonly WorkingCalendar Cn = NationalHolidays.Calendar;

    private static DateOnly D(int y, int m, int d) => new(y, m, d);

    [Fact]
    public void A_weekday_is_worked_a_holiday_is_not_and_a_make_up_saturday_is()
    {
        Cn.IsWorkingDay(D(2026, 9, 30)).ShouldBeTrue();        // Wednesday
        Cn.IsWorkingDay(D(2026, 10, 1)).ShouldBeFalse();       // 国庆节
        Cn.IsWorkingDay(D(2026, 10, 7)).ShouldBeFalse();       // last day of the week off
        Cn.IsWorkingDay(D(2026, 10, 8)).ShouldBeTrue();
        Cn.IsWorkingDay(D(2026, 10, 10)).ShouldBeTrue();       // Saturday, 调休上班
        Cn.IsWorkingDay(D(2026, 10, 11)).ShouldBeFalse();      // an ordinary Sunday
        Cn.IsWorkingDay(D(2026, 9, 20)).ShouldBeTrue();        // Sunday, 调休上班
        Cn.IsWorkingDay(D(2025, 1, 26)).ShouldBeTrue();        // Sunday before 春节 2025
        Cn.IsWorkingDay(D(2025, 1, 28)).ShouldBeFalse();
    }

    [Fact]
    public void A_limit_that_would_end_in_the_national_day_week_ends_on_the_first_working_day_after_it()
    {
        // Accepted Monday 28 Sep 2026; three working days: 29, 30 Sep, then 1–7 Oct are off, so 8 Oct.
        Cn.AddWorkingDays(D(2026, 9, 28), 3).ShouldBe(D(2026, 10, 8));
        Cn.AddWorkingDays(D(2026, 9, 28), 2).ShouldBe(D(2026, 9, 30));
    }

    [Fact]
    public void A_make_up_saturday_counts_as_one_working_day()
    {
        // Accepted Thursday 8 Oct 2026: Fri 9, Sat 10 (调休) are working days; Sun 11 is not; Mon 12.
        Cn.AddWorkingDays(D(2026, 10, 8), 2).ShouldBe(D(2026, 10, 10));
        Cn.AddWorkingDays(D(2026, 10, 8), 3).ShouldBe(D(2026, 10, 12));
        Cn.WorkingDaysBetween(D(2026, 10, 8), D(2026, 10, 12)).ShouldBe(3);
    }

    [Fact]
    public void Counting_is_half_open_and_backwards_is_negative()
    {
        Cn.WorkingDaysBetween(D(2026, 3, 2), D(2026, 3, 2)).ShouldBe(0);
        Cn.WorkingDaysBetween(D(2026, 3, 2), D(2026, 3, 3)).ShouldBe(1);   // Mon → Tue
        Cn.WorkingDaysBetween(D(2026, 3, 6), D(2026, 3, 9)).ShouldBe(1);   // Fri → Mon: Sat and Sun do not count
        Cn.WorkingDaysBetween(D(2026, 3, 9), D(2026, 3, 6)).ShouldBe(-1);
        Cn.AddWorkingDays(D(2026, 3, 9), -1).ShouldBe(D(2026, 3, 6));
        Cn.AddWorkingDays(D(2026, 3, 7), 0).ShouldBe(D(2026, 3, 7));
    }

    [Fact]
    public void A_year_without_a_published_calendar_knows_only_weekends()
    {
        Cn.Covers(2026).ShouldBeTrue();
        Cn.Covers(2027).ShouldBeFalse();
        Cn.IsWorkingDay(D(2027, 1, 1)).ShouldBeTrue();     // a Friday: no 2027 arrangement loaded
        Cn.IsWorkingDay(D(2027, 1, 2)).ShouldBeFalse();
    }

    [Fact]
    public void The_2026_spring_festival_week_is_nine_days_off_with_two_saturdays_worked()
    {
        Cn.WorkingDaysBetween(D(2026, 2, 13), D(2026, 2, 24)).ShouldBe(2); // Sat 14 (调休) and Tue 24
        Cn.IsWorkingDay(D(2026, 2, 28)).ShouldBeTrue();
    }

    [Fact]
    public void A_correction_over_the_national_day_week_pauses_the_clock_with_the_days_it_had_left()
    {
        var zone = new ZoneId(Guid.CreateVersion7());
        // Accepted Fri 18 Sep 2026 with 10 working days: Sun 20 Sep (调休上班), 21–24 Sep (5); Fri 25 Sep is 中秋节;
        // 28, 29, 30 Sep (8); 1–7 Oct off; 8, 9 Oct (10).
        var item = new ApplicationItem(zone, Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), 10, D(2026, 9, 18), Cn);
        item.DueOn.ShouldBe(D(2026, 10, 9));
        item.RemainingOn(D(2026, 9, 24), Cn).ShouldBe(5);

        // Returned for correction on Thu 24 Sep with 5 days left; the applicant resubmits on Fri 9 Oct.
        item.PauseForCorrection(D(2026, 9, 24), Cn, "缺少宗地图", "officer", DateTimeOffset.UnixEpoch);
        item.Status.ShouldBe(ItemStatus.Correction);
        item.RemainingOn(D(2026, 10, 9), Cn).ShouldBe(5);

        item.Resume(D(2026, 10, 9), Cn);
        // 5 working days after Fri 9 Oct: Sat 10 (调休), Mon 12, 13, 14, 15.
        item.DueOn.ShouldBe(D(2026, 10, 15));
        item.RemainingOn(D(2026, 10, 9), Cn).ShouldBe(5);
        item.Corrections.ShouldBe(1);

        // Decided Tue 13 Oct: 5 days before the pause and 3 after it (10, 12, 13 Oct).
        item.Decide(true, D(2026, 10, 13), Cn, null, "officer", DateTimeOffset.UnixEpoch);
        item.WorkingDaysUsed.ShouldBe(8);
        item.Status.ShouldBe(ItemStatus.Approved);
    }

    [Fact]
    public void An_overdue_item_counts_negative_days()
    {
        var item = new ApplicationItem(new ZoneId(Guid.CreateVersion7()), Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), 1, D(2026, 3, 2), Cn);
        item.DueOn.ShouldBe(D(2026, 3, 3));
        item.RemainingOn(D(2026, 3, 3), Cn).ShouldBe(0);
        item.RemainingOn(D(2026, 3, 4), Cn).ShouldBe(-1);
        item.Decide(false, D(2026, 3, 5), Cn, "不符合条件", "officer", DateTimeOffset.UnixEpoch);
        item.WorkingDaysUsed.ShouldBe(3);
    }
}
