using Gaoxin.Contracts.TechTransfer;
using Gaoxin.PilotBase.Bookings;
using Gaoxin.PilotBase.Catalogue;
using Gaoxin.PilotBase.Facilities;
using Gaoxin.PilotBase.Runs;
using Gaoxin.PilotBase.Tests.Bookings;

namespace Gaoxin.PilotBase.Tests;

/// <summary>
/// What a person reads when a pilot base rule refuses: each explanation and its figures word for word (issue #23), and the
/// boundaries the rule tests in the feature folders leave open.
/// </summary>
public sealed class BookingRuleTextTests
{
    private static readonly DateTimeOffset Now = BookingRuleFacts.Now;

    [Fact]
    public void An_inverted_range_names_both_ends_in_zone_time()
    {
        // Given in UTC: the explanation shows the zone's clock (UTC+8).
        var start = new DateTimeOffset(2026, 3, 2, 2, 0, 0, TimeSpan.Zero);
        var outcome = new PositiveRangeRule().Check(BookingRuleFacts.Good with { StartsAt = start, EndsAt = start });
        outcome.Rule.ShouldBe(nameof(PositiveRangeRule));
        outcome.Message.ShouldBe("预约时段无效：结束时间 2026-03-02 10:00 必须晚于开始时间 2026-03-02 10:00。");
        outcome.Figures["startsAt"].ShouldBe("2026-03-02 10:00");
        outcome.Figures["endsAt"].ShouldBe("2026-03-02 10:00");
        new PositiveRangeRule().Check(BookingRuleFacts.Good with { StartsAt = start, EndsAt = start.AddMinutes(1) }).Passed.ShouldBeTrue();
    }

    [Fact]
    public void A_start_in_the_past_names_the_start_and_now()
    {
        var outcome = new NotInPastRule().Check(BookingRuleFacts.Good with { StartsAt = Now.AddMinutes(-30) });
        outcome.Rule.ShouldBe(nameof(NotInPastRule));
        outcome.Message.ShouldBe("不能预约过去的时段：开始时间 2026-03-02 08:30 早于当前时间 2026-03-02 09:00。");
        outcome.Figures["startsAt"].ShouldBe("2026-03-02 08:30");
        outcome.Figures["now"].ShouldBe("2026-03-02 09:00");
        new NotInPastRule().Check(BookingRuleFacts.Good with { StartsAt = Now }).Passed.ShouldBeTrue();
    }

    [Theory]
    [InlineData(ResourceStatus.Maintenance, "资源 A-T-01 当前维护中，不可预约。")]
    [InlineData(ResourceStatus.Retired, "资源 A-T-01 当前已停用，不可预约。")]
    public void A_resource_not_available_says_why(ResourceStatus status, string message)
    {
        var outcome = new ResourceBookableRule().Check(BookingRuleFacts.Good with { ResourceStatus = status });
        outcome.Rule.ShouldBe(nameof(ResourceBookableRule));
        outcome.Message.ShouldBe(message);
        outcome.Figures["resource"].ShouldBe("A-T-01");
        outcome.Figures["status"].ShouldBe(status.ToString());
    }

    [Theory]
    [InlineData("0", "批量 0 无效：必须大于零。")]
    [InlineData("-2.5", "批量 -2.5 无效：必须大于零。")]
    public void A_batch_of_nothing_is_refused(string batch, string message)
    {
        var size = decimal.Parse(batch, System.Globalization.CultureInfo.InvariantCulture);
        var outcome = new WithinBatchCapacityRule().Check(BookingRuleFacts.Good with { BatchSize = size });
        outcome.Rule.ShouldBe(nameof(WithinBatchCapacityRule));
        outcome.Message.ShouldBe(message);
        outcome.Figures["batchSize"].ShouldBe(batch);
    }

