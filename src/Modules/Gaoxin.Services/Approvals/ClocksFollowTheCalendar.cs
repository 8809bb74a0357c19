using Gaoxin.Data;
using Gaoxin.Kernel.Zones;
using Gaoxin.Services.Calendar;
using Gaoxin.Services.Catalogue;
using Microsoft.EntityFrameworkCore;

namespace Gaoxin.Services.Approvals;

/// <summary>
/// Running clocks follow a newly loaded year: each keeps its working days left today and finds its due day again.
/// Paused clocks keep their days left and need nothing. Also tells the catalogue which items applications name.
/// </summary>
internal sealed class ClocksFollowTheCalendar(GaoxinDbContext db) : ICalendarChange, IItemUsage
{
    public async Task<int> CalendarChangedAsync(ZoneId zone, DateOnly today, WorkingCalendar before, WorkingCalendar after, CancellationToken ct)
    {
        var running = await db.Set<ApplicationItem>().Where(i => i.ZoneId == zone && i.Status == ItemStatus.InReview).ToListAsync(ct);
        var moved = running.Count(i => i.Recount(today, before, after));

        await db.SaveChangesAsync(ct);
        return moved;
    }

    public Task<bool> IsUsedAsync(Guid itemId, CancellationToken ct) => db.Set<ApplicationItem>().AnyAsync(a => a.ServiceItemId == itemId, ct);
}
