using Gaoxin.Contracts.TechTransfer;
using Gaoxin.Kernel.Rules;
using Gaoxin.TechTransfer.Achievements;
using Gaoxin.TechTransfer.Analytics;
using Gaoxin.TechTransfer.Projects;
using Gaoxin.TechTransfer.Screening;

namespace Gaoxin.TechTransfer.Tests;

/// <summary>
/// What a person reads when a relay rule refuses: each explanation and its figures, word for word (issue #23), and the
/// boundaries the tests in RuleTests.cs leave open.
/// </summary>
public sealed class StageRuleTextTests
{
    private static TransitionFacts Facts(RelayStage from, RelayStage to, string? reason = null, int achievements = 1, bool byRound = false, bool pilotPlan = true,
        int pilotMilestones = 1, int pilotAccepted = 0, bool industrialPlan = true, int industrialMilestones = 1, bool company = false) =>
        new(from, to, reason, achievements, byRound, pilotPlan, pilotMilestones, pilotAccepted, industrialPlan, industrialMilestones, company);

    [Fact]
    public void A_move_off_the_map_lists_where_the_project_may_go()
    {
        var outcome = new TransitionAllowedRule().Check(Facts(RelayStage.Selected, RelayStage.Industrialized));
        outcome.Rule.ShouldBe(nameof(TransitionAllowedRule));
        outcome.Message.ShouldBe("不能从“入选”直接进入“已产业化”；可进入：中试孵化、产业孵化、已终止。");
        outcome.Figures["from"].ShouldBe("Selected");
        outcome.Figures["to"].ShouldBe("Industrialized");
    }

    [Fact]
    public void A_final_stage_says_it_is_final()
    {
        var outcome = new TransitionAllowedRule().Check(Facts(RelayStage.Rejected, RelayStage.Screening));
        outcome.Message.ShouldBe("项目已处于终结阶段“未入选”，不能再变更阶段。");
        outcome.Figures["from"].ShouldBe("Rejected");
    }

    [Fact]
    public void The_relay_map_names_every_next_stage()
    {
        TransitionAllowedRule.From(RelayStage.Proposed).ShouldBe([RelayStage.Screening, RelayStage.Terminated]);
        TransitionAllowedRule.From(RelayStage.Screening).ShouldBe([RelayStage.Selected, RelayStage.Rejected, RelayStage.Terminated]);
        TransitionAllowedRule.From(RelayStage.PilotIncubation).ShouldBe([RelayStage.IndustrialIncubation, RelayStage.Terminated]);
        TransitionAllowedRule.From(RelayStage.IndustrialIncubation).ShouldBe([RelayStage.Industrialized, RelayStage.Terminated]);
        TransitionAllowedRule.From(RelayStage.Industrialized).ShouldBeEmpty();
        TransitionAllowedRule.From(RelayStage.Terminated).ShouldBeEmpty();
    }

    [Theory]
    [InlineData(RelayStage.Proposed, "已申报")]
    [InlineData(RelayStage.Screening, "筛选中")]
    [InlineData(RelayStage.Selected, "入选")]
    [InlineData(RelayStage.Rejected, "未入选")]
    [InlineData(RelayStage.PilotIncubation, "中试孵化")]
    [InlineData(RelayStage.IndustrialIncubation, "产业孵化")]
    [InlineData(RelayStage.Industrialized, "已产业化")]
    [InlineData(RelayStage.Terminated, "已终止")]
    [InlineData((RelayStage)99, "99")]
    public void Every_stage_has_its_chinese_name(RelayStage stage, string name) => StageNames.Of(stage).ShouldBe(name);

