using Gaoxin.Funding.Awards;
using Gaoxin.Funding.Instruments;
using Gaoxin.Contracts.TechTransfer;

namespace Gaoxin.Funding.Tests;

/// <summary>Each named rule at its boundary: exactly at the limit passes, one fen over is refused with the rule's name and numbers.</summary>
public sealed class RuleTests
{
    private static AwardFacts Facts(decimal requested, string? grade = "B", decimal ceiling = 3_000_000m, decimal eligible = 100_000_000m, decimal share = 0.40m,
        decimal projectCommitted = 0m, decimal cap = 5_000_000m, decimal budget = 20_000_000m, decimal returned = 0m, decimal committed = 0m) =>
        new(requested, grade, ceiling, eligible, share, projectCommitted, cap, budget, returned, committed, 2026);

    [Theory]
    [InlineData(3_000_000.00, true)]
    [InlineData(3_000_000.01, false)]
    public void Grade_ceiling(decimal requested, bool passes)
    {
        var outcome = new WithinGradeCeilingRule().Check(Facts(requested));
        outcome.Passed.ShouldBe(passes);
        if (!passes)
        {
            outcome.Rule.ShouldBe(nameof(WithinGradeCeilingRule));
            outcome.Message.ShouldContain("3,000,000.01");
            outcome.Figures["remaining"].ShouldBe("3,000,000.00 元");
        }
    }

    [Fact]
    public void Grade_ceiling_refuses_a_project_below_grade_c()
    {
        var outcome = new WithinGradeCeilingRule().Check(Facts(0.01m, grade: null, ceiling: 0));
        outcome.Passed.ShouldBeFalse();
        outcome.Message.ShouldContain("不予支持");
    }

    [Theory]
    [InlineData(1_234_567.89, 0.40, 493_827.15, true)] // 1,234,567.89 × 40% = 493,827.156 → limit 493,827.15 (rounded down)
    [InlineData(1_234_567.89, 0.40, 493_827.16, false)]
    [InlineData(2_000_000.00, 0.30, 600_000.00, true)]
    [InlineData(2_000_000.00, 0.30, 600_000.01, false)]
    public void Fundable_share(decimal eligible, decimal share, decimal requested, bool passes)
    {
        var outcome = new WithinFundableShareRule().Check(Facts(requested, eligible: eligible, share: share));
        outcome.Passed.ShouldBe(passes);
        if (!passes)
        {
            outcome.Rule.ShouldBe(nameof(WithinFundableShareRule));
        }
    }

    [Theory]
    [InlineData(3_000_000.00, 2_000_000.00, true, null)]
    [InlineData(3_000_000.00, 2_000_000.01, false, "2,000,000.00 元")]
    [InlineData(5_000_000.00, 0.01, false, "0.00 元")]
    public void Project_cap_across_years(decimal alreadyCommitted, decimal requested, bool passes, string? remaining)
    {
        var outcome = new WithinProjectCapRule().Check(Facts(requested, projectCommitted: alreadyCommitted));
        outcome.Passed.ShouldBe(passes);
        if (!passes)
        {
            outcome.Rule.ShouldBe(nameof(WithinProjectCapRule));
            outcome.Figures["remaining"].ShouldBe(remaining);
        }
    }

    [Theory]
    [InlineData(19_000_000.00, 0.00, 1_000_000.00, true, null, null)]
    [InlineData(19_000_000.00, 0.00, 1_000_000.01, false, "1,000,000.01 元", "1,000,000.00 元")]
    [InlineData(19_000_000.00, 250_000.00, 1_250_000.00, true, null, null)] // returns credited this year add to what is available
    [InlineData(19_000_000.00, 250_000.00, 1_250_000.01, false, "1,250,000.01 元", "1,250,000.00 元")]
    public void Year_budget(decimal committed, decimal returned, decimal requested, bool passes, string? requestedText, string? remaining)
    {
        var outcome = new WithinYearBudgetRule().Check(Facts(requested, committed: committed, returned: returned));
        outcome.Passed.ShouldBe(passes);
        if (!passes)
        {
            outcome.Rule.ShouldBe(nameof(WithinYearBudgetRule));
            outcome.Figures["requested"].ShouldBe(requestedText);
            outcome.Figures["remaining"].ShouldBe(remaining);
        }
    }

    [Theory]
    [InlineData(400_000.00, 0.00, 400_000.00, true)]
    [InlineData(400_000.00, 0.00, 400_000.01, false)]
    [InlineData(400_000.00, 150_000.00, 250_000.00, true)]
    [InlineData(400_000.00, 150_000.00, 250_000.01, false)]
    public void Payment_within_tranche(decimal tranche, decimal paid, decimal requested, bool passes) =>
        new WithinTrancheRule().Check(new TrancheAmountFacts(requested, tranche, paid)).Passed.ShouldBe(passes);

    [Fact]
    public void A_tranche_waits_for_its_milestone_to_be_accepted()
    {
        var rule = new TrancheMilestoneAcceptedRule();
        var open = new RelayMilestone(Guid.NewGuid(), Guid.NewGuid(), PlanKind.Pilot, "中试线建成", new DateOnly(2026, 6, 30), MilestoneState.Submitted, null);
        rule.Check(new TrancheFacts(1, null, null)).Passed.ShouldBeTrue();
        rule.Check(new TrancheFacts(2, null, null)).Passed.ShouldBeFalse();
        rule.Check(new TrancheFacts(2, open.Id, open)).Passed.ShouldBeFalse();
        rule.Check(new TrancheFacts(2, open.Id, open with { State = MilestoneState.SentBack })).Passed.ShouldBeFalse();
        rule.Check(new TrancheFacts(2, open.Id, open with { State = MilestoneState.Accepted })).Passed.ShouldBeTrue();
    }

