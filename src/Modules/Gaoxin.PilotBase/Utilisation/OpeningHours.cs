using Gaoxin.Kernel.Zones;
using Microsoft.Extensions.Configuration;

namespace Gaoxin.PilotBase.Utilisation;

/// <summary>
/// The base's opening hours (开放时间), in zone time (Asia/Shanghai, UTC+8, the kernel's <see cref="ZoneClock"/>): the hours a
/// resource can be offered. Setting <c>PilotBase:OpeningHours</c> (<c>Opens</c>, <c>Closes</c>, <c>Days</c> as ISO weekday numbers);
/// 08:00–20:00 Monday to Saturday by default.
/// </summary>
public sealed record OpeningHours(TimeOnly Opens, TimeOnly Closes, IReadOnlySet<DayOfWeek> Days)
{
    public static readonly OpeningHours Default = new(new TimeOnly(8, 0), new TimeOnly(20, 0),
        new HashSet<DayOfWeek> { DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday, DayOfWeek.Saturday });

    public static OpeningHours From(IConfiguration configuration)
    {
        // Each setting left out keeps its default (the whole section left out gives the defaults).
        var section = configuration.GetSection("PilotBase:OpeningHours");
        var opens = TimeOnly.Parse(section["Opens"] ?? "08:00", System.Globalization.CultureInfo.InvariantCulture);
        var closes = TimeOnly.Parse(section["Closes"] ?? "20:00", System.Globalization.CultureInfo.InvariantCulture);
        var days = (section["Days"] ?? "1,2,3,4,5,6").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(d => (DayOfWeek)(int.Parse(d, System.Globalization.CultureInfo.InvariantCulture) % 7)).ToHashSet();
        return new OpeningHours(opens, closes, days);
    }

    /// <summary>Open hours inside [from, to): each open day's window in zone time intersected with the range.</summary>
    public decimal HoursIn(DateTimeOffset from, DateTimeOffset to)
    {
        // An empty or reversed range has no day whose window it overlaps: 0.
        var start = from.ToOffset(ZoneClock.Offset);
        var end = to.ToOffset(ZoneClock.Offset);
        var minutes = 0d;
        for (var day = DateOnly.FromDateTime(start.DateTime); day <= DateOnly.FromDateTime(end.DateTime); day = day.AddDays(1))
        {
            if (!Days.Contains(day.DayOfWeek))
            {
                continue;
            }

            var opens = new DateTimeOffset(day.ToDateTime(Opens), ZoneClock.Offset);
            var closes = new DateTimeOffset(day.ToDateTime(Closes), ZoneClock.Offset);
            var a = opens > start ? opens : start;
            var b = closes < end ? closes : end;
            if (b > a)
            {
                minutes += (b - a).TotalMinutes;
            }
        }

        return Math.Round((decimal)minutes / 60m, 2);
    }

    /// <summary>A calendar month in zone time, as [start, end).</summary>
    public static (DateTimeOffset From, DateTimeOffset To) Month(int year, int month)
    {
        var from = new DateTimeOffset(year, month, 1, 0, 0, 0, ZoneClock.Offset);
        return (from, from.AddMonths(1));
    }
}
