using System.Globalization;

namespace Gaoxin.Kernel.Money;

/// <summary>A percentage kept at full decimal precision (81.58% is 0.8158 as a ratio), never rounded on the way in.</summary>
public readonly record struct Percent : IComparable<Percent>
{
    public decimal Ratio { get; }

    private Percent(decimal ratio) => Ratio = ratio;

    public static Percent FromRatio(decimal ratio) => new(ratio);

    public static Percent FromPoints(decimal points) => new(points / 100m);

    /// <summary>Share of <paramref name="part"/> in <paramref name="whole"/>; refuses a zero whole instead of inventing 0%.</summary>
    public static Percent Of(decimal part, decimal whole)
    {
        if (whole == 0)
        {
            throw new DivideByZeroException("无法计算比例：分母为零。");
        }

        return new Percent(part / whole);
    }

    public decimal Points => Ratio * 100m;

    /// <summary>Applies this share to an amount, rounding to the fen.</summary>
    public Money Of(Money amount) => amount.Times(Ratio);

    public int CompareTo(Percent other) => Ratio.CompareTo(other.Ratio);

    public static bool operator <(Percent a, Percent b) => a.Ratio < b.Ratio;

    public static bool operator >(Percent a, Percent b) => a.Ratio > b.Ratio;

    public static bool operator <=(Percent a, Percent b) => a.Ratio <= b.Ratio;

    public static bool operator >=(Percent a, Percent b) => a.Ratio >= b.Ratio;

    /// <summary>Formats with the given number of decimals, e.g. "81.58%".</summary>
    public string ToString(int decimals) =>
        decimal.Round(Points, decimals, MidpointRounding.AwayFromZero).ToString("F" + decimals.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture) + "%";

    public override string ToString() => ToString(2);
}
