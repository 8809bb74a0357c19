using Gaoxin.Scenes.Deals;

namespace Gaoxin.Scenes.Tests.Deals;

/// <summary>30 quiet days are normal, the 31st makes a working deal stalled; contracted and dropped deals never stall.</summary>
public sealed class DealStalledRuleTests
{
    private static readonly DateOnly Today = new(2026, 3, 31);

    [Theory]
    [InlineData(0, false)]
    [InlineData(29, false)]
    [InlineData(30, false)]
    [InlineData(31, true)]
    [InlineData(400, true)]
    public void A_working_deal_stalls_after_thirty_quiet_days(int quietDays, bool stalled)
    {
        foreach (var stage in new[] { DealStage.Matched, DealStage.Introduced, DealStage.Met, DealStage.Negotiating })
        {
            var outcome = new DealStalledRule().Check(new DealStallFacts(stage, Today.AddDays(-quietDays), Today));
            outcome.Passed.ShouldBe(!stalled, $"{stage} after {quietDays} days");
            outcome.Rule.ShouldBe(nameof(DealStalledRule));
            DealStalledRule.IsStalled(stage, Today.AddDays(-quietDays), Today).ShouldBe(stalled);
        }
    }

    [Theory]
    [InlineData(DealStage.Contracted)]
    [InlineData(DealStage.Dropped)]
    public void A_finished_deal_never_stalls(DealStage stage)
    {
        new DealStalledRule().Check(new DealStallFacts(stage, Today.AddDays(-365), Today)).Passed.ShouldBeTrue();
    }

    [Fact]
    public void The_refusal_names_the_last_step_and_the_quiet_days_and_the_cutoff_is_thirty_days_back()
    {
        var outcome = new DealStalledRule().Check(new DealStallFacts(DealStage.Met, Today.AddDays(-31), Today));
        outcome.Figures["无进展天数"].ShouldBe("31");
        outcome.Figures["最近进展"].ShouldBe("2026-02-28");
        DealStalledRule.Cutoff(Today).ShouldBe(Today.AddDays(-30));
    }
}
