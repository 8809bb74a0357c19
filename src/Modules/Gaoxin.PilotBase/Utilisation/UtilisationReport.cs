using Gaoxin.Data;
using Gaoxin.Kernel.Zones;
using Gaoxin.PilotBase.Bookings;
using Gaoxin.PilotBase.Catalogue;
using Gaoxin.PilotBase.Facilities;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;

namespace Gaoxin.PilotBase.Utilisation;

public sealed record ResourceUtilisation(Guid ResourceId, string Code, string Name, string Area, decimal OpenHours, decimal MaintenanceHours, decimal AvailableHours,
    decimal BookedHours, decimal? Utilisation, decimal IdleHours);

public sealed record AreaUtilisation(string Area, int Resources, decimal AvailableHours, decimal BookedHours, decimal? Utilisation, decimal IdleHours);

public sealed record MonthUtilisation(int Month, decimal AvailableHours, decimal BookedHours, decimal? Utilisation, decimal IdleHours);

public sealed record ServiceRevenue(Guid? ServiceId, string Service, int Bookings, decimal Revenue);

public sealed record CustomerRevenue(CustomerKind Customer, int Bookings, decimal Revenue);

/// <summary>Utilisation of a year (and, when given, one month of it: the resource and area rows are that month's; Months is always the year's).</summary>
public sealed record UtilisationView(int Year, int? Month, string Definition, decimal AvailableHours, decimal BookedHours, decimal? Utilisation, decimal IdleHours,
    decimal Revenue, IReadOnlyList<ResourceUtilisation> Resources, IReadOnlyList<AreaUtilisation> Areas, IReadOnlyList<MonthUtilisation> Months,
    IReadOnlyList<ServiceRevenue> ByService, IReadOnlyList<CustomerRevenue> ByCustomer);

/// <summary>
/// Utilisation and revenue. Definitions (also sent with every answer):
/// open hours = the base's opening hours (<see cref="OpeningHours"/>) in the period; available hours = open hours minus the
/// maintenance windows inside them; booked hours = holding bookings (pending, approved, completed, no-show: the rows that keep
/// others out) inside open hours, maintenance excluded; utilisation = booked / available; idle = available − booked. A booking
/// crossing a month boundary counts in each month for its own hours. Resources of operating areas only; retired ones are left out.
/// Revenue = the quoted price of approved and completed bookings whose start falls in the period (pending, rejected, cancelled and
/// no-show bookings excluded), by service and by customer type.
/// The period's holding rows are read in one query (four columns); cutting them to opening hours is arithmetic (<see cref="OpeningHours.HoursIn"/>),
/// which no SQL both databases share would express. Revenue is one grouped query.
/// </summary>
internal sealed class UtilisationReport(GaoxinDbContext db, IConfiguration configuration)
{
    public const string Definition = "可用时长 = 基地开放时间（默认每周一至周六 8:00–20:00，北京时间）减去其中的维护窗口；已预约时长 = 开放时间内占用时段的预约（待审批、已批准、已完成、爽约），不含维护；利用率 = 已预约时长 ÷ 可用时长；闲置时长 = 可用时长 − 已预约时长；跨月的预约按各月内的时长分别计入。收入 = 开始时间在统计期内、状态为已批准或已完成的预约报价之和（待审批、未通过、已取消、爽约不计）。";

    private readonly OpeningHours hours = OpeningHours.From(configuration);

