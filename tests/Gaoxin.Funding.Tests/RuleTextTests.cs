using System.Globalization;
using Gaoxin.Contracts.TechTransfer;
using Gaoxin.Funding.Awards;
using Gaoxin.Funding.Instruments;
using Gaoxin.Funding.Policy;
using Gaoxin.Funding.Proposals;
using Gaoxin.Kernel.Money;
using Gaoxin.Kernel.Rules;
using Gaoxin.Kernel.Zones;

namespace Gaoxin.Funding.Tests;

/// <summary>
/// What a person reads when a fund rule refuses: each rule's explanation and figures, word for word (issue #23), and the
/// boundaries the plain pass/fail tests in <see cref="RuleTests"/> leave open.
/// </summary>
public sealed class AwardRuleTextTests
{
    private static AwardFacts Facts(decimal requested, string? grade = "B", decimal ceiling = 3_000_000m, decimal eligible = 100_000_000m, decimal share = 0.40m,
        decimal projectCommitted = 0m, decimal cap = 5_000_000m, decimal budget = 20_000_000m, decimal returned = 0m, decimal committed = 0m) =>
        new(requested, grade, ceiling, eligible, share, projectCommitted, cap, budget, returned, committed, 2026);

    [Fact]
    public void Below_grade_c_is_refused_whatever_the_amount()
    {
        var outcome = new WithinGradeCeilingRule().Check(Facts(0m, grade: null));
        outcome.Passed.ShouldBeFalse();
        outcome.Rule.ShouldBe(nameof(WithinGradeCeilingRule));
        outcome.Message.ShouldBe("项目筛选评分未达到 C 级（或尚未评分），不予支持。");
        outcome.Figures["requested"].ShouldBe("0.00 元");
        outcome.Figures["grade"].ShouldBe("无");
    }

    [Fact]
    public void Over_the_grade_ceiling_names_the_grade_and_the_ceiling()
    {
        var outcome = new WithinGradeCeilingRule().Check(Facts(1_500_000.01m, grade: "C", ceiling: 1_500_000m));
        outcome.Message.ShouldBe("申请金额 1,500,000.01 元 超过 C 级项目上限 1,500,000.00 元。");
        outcome.Figures["requested"].ShouldBe("1,500,000.01 元");
        outcome.Figures["grade"].ShouldBe("C");
        outcome.Figures["ceiling"].ShouldBe("1,500,000.00 元");
        new WithinGradeCeilingRule().Check(Facts(1_500_000m, grade: "C", ceiling: 1_500_000m)).Message.ShouldBe(string.Empty);
    }

    [Fact]
    public void Over_the_fundable_share_shows_the_cost_the_share_and_the_limit()
    {
        var before = CultureInfo.CurrentCulture;
        CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo("zh-CN"); // the app answers in zh-CN
        try
        {
            var outcome = new WithinFundableShareRule().Check(Facts(493_827.16m, eligible: 1_234_567.89m, share: 0.40m));
            outcome.Message.ShouldBe("申请金额 493,827.16 元 超过可支持比例：合规中试成本 1,234,567.89 元 × 40% = 493,827.15 元。");
            outcome.Figures["requested"].ShouldBe("493,827.16 元");
            outcome.Figures["eligibleCost"].ShouldBe("1,234,567.89 元");
            outcome.Figures["share"].ShouldBe((0.40m).ToString("P0", CultureInfo.InvariantCulture));
            outcome.Figures["remaining"].ShouldBe("493,827.15 元");
        }
        finally
        {
            CultureInfo.CurrentCulture = before;
        }
    }

    [Theory]
    [InlineData(0.01, 0.5, 0.00)]        // half a fen is not a fen
    [InlineData(0.03, 0.5, 0.01)]        // 1.5 fen → 1 fen, rounded down
    [InlineData(1_000.00, 0.333, 333.00)]
    [InlineData(999.99, 1.0, 999.99)]
    public void The_share_limit_is_rounded_down_to_the_fen(decimal eligible, decimal share, decimal limit) =>
        WithinFundableShareRule.Limit(Facts(0m, eligible: eligible, share: share)).ShouldBe(limit);

