using System.Globalization;

namespace Gaoxin.Kernel.Money;

/// <summary>An amount of Chinese yuan (人民币元), exact to the fen (分). Public money is never a double.</summary>
public readonly record struct Money : IComparable<Money>
{
    /// <summary>Largest amount the zone's books accept: one trillion yuan is beyond any budget and catches unit mistakes.</summary>
    public const decimal MaxAbsolute = 1_000_000_000_000m;

    public decimal Yuan { get; }

    private Money(decimal yuan) => Yuan = yuan;

    public static Money Zero => default;

    /// <summary>Creates an amount; refuses more than two decimals (fen) instead of rounding silently.</summary>
    public static Money Of(decimal yuan)
    {
        if (decimal.Round(yuan, 2) != yuan)
        {
            throw new ArgumentException($"金额 {yuan.ToString(CultureInfo.InvariantCulture)} 元的精度超过分（两位小数）。", nameof(yuan));
        }

        if (Math.Abs(yuan) > MaxAbsolute)
        {
            throw new ArgumentOutOfRangeException(nameof(yuan), $"金额 {yuan.ToString(CultureInfo.InvariantCulture)} 元超出允许范围（±1 万亿元）。");
        }

        return new Money(yuan);
    }

    /// <summary>Amount given in 万元 (ten thousand yuan), the unit of most zone documents.</summary>
    public static Money OfWan(decimal wan) => Of(wan * 10_000m);

    public decimal Wan => Yuan / 10_000m;

    public bool IsNegative => Yuan < 0;

    public static Money operator +(Money a, Money b) => Of(a.Yuan + b.Yuan);

    public static Money operator -(Money a, Money b) => Of(a.Yuan - b.Yuan);

    public static Money operator -(Money a) => new(-a.Yuan);

    public static bool operator <(Money a, Money b) => a.Yuan < b.Yuan;

    public static bool operator >(Money a, Money b) => a.Yuan > b.Yuan;

    public static bool operator <=(Money a, Money b) => a.Yuan <= b.Yuan;

    public static bool operator >=(Money a, Money b) => a.Yuan >= b.Yuan;

    public static Money Add(Money a, Money b) => a + b;

    public static Money Subtract(Money a, Money b) => a - b;

    public static Money Negate(Money a) => -a;

    /// <summary>Multiplies and rounds half away from zero to the fen, as Chinese finance practice does.</summary>
    public Money Times(decimal factor) => Of(decimal.Round(Yuan * factor, 2, MidpointRounding.AwayFromZero));

    public static Money Min(Money a, Money b) => a <= b ? a : b;

    public static Money Max(Money a, Money b) => a >= b ? a : b;

    public int CompareTo(Money other) => Yuan.CompareTo(other.Yuan);

    /// <summary>"¥1,234,567.80"</summary>
    public override string ToString() => ToString(CultureInfo.InvariantCulture);

    public string ToString(IFormatProvider provider) => "¥" + Yuan.ToString("#,##0.00", provider);
}
