using Gaoxin.Contracts.Services;
using Gaoxin.Data;
using Gaoxin.Kernel.Zones;
using Gaoxin.Services.Approvals;
using Gaoxin.Services.Calendar;
using Gaoxin.Services.Relief;
using Microsoft.EntityFrameworkCore;

namespace Gaoxin.Services.Figures;

/// <summary>
/// The year's figures (see <see cref="Gaoxin.Contracts.Services.ServicesFigures"/>): decided items grouped by (used, limit) in SQL,
/// so a year of decisions is a few dozen rows; applications and their corrections counted in SQL; the open and overdue counts
/// against the last working day up to today; relief cases of the year read whole (a few hundred at most).
/// </summary>
public sealed class ServicesFigures(GaoxinDbContext db, ZoneCalendar calendars, TimeProvider time)
{
    public async Task<Gaoxin.Contracts.Services.ServicesFigures> ForYearAsync(Guid zoneId, int year, CancellationToken ct)
    {
        var zone = new ZoneId(zoneId);
        var first = new DateOnly(year, 1, 1);
        var next = first.AddYears(1);
        var from = ZoneClock.At(first, TimeOnly.MinValue).ToUniversalTime(); // PostgreSQL takes timestamptz parameters in UTC only
        var to = ZoneClock.At(next, TimeOnly.MinValue).ToUniversalTime();

        var decided = await db.Set<ApplicationItem>().AsNoTracking()
            .Where(i => i.ZoneId == zone && (i.Status == ItemStatus.Approved || i.Status == ItemStatus.Refused)
                && i.DecidedOn >= first && i.DecidedOn < next && i.WorkingDaysUsed != null)
            .GroupBy(i => new { i.WorkingDaysUsed, i.LimitDays }).Select(g => new { Used = g.Key.WorkingDaysUsed!.Value, g.Key.LimitDays, Count = g.Count() })
            .ToListAsync(ct);
        var count = decided.Sum(g => g.Count);
        decimal? Average(Func<int, int, int> pick) => count == 0 ? null : Math.Round((decimal)decided.Sum(g => pick(g.Used, g.LimitDays) * g.Count) / count, 2);
        var onTime = decided.Where(g => g.Used <= g.LimitDays).Sum(g => g.Count);

        var applications = db.Set<ServiceApplication>().AsNoTracking().Where(a => a.ZoneId == zone && a.SubmittedAt >= from && a.SubmittedAt < to);
        var applied = await applications.CountAsync(ct);
        var corrections = await db.Set<ApplicationItem>().AsNoTracking().Where(i => applications.Any(a => a.Id == i.ApplicationId)).SumAsync(i => i.Corrections, ct);

        var calendar = await calendars.ForZoneAsync(zone, ct);
        var lastWorkingDay = calendar.AddWorkingDays(ZoneClock.Of(time).Today.AddDays(1), -1);
        var open = await db.Set<ApplicationItem>().AsNoTracking().Where(i => i.ZoneId == zone && (i.Status == ItemStatus.InReview || i.Status == ItemStatus.Correction))
            .GroupBy(i => i.Status == ItemStatus.InReview && i.DueOn < lastWorkingDay).Select(g => new { Late = g.Key, Count = g.Count() }).ToListAsync(ct);

        var cases = await db.Set<ReliefCase>().AsNoTracking().Where(c => c.ZoneId == zone && c.ReportedAt >= from && c.ReportedAt < to)
            .Select(c => new { c.Category, c.Status, c.ReportedAt, c.ClosedAt, c.Satisfaction }).ToListAsync(ct);
        var closed = cases.Where(c => c.Status == ReliefStatus.Closed && c.ClosedAt is not null)
            .Select(c => new { c.Category, Days = ZoneClock.DayOf(c.ClosedAt!.Value).DayNumber - ZoneClock.DayOf(c.ReportedAt).DayNumber, c.Satisfaction }).ToList();
        var byCategory = Enum.GetValues<DifficultyCategory>().Select(category =>
        {
            var mine = closed.Where(c => c.Category == category).ToList();
            return new ReliefCategoryFigures(category.ToString(), ServicesText.Get("Figures.Category." + category), cases.Count(c => c.Category == category), mine.Count,
                Median(mine.Select(c => c.Days)), Mean(mine.Select(c => c.Days)), Mean(mine.Where(c => c.Satisfaction is not null).Select(c => c.Satisfaction!.Value)));
        }).ToList();

        return new Gaoxin.Contracts.Services.ServicesFigures(year, count, Average((used, _) => used), Average((_, limit) => limit),
            count == 0 ? null : Math.Round((decimal)onTime / count, 4), applied, applied == 0 ? null : Math.Round((decimal)corrections / applied, 2),
            open.Sum(g => g.Count), open.Where(g => g.Late).Sum(g => g.Count), cases.Count, closed.Count,
            Median(closed.Select(c => c.Days)), Mean(closed.Select(c => c.Days)), Mean(closed.Where(c => c.Satisfaction is not null).Select(c => c.Satisfaction!.Value)),
            byCategory);
    }

    internal static decimal? Mean(IEnumerable<int> values)
    {
        var list = values.ToList();
        return list.Count == 0 ? null : Math.Round((decimal)list.Sum() / list.Count, 2);
    }

    internal static decimal? Median(IEnumerable<int> values)
    {
        var sorted = values.Order().ToList();
        if (sorted.Count == 0)
        {
            return null;
        }

        var mid = sorted.Count / 2;
        return sorted.Count % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2m;
    }
}
