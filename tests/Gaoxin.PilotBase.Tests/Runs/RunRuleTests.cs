using Gaoxin.Contracts.TechTransfer;
using Gaoxin.PilotBase.Runs;

namespace Gaoxin.PilotBase.Tests.Runs;

public sealed class WithinTargetRuleTests
{
    private static bool Met(decimal? min, decimal? max, decimal actual) => new WithinTargetRule().Check(new MeasuredValue("良率", min, max, actual)).Passed;

    [Fact]
    public void Both_ends_are_included_and_one_step_outside_is_not()
    {
        Met(85m, 92m, 92m).ShouldBeTrue("exactly at the target max meets it");
        Met(85m, 92m, 85m).ShouldBeTrue("exactly at the target min meets it");
        Met(85m, 92m, 92.0001m).ShouldBeFalse();
        Met(85m, 92m, 84.9999m).ShouldBeFalse();
    }

    [Fact]
    public void An_open_end_does_not_bound()
    {
        Met(null, 0.02m, -5m).ShouldBeTrue();
        Met(90m, null, 1_000m).ShouldBeTrue();
        Met(null, null, 0m).ShouldBeTrue();
        var refused = new WithinTargetRule().Check(new MeasuredValue("重复定位精度", null, 0.02m, 0.021m));
        refused.Passed.ShouldBeFalse();
        refused.Figures["targetMax"].ShouldBe("0.02");
    }
}

public sealed class RunNeedsPilotStageRuleTests
{
    [Theory]
    [InlineData(RelayStage.Proposed, false)]
    [InlineData(RelayStage.Screening, false)]
    [InlineData(RelayStage.Selected, false)]
    [InlineData(RelayStage.Rejected, false)]
    [InlineData(RelayStage.PilotIncubation, true)]
    [InlineData(RelayStage.IndustrialIncubation, true)]
    [InlineData(RelayStage.Industrialized, true)]
    [InlineData(RelayStage.Terminated, false)]
    public void Only_a_project_at_or_past_the_pilot_stage_runs(RelayStage stage, bool allowed) =>
        new RunNeedsPilotStageRule().Check(stage).Passed.ShouldBe(allowed);
}

public sealed class PassNeedsTargetsMetRuleTests
{
    private static readonly MeasuredValue AtMax = new("首次效率", 85m, 92m, 92m);
    private static readonly MeasuredValue Over = new("首次效率", 85m, 92m, 92.01m);

    [Fact]
    public void A_pass_needs_every_target_met_a_failure_does_not()
    {
        var rule = new PassNeedsTargetsMetRule();
        rule.Check(new RunVerdictFacts(RunOutcome.Passed, [AtMax], [])).Passed.ShouldBeTrue();
        rule.Check(new RunVerdictFacts(RunOutcome.Passed, [AtMax, Over], [])).Passed.ShouldBeFalse();
        rule.Check(new RunVerdictFacts(RunOutcome.Failed, [Over], ["良率"])).Passed.ShouldBeTrue();
    }

    [Fact]
    public void A_pass_needs_every_parameter_the_milestone_names_measured()
    {
        var refused = new PassNeedsTargetsMetRule().Check(new RunVerdictFacts(RunOutcome.Passed, [AtMax], ["良率"]));
        refused.Passed.ShouldBeFalse();
        refused.Message.ShouldContain("良率");
    }
}

public sealed class TargetsFromMilestoneRuleTests
{
    [Fact]
    public void A_range_the_milestone_sets_cannot_be_entered_otherwise()
    {
        var rule = new TargetsFromMilestoneRule();
        rule.Check(new TargetFacts("良率", null, null, 90m, null)).Passed.ShouldBeTrue("left blank: taken from the milestone");
        rule.Check(new TargetFacts("良率", 90m, null, 90m, null)).Passed.ShouldBeTrue("the same range");
        rule.Check(new TargetFacts("良率", 89.99m, null, 90m, null)).Passed.ShouldBeFalse();
        rule.Check(new TargetFacts("良率", null, 100m, 90m, null)).Passed.ShouldBeFalse();
    }
}

public sealed class ReturnNeedsReasonRuleTests
{
    [Theory]
    [InlineData(null, false)]
    [InlineData("", false)]
    [InlineData("  ", false)]
    [InlineData("缺少检测报告", true)]
    public void Returning_needs_a_reason(string? reason, bool passes) => new ReturnNeedsReasonRule().Check(reason).Passed.ShouldBe(passes);
}

public sealed class OnlyRecordedRunsAreDecidedRuleTests
{
    [Theory]
    [InlineData(RunStatus.Recorded, true)]
    [InlineData(RunStatus.Accepted, false)]
    [InlineData(RunStatus.Returned, false)]
    public void Only_a_recorded_run_is_decided(RunStatus status, bool passes) => new OnlyRecordedRunsAreDecidedRule().Check(status).Passed.ShouldBe(passes);
}

public sealed class AcceptanceTargetsTests
{
    [Fact]
    public void Clauses_with_bounds_and_ranges_become_targets_the_rest_do_not()
    {
        var targets = AcceptanceTargets.Parse("良率 ≥ 90%；首次效率 85–92 %，重复定位精度≤0.02 mm、第三方检测报告");
        targets.ShouldBe(
        [
            new AcceptanceTarget("良率", 90m, null, "%"),
            new AcceptanceTarget("首次效率", 85m, 92m, "%"),
            new AcceptanceTarget("重复定位精度", null, 0.02m, "mm"),
        ]);
        AcceptanceTargets.Parse("第三方检测报告或销售合同").ShouldBeEmpty();
        AcceptanceTargets.Parse(null).ShouldBeEmpty();
    }
}
