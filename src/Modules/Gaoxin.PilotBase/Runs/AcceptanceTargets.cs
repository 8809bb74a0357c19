using System.Globalization;
using System.Text.RegularExpressions;

namespace Gaoxin.PilotBase.Runs;

/// <summary>A target range a milestone's acceptance criteria set for one parameter.</summary>
public sealed record AcceptanceTarget(string Name, decimal? Min, decimal? Max, string? Unit);

/// <summary>
/// Reads the targets out of a pilot milestone's acceptance criteria, written as the relay writes them: clauses separated by
/// ；;，,、 or new lines, each "名称 ≥ 90 %", "名称 ≤ 0.5 mm", "名称 85–92 %" (– - ~ ～ 至). Clauses without a number
/// ("第三方检测报告") are not targets.
/// </summary>
public static partial class AcceptanceTargets
{
    public static IReadOnlyList<AcceptanceTarget> Parse(string? criteria)
    {
        var targets = new List<AcceptanceTarget>();
        foreach (var clause in criteria?.Split(['；', ';', '，', ',', '、', '\n', '。'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries) ?? [])
        {
            if (Range().Match(clause) is { Success: true } r)
            {
                targets.Add(new(r.Groups["name"].Value.Trim(), Num(r.Groups["a"].Value), Num(r.Groups["b"].Value), Unit(r.Groups["unit"].Value)));
            }
            else if (Bound().Match(clause) is { Success: true } b)
            {
                var atLeast = b.Groups["op"].Value is "≥" or ">=" or "不低于" or "不小于" or "大于等于";
                var v = Num(b.Groups["v"].Value);
                targets.Add(new(b.Groups["name"].Value.Trim(), atLeast ? v : null, atLeast ? null : v, Unit(b.Groups["unit"].Value)));
            }
        }

        // No empty names to drop: a clause is trimmed and its name begins it with a character that is no digit or sign.
        return targets;
    }

    private static decimal Num(string text) => decimal.Parse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture);

    private static string? Unit(string text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    [GeneratedRegex(@"^(?<name>[^\d≥≤<>=]+?)\s*(?<op>≥|>=|≤|<=|不低于|不小于|大于等于|不高于|不大于|小于等于)\s*(?<v>-?\d+(\.\d+)?)\s*(?<unit>\S{0,10})$")]
    private static partial Regex Bound();

    [GeneratedRegex(@"^(?<name>[^\d≥≤<>=]+?)\s*(?<a>-?\d+(\.\d+)?)\s*(–|—|-|~|～|至)\s*(?<b>-?\d+(\.\d+)?)\s*(?<unit>\S{0,10})$")]
    private static partial Regex Range();
}
