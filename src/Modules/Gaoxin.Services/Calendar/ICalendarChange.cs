using Gaoxin.Kernel.Zones;

namespace Gaoxin.Services.Calendar;

/// <summary>
/// Told, inside the transaction that loads a year, that a zone's calendar changed, so that whatever counts working days
/// (the approvals' clocks) follows it. The calendar depends on none of its listeners.
/// </summary>
public interface ICalendarChange
{
    /// <summary>Returns how many records moved.</summary>
    Task<int> CalendarChangedAsync(ZoneId zone, DateOnly today, WorkingCalendar before, WorkingCalendar after, CancellationToken ct);
}
