using System.Globalization;
using Gaoxin.Kernel.Zones;

namespace Gaoxin.Funding;

/// <summary>How pages print money and dates.</summary>
internal static class Show
{
    public static string Yuan(decimal v) => v.ToString("#,##0.00", CultureInfo.InvariantCulture);

    public static string Wan(decimal v) => (v / 10_000m).ToString("#,##0.##", CultureInfo.InvariantCulture) + " 万元";

    public static string Date(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static string Date(DateOnly? d) => d is { } x ? Date(x) : "—";

    public static string Time(DateTimeOffset t) => t.ToOffset(ZoneClock.Offset).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);

    public static string Pct(decimal share) => share.ToString("P0", CultureInfo.InvariantCulture);
}
