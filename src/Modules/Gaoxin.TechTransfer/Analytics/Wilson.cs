using Gaoxin.Contracts.TechTransfer;

namespace Gaoxin.TechTransfer.Analytics;

/// <summary>
/// The Wilson score interval for a proportion: unlike p ± z·√(p(1−p)/n) it stays inside [0, 1] and is honest for
/// the small cohorts a zone has (10 projects at 80% is not the same evidence as 100).
/// </summary>
internal static class Wilson
{
    public const double Z95 = 1.959963984540054;

    public static RateWithInterval Interval(int successes, int decided, double z = Z95)
    {
        if (decided <= 0)
        {
            return new RateWithInterval(0, 0, null, null, null);
        }

        ArgumentOutOfRangeException.ThrowIfGreaterThan(successes, decided);
        double n = decided;
        var p = successes / n;
        var z2 = z * z;
        var denominator = 1 + (z2 / n);
        var centre = (p + (z2 / (2 * n))) / denominator;
        var half = z * Math.Sqrt((p * (1 - p) / n) + (z2 / (4 * n * n))) / denominator;
        return new RateWithInterval(successes, decided, Round(p), Round(Math.Max(0, centre - half)), Round(Math.Min(1, centre + half)));
    }

    private static decimal Round(double v) => Math.Round((decimal)v, 4, MidpointRounding.AwayFromZero);
}
