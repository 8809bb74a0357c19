using Gaoxin.Mobility.Fleet;

namespace Gaoxin.Mobility.Tests.Fleet;

public sealed class DesignSpeedWithinLimitRuleTests
{
    private readonly DesignSpeedWithinLimitRule _rule = new();

    [Theory]
    [InlineData(40, true)] // the limit itself
    [InlineData(41, false)]
    public void Up_to_the_limit_included(int speed, bool passes) =>
        _rule.Check(Facts.Eligible() with { DesignSpeedKmh = speed }).Passed.ShouldBe(passes);

    [Fact]
    public void The_reasons_give_the_figures()
    {
        _rule.Check(Facts.Eligible() with { DesignSpeedKmh = 60 }).Message.ShouldBe("设计车速超限：60 km/h，上限 40 km/h。");
        _rule.Check(Facts.Eligible()).Message.ShouldBe("设计车速合规：40 km/h（上限 40 km/h）。");
    }
}
