using Gaoxin.Contracts.TechTransfer;
using Gaoxin.Kernel.Rules;

namespace Gaoxin.TechTransfer.Projects;

/// <summary>What the stage rules read about a project and the move asked for.</summary>
internal sealed record TransitionFacts(
    RelayStage From,
    RelayStage To,
    string? Reason,
    int Achievements,
    bool ByRoundDecision,
    bool HasPilotPlan,
    int PilotMilestones,
    int PilotMilestonesAccepted,
    bool HasIndustrializationPlan,
    int IndustrializationMilestones,
    bool HasCompany);

/// <summary>The relay's map: which stage may follow which (Proposed → Screening → Selected/Rejected → Pilot → Industrial → Industrialized; Terminated from any open stage).</summary>
internal sealed class TransitionAllowedRule : IBusinessRule<TransitionFacts>
{
    private static readonly Dictionary<RelayStage, RelayStage[]> Next = new()
    {
        [RelayStage.Proposed] = [RelayStage.Screening, RelayStage.Terminated],
        [RelayStage.Screening] = [RelayStage.Selected, RelayStage.Rejected, RelayStage.Terminated],
        [RelayStage.Selected] = [RelayStage.PilotIncubation, RelayStage.IndustrialIncubation, RelayStage.Terminated],
        [RelayStage.PilotIncubation] = [RelayStage.IndustrialIncubation, RelayStage.Terminated],
        [RelayStage.IndustrialIncubation] = [RelayStage.Industrialized, RelayStage.Terminated],
        [RelayStage.Rejected] = [],
        [RelayStage.Industrialized] = [],
        [RelayStage.Terminated] = [],
    };

    public string Name => nameof(TransitionAllowedRule);

    public static IReadOnlyList<RelayStage> From(RelayStage stage) => Next[stage];

    public RuleOutcome Check(TransitionFacts facts) =>
        Next[facts.From].Contains(facts.To)
            ? RuleOutcome.Pass(Name)
            : RuleOutcome.Refuse(Name, Next[facts.From].Length == 0
                ? $"项目已处于终结阶段“{StageNames.Of(facts.From)}”，不能再变更阶段。"
                : $"不能从“{StageNames.Of(facts.From)}”直接进入“{StageNames.Of(facts.To)}”；可进入：{string.Join("、", Next[facts.From].Select(StageNames.Of))}。",
                new Dictionary<string, string> { ["from"] = facts.From.ToString(), ["to"] = facts.To.ToString() });
}

/// <summary>A project goes to screening only with at least one achievement to convert.</summary>
internal sealed class ScreeningNeedsAchievementRule : IBusinessRule<TransitionFacts>
{
    public string Name => nameof(ScreeningNeedsAchievementRule);

    public RuleOutcome Check(TransitionFacts facts) =>
        facts.To != RelayStage.Screening || facts.Achievements > 0
            ? RuleOutcome.Pass(Name)
            : RuleOutcome.Refuse(Name, "项目尚未关联任何科技成果，不能进入筛选。");
}

/// <summary>Selected and Rejected are the screening round's decision, never a manual move.</summary>
internal sealed class SelectionByRoundDecisionRule : IBusinessRule<TransitionFacts>
{
    public string Name => nameof(SelectionByRoundDecisionRule);

    public RuleOutcome Check(TransitionFacts facts) =>
        facts.To is not (RelayStage.Selected or RelayStage.Rejected) || facts.ByRoundDecision
            ? RuleOutcome.Pass(Name)
            : RuleOutcome.Refuse(Name, "入选或不予支持只能由筛选轮次的决定产生。");
}

/// <summary>同步规划: pilot incubation starts only when both the pilot plan and the industrialization plan exist, each with milestones.</summary>
internal sealed class BothPlansBeforePilotRule : IBusinessRule<TransitionFacts>
{
    public string Name => nameof(BothPlansBeforePilotRule);

    public RuleOutcome Check(TransitionFacts facts)
    {
        if (facts.To != RelayStage.PilotIncubation)
        {
            return RuleOutcome.Pass(Name);
        }

        var missing = new List<string>();
        if (!facts.HasPilotPlan || facts.PilotMilestones == 0)
        {
            missing.Add("中试方案（含里程碑）");
        }

        if (!facts.HasIndustrializationPlan || facts.IndustrializationMilestones == 0)
        {
            missing.Add("产业化方案（含里程碑）");
        }

        return missing.Count == 0
            ? RuleOutcome.Pass(Name)
            : RuleOutcome.Refuse(Name, $"中试与产业孵化须同步规划：尚缺{string.Join("和", missing)}。",
                new Dictionary<string, string> { ["pilotMilestones"] = facts.PilotMilestones.ToString(System.Globalization.CultureInfo.InvariantCulture), ["industrializationMilestones"] = facts.IndustrializationMilestones.ToString(System.Globalization.CultureInfo.InvariantCulture) });
    }
}

/// <summary>Industrial incubation needs an industrialization plan; after a pilot, every pilot milestone must be accepted.</summary>
internal sealed class IndustrialIncubationReadyRule : IBusinessRule<TransitionFacts>
{
    public string Name => nameof(IndustrialIncubationReadyRule);

