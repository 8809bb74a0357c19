using Gaoxin.Scenes.Demands;

namespace Gaoxin.Scenes.Tests.Demands;

public sealed class DeadlineWindowRuleTests
{
    private static readonly DateOnly Today = new(2026, 3, 1);

    private static bool Passes(DateOnly deadline) => new DeadlineWindowRule().Check(new DeadlineFacts(deadline, Today)).Passed;

    [Fact]
    public void Today_passes_and_yesterday_does_not()
    {
        Passes(Today).ShouldBeTrue();
        Passes(Today.AddDays(-1)).ShouldBeFalse();
        new DeadlineWindowRule().Check(new DeadlineFacts(Today.AddDays(-1), Today)).Message.ShouldBe("截止日期不能早于今天。");
    }

    [Fact]
    public void Three_years_ahead_passes_and_a_day_more_does_not()
    {
        Passes(new DateOnly(2029, 3, 1)).ShouldBeTrue();
        Passes(new DateOnly(2029, 3, 2)).ShouldBeFalse();
        new DeadlineWindowRule().Check(new DeadlineFacts(new DateOnly(2029, 3, 2), Today)).Message.ShouldBe("截止日期不能晚于三年之后。");
    }
}
