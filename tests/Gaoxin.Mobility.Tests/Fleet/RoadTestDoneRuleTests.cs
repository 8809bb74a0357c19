using Gaoxin.Mobility.Fleet;

namespace Gaoxin.Mobility.Tests.Fleet;

public sealed class RoadTestDoneRuleTests
{
    private readonly RoadTestDoneRule _rule = new();

    private static EligibilityFacts With(params RoadTestFact[] tests) => Facts.Eligible() with { RoadTests = tests };

    [Theory]
    [InlineData("240", "0", true)] // the hours exactly
    [InlineData("0", "1000", true)] // the km exactly
    [InlineData("239.9", "999.9", false)] // both just short
    [InlineData("120", "600", false)] // half of each does not add up to one
    public void Hours_or_km_reach_the_threshold(string hours, string km, bool passes) =>
        _rule.Check(With(new RoadTestFact(new(2025, 8, 1), decimal.Parse(hours, System.Globalization.CultureInfo.InvariantCulture), decimal.Parse(km, System.Globalization.CultureInfo.InvariantCulture))))
            .Passed.ShouldBe(passes);

    [Fact]
    public void Entries_add_up_and_a_test_after_the_day_does_not_count()
    {
        _rule.Check(With(new RoadTestFact(new(2025, 7, 1), 120m, 0m), new RoadTestFact(new(2025, 9, 29), 120m, 0m))).Passed.ShouldBeTrue();
        var later = _rule.Check(With(new RoadTestFact(new(2025, 7, 1), 120m, 0m), new RoadTestFact(new(2025, 9, 30), 120m, 0m)));
        later.Passed.ShouldBeFalse();
        later.Message.ShouldBe("道路测试未完成：道路测试累计 120 小时、0 公里（要求 ≥ 240 小时或 ≥ 1000 公里）。");
        later.Figures["hours"].ShouldBe("120");
    }
}
