using Gaoxin.Contracts.TechTransfer;
using Gaoxin.TechTransfer.Achievements;
using Gaoxin.TechTransfer.Analytics;
using Gaoxin.TechTransfer.Projects;
using Gaoxin.TechTransfer.Screening;

namespace Gaoxin.TechTransfer.Tests;

public sealed class StageRuleTests
{
    private static TransitionFacts Facts(RelayStage from, RelayStage to, string? reason = null, int achievements = 1, bool byRound = false, bool pilotPlan = true,
        int pilotMilestones = 1, int pilotAccepted = 0, bool industrialPlan = true, int industrialMilestones = 1, bool company = false) =>
        new(from, to, reason, achievements, byRound, pilotPlan, pilotMilestones, pilotAccepted, industrialPlan, industrialMilestones, company);

    [Fact]
    public void TransitionAllowedRule_follows_the_relay_and_final_stages_stay_final()
    {
        var rule = new TransitionAllowedRule();
        rule.Check(Facts(RelayStage.Proposed, RelayStage.Screening)).Passed.ShouldBeTrue();
        rule.Check(Facts(RelayStage.Proposed, RelayStage.PilotIncubation)).Passed.ShouldBeFalse();
        rule.Check(Facts(RelayStage.Selected, RelayStage.IndustrialIncubation)).Passed.ShouldBeTrue();
        rule.Check(Facts(RelayStage.PilotIncubation, RelayStage.Selected)).Passed.ShouldBeFalse();
        var final = rule.Check(Facts(RelayStage.Industrialized, RelayStage.Terminated, "x"));
        final.Passed.ShouldBeFalse();
        final.Message.ShouldContain("终结阶段");
        rule.Check(Facts(RelayStage.Terminated, RelayStage.Proposed)).Passed.ShouldBeFalse();
    }

    [Fact]
    public void ScreeningNeedsAchievementRule_needs_at_least_one()
    {
        var rule = new ScreeningNeedsAchievementRule();
        rule.Check(Facts(RelayStage.Proposed, RelayStage.Screening, achievements: 0)).Passed.ShouldBeFalse();
        rule.Check(Facts(RelayStage.Proposed, RelayStage.Screening, achievements: 1)).Passed.ShouldBeTrue();
    }

    [Fact]
    public void SelectionByRoundDecisionRule_refuses_a_manual_selection()
    {
        var rule = new SelectionByRoundDecisionRule();
        rule.Check(Facts(RelayStage.Screening, RelayStage.Selected)).Passed.ShouldBeFalse();
        rule.Check(Facts(RelayStage.Screening, RelayStage.Rejected)).Passed.ShouldBeFalse();
        rule.Check(Facts(RelayStage.Screening, RelayStage.Selected, byRound: true)).Passed.ShouldBeTrue();
    }

    [Fact]
    public void BothPlansBeforePilotRule_names_what_is_missing()
    {
        var rule = new BothPlansBeforePilotRule();
        rule.Check(Facts(RelayStage.Selected, RelayStage.PilotIncubation)).Passed.ShouldBeTrue();
        var noIndustrial = rule.Check(Facts(RelayStage.Selected, RelayStage.PilotIncubation, industrialPlan: false));
        noIndustrial.Passed.ShouldBeFalse();
        noIndustrial.Message.ShouldContain("产业化方案");
        noIndustrial.Message.ShouldNotContain("中试方案");
        rule.Check(Facts(RelayStage.Selected, RelayStage.PilotIncubation, pilotMilestones: 0)).Message.ShouldContain("中试方案");
        rule.Check(Facts(RelayStage.Selected, RelayStage.PilotIncubation, industrialMilestones: 0)).Passed.ShouldBeFalse();
    }

    [Fact]
    public void IndustrialIncubationReadyRule_needs_every_pilot_milestone_accepted()
    {
        var rule = new IndustrialIncubationReadyRule();
        rule.Check(Facts(RelayStage.PilotIncubation, RelayStage.IndustrialIncubation, pilotMilestones: 2, pilotAccepted: 1)).Passed.ShouldBeFalse();
        rule.Check(Facts(RelayStage.PilotIncubation, RelayStage.IndustrialIncubation, pilotMilestones: 2, pilotAccepted: 2)).Passed.ShouldBeTrue();
        rule.Check(Facts(RelayStage.Selected, RelayStage.IndustrialIncubation, pilotMilestones: 0, industrialPlan: false)).Passed.ShouldBeFalse();
        rule.Check(Facts(RelayStage.Selected, RelayStage.IndustrialIncubation, pilotMilestones: 0)).Passed.ShouldBeTrue();
    }