    [Fact]
    public void A_batch_over_the_limit_names_batch_limit_and_unit()
    {
        var rule = new WithinBatchCapacityRule();
        var outcome = rule.Check(BookingRuleFacts.Good with { BatchSize = 100.5m, MaxBatchSize = 100m });
        outcome.Message.ShouldBe("批量 100.5 kg 超过资源 A-T-01 的单批上限 100 kg。");
        outcome.Figures["resource"].ShouldBe("A-T-01");
        outcome.Figures["batchSize"].ShouldBe("100.5");
        outcome.Figures["maxBatchSize"].ShouldBe("100");
        outcome.Figures["unit"].ShouldBe("kg");
        rule.Check(BookingRuleFacts.Good with { BatchSize = 100m, MaxBatchSize = 100m }).Passed.ShouldBeTrue("exactly the limit");
        rule.Check(BookingRuleFacts.Good with { BatchSize = 0.0001m, MaxBatchSize = 100m }).Passed.ShouldBeTrue("the smallest batch");
        rule.Check(BookingRuleFacts.Good with { BatchSize = 5_000m, MaxBatchSize = null }).Passed.ShouldBeTrue("no limit");
        rule.Check(BookingRuleFacts.Good with { BatchSize = null, MaxBatchSize = 1m }).Passed.ShouldBeTrue("no batch asked");
        rule.Check(BookingRuleFacts.Good with { BatchSize = 2m, MaxBatchSize = 1m, BatchUnit = null }).Figures["unit"].ShouldBe(string.Empty);
        // Trailing zeros a person typed are not shown: 2.50 reads 2.5.
        rule.Check(BookingRuleFacts.Good with { BatchSize = 2.50m, MaxBatchSize = 1.0m }).Message.ShouldBe("批量 2.5 kg 超过资源 A-T-01 的单批上限 1 kg。");
    }

    [Fact]
    public void Every_refusal_is_reported_in_reading_order()
    {
        var all = BookingRules.Check(BookingRuleFacts.Good with
        {
            StartsAt = Now.AddHours(-2), EndsAt = Now.AddHours(-3), ResourceStatus = ResourceStatus.Retired, BatchSize = 0m,
        });
        all.Where(o => !o.Passed).Select(o => o.Rule).ShouldBe(
            [nameof(PositiveRangeRule), nameof(NotInPastRule), nameof(ResourceBookableRule), nameof(WithinBatchCapacityRule)]);
        BookingRules.Check(BookingRuleFacts.Good).ShouldAllBe(o => o.Passed);
    }

    [Fact]
    public void A_price_comes_from_the_first_unit_the_resource_has()
    {
        var now = DateTimeOffset.UnixEpoch;
        BookingPrice.Of(100m, PriceUnit.Hour, now, now.AddMinutes(-30)).ShouldBe(0m, "an inverted range costs nothing");
        BookingPrice.Of(100m, PriceUnit.Hour, now, now.AddMinutes(60)).ShouldBe(100m);
        BookingPrice.Of(100m, PriceUnit.Day, now, now.AddMinutes(24 * 60)).ShouldBe(100m);
        BookingPrice.Of(100m, PriceUnit.Day, now, now.AddMinutes(24 * 60 + 1)).ShouldBe(200m);
        BookingPrice.Of(0.005m, PriceUnit.Batch, now, now.AddHours(1)).ShouldBe(0.01m, "half a fen rounds away from zero");
    }

    [Fact]
    public void Cancelling_exactly_a_day_before_is_free_and_a_tick_later_is_late()
    {
        CancellationPolicy.FreeUntilHoursBefore.ShouldBe(24);
        CancellationPolicy.IsLate(Now.AddHours(-24), Now).ShouldBeFalse();
        CancellationPolicy.IsLate(Now.AddHours(-24).AddTicks(1), Now).ShouldBeTrue();
        CancellationPolicy.IsLate(Now.AddHours(-25), Now).ShouldBeFalse();
    }
}

public sealed class FacilityRuleTextTests
{
    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("  ")]
    public void A_parameter_with_neither_range_nor_text_names_what_to_fill(string? text)
    {
        var outcome = new CapabilityRangeRule().Check(new CapabilityFacts("温度范围", null, null, text));
        outcome.Rule.ShouldBe(nameof(CapabilityRangeRule));
        outcome.Message.ShouldBe("能力参数“温度范围”须填写数值范围（下限/上限）或文字说明。");
    }

    [Fact]
    public void An_inverted_range_names_both_ends()
    {
        var rule = new CapabilityRangeRule();
        var outcome = rule.Check(new CapabilityFacts("温度范围", 1600.5m, 1500m, null));
        outcome.Message.ShouldBe("能力参数“温度范围”的下限 1600.5 大于上限 1500。");
        outcome.Figures["min"].ShouldBe("1600.5");
        outcome.Figures["max"].ShouldBe("1500");
        rule.Check(new CapabilityFacts("温度范围", 1500m, 1500m, null)).Passed.ShouldBeTrue("a single value");
        rule.Check(new CapabilityFacts("温度范围", 1600m, null, null)).Passed.ShouldBeTrue("only a lower end");
        rule.Check(new CapabilityFacts("温度范围", null, 1500m, null)).Passed.ShouldBeTrue("only an upper end");
        rule.Check(new CapabilityFacts("洁净等级", null, null, "ISO 7")).Passed.ShouldBeTrue("text alone");
    }

    [Fact]
    public void A_qualification_stands_by_day_with_ninety_days_of_warning()
    {
        var today = new DateOnly(2026, 3, 2);
        QualificationInForceRule.WarningDays.ShouldBe(90);
        QualificationInForceRule.Standing(today.AddDays(-1), today).ShouldBe(QualificationStanding.Expired);
        QualificationInForceRule.Standing(today, today).ShouldBe(QualificationStanding.ExpiringSoon);
        QualificationInForceRule.Standing(today.AddDays(90), today).ShouldBe(QualificationStanding.ExpiringSoon);
        QualificationInForceRule.Standing(today.AddDays(91), today).ShouldBe(QualificationStanding.Valid);
    }

    [Fact]
    public void An_expired_qualification_names_the_certificate_and_the_day()
    {
        var rule = new QualificationInForceRule();
        var outcome = rule.Check(new QualificationFacts("CNAS L1234", new DateOnly(2026, 3, 1), new DateOnly(2026, 3, 2)));
        outcome.Rule.ShouldBe(nameof(QualificationInForceRule));
        outcome.Message.ShouldBe("资质证书 CNAS L1234 已于 2026-03-01 过期。");
        outcome.Figures["validUntil"].ShouldBe("2026-03-01");
        rule.Check(new QualificationFacts("CNAS L1234", new DateOnly(2026, 3, 2), new DateOnly(2026, 3, 2))).Passed.ShouldBeTrue("the last day holds");
    }
}

