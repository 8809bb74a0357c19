using System.Diagnostics.CodeAnalysis;
using System.Text.RegularExpressions;

namespace Gaoxin.TechTransfer.Achievements;

/// <summary>
/// A Chinese patent application number as CNIPA issues it: since 2003 twelve digits (year, type, serial) and a
/// check character after a dot, e.g. 2023 1 0123456.7; before 2003 eight digits and the check. An optional "ZL"
/// (granted) or "CN" prefix is kept out of the digits. The check is Σ digitᵢ × weightᵢ mod 11 with weights
/// 2,3,4,5,6,7,8,9,2,3,4,5 (or 2…9 for eight digits); 10 is written X.
/// </summary>
public static partial class PatentNumber
{
    [GeneratedRegex(@"^(?:ZL|CN)?\s*(\d{8}|\d{12})\s*\.?\s*([0-9X])$", RegexOptions.IgnoreCase)]
    private static partial Regex Shape();

    /// <summary>The normalised form "ZL" + digits + "." + check, or an error in Chinese saying what is wrong.</summary>
    public static bool TryNormalise(string? input, [NotNullWhen(true)] out string? normalised, [NotNullWhen(false)] out string? error)
    {
        normalised = null;
        var text = (input ?? string.Empty).Trim().Replace(" ", string.Empty, StringComparison.Ordinal);
        var match = Shape().Match(text);
        if (!match.Success)
        {
            error = $"专利号“{input}”格式不正确：应为 12 位申请号加校验位（如 ZL202310123456.7），或 2003 年前的 8 位申请号加校验位。";
            return false;
        }

        var digits = match.Groups[1].Value;
        var given = char.ToUpperInvariant(match.Groups[2].Value[0]);
        if (digits.Length == 12)
        {
            var type = digits[4];
            if (type is not ('1' or '2' or '3' or '8' or '9'))
            {
                error = $"专利号“{input}”的第 5 位（专利类型）应为 1、2、3、8 或 9。";
                return false;
            }
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