    public RuleOutcome Check(TransitionFacts facts)
    {
        if (facts.To != RelayStage.IndustrialIncubation)
        {
            return RuleOutcome.Pass(Name);
        }

        if (!facts.HasIndustrializationPlan || facts.IndustrializationMilestones == 0)
        {
            return RuleOutcome.Refuse(Name, "进入产业孵化前须有产业化方案（含里程碑）。");
        }

        if (facts.From == RelayStage.PilotIncubation && facts.PilotMilestonesAccepted < facts.PilotMilestones)
        {
            return RuleOutcome.Refuse(Name, $"中试里程碑尚未全部验收：已验收 {facts.PilotMilestonesAccepted} / {facts.PilotMilestones}。",
                new Dictionary<string, string> { ["accepted"] = facts.PilotMilestonesAccepted.ToString(System.Globalization.CultureInfo.InvariantCulture), ["total"] = facts.PilotMilestones.ToString(System.Globalization.CultureInfo.InvariantCulture) });
        }

        return RuleOutcome.Pass(Name);
    }
}

/// <summary>Industrialized means a registered company produces: the project must name its company.</summary>
internal sealed class IndustrializedNeedsCompanyRule : IBusinessRule<TransitionFacts>
{
    public string Name => nameof(IndustrializedNeedsCompanyRule);

    public RuleOutcome Check(TransitionFacts facts) =>
        facts.To != RelayStage.Industrialized || facts.HasCompany
            ? RuleOutcome.Pass(Name)
            : RuleOutcome.Refuse(Name, "项目尚无已注册的承接企业，不能标记为已产业化。");
}

/// <summary>Termination and any move needs a stated reason where a person would ask why.</summary>
internal sealed class TerminationNeedsReasonRule : IBusinessRule<TransitionFacts>
{
    public string Name => nameof(TerminationNeedsReasonRule);

    public RuleOutcome Check(TransitionFacts facts) =>
        facts.To != RelayStage.Terminated || !string.IsNullOrWhiteSpace(facts.Reason)
            ? RuleOutcome.Pass(Name)
            : RuleOutcome.Refuse(Name, "终止项目须填写原因。");
}

/// <summary>What the withdrawal rule reads: where the project stands and the proposer's reason.</summary>
internal sealed record WithdrawalFacts(RelayStage Stage, string? Reason);

/// <summary>
/// A proposer may withdraw (撤回申报) only while the project is still 已申报: once screening has begun, reviewers have it
/// and only the center can end it. The reason is required, as for any ending.
/// </summary>
internal sealed class WithdrawalBeforeScreeningRule : IBusinessRule<WithdrawalFacts>
{
    public string Name => nameof(WithdrawalBeforeScreeningRule);

    public RuleOutcome Check(WithdrawalFacts facts)
    {
        if (facts.Stage != RelayStage.Proposed)
        {
            return RuleOutcome.Refuse(Name, $"项目已处于“{StageNames.Of(facts.Stage)}”，不能再撤回申报；如需终止，请联系创新中心。",
                new Dictionary<string, string> { ["stage"] = facts.Stage.ToString() });
        }

        return string.IsNullOrWhiteSpace(facts.Reason) ? RuleOutcome.Refuse(Name, "撤回申报须说明原因。") : RuleOutcome.Pass(Name);
    }
}

/// <summary>
/// A proposal's own words (title, summary, team, intended company, industry) are the proposer's to correct only while it is
/// 已申报: from screening on, reviewers score what they were given.
/// </summary>
internal sealed class RevisionBeforeScreeningRule : IBusinessRule<RelayStage>
{
    public string Name => nameof(RevisionBeforeScreeningRule);

    public RuleOutcome Check(RelayStage facts) =>
        facts == RelayStage.Proposed
            ? RuleOutcome.Pass(Name)
            : RuleOutcome.Refuse(Name, $"项目已处于“{StageNames.Of(facts)}”，申报内容不能再修改；如需变更，请联系创新中心。",
                new Dictionary<string, string> { ["stage"] = facts.ToString() });
}

/// <summary>The stage rules in the order a refusal is explained.</summary>
internal static class StageTransitions
{
    public static readonly IReadOnlyList<IBusinessRule<TransitionFacts>> Rules =
    [
        new TransitionAllowedRule(),
        new SelectionByRoundDecisionRule(),
        new ScreeningNeedsAchievementRule(),
        new BothPlansBeforePilotRule(),
        new IndustrialIncubationReadyRule(),
        new IndustrializedNeedsCompanyRule(),
        new TerminationNeedsReasonRule(),
    ];

    /// <summary>The rules' outcomes in order, checked lazily: a caller that stops at the first refusal checks no further.</summary>
    public static IEnumerable<RuleOutcome> Check(TransitionFacts facts) => Rules.Select(r => r.Check(facts));
}

internal static class StageNames
{
    public static string Of(RelayStage stage) => stage switch
    {
        RelayStage.Proposed => "已申报",
        RelayStage.Screening => "筛选中",
        RelayStage.Selected => "入选",
        RelayStage.Rejected => "未入选",
        RelayStage.PilotIncubation => "中试孵化",
        RelayStage.IndustrialIncubation => "产业孵化",
        RelayStage.Industrialized => "已产业化",
        RelayStage.Terminated => "已终止",
        _ => stage.ToString(),
    };
}