    public async Task<UtilisationView> ForAsync(Guid zoneId, int year, int? month, CancellationToken ct)
    {
        var zone = new ZoneId(zoneId);
        var (yearFrom, _) = OpeningHours.Month(year, 1);
        var yearTo = yearFrom.AddYears(1);
        var (from, to) = month is { } m ? OpeningHours.Month(year, m) : (yearFrom, yearTo);

        var resources = await db.Set<Resource>().AsNoTracking().Where(r => r.ZoneId == zone && r.Status != ResourceStatus.Retired)
            .Join(db.Set<BaseArea>().Where(a => a.Status == AreaStatus.Operating), r => r.AreaId, a => a.Id, (r, a) => new { r.Id, r.Code, r.Name, Area = a.Name })
            .OrderBy(r => r.Code).ToListAsync(ct);
        // PostgreSQL takes instants in UTC only.
        var yearToUtc = yearTo.ToUniversalTime();
        var yearFromUtc = yearFrom.ToUniversalTime();
        var rows = await db.Set<Booking>().AsNoTracking()
            .Where(b => b.ZoneId == zone && b.HoldsSlot && b.StartsAt < yearToUtc && b.EndsAt > yearFromUtc)
            .Select(b => new HeldRange(b.ResourceId, b.Kind, b.StartsAt, b.EndsAt)).ToListAsync(ct);
        var byResource = rows.ToLookup(r => r.ResourceId);


        var perMonth = new List<(Guid Resource, int Month, decimal Open, decimal Maintenance, decimal Booked)>();
        foreach (var r in resources)
        {
            for (var mo = 1; mo <= 12; mo++)
            {
                var (f, t) = OpeningHours.Month(year, mo);
                var (open, maintenance, booked) = Split(hours, byResource[r.Id], f, t);
                perMonth.Add((r.Id, mo, open, maintenance, booked));
            }
        }

        var inPeriod = perMonth.Where(x => month is null || x.Month == month).ToLookup(x => x.Resource);
        var resourceRows = resources.Select(r =>
        {
            var x = inPeriod[r.Id].ToList();
            var open = x.Sum(y => y.Open);
            var maintenance = x.Sum(y => y.Maintenance);
            var booked = x.Sum(y => y.Booked);
            return new ResourceUtilisation(r.Id, r.Code, r.Name, r.Area, open, maintenance, open - maintenance, booked, Ratio(booked, open - maintenance), open - maintenance - booked);
        }).ToList();
        var areas = resourceRows.GroupBy(r => r.Area).Select(g => new AreaUtilisation(g.Key, g.Count(), g.Sum(r => r.AvailableHours), g.Sum(r => r.BookedHours),
            Ratio(g.Sum(r => r.BookedHours), g.Sum(r => r.AvailableHours)), g.Sum(r => r.IdleHours))).ToList();
        var months = perMonth.GroupBy(x => x.Month).OrderBy(g => g.Key).Select(g =>
        {
            var available = g.Sum(x => x.Open - x.Maintenance);
            var booked = g.Sum(x => x.Booked);
            return new MonthUtilisation(g.Key, available, booked, Ratio(booked, available), available - booked);
        }).ToList();

        var revenue = await RevenueAsync(zone, from, to, ct);
        var byService = revenue.GroupBy(x => x.ServiceId).Select(g => new ServiceRevenue(g.Key, g.First().Service ?? "（未关联服务）", g.Sum(x => x.Bookings), g.Sum(x => x.Revenue)))
            .OrderByDescending(s => s.Revenue).ToList();
        var byCustomer = revenue.GroupBy(x => x.Customer).Select(g => new CustomerRevenue(g.Key, g.Sum(x => x.Bookings), g.Sum(x => x.Revenue)))
            .OrderBy(c => c.Customer).ToList();
        var totalAvailable = resourceRows.Sum(r => r.AvailableHours);
        var totalBooked = resourceRows.Sum(r => r.BookedHours);
        return new UtilisationView(year, month, Definition, totalAvailable, totalBooked, Ratio(totalBooked, totalAvailable), totalAvailable - totalBooked,
            byCustomer.Sum(c => c.Revenue), resourceRows, areas, months, byService, byCustomer);
    }

    /// <summary>Revenue in [from, to) grouped by (service, customer type) in one query.</summary>
    internal async Task<List<RevenueCell>> RevenueAsync(ZoneId zone, DateTimeOffset from, DateTimeOffset to, CancellationToken ct)
    {
        var fromUtc = from.ToUniversalTime();
        var toUtc = to.ToUniversalTime();
        var cells = await db.Set<Booking>().AsNoTracking()
            .Where(b => b.ZoneId == zone && b.Kind == BookingKind.Booking && (b.Status == BookingStatus.Approved || b.Status == BookingStatus.Completed)
                        && b.StartsAt >= fromUtc && b.StartsAt < toUtc)
            .GroupBy(b => new { b.ServiceId, b.Customer })
            .Select(g => new { g.Key.ServiceId, g.Key.Customer, Bookings = g.Count(), Revenue = g.Sum(b => b.Price) })
            .ToListAsync(ct);
        var serviceIds = cells.Where(c => c.ServiceId != null).Select(c => c.ServiceId!.Value).Distinct().ToList();
        var names = await db.Set<PilotService>().AsNoTracking().Where(s => serviceIds.Contains(s.Id)).ToDictionaryAsync(s => s.Id, s => s.Name, ct);
        return [.. cells.Select(c => new RevenueCell(c.ServiceId, c.ServiceId is { } id ? names.GetValueOrDefault(id) : null, c.Customer, c.Bookings, c.Revenue))];
    }

    /// <summary>Open, maintenance and booked hours of one resource in [from, to), each cut to opening hours.</summary>
    internal static (decimal Open, decimal Maintenance, decimal Booked) Split(OpeningHours hours, IEnumerable<HeldRange> held, DateTimeOffset from, DateTimeOffset to)
    {
        var open = hours.HoursIn(from, to);
        decimal maintenance = 0, booked = 0;
        foreach (var h in held.Where(h => h.StartsAt < to && h.EndsAt > from))
        {
            var inside = hours.HoursIn(h.StartsAt > from ? h.StartsAt : from, h.EndsAt < to ? h.EndsAt : to);
            if (h.Kind == BookingKind.Maintenance)
            {
                maintenance += inside;
            }
            else
            {
                booked += inside;
            }
        }

        return (open, maintenance, booked);
    }

    private static decimal? Ratio(decimal part, decimal whole) => whole > 0 ? Math.Round(part / whole, 4) : null;
}

internal sealed record HeldRange(Guid ResourceId, BookingKind Kind, DateTimeOffset StartsAt, DateTimeOffset EndsAt);

internal sealed record RevenueCell(Guid? ServiceId, string? Service, CustomerKind Customer, int Bookings, decimal Revenue);