    [Theory]
    [InlineData(10_000_000.00, 10_000_000.00, true)]
    [InlineData(9_999_999.99, 10_000_000.00, false)]
    public void A_budget_never_drops_below_commitments(decimal budget, decimal committed, bool passes) =>
        new BudgetCoversCommitmentsRule().Check(new BudgetFacts(budget, committed, 0m, 2026)).Passed.ShouldBe(passes);

    [Fact]
    public void Write_off_needs_a_documented_review_approved_by_operator_and_zone_admin()
    {
        var rule = new WriteOffRequiresApprovedReviewRule();
        var review = new DiligenceReview { Findings = "市场变化导致项目失败，决策程序合规。", DiligenceDocumented = true };
        rule.Check(new WriteOffFacts(null, [])).Passed.ShouldBeFalse();
        rule.Check(new WriteOffFacts(review, ["CenterOperator"])).Passed.ShouldBeFalse();
        rule.Check(new WriteOffFacts(review, ["ZoneAdmin"])).Message.ShouldContain("创新中心运营方");
        rule.Check(new WriteOffFacts(review, ["CenterOperator", "ZoneAdmin"])).Passed.ShouldBeTrue();
        rule.Check(new WriteOffFacts(new DiligenceReview { Findings = "未尽职", DiligenceDocumented = false }, ["CenterOperator", "ZoneAdmin"])).Passed.ShouldBeFalse();
    }

    [Theory]
    [InlineData("2031-03-01", true)]
    [InlineData("2031-02-28", false)]
    public void Deadline_settlement_only_from_the_deadline(string on, bool passes) =>
        new DeadlineReachedRule().Check(new DeadlineFacts(DateOnly.Parse(on, System.Globalization.CultureInfo.InvariantCulture), new DateOnly(2031, 3, 1))).Passed.ShouldBe(passes);

    [Fact]
    public void Conversion_triggers()
    {
        var rule = new ConversionTriggerMetRule();
        var from = new DateOnly(2029, 1, 1);
        rule.Check(new ConversionFacts(ConversionTrigger.OutsideRound, new DateOnly(2027, 1, 1), from, false, "A 轮", 10m)).Passed.ShouldBeTrue();
        rule.Check(new ConversionFacts(ConversionTrigger.OutsideRound, new DateOnly(2027, 1, 1), from, false, null, 10m)).Passed.ShouldBeFalse();
        rule.Check(new ConversionFacts(ConversionTrigger.DateReached, new DateOnly(2028, 12, 31), from, true, null, 10m)).Passed.ShouldBeFalse();
        rule.Check(new ConversionFacts(ConversionTrigger.DateReached, from, from, true, null, 10m)).Passed.ShouldBeTrue();
        rule.Check(new ConversionFacts(ConversionTrigger.DateReached, from, from, false, null, 10m)).Passed.ShouldBeFalse();
        rule.Check(new ConversionFacts(ConversionTrigger.Agreement, from, from, false, null, 0m)).Passed.ShouldBeFalse();
    }
}

public sealed class EquityMathTests
{
    [Theory]
    [InlineData(1_000_000.00, 10.00, 0.20, 8.00, 125_000)]       // 1,000,000 ÷ (10 × 0.8)
    [InlineData(1_000_000.00, 3.00, 0.20, 2.40, 416_666)]        // 416,666.67 → whole shares, rounded down
    [InlineData(2_500_000.00, 12.50, 0.00, 12.50, 200_000)]
    [InlineData(600_000.00, 7.35, 0.15, 6.2475, 96_038)]         // 600,000 ÷ 6.2475 = 96,038.4
    public void Stake_is_amount_over_discounted_round_price(decimal principal, decimal price, decimal discount, decimal conversionPrice, decimal shares)
    {
        EquityMath.ConversionPrice(price, discount).ShouldBe(conversionPrice);
        EquityMath.Shares(principal, price, discount).ShouldBe(shares);
    }

    [Theory]
    [InlineData(1_000_000.00, 0.045, "2025-01-01", "2026-01-01", 1_045_000.00)]   // one year at 4.5%
    [InlineData(1_000_000.00, 0.045, "2025-01-01", "2027-01-01", 1_090_000.00)]   // 730 days, simple interest
    [InlineData(1_000_000.00, 0.045, "2025-01-01", "2025-01-01", 1_000_000.00)]
    [InlineData(999_999.99, 0.045, "2025-01-01", "2025-04-11", 1_012_328.75)]     // 100 days: 999,999.99 + 12,328.767… → down to the fen
    public void Reasonable_return_cap_is_principal_plus_simple_interest(decimal principal, decimal rate, string from, string to, decimal expected) =>
        EquityMath.ReturnCap(principal, rate, DateOnly.Parse(from, System.Globalization.CultureInfo.InvariantCulture), DateOnly.Parse(to, System.Globalization.CultureInfo.InvariantCulture)).ShouldBe(expected);
}