    [Fact]
    public void Over_the_project_cap_shows_what_is_left_of_it()
    {
        var outcome = new WithinProjectCapRule().Check(Facts(1_000_000.01m, projectCommitted: 4_000_000m));
        outcome.Message.ShouldBe("申请金额 1,000,000.01 元 超过该项目剩余额度 1,000,000.00 元（累计上限 5,000,000.00 元，已获支持 4,000,000.00 元）。");
        outcome.Figures["requested"].ShouldBe("1,000,000.01 元");
        outcome.Figures["cap"].ShouldBe("5,000,000.00 元");
        outcome.Figures["committed"].ShouldBe("4,000,000.00 元");
        new WithinProjectCapRule().Check(Facts(1_000_000m, projectCommitted: 4_000_000m)).Passed.ShouldBeTrue();
    }

    [Fact]
    public void Over_the_year_budget_names_the_year_and_its_figures()
    {
        var outcome = new WithinYearBudgetRule().Check(Facts(1_500_000.01m, budget: 10_000_000m, returned: 500_000m, committed: 9_000_000m));
        outcome.Message.ShouldBe("申请金额 1,500,000.01 元 超过 2026 年度可用预算 1,500,000.00 元。");
        outcome.Figures["budget"].ShouldBe("10,000,000.00 元");
        outcome.Figures["returned"].ShouldBe("500,000.00 元");
        outcome.Figures["committed"].ShouldBe("9,000,000.00 元");
        outcome.Figures["remaining"].ShouldBe("1,500,000.00 元");
        new WithinYearBudgetRule().Check(Facts(1_500_000m, budget: 10_000_000m, returned: 500_000m, committed: 9_000_000m)).Passed.ShouldBeTrue();
    }

    [Fact]
    public void Enforce_refuses_with_the_first_failing_rule_in_order()
    {
        AwardRules.All.Select(r => r.Name).ShouldBe([nameof(WithinGradeCeilingRule), nameof(WithinFundableShareRule), nameof(WithinProjectCapRule), nameof(WithinYearBudgetRule)]);
        Should.NotThrow(() => AwardRules.Enforce(Facts(1_000_000m)));
        var refusal = Should.Throw<Refusal>(() => AwardRules.Enforce(Facts(6_000_000m, ceiling: 7_000_000m, budget: 1_000_000m)));
        refusal.Kind.ShouldBe(RefusalKind.Rule);
        refusal.Rule.ShouldBe(nameof(WithinProjectCapRule));
        Should.Throw<Refusal>(() => AwardRules.Enforce(Facts(2_000_000m, budget: 1_000_000m))).Rule.ShouldBe(nameof(WithinYearBudgetRule));
    }
}

public sealed class SubmissionRuleTextTests
{
    [Fact]
    public void The_duplicate_refusal_carries_the_amount_and_the_year()
    {
        var first = new OpenApplication(2027, Instrument.Grant, 88_000.5m, 500_000m, "材料");
        var outcome = new NoDuplicateOpenApplicationRule().Check(new SubmissionFacts(first, [first]));
        outcome.Figures["amount"].ShouldBe("88,000.50 元");
        outcome.Figures["fundYear"].ShouldBe("2027");
    }

    [Fact]
    public void No_facts_is_a_programming_error_not_a_refusal() =>
        Should.Throw<ArgumentNullException>(() => new NoDuplicateOpenApplicationRule().Check(null!));
}

public sealed class TrancheRuleTextTests
{
    private static readonly RelayMilestone Pilot = new(Guid.NewGuid(), Guid.NewGuid(), PlanKind.Pilot, "中试线建成", new DateOnly(2026, 6, 30), MilestoneState.Submitted, null);

    [Fact]
    public void The_signing_tranche_needs_no_milestone()
    {
        var outcome = new TrancheMilestoneAcceptedRule().Check(new TrancheFacts(1, null, null));
        outcome.Passed.ShouldBeTrue();
        outcome.Message.ShouldBe("签约分期");
    }

