using Gaoxin.Kernel.Registry;

namespace Gaoxin.Enterprises.Registry;

internal static class CreditCodes
{
    /// <summary>Trims, upper-cases and checks a 统一社会信用代码; the error names what is wrong.</summary>
    public static bool TryNormalise(string? text, out string code, out string error)
    {
        if (UnifiedSocialCreditCode.TryParse(text?.Trim().ToUpperInvariant(), out var parsed, out error))
        {
            code = parsed.Value;
            return true;
        }

        code = string.Empty;
        return false;
    }
}
