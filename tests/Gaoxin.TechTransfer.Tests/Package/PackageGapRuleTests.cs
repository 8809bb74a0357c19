using Gaoxin.TechTransfer.Package;

namespace Gaoxin.TechTransfer.Tests.Package;

/// <summary>The gap rule at its boundaries, on fixed days: exactly N days after selection is a gap, N − 1 is not.</summary>
public sealed class PackageGapRuleTests
{
    private static readonly DateOnly Today = new(2026, 12, 7);

    private static PackageGapFacts Facts(int daysAgo, bool received = false, bool owed = true, PackageElement element = PackageElement.Talent) =>
        new(element, Today.AddDays(-daysAgo), Today, received, owed);

    [Theory]
    [InlineData(89, false)]
    [InlineData(90, true)]
    [InlineData(91, true)]
    [InlineData(0, false)]
    public void A_missing_element_is_a_gap_from_the_ninetieth_day(int daysAgo, bool gap) =>
        new PackageGapRule().Check(Facts(daysAgo)).Passed.ShouldBe(!gap);

    [Fact]
    public void A_received_element_or_a_project_no_longer_owed_is_never_a_gap()
    {
        var rule = new PackageGapRule();
        rule.Check(Facts(400, received: true)).Passed.ShouldBeTrue();
        rule.Check(Facts(400, owed: false)).Passed.ShouldBeTrue();
        rule.Check(new PackageGapFacts(PackageElement.Fund, null, Today, false, true)).Passed.ShouldBeTrue("never selected: nothing is owed yet");
    }

    [Fact]
    public void The_days_are_a_parameter_with_ninety_by_default()
    {
        new PackageGapRule().Days.ShouldBe(90);
        var rule = new PackageGapRule(30);
        rule.Check(Facts(29)).Passed.ShouldBeTrue();
        rule.Check(Facts(30)).Passed.ShouldBeFalse();
    }

    [Fact]
    public void The_gap_names_the_days_and_the_element()
    {
        var outcome = new PackageGapRule().Check(Facts(90));
        outcome.Rule.ShouldBe("PackageGapRule");
        outcome.Message.ShouldBe("入选 90 天，尚无人才支持");
        outcome.Figures["入选日期"].ShouldBe("2026-09-08");
        outcome.Figures["入选天数"].ShouldBe("90");
        outcome.Figures["期限天数"].ShouldBe("90");
        new PackageGapRule().Check(Facts(120, element: PackageElement.Pilot)).Message.ShouldBe("入选 120 天，尚无中试支持");
        new PackageGapRule().Check(Facts(120, element: PackageElement.Incubation)).Message.ShouldBe("入选 120 天，尚无孵化支持");
        new PackageGapRule().Check(Facts(120, element: PackageElement.Fund)).Message.ShouldBe("入选 120 天，尚无基金支持");
        new PackageGapRule().Check(Facts(120, element: PackageElement.Scene)).Message.ShouldBe("入选 120 天，尚无场景支持");
        new PackageGapRule().Check(Facts(10)).Message.ShouldBe(string.Empty);
    }

    [Fact]
    public void Days_since_selection_counts_whole_days()
    {
        PackageGapRule.DaysSince(Today.AddDays(-90), Today).ShouldBe(90);
        PackageGapRule.DaysSince(null, Today).ShouldBeNull();
    }
}