    [Fact]
    public void IndustrializedNeedsCompanyRule_needs_a_registered_company()
    {
        var rule = new IndustrializedNeedsCompanyRule();
        rule.Check(Facts(RelayStage.IndustrialIncubation, RelayStage.Industrialized, company: false)).Passed.ShouldBeFalse();
        rule.Check(Facts(RelayStage.IndustrialIncubation, RelayStage.Industrialized, company: true)).Passed.ShouldBeTrue();
    }

    [Fact]
    public void TerminationNeedsReasonRule_refuses_a_blank_reason()
    {
        var rule = new TerminationNeedsReasonRule();
        rule.Check(Facts(RelayStage.PilotIncubation, RelayStage.Terminated, "  ")).Passed.ShouldBeFalse();
        rule.Check(Facts(RelayStage.PilotIncubation, RelayStage.Terminated, "中试失败")).Passed.ShouldBeTrue();
    }
}

public sealed class RevisionBeforeScreeningRuleTests
{
    [Theory]
    [InlineData(RelayStage.Proposed, true)]
    [InlineData(RelayStage.Screening, false)]
    [InlineData(RelayStage.Selected, false)]
    [InlineData(RelayStage.Terminated, false)]
    public void Only_a_proposal_not_yet_in_screening_is_corrected_by_its_proposer(RelayStage stage, bool allowed)
    {
        var outcome = new RevisionBeforeScreeningRule().Check(stage);
        outcome.Passed.ShouldBe(allowed);
        if (!allowed)
        {
            outcome.Message.ShouldBe($"项目已处于“{StageNames.Of(stage)}”，申报内容不能再修改；如需变更，请联系创新中心。");
            outcome.Figures["stage"].ShouldBe(stage.ToString());
        }
    }
}

public sealed class WithdrawalBeforeScreeningRuleTests
{
    private static readonly WithdrawalBeforeScreeningRule Rule = new();

    [Fact]
    public void A_proposal_not_yet_in_screening_is_withdrawn_with_a_reason()
    {
        Rule.Check(new WithdrawalFacts(RelayStage.Proposed, "团队调整，暂缓转化")).Passed.ShouldBeTrue();
        var blank = Rule.Check(new WithdrawalFacts(RelayStage.Proposed, " "));
        blank.Passed.ShouldBeFalse();
        blank.Message.ShouldBe("撤回申报须说明原因。");
        Rule.Check(new WithdrawalFacts(RelayStage.Proposed, null)).Passed.ShouldBeFalse();
    }

    [Theory]
    [InlineData(RelayStage.Screening, "筛选中")]
    [InlineData(RelayStage.Selected, "入选")]
    [InlineData(RelayStage.Rejected, "未入选")]
    [InlineData(RelayStage.PilotIncubation, "中试孵化")]
    [InlineData(RelayStage.Terminated, "已终止")]
    public void From_screening_on_only_the_center_can_end_it(RelayStage stage, string named)
    {
        var outcome = Rule.Check(new WithdrawalFacts(stage, "团队调整"));
        outcome.Passed.ShouldBeFalse();
        outcome.Message.ShouldBe($"项目已处于“{named}”，不能再撤回申报；如需终止，请联系创新中心。");
        outcome.Figures["stage"].ShouldBe(stage.ToString());
    }
}

public sealed class ScreeningRuleTests
{
    private static readonly DateTimeOffset Deadline = new(2026, 5, 1, 10, 0, 0, TimeSpan.Zero);
    private static readonly string[] Keys = ["technology", "market"];

    private static ScoringFacts Facts(decimal a = 80, decimal b = 70, DateTimeOffset? now = null, bool reviewer = true, bool conflict = false, RoundStatus status = RoundStatus.Open) =>
        new(reviewer, conflict, now ?? Deadline.AddDays(-1), Deadline, status, Keys, new Dictionary<string, decimal> { ["technology"] = a, ["market"] = b });