    [Fact]
    public void Each_stage_rule_says_what_is_missing()
    {
        new ScreeningNeedsAchievementRule().Check(Facts(RelayStage.Proposed, RelayStage.Screening, achievements: 0)).Message.ShouldBe("项目尚未关联任何科技成果，不能进入筛选。");
        new ScreeningNeedsAchievementRule().Check(Facts(RelayStage.Proposed, RelayStage.Terminated, achievements: 0)).Passed.ShouldBeTrue();
        new SelectionByRoundDecisionRule().Check(Facts(RelayStage.Screening, RelayStage.Rejected)).Message.ShouldBe("入选或不予支持只能由筛选轮次的决定产生。");
        new SelectionByRoundDecisionRule().Check(Facts(RelayStage.Screening, RelayStage.Rejected, byRound: true)).Passed.ShouldBeTrue();
        new SelectionByRoundDecisionRule().Check(Facts(RelayStage.Screening, RelayStage.Terminated)).Passed.ShouldBeTrue();
        new IndustrializedNeedsCompanyRule().Check(Facts(RelayStage.IndustrialIncubation, RelayStage.Industrialized)).Message.ShouldBe("项目尚无已注册的承接企业，不能标记为已产业化。");
        new IndustrializedNeedsCompanyRule().Check(Facts(RelayStage.IndustrialIncubation, RelayStage.Terminated, "x")).Passed.ShouldBeTrue();
        new TerminationNeedsReasonRule().Check(Facts(RelayStage.Selected, RelayStage.Terminated)).Message.ShouldBe("终止项目须填写原因。");
        new TerminationNeedsReasonRule().Check(Facts(RelayStage.Selected, RelayStage.PilotIncubation)).Passed.ShouldBeTrue();
    }

    [Fact]
    public void Without_either_plan_both_are_named_with_the_milestone_counts()
    {
        var outcome = new BothPlansBeforePilotRule().Check(Facts(RelayStage.Selected, RelayStage.PilotIncubation, pilotPlan: false, pilotMilestones: 2, industrialMilestones: 0));
        outcome.Rule.ShouldBe(nameof(BothPlansBeforePilotRule));
        outcome.Message.ShouldBe("中试与产业孵化须同步规划：尚缺中试方案（含里程碑）和产业化方案（含里程碑）。");
        outcome.Figures["pilotMilestones"].ShouldBe("2");
        outcome.Figures["industrializationMilestones"].ShouldBe("0");
        new BothPlansBeforePilotRule().Check(Facts(RelayStage.Selected, RelayStage.IndustrialIncubation, pilotPlan: false, industrialPlan: false)).Passed.ShouldBeTrue();
    }

    [Fact]
    public void Industrial_incubation_names_the_missing_plan_and_the_accepted_count()
    {
        var rule = new IndustrialIncubationReadyRule();
        rule.Check(Facts(RelayStage.Selected, RelayStage.IndustrialIncubation, industrialMilestones: 0)).Message.ShouldBe("进入产业孵化前须有产业化方案（含里程碑）。");
        var pilotOpen = rule.Check(Facts(RelayStage.PilotIncubation, RelayStage.IndustrialIncubation, pilotMilestones: 3, pilotAccepted: 2));
        pilotOpen.Message.ShouldBe("中试里程碑尚未全部验收：已验收 2 / 3。");
        pilotOpen.Figures["accepted"].ShouldBe("2");
        pilotOpen.Figures["total"].ShouldBe("3");
        // Straight from selection there was no pilot to accept.
        rule.Check(Facts(RelayStage.Selected, RelayStage.IndustrialIncubation, pilotMilestones: 3, pilotAccepted: 0)).Passed.ShouldBeTrue();
        rule.Check(Facts(RelayStage.PilotIncubation, RelayStage.Terminated, "x", industrialPlan: false)).Passed.ShouldBeTrue();
    }

    [Fact]
    public void The_rules_are_checked_in_the_order_a_refusal_is_explained()
    {
        StageTransitions.Rules.Select(r => r.Name).ShouldBe([
            nameof(TransitionAllowedRule), nameof(SelectionByRoundDecisionRule), nameof(ScreeningNeedsAchievementRule), nameof(BothPlansBeforePilotRule),
            nameof(IndustrialIncubationReadyRule), nameof(IndustrializedNeedsCompanyRule), nameof(TerminationNeedsReasonRule)]);
        StageTransitions.Check(Facts(RelayStage.Proposed, RelayStage.Screening, achievements: 0)).First(o => !o.Passed).Rule.ShouldBe(nameof(ScreeningNeedsAchievementRule));
    }
}

public sealed class ScreeningRuleTextTests
{
    private static readonly DateTimeOffset Deadline = new(2026, 5, 1, 10, 0, 0, TimeSpan.Zero);
    private static readonly string[] Keys = ["technology", "market"];

    private static ScoringFacts Facts(IReadOnlyDictionary<string, decimal> scores, DateTimeOffset? now = null, RoundStatus status = RoundStatus.Open) =>
        new(true, false, now ?? Deadline, Deadline, status, Keys, scores);

