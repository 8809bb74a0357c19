using Gaoxin.Data;
using Gaoxin.Kernel.Zones;
using Microsoft.EntityFrameworkCore;

namespace Gaoxin.Services.Calendar;

/// <summary>Reads a zone's working calendar from its dated days (a few dozen rows a year, so read per request).</summary>
public sealed class ZoneCalendar(GaoxinDbContext db)
{
    public async Task<WorkingCalendar> ForZoneAsync(ZoneId zoneId, CancellationToken ct)
    {
        var years = await db.Set<CalendarYear>().Where(y => y.ZoneId == zoneId).Select(y => y.Year).ToListAsync(ct);
        var days = await db.Set<HolidayDay>().Where(d => d.ZoneId == zoneId).Select(d => new { d.Date, d.Kind }).ToListAsync(ct);
        return new WorkingCalendar(days.Select(d => (d.Date, d.Kind)), years);
    }
}