    [Fact]
    public void ScoresCompleteAndInRangeRule_accepts_0_and_100_and_refuses_just_outside()
    {
        var rule = new ScoresCompleteAndInRangeRule();
        rule.Check(Facts(0, 100)).Passed.ShouldBeTrue();
        rule.Check(Facts(-0.01m, 50)).Passed.ShouldBeFalse();
        rule.Check(Facts(100.01m, 50)).Passed.ShouldBeFalse();
        rule.Check(Facts(80.125m, 50)).Passed.ShouldBeFalse();
        var missing = rule.Check(new ScoringFacts(true, false, Deadline, Deadline, RoundStatus.Open, Keys, new Dictionary<string, decimal> { ["technology"] = 1 }));
        missing.Passed.ShouldBeFalse();
        missing.Message.ShouldContain("market");
    }

    [Fact]
    public void BeforeDeadlineRule_accepts_at_the_deadline_and_refuses_a_tick_later_or_once_decided()
    {
        var rule = new BeforeDeadlineRule();
        rule.Check(Facts(now: Deadline)).Passed.ShouldBeTrue();
        rule.Check(Facts(now: Deadline.AddTicks(1))).Passed.ShouldBeFalse();
        rule.Check(Facts(status: RoundStatus.Decided)).Passed.ShouldBeFalse();
    }

    [Fact]
    public void NoConflictRule_refuses_a_conflicted_reviewer()
    {
        new NoConflictRule().Check(Facts(conflict: true)).Passed.ShouldBeFalse();
        new NoConflictRule().Check(Facts()).Passed.ShouldBeTrue();
    }

    [Fact]
    public void ReviewerAssignedRule_refuses_someone_not_on_the_round()
    {
        new ReviewerAssignedRule().Check(Facts(reviewer: false)).Passed.ShouldBeFalse();
        new ReviewerAssignedRule().Check(Facts()).Passed.ShouldBeTrue();
    }

    [Fact]
    public void With_three_reviewers_the_plain_mean_counts()
    {
        ScoreAggregation.Aggregate([60m, 80m, 100m]).ShouldBe(80m);
        ScoreAggregation.Aggregate([70m, 71m, 75m, 99m]).ShouldBe(78.75m);
    }

    [Fact]
    public void With_five_reviewers_the_highest_and_lowest_are_dropped()
    {
        ScoreAggregation.Aggregate([10m, 80m, 82m, 84m, 100m]).ShouldBe(82m);
    }

    [Fact]
    public void With_seven_reviewers_only_one_highest_and_one_lowest_are_dropped()
    {
        ScoreAggregation.Aggregate([0m, 70m, 70m, 80m, 90m, 90m, 100m]).ShouldBe(80m);
        ScoreAggregation.Aggregate([]).ShouldBeNull();
    }

    [Fact]
    public void Weighted_totals_and_grades_use_the_thresholds_inclusively()
    {
        ScoreAggregation.WeightedTotal([(25m, 100m), (75m, 60m)]).ShouldBe(70m);
        ScoreAggregation.GradeOf(85m, 85, 75, 60).ShouldBe("A");
        ScoreAggregation.GradeOf(84.99m, 85, 75, 60).ShouldBe("B");
        ScoreAggregation.GradeOf(60m, 85, 75, 60).ShouldBe("C");
        ScoreAggregation.GradeOf(59.99m, 85, 75, 60).ShouldBe("N");
    }
}

public sealed class AnalyticsMathTests
{
    [Theory]
    [InlineData(8, 10, 0.4902, 0.9433)]
    [InlineData(3, 10, 0.1078, 0.6032)]
    [InlineData(0, 5, 0.0, 0.4345)]
    [InlineData(5, 5, 0.5655, 1.0)]
    [InlineData(80, 100, 0.7112, 0.8666)]
    public void Wilson_interval_matches_published_values(int successes, int n, double low, double high)
    {
        var rate = Wilson.Interval(successes, n);
        rate.Low.ShouldBe((decimal)low);
        rate.High.ShouldBe((decimal)high);
        rate.Rate.ShouldBe(Math.Round((decimal)successes / n, 4));
    }

    [Fact]
    public void Nothing_decided_has_no_rate()
    {
        Wilson.Interval(0, 0).Rate.ShouldBeNull();
    }