    [Fact]
    public void Each_scoring_rule_explains_its_refusal()
    {
        var ok = new Dictionary<string, decimal> { ["technology"] = 80, ["market"] = 70 };
        new ReviewerAssignedRule().Check(new ScoringFacts(false, false, Deadline, Deadline, RoundStatus.Open, Keys, ok)).Message.ShouldBe("您不是本轮次的评审专家。");
        new NoConflictRule().Check(new ScoringFacts(true, true, Deadline, Deadline, RoundStatus.Open, Keys, ok)).Message.ShouldBe("您与该项目存在利益冲突，已回避，不能评分。");
        var late = new BeforeDeadlineRule().Check(Facts(ok, Deadline.AddMinutes(1)));
        late.Rule.ShouldBe(nameof(BeforeDeadlineRule));
        late.Message.ShouldBe("本轮评审已于 2026-05-01 18:00 截止或已作出决定，不能再评分。"); // the zone's time, UTC+8
        late.Figures["deadline"].ShouldBe("2026-05-01T10:00:00.0000000+00:00");
        new BeforeDeadlineRule().Check(Facts(ok, Deadline.AddDays(-1), RoundStatus.Published)).Passed.ShouldBeFalse();
    }

    [Fact]
    public void Missing_and_unknown_criteria_are_named()
    {
        var rule = new ScoresCompleteAndInRangeRule();
        var missing = rule.Check(Facts(new Dictionary<string, decimal>()));
        missing.Message.ShouldBe("缺少以下评分项：technology、market。");
        missing.Figures["missing"].ShouldBe("technology,market");
        var unknown = rule.Check(Facts(new Dictionary<string, decimal> { ["technology"] = 80, ["market"] = 70, ["team"] = 60, ["risk"] = 50 }));
        unknown.Passed.ShouldBeFalse();
        unknown.Message.ShouldBe("本轮没有以下评分项：team、risk。");
    }

    [Fact]
    public void Scores_out_of_range_or_too_fine_are_listed_with_their_values()
    {
        var outcome = new ScoresCompleteAndInRangeRule().Check(Facts(new Dictionary<string, decimal> { ["technology"] = 100.5m, ["market"] = 70.001m }));
        outcome.Message.ShouldBe("评分须在 0 到 100 之间且最多两位小数：technology=100.5、market=70.001。");
        outcome.Figures["technology"].ShouldBe("100.5");
        outcome.Figures["market"].ShouldBe("70.001");
        new ScoresCompleteAndInRangeRule().Check(Facts(new Dictionary<string, decimal> { ["technology"] = 99.99m, ["market"] = 0.01m })).Passed.ShouldBeTrue();
    }

    [Fact]
    public void The_scoring_rules_run_in_order()
    {
        ScoringRules.All.Select(r => r.Name).ShouldBe([nameof(ReviewerAssignedRule), nameof(BeforeDeadlineRule), nameof(NoConflictRule), nameof(ScoresCompleteAndInRangeRule)]);
        ScoringRules.Check(Facts(new Dictionary<string, decimal>(), Deadline.AddDays(1))).Select(o => o.Passed).ShouldBe([true, false, true, false]);
    }

    [Fact]
    public void Sealed_results_explain_why()
    {
        var rule = ResultsSealedUntilPublishedRule.Instance;
        rule.Name.ShouldBe(nameof(ResultsSealedUntilPublishedRule));
        rule.Check(new DisclosureFacts(false, RoundStatus.Open, true)).Message.ShouldBe("您与该项目存在利益冲突，已回避，看不到其评审结果。");
        rule.Check(new DisclosureFacts(false, RoundStatus.Decided, false)).Message.ShouldBe("评审结果公布前不可见。");
        ResultsSealedUntilPublishedRule.MayRead(true, RoundStatus.Open, true).ShouldBeTrue();
        ResultsSealedUntilPublishedRule.MayRead(false, RoundStatus.Published, true).ShouldBeFalse();
    }
}

public sealed class AggregationAndSuccessBoundaryTests
{
    [Fact]
    public void A_mean_is_rounded_half_away_from_zero_to_two_decimals()
    {
        ScoreAggregation.Aggregate([80.125m]).ShouldBe(80.13m);
        ScoreAggregation.Aggregate([1m, 2m, 2m]).ShouldBe(1.67m);
        ScoreAggregation.WeightedTotal([(1m, 80.125m)]).ShouldBe(80.13m);
        ScoreAggregation.WeightedTotal([(1m, 70m), (2m, 80m)]).ShouldBe(76.67m);
    }

