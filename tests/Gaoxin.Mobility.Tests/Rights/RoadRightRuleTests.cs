using Gaoxin.Mobility.Fleet;
using Gaoxin.Mobility.Rights;
using Gaoxin.Mobility.Tests.Fleet;

namespace Gaoxin.Mobility.Tests.Rights;

public sealed class VehiclesOfOperatorRuleTests
{
    private readonly VehiclesOfOperatorRule _rule = new();

    [Fact]
    public void The_operators_own_vehicles_pass() => _rule.Check(RightFacts.Sound()).Passed.ShouldBeTrue();

    [Fact]
    public void No_vehicle_is_refused() => _rule.Check(RightFacts.Sound() with { Vehicles = [] }).Passed.ShouldBeFalse();

    [Fact]
    public void One_vehicle_of_another_operator_is_refused_by_name()
    {
        var outcome = _rule.Check(RightFacts.Sound() with { Vehicles = [RightFacts.Vehicle(), RightFacts.Vehicle("川CW0031", Guid.CreateVersion7())] });
        outcome.Passed.ShouldBeFalse();
        outcome.Message.ShouldBe("车辆 川CW0031 不属于申请单位：只能为本单位的车辆申请路权。");
        outcome.Figures["vehicle"].ShouldBe("川CW0031");
    }
}

public sealed class VehiclesEligibleRuleTests
{
    private readonly VehiclesEligibleRule _rule = new();

    [Fact]
    public void Eligible_vehicles_pass() => _rule.Check(RightFacts.Sound()).Passed.ShouldBeTrue();

    [Fact]
    public void A_vehicle_whose_insurance_ended_the_day_before_is_refused_naming_it_and_the_fleet_rule()
    {
        var lapsed = Facts.Eligible() with { Insurance = [new InsuranceFact("人保", 5_000_000m, new DateOnly(2024, 9, 29), Facts.Day.AddDays(-1))] };
        var outcome = _rule.Check(RightFacts.Sound() with { Vehicles = [RightFacts.Vehicle(), RightFacts.Vehicle("川CW0002", facts: lapsed)] });
        outcome.Passed.ShouldBeFalse();
        outcome.Message.ShouldStartWith("车辆 川CW0002 不具备资格（保险）：保险已过期");
        outcome.Figures["vehicleRule"].ShouldBe(nameof(InsuranceValidRule));
    }

    [Fact]
    public void Insurance_ending_on_the_day_still_counts()
    {
        var lastDay = Facts.Eligible() with { Insurance = [new InsuranceFact("人保", 5_000_000m, new DateOnly(2024, 9, 29), Facts.Day)] };
        _rule.Check(RightFacts.Sound() with { Vehicles = [RightFacts.Vehicle(facts: lastDay)] }).Passed.ShouldBeTrue();
    }
}

public sealed class SpeedLimitWithinPolicyRuleTests
{
    private readonly SpeedLimitWithinPolicyRule _rule = new();

    [Theory]
    [InlineData(1, true)]
    [InlineData(40, true)]
    [InlineData(41, false)]
    [InlineData(0, false)]
    public void The_limit_may_equal_the_policy_maximum_but_not_exceed_it(int limit, bool passed)
    {
        var outcome = _rule.Check(RightFacts.Sound() with { SpeedLimitKmh = limit });
        outcome.Passed.ShouldBe(passed);
        if (!passed)
        {
            outcome.Message.ShouldBe($"限速 {limit} km/h 不在 1 至 40 km/h（第 1 版政策上限）之间。");
        }
    }
}

public sealed class ValiditySaneRuleTests
{
    private readonly ValiditySaneRule _rule = new();

    [Fact]
    public void From_equal_to_to_is_refused() =>
        _rule.Check(RightFacts.Sound() with { ValidTo = Facts.Day }).Message.ShouldContain("起始日须早于截止日");

    [Fact]
    public void The_policy_maximum_of_days_both_ends_counted_is_allowed_one_more_is_not()
    {
        var max = RightFacts.Policy.RoadRightMaxDays;
        _rule.Check(RightFacts.Sound() with { ValidTo = Facts.Day.AddDays(max - 1) }).Passed.ShouldBeTrue();
        var outcome = _rule.Check(RightFacts.Sound() with { ValidTo = Facts.Day.AddDays(max) });
        outcome.Passed.ShouldBeFalse();
        outcome.Message.ShouldContain($"共 {max + 1} 天，超过政策允许的 {max} 天");
    }

    [Fact]
    public void A_validity_ending_on_the_day_is_still_sane_one_ending_the_day_before_is_over()
    {
        var facts = RightFacts.Sound() with { ValidFrom = Facts.Day.AddDays(-30) };
        _rule.Check(facts with { ValidTo = Facts.Day }).Passed.ShouldBeTrue();
        _rule.Check(facts with { ValidTo = Facts.Day.AddDays(-1) }).Message.ShouldContain("已于 2025-09-29 前届满");
    }
}

public sealed class AreasValidRuleTests
{
    private readonly AreasValidRule _rule = new();

    [Fact]
    public void Valid_areas_pass() => _rule.Check(RightFacts.Sound()).Passed.ShouldBeTrue();

    [Fact]
    public void No_area_is_refused() => _rule.Check(RightFacts.Sound() with { Areas = [] }).Passed.ShouldBeFalse();

    [Fact]
    public void The_first_bad_area_is_named_by_its_place()
    {
        var outcome = _rule.Check(RightFacts.Sound() with { Areas = [GeoAreasTests.Square, "{\"type\":\"Point\",\"coordinates\":[104.75,29.34]}"] });
        outcome.Passed.ShouldBeFalse();
        outcome.Message.ShouldStartWith("第 2 个区域：");
    }
}