    [Fact]
    public void Success_is_the_first_report_over_the_threshold_inside_the_window()
    {
        var start = new DateOnly(2025, 1, 15);
        SuccessJudge.SucceededOn(start, [(new DateOnly(2025, 6, 1), 4_999_999.99m), (new DateOnly(2025, 9, 1), 5_000_000m), (new DateOnly(2025, 12, 1), 9_000_000m)], 5_000_000m, 24)
            .ShouldBe(new DateOnly(2025, 9, 1));
        SuccessJudge.SucceededOn(start, [(start.AddMonths(24), 5_000_000m)], 5_000_000m, 24).ShouldBe(start.AddMonths(24));
        SuccessJudge.SucceededOn(start, [(start.AddMonths(24).AddDays(1), 5_000_000m)], 5_000_000m, 24).ShouldBeNull();
        SuccessJudge.SucceededOn(null, [(start, 9_000_000m)], 5_000_000m, 24).ShouldBeNull();
    }

    [Fact]
    public void A_project_in_its_window_is_in_progress_not_failed()
    {
        var start = new DateOnly(2025, 1, 15);
        SuccessJudge.Judge(true, start, null, false, 24, new DateOnly(2027, 1, 15)).ShouldBe(Verdict.InProgress);
        SuccessJudge.Judge(true, start, null, false, 24, new DateOnly(2027, 1, 16)).ShouldBe(Verdict.Failed);
        SuccessJudge.Judge(true, null, null, false, 24, new DateOnly(2030, 1, 1)).ShouldBe(Verdict.InProgress);
        SuccessJudge.Judge(true, null, null, true, 24, new DateOnly(2025, 2, 1)).ShouldBe(Verdict.Failed);
        SuccessJudge.Judge(false, null, null, true, 24, new DateOnly(2025, 2, 1)).ShouldBe(Verdict.NotStarted);
        SuccessJudge.Judge(true, start, new DateOnly(2025, 6, 1), false, 24, new DateOnly(2030, 1, 1)).ShouldBe(Verdict.Succeeded);
    }
}

public sealed class PatentNumberTests
{
    private const int Year = 2026;

    [Theory]
    [InlineData("ZL200310102344.5", "ZL200310102344.5")]
    [InlineData("200310102344.5", "ZL200310102344.5")]
    [InlineData("CN 2003 1 0102344.5", "ZL200310102344.5")]
    [InlineData("zl2003101023445", "ZL200310102344.5")]
    [InlineData("CN201510075319.5A", "ZL201510075319.5")]
    [InlineData("CN201520594632.5U", "ZL201520594632.5")]
    [InlineData("CN201510075319.5B1", "ZL201510075319.5")]
    [InlineData("９７１０１７６５．4", "ZL97101765.4")]
    [InlineData("ＺＬ２０２３１０１２３４５６．６", "ZL202310123456.6")]
    public void Valid_numbers_are_normalised(string input, string expected)
    {
        PatentNumber.TryNormalise(input, Year, out var normalised, out _).ShouldBeTrue();
        normalised.ShouldBe(expected);
    }

    [Fact]
    public void A_wrong_check_character_is_refused_with_the_right_one()
    {
        PatentNumber.TryNormalise("ZL200310102344.6", Year, out _, out var error).ShouldBeFalse();
        error.ShouldContain("应为 5");
    }

    [Fact]
    public void A_bad_type_digit_or_length_is_refused()
    {
        var digits = "202340123456";
        PatentNumber.TryNormalise($"{digits}.{PatentNumber.CheckCharacter(digits)}", Year, out _, out var type).ShouldBeFalse();
        type.ShouldContain("专利类型");
        PatentNumber.TryNormalise("ZL2023101234.5", Year, out _, out var length).ShouldBeFalse();
        length.ShouldContain("格式不正确");
    }

    [Fact]
    public void Eight_digit_numbers_before_2003_use_weights_2_to_9_and_X_for_ten()
    {
        var digits = Enumerable.Range(0, 100_000).Select(i => $"971{i:D5}").First(d => PatentNumber.CheckCharacter(d) == 'X');
        PatentNumber.TryNormalise($"{digits}.X", Year, out var normalised, out _).ShouldBeTrue();
        normalised.ShouldBe($"ZL{digits}.X");
    }

