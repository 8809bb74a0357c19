using Gaoxin.Kernel.Zones;
using Gaoxin.Mobility.Telemetry;

namespace Gaoxin.Mobility.Tests.Telemetry;

/// <summary>保险有效 at its boundaries: the policy's first and last day (China time), a gap between policies, none.</summary>
public sealed class InsuranceInForceRuleTests
{
    private static readonly InsuranceInForceRule Rule = new();
    private static readonly (DateOnly, DateOnly)[] Policy = [(new DateOnly(2025, 9, 1), new DateOnly(2025, 10, 6))];

    [Fact]
    public void The_last_day_covered_is_covered_the_next_is_not()
    {
        Rule.Check(Points.At(at: Points.Monday(23, 59, 59), insurance: Policy)).Passed.ShouldBeTrue();
        var expired = Rule.Check(Points.At(at: ZoneClock.At(new DateOnly(2025, 10, 7), TimeOnly.MinValue), insurance: Policy));
        expired.Passed.ShouldBeFalse();
        expired.Rule.ShouldBe(nameof(InsuranceInForceRule));
        expired.Message.ShouldBe("2025-10-07 车辆没有有效保险却在运行。");
        expired.Figures["day"].ShouldBe("2025-10-07");
    }

    [Fact]
    public void The_first_day_covered_is_covered_the_day_before_is_not()
    {
        (DateOnly, DateOnly)[] later = [(new DateOnly(2025, 10, 6), new DateOnly(2026, 10, 5))];
        Rule.Check(Points.At(at: Points.Monday(0, 0, 0), insurance: later)).Passed.ShouldBeTrue();
        Rule.Check(Points.At(at: Points.Monday(0, 0, 0).AddSeconds(-1), insurance: later)).Passed.ShouldBeFalse();
    }

    [Fact]
    public void No_insurance_at_all_breaks_the_rule_and_a_valid_one_says_so()
    {
        Rule.Check(Points.At(insurance: [])).Passed.ShouldBeFalse();
        Rule.Check(Points.At()).Message.ShouldBe("保险在有效期内。");
    }
}