public sealed class RunRuleTextTests
{
    [Fact]
    public void A_value_outside_its_target_names_value_and_range()
    {
        var outcome = new WithinTargetRule().Check(new MeasuredValue("良率", 85m, 92.5m, 80.25m));
        outcome.Rule.ShouldBe(nameof(WithinTargetRule));
        outcome.Message.ShouldBe("“良率”实测 80.25 不在目标范围 85–92.5 内。");
        outcome.Figures["parameter"].ShouldBe("良率");
        outcome.Figures["actual"].ShouldBe("80.25");
        outcome.Figures["targetMin"].ShouldBe("85");
        outcome.Figures["targetMax"].ShouldBe("92.5");
        new WithinTargetRule().Check(new MeasuredValue("重复定位精度", null, 0.02m, 0.03m)).Message
            .ShouldBe("“重复定位精度”实测 0.03 不在目标范围 —–0.02 内。");
        // Trailing zeros a person typed are not shown: 80.250 reads 80.25.
        new WithinTargetRule().Check(new MeasuredValue("良率", 85.0m, null, 80.250m)).Message.ShouldBe("“良率”实测 80.25 不在目标范围 85–— 内。");
    }

    [Fact]
    public void An_open_lower_end_still_bounds_from_above_and_the_reverse()
    {
        var rule = new WithinTargetRule();
        rule.Check(new MeasuredValue("良率", null, 92m, 92.01m)).Passed.ShouldBeFalse();
        rule.Check(new MeasuredValue("良率", 85m, null, 84.99m)).Passed.ShouldBeFalse();
    }

    [Fact]
    public void A_run_before_the_pilot_stage_is_refused_with_its_stage()
    {
        var outcome = new RunNeedsPilotStageRule().Check(RelayStage.Selected);
        outcome.Rule.ShouldBe(nameof(RunNeedsPilotStageRule));
        outcome.Message.ShouldBe("项目尚未进入中试孵化阶段（或已终止），不能登记中试运行记录。");
        outcome.Figures["stage"].ShouldBe(nameof(RelayStage.Selected));
    }

    [Fact]
    public void A_pass_missing_milestone_parameters_lists_them()
    {
        var outcome = new PassNeedsTargetsMetRule().Check(new RunVerdictFacts(RunOutcome.Passed, [], ["良率", "首次效率"]));
        outcome.Rule.ShouldBe(nameof(PassNeedsTargetsMetRule));
        outcome.Message.ShouldBe("判定为通过的运行须测量里程碑验收标准中的全部参数，缺少：良率、首次效率。");
        outcome.Figures["missing"].ShouldBe("良率,首次效率");
    }

    [Fact]
    public void A_pass_with_a_target_missed_repeats_the_miss()
    {
        var outcome = new PassNeedsTargetsMetRule().Check(new RunVerdictFacts(RunOutcome.Passed,
            [new MeasuredValue("首次效率", 85m, 92m, 90m), new MeasuredValue("良率", 90m, null, 89m)], []));
        outcome.Message.ShouldBe("判定为通过的运行须达到全部目标：“良率”实测 89 不在目标范围 90–— 内。");
        outcome.Figures["parameter"].ShouldBe("良率");
        new PassNeedsTargetsMetRule().Check(new RunVerdictFacts(RunOutcome.Passed, [], [])).Passed.ShouldBeTrue("nothing measured, nothing named");
    }