    [Fact]
    public void A_first_tranche_linked_to_a_milestone_waits_for_it_like_any_other()
    {
        var outcome = new TrancheMilestoneAcceptedRule().Check(new TrancheFacts(1, Pilot.Id, Pilot));
        outcome.Passed.ShouldBeFalse();
        outcome.Message.ShouldBe("第 1 期对应的里程碑“中试线建成”尚未验收通过，不能拨付。");
        outcome.Figures["tranche"].ShouldBe("1");
        outcome.Figures["milestone"].ShouldBe("中试线建成");
        outcome.Figures["state"].ShouldBe("Submitted");
    }

    [Fact]
    public void A_later_tranche_without_its_milestone_is_refused_by_name()
    {
        var unlinked = new TrancheMilestoneAcceptedRule().Check(new TrancheFacts(3, null, null));
        unlinked.Message.ShouldBe("第 3 期尚未关联项目计划中的里程碑，不能拨付。");
        unlinked.Figures["tranche"].ShouldBe("3");
        // Linked to a milestone the plan no longer has: the same refusal, not a crash.
        var lost = new TrancheMilestoneAcceptedRule().Check(new TrancheFacts(2, Pilot.Id, null));
        lost.Passed.ShouldBeFalse();
        lost.Message.ShouldBe("第 2 期尚未关联项目计划中的里程碑，不能拨付。");
    }

    [Fact]
    public void A_payment_over_the_tranche_rest_shows_the_rest()
    {
        var outcome = new WithinTrancheRule().Check(new TrancheAmountFacts(250_000.01m, 400_000m, 150_000m));
        outcome.Rule.ShouldBe(nameof(WithinTrancheRule));
        outcome.Message.ShouldBe("拨付金额 250,000.01 元 超过本期未拨余额 250,000.00 元。");
        outcome.Figures["requested"].ShouldBe("250,000.01 元");
        outcome.Figures["tranche"].ShouldBe("400,000.00 元");
        outcome.Figures["paid"].ShouldBe("150,000.00 元");
        outcome.Figures["remaining"].ShouldBe("250,000.00 元");
    }

    [Theory]
    [InlineData(7_000_000.00, true)]
    [InlineData(6_999_999.99, false)]
    public void A_budget_may_fall_to_the_commitments_less_returns(decimal budget, bool passes)
    {
        var outcome = new BudgetCoversCommitmentsRule().Check(new BudgetFacts(budget, 10_000_000m, 3_000_000m, 2028));
        outcome.Passed.ShouldBe(passes);
        if (!passes)
        {
            outcome.Rule.ShouldBe(nameof(BudgetCoversCommitmentsRule));
            outcome.Message.ShouldBe("2028 年度预算 6,999,999.99 元 低于已承诺金额 7,000,000.00 元（扣除回流后）。");
            outcome.Figures["requested"].ShouldBe("6,999,999.99 元");
            outcome.Figures["committed"].ShouldBe("10,000,000.00 元");
            outcome.Figures["returned"].ShouldBe("3,000,000.00 元");
        }
    }

    [Fact]
    public void The_schedule_splits_by_the_policy_and_the_last_part_takes_the_rounding_rest()
    {
        var award = new Award { Amount = Money.Of(100_000.01m) };
        var policy = FundingPolicy.Defaults(ZoneId.New(), new DateOnly(2026, 1, 1)); // 40% / 40% / 20%
        var design = Pilot with { Id = Guid.NewGuid(), Plan = PlanKind.Industrialization, Title = "设计定型", Due = new DateOnly(2026, 3, 1) };
        var acceptance = Pilot with { Id = Guid.NewGuid(), Plan = PlanKind.Industrialization, Title = "验收", Due = new DateOnly(2026, 12, 1) };
        var tranches = TrancheSchedule.For(award, policy, [acceptance, Pilot, design]).ToList();

        tranches.Select(t => t.Number).ShouldBe([1, 2, 3]);
        tranches.Select(t => t.Label).ShouldBe(["签约", "中试里程碑", "验收"]);
        tranches.Select(t => t.Share).ShouldBe([0.40m, 0.40m, 0.20m]);
        tranches.Select(t => t.Amount.Yuan).ShouldBe([40_000m, 40_000m, 20_000.01m]); // 40,000.004 twice, the rest last
        tranches.Sum(t => t.Amount.Yuan).ShouldBe(100_000.01m);
        tranches[0].MilestoneId.ShouldBeNull();
        tranches[1].MilestoneId.ShouldBe(Pilot.Id);      // the pilot milestone, though another is due earlier
        tranches[2].MilestoneId.ShouldBe(acceptance.Id); // the last one due
    }

