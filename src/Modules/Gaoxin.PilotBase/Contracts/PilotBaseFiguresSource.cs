using System.Globalization;
using Gaoxin.Contracts.PilotBase;
using Gaoxin.Data;
using Gaoxin.Data.Modules;
using Gaoxin.Kernel.Zones;
using Gaoxin.PilotBase.Facilities;
using Gaoxin.PilotBase.Utilisation;
using Microsoft.EntityFrameworkCore;

namespace Gaoxin.PilotBase.Contracts;

/// <summary>The base's figures for the cockpit, from the same report the utilisation dashboard shows (one read of the year).</summary>
internal sealed class PilotBaseFiguresSource(UtilisationReport report, GaoxinDbContext db, TimeProvider clock) : IPilotBaseFigures
{
    public async Task<PilotBaseFigures> TodayAsync(Guid zoneId, CancellationToken ct)
    {
        var today = ZoneClock.Of(clock).Today;
        var year = await report.ForAsync(zoneId, today.Year, null, ct);
        var month = year.Months.Single(m => m.Month == today.Month);
        var toDate = year.Months.Where(m => m.Month <= today.Month).ToList();
        var available = toDate.Sum(m => m.AvailableHours);
        var (from, to) = OpeningHours.Month(today.Year, today.Month);
        var monthRevenue = (await report.RevenueAsync(new ZoneId(zoneId), from, to, ct)).Sum(c => c.Revenue);
        var (yFrom, _) = OpeningHours.Month(today.Year, 1);
        var yearRevenue = (await report.RevenueAsync(new ZoneId(zoneId), yFrom, to, ct)).Sum(c => c.Revenue);
        var zone = new ZoneId(zoneId);
        var counts = await db.Set<Resource>().AsNoTracking().Where(r => r.ZoneId == zone && r.Status != ResourceStatus.Retired)
            .Join(db.Set<BaseArea>().Where(a => a.Status == AreaStatus.Operating), r => r.AreaId, a => a.Id, (r, a) => r.Status)
            .GroupBy(s => s).Select(g => new { Status = g.Key, Count = g.Count() }).ToListAsync(ct);
        return new PilotBaseFigures(today.Year, today.Month, month.Utilisation,
            available > 0 ? Math.Round(toDate.Sum(m => m.BookedHours) / available, 4) : null, monthRevenue, yearRevenue,
            counts.Where(c => c.Status == ResourceStatus.Available).Sum(c => c.Count), counts.Sum(c => c.Count));
    }
}

/// <summary>The base's figures on the home page: utilisation this month and this year, revenue this year, resources bookable.</summary>
internal sealed class PilotBaseHeadlineFigures(IPilotBaseFigures figures) : IHeadlineFigureSource
{
    public async Task<IReadOnlyList<HeadlineFigure>> GetAsync(Guid zoneId, CancellationToken cancellationToken)
    {
        var f = await figures.TodayAsync(zoneId, cancellationToken);
        static string Pct(decimal? v) => v is { } r ? r.ToString("P1", CultureInfo.CurrentCulture) : "—";
        return
        [
            new(PilotBaseText.Get("Figure.Utilisation"), Pct(f.UtilisationThisMonth), null, 50,
                string.Format(CultureInfo.CurrentCulture, PilotBaseText.Get("Figure.UtilisationNote"), f.Year, Pct(f.UtilisationThisYear), f.ResourcesAvailable, f.ResourcesTotal)),
            new(PilotBaseText.Get("Figure.Revenue"), (f.RevenueThisYear / 10_000m).ToString("#,0.#", CultureInfo.CurrentCulture), PilotBaseText.Get("Figure.Wan"), 51,
                string.Format(CultureInfo.CurrentCulture, PilotBaseText.Get("Figure.RevenueNote"), (f.RevenueThisMonth / 10_000m).ToString("#,0.#", CultureInfo.CurrentCulture)),
                ZoneInternal: true),
        ];
    }
}
