using System.Globalization;

namespace Gaoxin.Capital.Tests.Rounds;

internal static class D
{
    /// <summary>Amounts written as text so the tests state them exactly (no double in between).</summary>
    public static decimal M(string s) => decimal.Parse(s, CultureInfo.InvariantCulture);
}
