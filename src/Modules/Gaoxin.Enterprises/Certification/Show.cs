using System.Globalization;
using Gaoxin.Kernel.Money;

namespace Gaoxin.Enterprises.Certification;

/// <summary>How figures read in the Chinese texts: money in whole yuan with separators, percentages with 2 decimals.</summary>
internal static class Show
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    public static string Pct(decimal ratio) => Percent.FromRatio(ratio).ToString(2);

    /// <summary>A band bound as written in the measures ("25%", "5.5%").</summary>
    public static string Bound(decimal ratio) => (ratio * 100m).ToString("0.##", Invariant) + "%";

    public static string Yuan(decimal yuan) =>
        (decimal.Round(yuan, 0) == yuan ? yuan.ToString("#,##0", Invariant) : yuan.ToString("#,##0.00", Invariant)) + " 元";

    /// <summary>A minimum amount still needed, rounded up to the whole yuan so that paying it is enough.</summary>
    public static string YuanUp(decimal yuan) => Math.Ceiling(yuan).ToString("#,##0", Invariant) + " 元";

    public static string Number(decimal value) => value.ToString("#,##0.##", Invariant);

    public static string Points(decimal points) => points.ToString("0.##", Invariant);

    public static string Range(decimal low, decimal high) =>
        low == high ? Points(low) + " 分" : Points(low) + "–" + Points(high) + " 分";

    public static string Date(DateOnly day) => day.ToString("yyyy-MM-dd", Invariant);
}
