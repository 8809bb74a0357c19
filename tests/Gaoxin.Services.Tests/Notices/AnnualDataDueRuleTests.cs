using Gaoxin.Services.ServicePage;

namespace Gaoxin.Services.Tests.Notices;

/// <summary>Last year's annual data: due by 30 June, reminded from 1 January; nothing once filed.</summary>
public sealed class AnnualDataDueRuleTests
{
    private static readonly AnnualDataDueRule Rule = new();

    [Theory]
    [InlineData("2027-01-01", DueStanding.Due, 180)]
    [InlineData("2027-06-30", DueStanding.Due, 0)]
    [InlineData("2027-07-01", DueStanding.Overdue, -1)]
    public void Not_filed(string today, DueStanding standing, int daysLeft)
    {
        var due = Rule.Assess(new AnnualDataFacts(DateOnly.Parse(today), FiledLastYear: false)).ShouldNotBeNull();
        due.DueOn.ShouldBe(new DateOnly(2027, 6, 30));
        due.Standing.ShouldBe(standing);
        due.DaysLeft.ShouldBe(daysLeft);
        Rule.Check(new AnnualDataFacts(DateOnly.Parse(today), false)).Message.ShouldContain("2026 年度数据尚未填报");
    }

    [Fact]
    public void Filed_nothing_is_due()
    {
        Rule.Assess(new AnnualDataFacts(new DateOnly(2027, 7, 1), FiledLastYear: true)).ShouldBeNull();
        Rule.Check(new AnnualDataFacts(new DateOnly(2027, 7, 1), true)).Passed.ShouldBeTrue();
    }
}
