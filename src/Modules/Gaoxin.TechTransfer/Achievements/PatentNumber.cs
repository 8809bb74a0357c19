using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text.RegularExpressions;

namespace Gaoxin.TechTransfer.Achievements;

/// <summary>
/// A Chinese patent application number as CNIPA issues it: since 2003 twelve digits (year, type, serial) and a
/// check character after a dot, e.g. 2023 1 0123456.7; before 2003 eight digits and the check. An optional "ZL"
/// (granted) or "CN" prefix is kept out of the digits. The check is Σ digitᵢ × weightᵢ mod 11 with weights
/// 2,3,4,5,6,7,8,9,2,3,4,5 (or 2…9 for eight digits); 10 is written X. Full-width characters (９７１０…．４) are read as
/// their ASCII forms; a publication kind code after the check (A, B, C for inventions; U, Y for utility models; S for
/// designs, as in CN201510075319.5A) is accepted when it matches the type digit and is dropped. The year must be possible
/// for the format: 1985 (the patent law) to 2003 for eight digits, 2003 to the current year for twelve.
/// </summary>
public static partial class PatentNumber
{
    /// <summary>The first year of Chinese patents (the patent law took effect on 1 April 1985).</summary>
    public const int FirstYear = 1985;

    /// <summary>The year twelve-digit application numbers began.</summary>
    public const int LongFormatYear = 2003;

    [GeneratedRegex(@"^(?:ZL|CN)?\s*(\d{8}|\d{12})\s*\.?\s*([0-9X])([ABCUYS]\d?)?$", RegexOptions.IgnoreCase)]
    private static partial Regex Shape();

    /// <summary>The normalised form "ZL" + digits + "." + check, or an error in Chinese saying what is wrong.</summary>
    public static bool TryNormalise(string? input, int currentYear, [NotNullWhen(true)] out string? normalised, [NotNullWhen(false)] out string? error)
    {
        normalised = null;
        var text = (input ?? string.Empty).Normalize(System.Text.NormalizationForm.FormKC).Trim().Replace(" ", string.Empty, StringComparison.Ordinal);
        var match = Shape().Match(text);
        if (!match.Success)
        {
            error = $"专利号“{input}”格式不正确：应为 12 位申请号加校验位（如 ZL202310123456.7），或 2003 年前的 8 位申请号加校验位。";
            return false;
        }

        var digits = match.Groups[1].Value;
        var given = char.ToUpperInvariant(match.Groups[2].Value[0]);
        var (year, type) = digits.Length == 12
            ? (int.Parse(digits[..4], CultureInfo.InvariantCulture), digits[4])
            : (YearOfTwoDigits(int.Parse(digits[..2], CultureInfo.InvariantCulture)), digits[2]);
        if (digits.Length == 12 ? type is not ('1' or '2' or '3' or '8' or '9') : type is not ('1' or '2' or '3'))
        {
            error = digits.Length == 12
                ? $"专利号“{input}”的第 5 位（专利类型）应为 1、2、3、8 或 9。"
                : $"专利号“{input}”的第 3 位（专利类型）应为 1、2 或 3。";
            return false;
        }

        // Eight-digit numbers ran from the patent law (1985) until the twelve-digit format replaced them in 2003.
        var (earliest, latest) = digits.Length == 12 ? (LongFormatYear, currentYear) : (FirstYear, LongFormatYear);
        if (year < earliest || year > latest)
        {
            error = $"专利号“{input}”的申请年份 {year} 不可能：{digits.Length} 位申请号的年份应在 {earliest} 年至 {latest} 年之间。";
            return false;
        }

        if (match.Groups[3].Success && !KindMatchesType(char.ToUpperInvariant(match.Groups[3].Value[0]), type))
        {
            error = $"专利号“{input}”的文献类型代码 {match.Groups[3].Value.ToUpperInvariant()} 与专利类型不符（发明为 A、B、C，实用新型为 U、Y，外观设计为 S）。";
            return false;
        }

        var expected = CheckCharacter(digits);
        if (expected != given)
        {
            error = $"专利号“{input}”校验位不符：按国家知识产权局规则应为 {expected}。";
            return false;
        }

        normalised = $"ZL{digits}.{expected}";
        error = null;
        return true;
    }

    /// <summary>Eight-digit numbers carry two year digits: 50–99 are read as the 1900s, 00–49 as the 2000s.</summary>
    private static int YearOfTwoDigits(int yy) => yy >= 50 ? 1900 + yy : 2000 + yy;

    /// <summary>Invention (1, 8) ↔ A, B, C; utility model (2, 9) ↔ U, Y; design (3) ↔ S.</summary>
    private static bool KindMatchesType(char kind, char type) => type switch
    {
        '1' or '8' => kind is 'A' or 'B' or 'C',
        '2' or '9' => kind is 'U' or 'Y',
        _ => kind == 'S',
    };

    public static char CheckCharacter(string digits)
    {
        var sum = 0;
        for (var i = 0; i < digits.Length; i++)
        {
            var weight = (i % 8) + 2;
            sum += (digits[i] - '0') * weight;
        }

        var check = sum % 11;
        return check == 10 ? 'X' : (char)('0' + check);
    }
}
