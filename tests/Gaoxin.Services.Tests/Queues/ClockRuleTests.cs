using Gaoxin.Services.Approvals;
using Gaoxin.Services.Queues;

namespace Gaoxin.Services.Tests.Queues;

/// <summary>ClockWarningRule at 79% and 80% of limits of 1, 3, 5 and 20 working days, and ClockOverdueRule at 0 and −1 days left.</summary>
public sealed class ClockWarningRuleTests
{
    private static readonly ClockWarningRule Rule = new();

    [Theory]
    [InlineData(20, 4, true)]   // 16 of 20 used = 80%
    [InlineData(20, 5, false)]  // 15 of 20 = 75%
    [InlineData(5, 1, true)]    // 4 of 5 = 80%
    [InlineData(5, 2, false)]   // 3 of 5 = 60%
    [InlineData(3, 0, true)]    // 3 of 3: 2 of 3 (66.7%) is below 80%, so a three-day item is warned on its due day
    [InlineData(3, 1, false)]
    [InlineData(1, 0, true)]    // a one-day item is warned on its due day
    [InlineData(1, 1, false)]   // and not the day before
    public void An_item_is_warned_from_80_percent_of_its_limit(int limit, int remaining, bool warned)
    {
        var outcome = Rule.Check(new ClockFacts(limit, remaining));
        outcome.Passed.ShouldBe(!warned);
        outcome.Rule.ShouldBe(nameof(ClockWarningRule));
        ClockWarningRule.WarnAtRemaining(limit).ShouldBe(limit / 5, "the SQL threshold agrees with the rule");
        (remaining <= ClockWarningRule.WarnAtRemaining(limit)).ShouldBe(warned);
    }

    [Fact]
    public void Seventy_nine_percent_is_not_a_warning_and_eighty_is()
    {
        // A limit of 100 working days: 79 used (21 left) passes, 80 used (20 left) warns.
        Rule.Check(new ClockFacts(100, 21)).Passed.ShouldBeTrue();
        var warned = Rule.Check(new ClockFacts(100, 20));
        warned.Passed.ShouldBeFalse();
        warned.Figures["usedDays"].ShouldBe("80");
        ClockWarningRule.WarnAtRemaining(100).ShouldBe(20);
    }
}

public sealed class ClockOverdueRuleTests
{
    private static readonly ClockOverdueRule Rule = new();

    [Theory]
    [InlineData(5, 0, false)]
    [InlineData(5, -1, true)]
    [InlineData(1, 1, false)]
    [InlineData(20, -15, true)]
    public void An_item_is_late_only_once_a_working_day_past_its_due_day_has_begun(int limit, int remaining, bool late) =>
        Rule.Check(new ClockFacts(limit, remaining)).Passed.ShouldBe(!late);

    [Fact]
    public void A_paused_item_is_neither_warned_nor_late()
    {
        ClockStates.Of(ItemStatus.Correction, 5, -3).ShouldBe(ClockState.Paused);
        ClockStates.Of(ItemStatus.InReview, 5, -3).ShouldBe(ClockState.Overdue);
        ClockStates.Of(ItemStatus.InReview, 5, 1).ShouldBe(ClockState.Warning);
        ClockStates.Of(ItemStatus.InReview, 5, 2).ShouldBe(ClockState.Normal);
    }
}