    [Theory]
    [InlineData("200310000001", true)]
    [InlineData("200210000001", false)]
    [InlineData("202610000001", true)]
    [InlineData("202710000001", false)]
    [InlineData("85100001", true)]
    [InlineData("84100001", false)]
    [InlineData("03100001", true)]
    [InlineData("04100001", false)]
    public void The_year_is_possible_for_the_format(string digits, bool valid)
    {
        var input = $"{digits}.{PatentNumber.CheckCharacter(digits)}";
        PatentNumber.TryNormalise(input, Year, out var normalised, out var error).ShouldBe(valid, error);
        if (valid)
        {
            normalised.ShouldBe("ZL" + input);
        }
    }

    [Theory]
    [InlineData("202710000001", "申请年份 2027 不可能：12 位申请号的年份应在 2003 年至 2026 年之间。")]
    [InlineData("200210000001", "申请年份 2002 不可能：12 位申请号的年份应在 2003 年至 2026 年之间。")]
    [InlineData("84100001", "申请年份 1984 不可能：8 位申请号的年份应在 1985 年至 2003 年之间。")]
    [InlineData("04100001", "申请年份 2004 不可能：8 位申请号的年份应在 1985 年至 2003 年之间。")]
    public void An_impossible_year_is_named_with_the_range(string digits, string message)
    {
        var input = $"{digits}.{PatentNumber.CheckCharacter(digits)}";
        PatentNumber.TryNormalise(input, Year, out _, out var error).ShouldBeFalse();
        error.ShouldBe($"专利号“{input}”的" + message);
    }

    [Theory]
    [InlineData("201510075319.5U")]
    [InlineData("201520594632.5A")]
    [InlineData("201520594632.5S")]
    public void A_kind_code_that_contradicts_the_type_digit_is_refused(string input)
    {
        PatentNumber.TryNormalise(input, Year, out _, out var error).ShouldBeFalse();
        error.ShouldContain("文献类型代码");
    }

    [Theory]
    [InlineData("201530000001", 'S', true)]
    [InlineData("201580000001", 'C', true)]
    [InlineData("201590000001", 'Y', true)]
    [InlineData("201530000001", 'U', false)]
    [InlineData("201580000001", 'U', false)]
    [InlineData("201590000001", 'B', false)]
    public void Kind_codes_follow_the_type_digit(string digits, char kind, bool valid) =>
        PatentNumber.TryNormalise($"{digits}.{PatentNumber.CheckCharacter(digits)}{kind}", Year, out _, out _).ShouldBe(valid);

    [Fact]
    public void An_eight_digit_number_needs_type_1_2_or_3_in_its_third_digit()
    {
        var digits = "97401765";
        PatentNumber.TryNormalise($"{digits}.{PatentNumber.CheckCharacter(digits)}", Year, out _, out var error).ShouldBeFalse();
        error.ShouldBe($"专利号“{digits}.{PatentNumber.CheckCharacter(digits)}”的第 3 位（专利类型）应为 1、2 或 3。");
    }
}

public sealed class DisclosureRuleTests
{
    [Fact]
    public void ResultsSealedUntilPublishedRule_opens_results_to_operators_at_once_to_others_on_publication_and_never_to_the_conflicted()
    {
        var rule = new ResultsSealedUntilPublishedRule();
        foreach (var status in Enum.GetValues<RoundStatus>())
        {
            rule.Check(new DisclosureFacts(true, status, false)).Passed.ShouldBeTrue();
            rule.Check(new DisclosureFacts(true, status, true)).Passed.ShouldBeTrue();
        }

        rule.Check(new DisclosureFacts(false, RoundStatus.Open, false)).Passed.ShouldBeFalse();
        var decided = rule.Check(new DisclosureFacts(false, RoundStatus.Decided, false));
        decided.Passed.ShouldBeFalse();
        decided.Message.ShouldContain("公布前");
        rule.Check(new DisclosureFacts(false, RoundStatus.Published, false)).Passed.ShouldBeTrue();
        var conflicted = rule.Check(new DisclosureFacts(false, RoundStatus.Published, true));
        conflicted.Passed.ShouldBeFalse();
        conflicted.Message.ShouldContain("回避");
        ResultsSealedUntilPublishedRule.MayRead(false, RoundStatus.Published, false).ShouldBeTrue();
        ResultsSealedUntilPublishedRule.MayRead(false, RoundStatus.Decided, false).ShouldBeFalse();
    }
}
