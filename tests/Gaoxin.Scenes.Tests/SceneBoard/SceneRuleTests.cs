using Gaoxin.Scenes.SceneBoard;

namespace Gaoxin.Scenes.Tests.SceneBoard;

public sealed class ProposalWindowRuleTests
{
    private static readonly DateOnly Due = new(2026, 3, 31);

    [Fact]
    public void The_due_day_itself_still_takes_proposals_and_the_day_after_does_not()
    {
        new ProposalWindowRule().Check(new(SceneStatus.Published, Due, Due)).Passed.ShouldBeTrue();
        var late = new ProposalWindowRule().Check(new(SceneStatus.Published, Due.AddDays(1), Due));
        late.Passed.ShouldBeFalse();
        late.Message.ShouldContain("已于 2026-03-31 截止");
        late.Rule.ShouldBe(nameof(ProposalWindowRule));
    }

    [Theory]
    [InlineData(SceneStatus.Draft)]
    [InlineData(SceneStatus.Closed)]
    [InlineData(SceneStatus.Adopted)]
    [InlineData(SceneStatus.Withdrawn)]
    public void Only_a_published_scene_takes_proposals(SceneStatus status) =>
        new ProposalWindowRule().Check(new(status, Due.AddDays(-10), Due)).Passed.ShouldBeFalse();
}

public sealed class ReadinessRuleTests
{
    [Theory]
    [InlineData(6, 7, false)]
    [InlineData(7, 7, true)]
    [InlineData(8, 7, true)]
    public void The_proposal_reaches_the_minimum_readiness(int proposed, int minimum, bool passes)
    {
        var outcome = new ReadinessRule().Check(new(proposed, minimum));
        outcome.Passed.ShouldBe(passes);
        if (!passes)
        {
            outcome.Figures["最低成熟度"].ShouldBe("7");
        }
    }
}

public sealed class CertificatesRuleTests
{
    [Theory]
    [InlineData("道路测试牌照", "道路测试牌照", true)]
    [InlineData("道路测试牌照、ISO 9001", "iso 9001，道路测试牌照", true)]
    [InlineData("道路测试牌照,CCC", " ccc , 道路测试牌照 ", true)]
    [InlineData(null, null, true)]
    [InlineData("", "CE", true)]
    [InlineData("道路测试牌照、CCC", "道路测试牌照", false)]
    [InlineData("CCC", null, false)]
    [InlineData("ISO 9001", "ISO 900", false)]
    public void Every_required_certificate_is_held(string? required, string? held, bool passes) =>
        new CertificatesRule().Check(new(required, held)).Passed.ShouldBe(passes);

    [Fact]
    public void The_refusal_names_what_is_missing() =>
        new CertificatesRule().Check(new("道路测试牌照、CCC、ISO 9001", "CCC")).Message.ShouldBe("缺少场景要求的资质：道路测试牌照、ISO 9001。");
}

public sealed class SceneDatesRuleTests
{
    private static readonly DateOnly Day = new(2026, 1, 10);

    [Fact]
    public void Due_on_the_day_of_publication_and_trial_ending_on_the_due_day_are_in_order() =>
        new SceneDatesRule().Check(new(Day, Day, Day)).Passed.ShouldBeTrue();

    [Fact]
    public void Due_before_publication_is_refused() =>
        new SceneDatesRule().Check(new(Day, Day.AddDays(-1), null)).Passed.ShouldBeFalse();

    [Fact]
    public void A_trial_ending_before_proposals_close_is_refused() =>
        new SceneDatesRule().Check(new(Day, Day.AddDays(30), Day.AddDays(29))).Passed.ShouldBeFalse();

    [Fact]
    public void No_trial_deadline_is_allowed() =>
        new SceneDatesRule().Check(new(Day, Day.AddDays(30), null)).Passed.ShouldBeTrue();
}

public sealed class BudgetRuleTests
{
    [Theory]
    [InlineData(SceneOffer.Budget, null, false)]
    [InlineData(SceneOffer.PurchaseCommitment, null, false)]
    [InlineData(SceneOffer.TestSite | SceneOffer.Budget, null, false)]
    [InlineData(SceneOffer.Budget, 0.0, true)]
    [InlineData(SceneOffer.TestSite | SceneOffer.Data, null, true)]
    [InlineData(SceneOffer.None, null, true)]
    [InlineData(SceneOffer.TestSite, -0.01, false)]
    [InlineData(SceneOffer.TestSite, 0.0, true)]
    public void A_budget_is_never_negative_and_is_required_with_money_on_offer(SceneOffer offers, double? budget, bool passes) =>
        new BudgetRule().Check(new(offers, budget is null ? null : (decimal)budget)).Passed.ShouldBe(passes);
}

public sealed class OutcomeReasonRuleTests
{
    [Theory]
    [InlineData(ProposalStatus.Declined, null, false)]
    [InlineData(ProposalStatus.Declined, "  ", false)]
    [InlineData(ProposalStatus.Declined, "续航不足", true)]
    [InlineData(ProposalStatus.TrialFailed, "", false)]
    [InlineData(ProposalStatus.TrialFailed, "准时率 80%", true)]
    [InlineData(ProposalStatus.Shortlisted, null, true)]
    [InlineData(ProposalStatus.TrialPassed, null, true)]
    public void A_decline_and_a_failed_trial_need_a_reason(ProposalStatus outcome, string? reason, bool passes) =>
        new OutcomeReasonRule().Check(new(outcome, reason)).Passed.ShouldBe(passes);
}

public sealed class TrialDayRuleTests
{
    private static readonly DateOnly Start = new(2026, 2, 1);
    private static readonly DateOnly EndsBy = new(2026, 5, 31);

    [Theory]
    [InlineData(-1, false)]
    [InlineData(0, true)]
    [InlineData(119, true)]
    [InlineData(120, false)]
    public void A_trial_ends_between_its_start_and_the_scene_s_trial_deadline(int daysAfterStart, bool passes) =>
        new TrialDayRule().Check(new(Start.AddDays(daysAfterStart), Start, EndsBy)).Passed.ShouldBe(passes);

    [Fact]
    public void Without_a_trial_deadline_only_the_start_bounds_it() =>
        new TrialDayRule().Check(new(Start.AddDays(1000), Start, null)).Passed.ShouldBeTrue();
}
