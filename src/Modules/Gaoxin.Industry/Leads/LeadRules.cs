using System.Globalization;
using Gaoxin.Kernel.Rules;

namespace Gaoxin.Industry.Leads;

public sealed record LeadMove(LeadStage From, LeadStage To, string? Reason);

/// <summary>A lead moves forward freely; moving it back (e.g. 洽谈中 → 已考察) needs a written reason, so the pipeline can be trusted.</summary>
public sealed class LeadBackwardsNeedsReasonRule : IBusinessRule<LeadMove>
{
    public string Name => nameof(LeadBackwardsNeedsReasonRule);

    public RuleOutcome Check(LeadMove facts) =>
        facts.To < facts.From && string.IsNullOrWhiteSpace(facts.Reason)
            ? RuleOutcome.Refuse(Name, $"线索从“{LeadLabels.Stage(facts.From)}”退回“{LeadLabels.Stage(facts.To)}”时必须填写原因。",
                new Dictionary<string, string> { ["from"] = facts.From.ToString(), ["to"] = facts.To.ToString() })
            : RuleOutcome.Pass(Name);
}

public sealed record LeadActivity(LeadStage Stage, DateTimeOffset LastStepAt, DateTimeOffset Now, int StaleAfterDays);

/// <summary>
/// A lead with no step for StaleAfterDays days (30 by the zone's settings) is stale (长期未跟进) — unless it is already
/// producing, when the pipeline's work is done. The boundary counts: exactly 30 days without a step is stale.
/// </summary>
public sealed class StaleLeadRule : IBusinessRule<LeadActivity>
{
    public string Name => nameof(StaleLeadRule);

    public static bool IsStale(LeadActivity a) => a.Stage != LeadStage.Producing && a.Now - a.LastStepAt >= TimeSpan.FromDays(a.StaleAfterDays);

    public RuleOutcome Check(LeadActivity facts) =>
        IsStale(facts)
            ? RuleOutcome.Refuse(Name, string.Create(CultureInfo.InvariantCulture, $"已 {(int)(facts.Now - facts.LastStepAt).TotalDays} 天没有跟进（超过 {facts.StaleAfterDays} 天即为长期未跟进）。"),
                new Dictionary<string, string> { ["days"] = ((int)(facts.Now - facts.LastStepAt).TotalDays).ToString(CultureInfo.InvariantCulture) })
            : RuleOutcome.Pass(Name);
}

public static class LeadLabels
{
    public static string Stage(LeadStage stage) => stage switch
    {
        LeadStage.Lead => "线索",
        LeadStage.Contacted => "已接洽",
        LeadStage.Visited => "已考察",
        LeadStage.Negotiating => "洽谈中",
        LeadStage.SignedDeal => "已签约",
        LeadStage.UnderConstruction => "在建",
        _ => "已投产",
    };
}
