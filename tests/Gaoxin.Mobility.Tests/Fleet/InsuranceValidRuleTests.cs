using Gaoxin.Mobility.Fleet;

namespace Gaoxin.Mobility.Tests.Fleet;

public sealed class InsuranceValidRuleTests
{
    private readonly InsuranceValidRule _rule = new();

    private static EligibilityFacts With(decimal amount, DateOnly from, DateOnly to, DateOnly on) =>
        Facts.Eligible() with { Insurance = [new InsuranceFact("人保", amount, from, to)], On = on };

    [Theory]
    [InlineData("2025-09-01", true)] // the first day covered
    [InlineData("2026-08-31", true)] // the last day covered
    [InlineData("2025-08-31", false)] // the day before
    [InlineData("2026-09-01", false)] // the day after
    public void Valid_on_both_ends_of_the_period_and_not_a_day_outside(string on, bool passes) =>
        _rule.Check(With(5_000_000m, new(2025, 9, 1), new(2026, 8, 31), DateOnly.Parse(on, System.Globalization.CultureInfo.InvariantCulture))).Passed.ShouldBe(passes);

    [Theory]
    [InlineData("5000000.00", true)] // exactly the minimum
    [InlineData("4999999.99", false)] // one fen short
    public void The_amount_must_reach_the_minimum(string amount, bool passes) =>
        _rule.Check(With(decimal.Parse(amount, System.Globalization.CultureInfo.InvariantCulture), new(2025, 9, 1), new(2026, 8, 31), Facts.Day)).Passed.ShouldBe(passes);

    [Fact]
    public void The_reasons_say_why()
    {
        _rule.Check(With(3_000_000m, new(2025, 9, 1), new(2026, 8, 31), Facts.Day)).Message
            .ShouldBe("保额不足：2025-09-29 有效的保险最高保额 300 万元，低于最低保额 500 万元。");
        _rule.Check(With(5_000_000m, new(2024, 9, 1), new(2025, 8, 31), Facts.Day)).Message
            .ShouldBe("保险已过期：最近一份保险止于 2025-08-31，2025-09-29 无有效保险。");
        _rule.Check(Facts.Eligible() with { Insurance = [] }).Message.ShouldBe("无有效保险：2025-09-29 没有在保险期内的保单。");
        _rule.Check(Facts.Eligible()).Message.ShouldBe("保险有效：人保，保额 500 万元，至 2026-08-31（最低 500 万元）。");
    }

    [Fact]
    public void The_minimum_comes_from_the_policy_version()
    {
        var lower = Facts.Eligible() with { Insurance = [new InsuranceFact("人保", 3_000_000m, new(2025, 9, 1), new(2026, 8, 31))] };
        _rule.Check(lower).Passed.ShouldBeFalse();
        _rule.Check(lower with { Policy = new Gaoxin.Mobility.Policy.MobilityPolicy { InsuranceMinimum = 3_000_000m } }).Passed.ShouldBeTrue();
    }
}
