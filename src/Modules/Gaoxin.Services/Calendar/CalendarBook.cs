using Gaoxin.Data;
using Gaoxin.Kernel.Rules;
using Gaoxin.Kernel.Zones;
using Microsoft.EntityFrameworkCore;

namespace Gaoxin.Services.Calendar;

public sealed record CalendarDayView(DateOnly Date, DayKind Kind, string Name);

public sealed record CalendarMonthView(int Month, int CalendarDays, int WorkingDays);

/// <summary>A year of the zone's calendar: whether it is published, its dated days and the working days per month.</summary>
public sealed record CalendarYearView(int Year, bool Published, string? Source, DateTimeOffset? LoadedAt, int WorkingDays,
    IReadOnlyList<CalendarMonthView> Months, IReadOnlyList<CalendarDayView> Days);

/// <summary>Result of loading a year: how many open clocks moved their due day.</summary>
public sealed record CalendarImportResult(int Year, int Days, int ClocksRecounted);

/// <summary>
/// The zone's holiday calendar (节假日安排): read by year, and replaced a year at a time when the State Council publishes it.
/// Loading a year recounts every running clock: its working days left today are kept and its due day found again on the new
/// calendar, in the same transaction, so no clock is ever half on the old calendar.
/// </summary>
public sealed class CalendarBook(GaoxinDbContext db, ZoneCalendar calendars, TimeProvider time, IEnumerable<ICalendarChange> listeners)
{
    public async Task<IReadOnlyList<int>> YearsAsync(ZoneId zone, CancellationToken ct) =>
        await db.Set<CalendarYear>().AsNoTracking().Where(y => y.ZoneId == zone).OrderBy(y => y.Year).Select(y => y.Year).ToListAsync(ct);

    public async Task<CalendarYearView> YearAsync(ZoneId zone, int year, CancellationToken ct)
    {
        if (year is < 2000 or > 2100)
        {
            throw Refusal.Invalid("year", "年份应在 2000–2100 之间。");
        }

        var loaded = await db.Set<CalendarYear>().AsNoTracking().FirstOrDefaultAsync(y => y.ZoneId == zone && y.Year == year, ct);
        var from = new DateOnly(year, 1, 1);
        var to = new DateOnly(year, 12, 31);
        var days = await db.Set<HolidayDay>().AsNoTracking().Where(d => d.ZoneId == zone && d.Date >= from && d.Date <= to).OrderBy(d => d.Date)
            .Select(d => new CalendarDayView(d.Date, d.Kind, d.Name)).ToListAsync(ct);
        var calendar = await calendars.ForZoneAsync(zone, ct);
        var months = Enumerable.Range(1, 12).Select(m =>
        {
            var first = new DateOnly(year, m, 1);
            var length = DateTime.DaysInMonth(year, m);
            return new CalendarMonthView(m, length, calendar.WorkingDaysBetween(first.AddDays(-1), first.AddDays(length - 1)));
        }).ToList();
        return new CalendarYearView(year, loaded is not null, loaded?.Source, loaded?.LoadedAt, months.Sum(m => m.WorkingDays), months, days);
    }

    public async Task<CalendarImportResult> LoadYearAsync(ZoneId zone, int year, CalendarYearInput input, CancellationToken ct)
    {
        if (year is < 2000 or > 2100)
        {
            throw Refusal.Invalid("year", "年份应在 2000–2100 之间。");
        }

        var outcome = new ArrangementIsConsistentRule().Check(new YearArrangement(year, input.Days.Select(d => (d.Date, d.Kind)).ToList()));
        if (!outcome.Passed)
        {
            throw Refusal.ByRule(outcome);
        }

        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var before = await calendars.ForZoneAsync(zone, ct);
        var from = new DateOnly(year, 1, 1);
        var to = new DateOnly(year, 12, 31);
        db.RemoveRange(await db.Set<HolidayDay>().Where(d => d.ZoneId == zone && d.Date >= from && d.Date <= to).ToListAsync(ct));
        db.RemoveRange(await db.Set<CalendarYear>().Where(y => y.ZoneId == zone && y.Year == year).ToListAsync(ct));
        await db.SaveChangesAsync(ct);

        var now = time.GetUtcNow();
        db.Add(new CalendarYear(zone, year, input.Source.Trim(), now));
        db.AddRange(input.Days.Select(d => new HolidayDay(zone, d.Date, d.Kind, d.Name.Trim())));
        await db.SaveChangesAsync(ct);

        var after = await calendars.ForZoneAsync(zone, ct);
        var today = ZoneClock.Of(time).Today;
        var moved = 0;
        foreach (var listener in listeners)
        {
            moved += await listener.CalendarChangedAsync(zone, today, before, after, ct);
        }

        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        return new CalendarImportResult(year, input.Days.Count, moved);
    }
}
