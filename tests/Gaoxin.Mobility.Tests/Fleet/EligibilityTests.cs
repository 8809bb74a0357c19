using Gaoxin.Mobility.Fleet;

namespace Gaoxin.Mobility.Tests.Fleet;

public sealed class EligibilityTests
{
    [Fact]
    public void Eligible_when_every_rule_passes_and_every_rule_has_a_reason()
    {
        var e = Eligibility.Of(Guid.NewGuid(), Facts.Eligible());
        e.Eligible.ShouldBeTrue();
        e.Checks.Select(c => c.Rule).ShouldBe(["VinCheckDigitRule", "VehicleWithinSizeRule", "DesignSpeedWithinLimitRule", "InsuranceValidRule", "RoadTestDoneRule", "SafetyOfficerAssignedRule"]);
        e.Checks.ShouldAllBe(c => c.Message.Length > 0);
        e.FirstFailure.ShouldBeNull();
    }

    [Fact]
    public void All_failures_are_shown_not_only_the_first()
    {
        var e = Eligibility.Of(Guid.NewGuid(), Facts.Eligible() with { DesignSpeedKmh = 41, Staff = [] });
        e.Eligible.ShouldBeFalse();
        e.Checks.Where(c => !c.Passed).Select(c => c.Rule).ShouldBe(["DesignSpeedWithinLimitRule", "SafetyOfficerAssignedRule"]);
        e.FirstFailure!.Rule.ShouldBe("DesignSpeedWithinLimitRule");
    }
}