    [Fact]
    public void Without_a_pilot_milestone_the_first_due_one_stands_in_and_the_last_other_is_acceptance()
    {
        var award = new Award { Amount = Money.Of(1_000m) };
        var policy = FundingPolicy.Defaults(ZoneId.New(), new DateOnly(2026, 1, 1));
        var early = Pilot with { Id = Guid.NewGuid(), Plan = PlanKind.Industrialization, Title = "早", Due = new DateOnly(2026, 2, 1) };
        var late = Pilot with { Id = Guid.NewGuid(), Plan = PlanKind.Industrialization, Title = "晚", Due = new DateOnly(2026, 9, 1) };
        var tranches = TrancheSchedule.For(award, policy, [late, early]).ToList();
        tranches[1].MilestoneId.ShouldBe(early.Id);
        tranches[2].MilestoneId.ShouldBe(late.Id);

        var alone = TrancheSchedule.For(award, policy, [early]).ToList();
        alone[1].MilestoneId.ShouldBe(early.Id);
        alone[2].MilestoneId.ShouldBeNull(); // acceptance is never the pilot milestone again
        TrancheSchedule.For(award, policy, []).All(t => t.MilestoneId is null).ShouldBeTrue();
    }
}

public sealed class InstrumentRuleTextTests
{
    private static readonly DateOnly From = new(2029, 1, 1);

    [Theory]
    [InlineData(null)]
    [InlineData(0.0)]
    [InlineData(-1.0)]
    public void Conversion_needs_a_positive_price_per_share(double? price)
    {
        var outcome = new ConversionTriggerMetRule().Check(new ConversionFacts(ConversionTrigger.Agreement, From, From, true, "A 轮", (decimal?)price));
        outcome.Passed.ShouldBeFalse();
        outcome.Rule.ShouldBe(nameof(ConversionTriggerMetRule));
        outcome.Message.ShouldBe("转股须给出每股价格（外部融资轮次价格或协商价格）。");
    }

    [Fact]
    public void Each_trigger_explains_what_it_lacks()
    {
        var rule = new ConversionTriggerMetRule();
        rule.Check(new ConversionFacts(ConversionTrigger.OutsideRound, From, From, true, "  ", 0.01m)).Message.ShouldBe("以外部融资为触发条件时须写明融资轮次。");
        var early = rule.Check(new ConversionFacts(ConversionTrigger.DateReached, From.AddDays(-1), From, true, null, 1m));
        early.Message.ShouldBe("约定转股日期 2029-01-01 未到。");
        early.Figures["convertibleFrom"].ShouldBe("2029-01-01");
        rule.Check(new ConversionFacts(ConversionTrigger.DateReached, From.AddDays(1), From, false, null, 1m)).Message.ShouldBe("约定日期触发转股要求项目公司已注册。");
        rule.Check(new ConversionFacts(ConversionTrigger.DateReached, From.AddDays(1), From, true, null, 1m)).Passed.ShouldBeTrue();
        rule.Check(new ConversionFacts(ConversionTrigger.Agreement, From.AddDays(-1), From, false, null, 1m)).Passed.ShouldBeTrue();
        rule.Check(new ConversionFacts(ConversionTrigger.OutsideRound, From.AddDays(-1), From, false, "天使轮", 1m)).Passed.ShouldBeTrue();
    }

