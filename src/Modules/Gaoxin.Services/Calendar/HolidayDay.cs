using Gaoxin.Kernel.Zones;

namespace Gaoxin.Services.Calendar;

/// <summary>
/// One dated day of the State Council's holiday arrangement (国务院办公厅关于节假日安排的通知): a weekday off or a
/// weekend worked. Kept as data so that a new year is an import, not a release.
/// </summary>
public sealed class HolidayDay : IZoneScoped
{
    private HolidayDay()
    {
        Name = string.Empty;
    }

    public HolidayDay(ZoneId zoneId, DateOnly date, DayKind kind, string name)
    {
        ZoneId = zoneId;
        Date = date;
        Kind = kind;
        Name = name;
    }

    public Guid Id { get; private set; } = Guid.CreateVersion7();

    public ZoneId ZoneId { get; private set; }

    public DateOnly Date { get; private set; }

    public DayKind Kind { get; private set; }

    /// <summary>The holiday it belongs to (春节, 国庆节…), also for a make-up working day.</summary>
    public string Name { get; private set; }
}

/// <summary>A year whose arrangement is loaded (已发布年度): a year with no holidays listed still counts as known.</summary>
public sealed class CalendarYear : IZoneScoped
{
    private CalendarYear()
    {
        Source = string.Empty;
    }

    public CalendarYear(ZoneId zoneId, int year, string source, DateTimeOffset loadedAt)
    {
        ZoneId = zoneId;
        Year = year;
        Source = source;
        LoadedAt = loadedAt;
    }

    public Guid Id { get; private set; } = Guid.CreateVersion7();

    public ZoneId ZoneId { get; private set; }

    public int Year { get; private set; }

    /// <summary>Where the dates came from (the notice's number, or "导入").</summary>
    public string Source { get; private set; }

    public DateTimeOffset LoadedAt { get; private set; }
}
