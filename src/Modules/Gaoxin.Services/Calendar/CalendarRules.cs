using System.Globalization;
using Gaoxin.Kernel.Rules;

namespace Gaoxin.Services.Calendar;

/// <summary>A year's arrangement as imported.</summary>
public sealed record YearArrangement(int Year, IReadOnlyList<(DateOnly Date, DayKind Kind)> Days);

/// <summary>
/// What an arrangement must be to be believed: every date in its year, each date once, and a make-up working day only on a
/// Saturday or Sunday (a weekday is worked anyway; listing one means the file is wrong).
/// </summary>
public sealed class ArrangementIsConsistentRule : IBusinessRule<YearArrangement>
{
    public string Name => nameof(ArrangementIsConsistentRule);

    public RuleOutcome Check(YearArrangement facts)
    {
        foreach (var (date, kind) in facts.Days)
        {
            if (date.Year != facts.Year)
            {
                return Refuse($"{Show(date)} 不在 {facts.Year} 年内。", date);
            }

            if (kind == DayKind.MakeUpWorkday && date.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday))
            {
                return Refuse($"{Show(date)} 是工作日，不需要列为调休上班日。", date);
            }
        }

        var twice = facts.Days.GroupBy(d => d.Date).FirstOrDefault(g => g.Count() > 1);
        return twice is null ? RuleOutcome.Pass(Name) : Refuse($"{Show(twice.Key)} 出现了不止一次。", twice.Key);
    }

    private RuleOutcome Refuse(string message, DateOnly date) =>
        RuleOutcome.Refuse(Name, message, new Dictionary<string, string> { ["日期"] = Show(date) });

    private static string Show(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