    [Fact]
    public void A_write_off_explains_which_step_is_missing()
    {
        var rule = new WriteOffRequiresApprovedReviewRule();
        var review = new DiligenceReview { Findings = "决策程序合规。", DiligenceDocumented = true };
        rule.Check(new WriteOffFacts(null, [])).Message.ShouldBe("核销前须完成尽职免责审查。");
        rule.Check(new WriteOffFacts(new DiligenceReview { Findings = "未尽职", DiligenceDocumented = false }, [])).Message.ShouldBe("审查未记录已勤勉尽责，不适用尽职免责，不能核销。");
        var none = rule.Check(new WriteOffFacts(review, []));
        none.Message.ShouldBe("尽职免责审查尚缺以下审批：创新中心运营方、管委会。");
        none.Figures["approvals"].ShouldBe(string.Empty);
        var operatorOnly = rule.Check(new WriteOffFacts(review, ["CenterOperator", "Expert"]));
        operatorOnly.Message.ShouldBe("尽职免责审查尚缺以下审批：管委会。");
        operatorOnly.Figures["approvals"].ShouldBe("CenterOperator,Expert");
        WriteOffRequiresApprovedReviewRule.RequiredRoles.ShouldBe(["CenterOperator", "ZoneAdmin"]);
    }

    [Fact]
    public void Settling_before_the_deadline_names_the_deadline()
    {
        var outcome = new DeadlineReachedRule().Check(new DeadlineFacts(new DateOnly(2031, 2, 28), new DateOnly(2031, 3, 1)));
        outcome.Rule.ShouldBe(nameof(DeadlineReachedRule));
        outcome.Message.ShouldBe("先投后股期限 2031-03-01 未到，不能按到期结清。");
        outcome.Figures["deadline"].ShouldBe("2031-03-01");
    }

    [Fact]
    public void A_return_cap_never_falls_below_the_principal_for_dates_out_of_order() =>
        EquityMath.ReturnCap(1_000_000m, 0.045m, new DateOnly(2026, 1, 1), new DateOnly(2025, 1, 1)).ShouldBe(1_000_000m);

    [Fact]
    public void The_conversion_price_keeps_six_decimals_rounding_half_away_from_zero() =>
        EquityMath.ConversionPrice(1.0000025m, 0m).ShouldBe(1.000003m);

    [Fact]
    public void Enforce_throws_the_rules_refusal_and_is_silent_on_a_pass()
    {
        Should.NotThrow(() => RuleCheck.Enforce(new DeadlineReachedRule(), new DeadlineFacts(new DateOnly(2031, 3, 1), new DateOnly(2031, 3, 1))));
        var refusal = Should.Throw<Refusal>(() => RuleCheck.Enforce(new DeadlineReachedRule(), new DeadlineFacts(new DateOnly(2031, 2, 28), new DateOnly(2031, 3, 1))));
        refusal.Rule.ShouldBe(nameof(DeadlineReachedRule));
        refusal.Message.ShouldBe("先投后股期限 2031-03-01 未到，不能按到期结清。");
        InstrumentYuan.Show(1_234.5m).ShouldBe("1,234.50 元");
    }
}

public sealed class ProposalRuleTextTests
{
    private static readonly DateOnly Started = new(2026, 3, 15);

    [Fact]
    public void A_refusal_carries_the_principal_the_price_and_the_discount()
    {
        var outcome = new ConversionProposalRule().Check(new ProposalFacts(1_000_000.5m, 100_000_000m, 12.5m, 1m, Started, Started));
        outcome.Passed.ShouldBeFalse();
        outcome.Message.ShouldBe("转股折扣应在 0 至 100%（不含）之间。");
        outcome.Figures["principal"].ShouldBe("1000000.50");
        outcome.Figures["pricePerShare"].ShouldBe("12.5");
        outcome.Figures["discount"].ShouldBe("1");
    }

    [Theory]
    [InlineData(-1, 10, 100)]
    [InlineData(1, -0.01, 100)]
    [InlineData(1, 10, -0.01)]
    public void Negative_principal_price_or_valuation_is_refused(decimal principal, decimal price, decimal pre) =>
        new ConversionProposalRule().Check(new ProposalFacts(principal, pre, price, 0.2m, Started, Started)).Passed.ShouldBeFalse();

    [Fact]
    public void The_stake_of_the_pre_money_is_cut_not_rounded_at_six_decimals() =>
        ProposedStake.Of(new ProposalFacts(2m, 3m, 1m, 0m, Started, Started)).StakeOfPreMoney.ShouldBe(0.666666m);
}
