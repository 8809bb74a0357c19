namespace Gaoxin.Mobility.Fleet;

/// <summary>
/// 车辆识别代号 (VIN) per GB 16735 / ISO 3779: 17 characters of digits and capital letters without I, O and Q; the ninth
/// is the check digit: each character's value (letters transliterated) times its position's weight, summed, mod 11
/// (10 written "X").
/// </summary>
public static class Vin
{
    public const int Length = 17;

    /// <summary>The format the API accepts (the check digit is a rule of its own, <see cref="VinCheckDigitRule"/>).</summary>
    public const string Pattern = "^[A-HJ-NPR-Z0-9]{17}$";

    private static readonly int[] Weights = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2];

    public static bool IsWellFormed(string? vin) =>
        vin is { Length: Length } && vin.All(c => char.IsAsciiDigit(c) || (c is >= 'A' and <= 'Z' and not ('I' or 'O' or 'Q')));

    /// <summary>The check digit the other 16 characters call for ('0'–'9' or 'X'); the VIN must be well formed.</summary>
    public static char ExpectedCheckDigit(string vin)
    {
        var sum = 0;
        for (var i = 0; i < Length; i++)
        {
            sum += Value(vin[i]) * Weights[i];
        }

        var r = sum % 11;
        return r == 10 ? 'X' : (char)('0' + r);
    }

    /// <summary>The VIN with its ninth character set to the right check digit (for making demo and test VINs).</summary>
    public static string WithCheckDigit(string vin) => string.Concat(vin.AsSpan(0, 8), ExpectedCheckDigit(vin).ToString(), vin.AsSpan(9));

    private static int Value(char c) => c switch
    {
        >= '0' and <= '9' => c - '0',
        'A' or 'J' => 1,
        'B' or 'K' or 'S' => 2,
        'C' or 'L' or 'T' => 3,
        'D' or 'M' or 'U' => 4,
        'E' or 'N' or 'V' => 5,
        'F' or 'W' => 6,
        'G' or 'P' or 'X' => 7,
        'H' or 'Y' => 8,
        'R' or 'Z' => 9,
        _ => 0,
    };
}
