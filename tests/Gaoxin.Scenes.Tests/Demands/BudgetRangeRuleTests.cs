using Gaoxin.Scenes.Demands;

namespace Gaoxin.Scenes.Tests.Demands;

public sealed class BudgetRangeRuleTests
{
    private static bool Passes(decimal? min, decimal? max) => new BudgetRangeRule().Check(new BudgetFacts(min, max)).Passed;

    [Fact]
    public void No_budget_is_negotiable_and_zero_is_allowed() =>
        (Passes(null, null) && Passes(0m, 0m) && Passes(null, 0m) && Passes(0m, null)).ShouldBeTrue();

    [Fact]
    public void Negative_figures_are_refused()
    {
        Passes(-0.01m, null).ShouldBeFalse();
        Passes(null, -0.01m).ShouldBeFalse();
        new BudgetRangeRule().Check(new BudgetFacts(-1m, 5m)).Message.ShouldBe("预算不能为负数。");
    }

    [Fact]
    public void Ten_billion_is_the_ceiling()
    {
        Passes(BudgetRangeRule.Ceiling, BudgetRangeRule.Ceiling).ShouldBeTrue();
        Passes(null, BudgetRangeRule.Ceiling + 0.01m).ShouldBeFalse();
        Passes(BudgetRangeRule.Ceiling + 0.01m, null).ShouldBeFalse();
        BudgetRangeRule.Ceiling.ShouldBe(10_000_000_000m);
    }

    [Fact]
    public void The_minimum_may_equal_but_not_exceed_the_maximum()
    {
        Passes(500_000m, 500_000m).ShouldBeTrue();
        Passes(500_000.01m, 500_000m).ShouldBeFalse();
        new BudgetRangeRule().Check(new BudgetFacts(2m, 1m)).Message.ShouldBe("预算下限不能高于上限。");
    }
}
