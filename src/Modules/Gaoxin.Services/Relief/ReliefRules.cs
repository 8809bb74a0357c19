using System.Globalization;
using Gaoxin.Kernel.Rules;
using Gaoxin.Services.Calendar;

namespace Gaoxin.Services.Relief;

/// <summary>
/// A rating of 2 or less (不满意、很不满意) reopens the case; 3 (基本满意) and above close it. Passed = the case may close.
/// </summary>
public sealed class ReopenWhenDissatisfiedRule : IBusinessRule<int>
{
    /// <summary>The highest rating that still counts as dissatisfied.</summary>
    public const int DissatisfiedAtMost = 2;

    public string Name => nameof(ReopenWhenDissatisfiedRule);

    public RuleOutcome Check(int facts) => facts > DissatisfiedAtMost
        ? RuleOutcome.Pass(Name, $"满意度 {facts} 分，诉求办结。")
        : RuleOutcome.Refuse(Name, $"满意度 {facts} 分（不高于 {DissatisfiedAtMost} 分），诉求退回原部门重新办理。",
            new Dictionary<string, string> { ["satisfaction"] = facts.ToString(CultureInfo.InvariantCulture), ["dissatisfiedAtMost"] = DissatisfiedAtMost.ToString(CultureInfo.InvariantCulture) });
}

/// <summary>
/// The default time to resolve a difficulty, in working days of the zone's calendar counted from the day after triage
/// (分办次日起算), by category: approvals and labour are the department's own work (10), financing, supply chain and
/// market need others (15), land needs planning and the land bureau (20). A reopened case gets the same span again.
/// </summary>
public static class ReliefDeadlineRule
{
    public static int WorkingDays(DifficultyCategory category) => category switch
    {
        DifficultyCategory.Approvals => 10,
        DifficultyCategory.Labour => 10,
        DifficultyCategory.Land => 20,
        _ => 15,
    };

    public static DateOnly DefaultFrom(DateOnly today, DifficultyCategory category, WorkingCalendar calendar) =>
        calendar.AddWorkingDays(today, WorkingDays(category));
}

/// <summary>The facts of a deadline set by hand: the day set and the zone's today.</summary>
public sealed record DeadlineFacts(DateOnly Deadline, DateOnly Today);

/// <summary>A deadline set at triage is today or later: a case cannot start overdue.</summary>
public sealed class DeadlineNotInPastRule : IBusinessRule<DeadlineFacts>
{
    public string Name => nameof(DeadlineNotInPastRule);

    public RuleOutcome Check(DeadlineFacts facts) => facts.Deadline >= facts.Today
        ? RuleOutcome.Pass(Name)
        : RuleOutcome.Refuse(Name, $"办理期限 {facts.Deadline:yyyy-MM-dd} 早于今天（{facts.Today:yyyy-MM-dd}）。",
            new Dictionary<string, string> { ["deadline"] = facts.Deadline.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), ["today"] = facts.Today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) });
}