    [Fact]
    public void Five_reviewers_is_where_trimming_starts()
    {
        ScoreAggregation.TrimFrom.ShouldBe(5);
        ScoreAggregation.Aggregate([0m, 60m, 60m, 100m]).ShouldBe(55m);
        ScoreAggregation.Aggregate([0m, 60m, 60m, 60m, 60m]).ShouldBe(60m);
    }

    [Fact]
    public void Each_grade_starts_at_its_threshold() =>
        new[] { ScoreAggregation.GradeOf(75m, 85, 75, 60), ScoreAggregation.GradeOf(74.99m, 85, 75, 60) }.ShouldBe(["B", "C"]);

    [Fact]
    public void Criteria_without_weight_give_zero_not_a_division_error()
    {
        ScoreAggregation.WeightedTotal([(0m, 90m), (0m, 80m)]).ShouldBe(0m);
        ScoreAggregation.WeightedTotal([]).ShouldBe(0m);
    }

    [Fact]
    public void A_report_before_incubation_began_does_not_count()
    {
        var start = new DateOnly(2025, 1, 15);
        SuccessJudge.SucceededOn(start, [(start.AddDays(-1), 9_000_000m)], 5_000_000m, 24).ShouldBeNull();
        SuccessJudge.SucceededOn(start, [(start, 5_000_000m)], 5_000_000m, 24).ShouldBe(start);
        SuccessJudge.SucceededOn(start, [(start.AddDays(3), 6_000_000m), (start.AddDays(1), 4_000_000m)], 5_000_000m, 24).ShouldBe(start.AddDays(3));
        SuccessJudge.WindowCutoff(new DateOnly(2027, 3, 31), 24).ShouldBe(new DateOnly(2025, 3, 31));
    }

    [Fact]
    public void A_terminated_project_that_never_started_is_not_started_and_success_outranks_termination()
    {
        SuccessJudge.Judge(false, null, null, false, 24, new DateOnly(2030, 1, 1)).ShouldBe(Verdict.NotStarted);
        SuccessJudge.Judge(true, new DateOnly(2025, 1, 15), new DateOnly(2025, 6, 1), true, 24, new DateOnly(2030, 1, 1)).ShouldBe(Verdict.Succeeded);
        SuccessJudge.Judge(true, new DateOnly(2025, 1, 15), null, true, 24, new DateOnly(2025, 2, 1)).ShouldBe(Verdict.Failed);
    }

    [Fact]
    public void Wilson_refuses_more_successes_than_decisions_and_reads_a_negative_count_as_none()
    {
        Should.Throw<ArgumentOutOfRangeException>(() => Wilson.Interval(6, 5));
        var none = Wilson.Interval(0, -1);
        none.Rate.ShouldBeNull();
        none.Low.ShouldBeNull();
        none.High.ShouldBeNull();
        var one = Wilson.Interval(1, 1, z: 1);
        one.Rate.ShouldBe(1m);
        one.Low.ShouldBe(0.5m);   // (1 + 1/2) / 2 − √(1/4) / 2 = 0.5
        one.High.ShouldBe(1m);
    }
}

public sealed class PatentNumberTextTests
{
    private static string? ErrorOf(string digits)
    {
        PatentNumber.TryNormalise($"{digits}.{PatentNumber.CheckCharacter(digits)}", 2026, out _, out var error).ShouldBeFalse();
        return error;
    }

    [Fact]
    public void A_twelve_digit_number_names_its_fifth_digit()
    {
        var digits = "202340123456";
        ErrorOf(digits).ShouldBe($"专利号“{digits}.{PatentNumber.CheckCharacter(digits)}”的第 5 位（专利类型）应为 1、2、3、8 或 9。");
    }

    [Fact]
    public void Types_8_and_9_exist_only_in_twelve_digit_numbers()
    {
        var digits = "95801234";
        ErrorOf(digits).ShouldBe($"专利号“{digits}.{PatentNumber.CheckCharacter(digits)}”的第 3 位（专利类型）应为 1、2 或 3。");
    }

    [Fact]
    public void Two_year_digits_of_50_are_read_as_1950()
    {
        var digits = "50101234";
        ErrorOf(digits).ShouldBe($"专利号“{digits}.{PatentNumber.CheckCharacter(digits)}”的申请年份 1950 不可能：8 位申请号的年份应在 1985 年至 2003 年之间。");
    }
}
