using Gaoxin.Services.ServicePage;

namespace Gaoxin.Services.Tests.Notices;

/// <summary>An open project milestone: reminded from 30 days before its date, overdue the day after; accepted, done.</summary>
public sealed class MilestoneDueRuleTests
{
    private static readonly MilestoneDueRule Rule = new();
    private static readonly DateOnly Due = new(2026, 10, 31);

    [Theory]
    [InlineData(-31, DueStanding.NotYet)]
    [InlineData(-30, DueStanding.Due)]
    [InlineData(0, DueStanding.Due)]
    [InlineData(1, DueStanding.Overdue)]
    public void Open_milestone(int offset, DueStanding standing) =>
        Rule.Assess(new MilestoneFacts("钠电池中试", "中试线调试完成", Due, Open: true, Due.AddDays(offset)))!.Standing.ShouldBe(standing);

    [Fact]
    public void Accepted_milestone_is_not_followed() =>
        Rule.Assess(new MilestoneFacts("钠电池中试", "中试线调试完成", Due, Open: false, Due.AddDays(5))).ShouldBeNull();
}
