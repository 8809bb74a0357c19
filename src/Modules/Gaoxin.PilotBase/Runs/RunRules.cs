using System.Globalization;
using Gaoxin.Contracts.TechTransfer;
using Gaoxin.Kernel.Rules;

namespace Gaoxin.PilotBase.Runs;

/// <summary>A value measured in a run against its target range (either end may be open).</summary>
public sealed record MeasuredValue(string Name, decimal? TargetMin, decimal? TargetMax, decimal Actual);

/// <summary>A measurement meets its target when min ≤ actual ≤ max: a value exactly at either end meets it.</summary>
public sealed class WithinTargetRule : IBusinessRule<MeasuredValue>
{
    public string Name => nameof(WithinTargetRule);

    public RuleOutcome Check(MeasuredValue facts)
    {
        ArgumentNullException.ThrowIfNull(facts);
        return (facts.TargetMin is null || facts.Actual >= facts.TargetMin) && (facts.TargetMax is null || facts.Actual <= facts.TargetMax)
            ? RuleOutcome.Pass(Name)
            : RuleOutcome.Refuse(Name, $"“{facts.Name}”实测 {Fmt(facts.Actual)} 不在目标范围 {Fmt(facts.TargetMin)}–{Fmt(facts.TargetMax)} 内。", new Dictionary<string, string>
            {
                ["parameter"] = facts.Name, ["actual"] = Fmt(facts.Actual), ["targetMin"] = Fmt(facts.TargetMin), ["targetMax"] = Fmt(facts.TargetMax),
            });
    }

    internal static string Fmt(decimal? v) => v is { } d ? d.ToString("0.####", CultureInfo.InvariantCulture) : "—";
}

/// <summary>
/// The rule of recording a run: the project must be at or past the pilot stage (中试孵化, 产业孵化 or 已产业化). A project still
/// being proposed, screened or merely selected has no pilot to run; a rejected or terminated one none any more.
/// </summary>
public sealed class RunNeedsPilotStageRule : IBusinessRule<RelayStage>
{
    public string Name => nameof(RunNeedsPilotStageRule);

    public RuleOutcome Check(RelayStage facts) =>
        facts is RelayStage.PilotIncubation or RelayStage.IndustrialIncubation or RelayStage.Industrialized
            ? RuleOutcome.Pass(Name)
            : RuleOutcome.Refuse(Name, "项目尚未进入中试孵化阶段（或已终止），不能登记中试运行记录。", new Dictionary<string, string> { ["stage"] = facts.ToString() });
}

/// <summary>What a run's verdict is checked against: its measurements and the milestone's targets it must have measured.</summary>
public sealed record RunVerdictFacts(RunOutcome Outcome, IReadOnlyList<MeasuredValue> Measurements, IReadOnlyList<string> MilestoneTargetsNotMeasured);

/// <summary>
/// A run recorded as passed must meet every target it measured, and, when it is evidence for a milestone, have measured
/// every target the milestone's acceptance criteria name. A failed run may show anything.
/// </summary>
public sealed class PassNeedsTargetsMetRule : IBusinessRule<RunVerdictFacts>
{
    public string Name => nameof(PassNeedsTargetsMetRule);

    public RuleOutcome Check(RunVerdictFacts facts)
    {
        ArgumentNullException.ThrowIfNull(facts);
        if (facts.Outcome != RunOutcome.Passed)
        {
            return RuleOutcome.Pass(Name);
        }

        if (facts.MilestoneTargetsNotMeasured.Count > 0)
        {
            return RuleOutcome.Refuse(Name, $"判定为通过的运行须测量里程碑验收标准中的全部参数，缺少：{string.Join("、", facts.MilestoneTargetsNotMeasured)}。",
                new Dictionary<string, string> { ["missing"] = string.Join(",", facts.MilestoneTargetsNotMeasured) });
        }

        var within = new WithinTargetRule();
        return facts.Measurements.Select(within.Check).FirstOrDefault(o => !o.Passed) is { } miss
            ? RuleOutcome.Refuse(Name, $"判定为通过的运行须达到全部目标：{miss.Message}", miss.Figures)
            : RuleOutcome.Pass(Name);
    }
}

/// <summary>A parameter the milestone's acceptance criteria set a range for takes that range: a run may not state another.</summary>
public sealed record TargetFacts(string Parameter, decimal? GivenMin, decimal? GivenMax, decimal? MilestoneMin, decimal? MilestoneMax);

public sealed class TargetsFromMilestoneRule : IBusinessRule<TargetFacts>
{
    public string Name => nameof(TargetsFromMilestoneRule);

    public RuleOutcome Check(TargetFacts facts)
    {
        ArgumentNullException.ThrowIfNull(facts);
        var differs = (facts.GivenMin is not null && facts.GivenMin != facts.MilestoneMin) || (facts.GivenMax is not null && facts.GivenMax != facts.MilestoneMax);
        return differs
            ? RuleOutcome.Refuse(Name, $"“{facts.Parameter}”的目标范围以里程碑验收标准为准（{WithinTargetRule.Fmt(facts.MilestoneMin)}–{WithinTargetRule.Fmt(facts.MilestoneMax)}），不能另填。",
                new Dictionary<string, string>
                {
                    ["parameter"] = facts.Parameter, ["milestoneMin"] = WithinTargetRule.Fmt(facts.MilestoneMin), ["milestoneMax"] = WithinTargetRule.Fmt(facts.MilestoneMax),
                })
            : RuleOutcome.Pass(Name);
    }
}

/// <summary>Returning a run needs a reason the base can act on.</summary>
public sealed class ReturnNeedsReasonRule : IBusinessRule<string?>
{
    public string Name => nameof(ReturnNeedsReasonRule);

    public RuleOutcome Check(string? facts) =>
        string.IsNullOrWhiteSpace(facts) ? RuleOutcome.Refuse(Name, "退回运行记录须说明原因。") : RuleOutcome.Pass(Name);
}

/// <summary>Only a run still recorded is accepted or returned: an accepted run is final, a returned one stays returned.</summary>
public sealed class OnlyRecordedRunsAreDecidedRule : IBusinessRule<RunStatus>
{
    public string Name => nameof(OnlyRecordedRunsAreDecidedRule);

    public RuleOutcome Check(RunStatus facts) =>
        facts == RunStatus.Recorded
            ? RuleOutcome.Pass(Name)
            : RuleOutcome.Refuse(Name, "该运行记录已确认或已退回，不能再次处理。", new Dictionary<string, string> { ["status"] = facts.ToString() });
}
