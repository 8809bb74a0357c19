using System.Globalization;
using Gaoxin.Kernel.Rules;

namespace Gaoxin.Scenes.Deals;

/// <summary>A deal's stage, the day of its last step and the zone's today.</summary>
public sealed record DealStallFacts(DealStage Stage, DateOnly LastStepOn, DateOnly Today);

/// <summary>
/// A deal still being worked (not contracted, not dropped) whose last step is more than 30 days old is stalled (停滞): 30 days
/// without a step is still normal, the 31st day is not. The list finds stalled deals in SQL with <see cref="Cutoff"/>.
/// </summary>
public sealed class DealStalledRule : IBusinessRule<DealStallFacts>
{
    public const int QuietDays = 30;

    public string Name => nameof(DealStalledRule);

    /// <summary>A working deal whose last step is before this day is stalled.</summary>
    public static DateOnly Cutoff(DateOnly today) => today.AddDays(-QuietDays);

    public static bool IsStalled(DealStage stage, DateOnly lastStepOn, DateOnly today) =>
        stage is not (DealStage.Contracted or DealStage.Dropped) && lastStepOn < Cutoff(today);

    public RuleOutcome Check(DealStallFacts facts) =>
        IsStalled(facts.Stage, facts.LastStepOn, facts.Today)
            ? RuleOutcome.Refuse(Name, $"对接已停滞：最近一次进展在 {facts.LastStepOn:yyyy-MM-dd}，已超过 {QuietDays} 天无进展。",
                new Dictionary<string, string>
                {
                    ["最近进展"] = facts.LastStepOn.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                    ["无进展天数"] = (facts.Today.DayNumber - facts.LastStepOn.DayNumber).ToString(CultureInfo.InvariantCulture),
                })
            : RuleOutcome.Pass(Name);
}
