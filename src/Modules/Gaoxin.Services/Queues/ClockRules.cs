using System.Globalization;
using Gaoxin.Kernel.Rules;
using Gaoxin.Services.Approvals;

namespace Gaoxin.Services.Queues;

/// <summary>Where an open item's clock stands (正常 / 预警 / 超期 / 补正中).</summary>
public enum ClockState
{
    /// <summary>正常</summary>
    Normal = 1,
    /// <summary>预警: 80% of the limit used.</summary>
    Warning = 2,
    /// <summary>超期: past the due day.</summary>
    Overdue = 3,
    /// <summary>补正中: the clock is paused.</summary>
    Paused = 4,
}

/// <summary>An item's clock as the watch rules see it: the limit and the working days left (negative when late).</summary>
public sealed record ClockFacts(int LimitDays, int Remaining)
{
    public int Used => LimitDays - Remaining;
}

/// <summary>
/// 时限预警: an item has used 80% or more of its limit. Refused (= warn) when used × 100 ≥ limit × 80, i.e. when the
/// working days left are at most a fifth of the limit (floored), which is what the queue's SQL thresholds use.
/// </summary>
public sealed class ClockWarningRule : IBusinessRule<ClockFacts>
{
    public const int WarningPercent = 80;

    public string Name => nameof(ClockWarningRule);

    public RuleOutcome Check(ClockFacts facts) =>
        facts.Used * 100 >= facts.LimitDays * WarningPercent
            ? RuleOutcome.Refuse(Name, $"已用 {facts.Used} 个工作日，达到法定时限 {facts.LimitDays} 个工作日的 {WarningPercent}%",
                Figures(facts))
            : RuleOutcome.Pass(Name);

    /// <summary>The most working days left at which an item of this limit is warned (used ≥ 80% ⇔ left ≤ limit ÷ 5, floored).</summary>
    public static int WarnAtRemaining(int limitDays) => limitDays * (100 - WarningPercent) / 100;

    internal static Dictionary<string, string> Figures(ClockFacts facts) => new()
    {
        ["limitDays"] = facts.LimitDays.ToString(CultureInfo.InvariantCulture),
        ["usedDays"] = facts.Used.ToString(CultureInfo.InvariantCulture),
        ["remainingDays"] = facts.Remaining.ToString(CultureInfo.InvariantCulture),
    };
}

/// <summary>超期: the due day has passed — a working day after it has begun (remaining &lt; 0). On the due day itself the item is not late.</summary>
public sealed class ClockOverdueRule : IBusinessRule<ClockFacts>
{
    public string Name => nameof(ClockOverdueRule);

    public RuleOutcome Check(ClockFacts facts) =>
        facts.Remaining < 0
            ? RuleOutcome.Refuse(Name, $"已超过法定时限 {-facts.Remaining} 个工作日", ClockWarningRule.Figures(facts))
            : RuleOutcome.Pass(Name);
}

/// <summary>The state shown for an open item, from the two rules (a paused clock is neither warned nor late).</summary>
public static class ClockStates
{
    private static readonly ClockWarningRule Warning = new();
    private static readonly ClockOverdueRule Overdue = new();

    public static ClockState Of(ItemStatus status, int limitDays, int remaining)
    {
        if (status == ItemStatus.Correction)
        {
            return ClockState.Paused;
        }

        var facts = new ClockFacts(limitDays, remaining);
        return !Overdue.Check(facts).Passed ? ClockState.Overdue
            : !Warning.Check(facts).Passed ? ClockState.Warning
            : ClockState.Normal;
    }
}