    [Fact]
    public void A_target_other_than_the_milestones_names_the_milestones_range()
    {
        var rule = new TargetsFromMilestoneRule();
        var outcome = rule.Check(new TargetFacts("首次效率", 80m, 92m, 85m, 92m));
        outcome.Rule.ShouldBe(nameof(TargetsFromMilestoneRule));
        outcome.Message.ShouldBe("“首次效率”的目标范围以里程碑验收标准为准（85–92），不能另填。");
        outcome.Figures["parameter"].ShouldBe("首次效率");
        outcome.Figures["milestoneMin"].ShouldBe("85");
        outcome.Figures["milestoneMax"].ShouldBe("92");
        rule.Check(new TargetFacts("首次效率", 85m, 92m, 85m, 92m)).Passed.ShouldBeTrue();
        rule.Check(new TargetFacts("首次效率", 85m, 93m, 85m, 92m)).Passed.ShouldBeFalse("the upper end differs alone");
        rule.Check(new TargetFacts("首次效率", null, 92m, 85m, 92m)).Passed.ShouldBeTrue("only the upper end given, the same");
        rule.Check(new TargetFacts("首次效率", 85m, null, 85m, 92m)).Passed.ShouldBeTrue("only the lower end given, the same");
    }

    [Fact]
    public void Rules_given_no_facts_refuse_to_guess()
    {
        Should.Throw<ArgumentNullException>(() => new WithinTargetRule().Check(null!));
        Should.Throw<ArgumentNullException>(() => new PassNeedsTargetsMetRule().Check(null!));
        Should.Throw<ArgumentNullException>(() => new TargetsFromMilestoneRule().Check(null!));
    }

    [Fact]
    public void Returning_without_a_reason_and_deciding_twice_say_so()
    {
        var missing = new ReturnNeedsReasonRule().Check(" ");
        missing.Rule.ShouldBe(nameof(ReturnNeedsReasonRule));
        missing.Message.ShouldBe("退回运行记录须说明原因。");
        var twice = new OnlyRecordedRunsAreDecidedRule().Check(RunStatus.Accepted);
        twice.Rule.ShouldBe(nameof(OnlyRecordedRunsAreDecidedRule));
        twice.Message.ShouldBe("该运行记录已确认或已退回，不能再次处理。");
        twice.Figures["status"].ShouldBe(nameof(RunStatus.Accepted));
    }
}

public sealed class AcceptanceTargetTextTests
{
    [Fact]
    public void Every_separator_splits_clauses_and_every_word_for_at_least_or_at_most_reads()
    {
        var targets = AcceptanceTargets.Parse("良率不低于90%;纯度不小于99.5 % \n收率大于等于80，能耗 >= 3 kWh,杂质不高于0.1%。水分不大于 2、灰分小于等于1；粒径 <= 5 μm");
        targets.ShouldBe(
        [
            new AcceptanceTarget("良率", 90m, null, "%"),
            new AcceptanceTarget("纯度", 99.5m, null, "%"),
            new AcceptanceTarget("收率", 80m, null, null),
            new AcceptanceTarget("能耗", 3m, null, "kWh"),
            new AcceptanceTarget("杂质", null, 0.1m, "%"),
            new AcceptanceTarget("水分", null, 2m, null),
            new AcceptanceTarget("灰分", null, 1m, null),
            new AcceptanceTarget("粒径", null, 5m, "μm"),
        ]);
    }

    [Fact]
    public void Ranges_read_with_every_dash_and_negative_ends()
    {
        AcceptanceTargets.Parse("温度 -20~-5 ℃；压力 1.5至2.5 MPa；转速 100—200；长度 3-4 m；宽度 1～2").ShouldBe(
        [
            new AcceptanceTarget("温度", -20m, -5m, "℃"),
            new AcceptanceTarget("压力", 1.5m, 2.5m, "MPa"),
            new AcceptanceTarget("转速", 100m, 200m, null),
            new AcceptanceTarget("长度", 3m, 4m, "m"),
            new AcceptanceTarget("宽度", 1m, 2m, null),
        ]);
    }

    [Fact]
    public void Clauses_without_a_name_or_a_number_are_not_targets()
    {
        AcceptanceTargets.Parse("").ShouldBeEmpty();
        AcceptanceTargets.Parse("；；").ShouldBeEmpty();
        AcceptanceTargets.Parse("≥ 90 %；90-92").ShouldBeEmpty();
        AcceptanceTargets.Parse("良率 ≥ 九十").ShouldBeEmpty();
    }
}
