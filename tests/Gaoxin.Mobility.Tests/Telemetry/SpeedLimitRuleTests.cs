using Gaoxin.Mobility.Telemetry;

namespace Gaoxin.Mobility.Tests.Telemetry;

/// <summary>不超速 at its boundary: the limit itself is allowed, a hair above is not; the highest limit of the rights that apply counts.</summary>
public sealed class SpeedLimitRuleTests
{
    private static readonly SpeedLimitRule Rule = new();

    [Theory]
    [InlineData(30.0, true)]
    [InlineData(29.999, true)]
    [InlineData(30.001, false)]
    [InlineData(0.0, true)]
    public void The_limit_itself_is_allowed(double speed, bool kept) =>
        Rule.Check(Points.At(speed: speed)).Passed.ShouldBe(kept);

    [Fact]
    public void Over_the_limit_names_speed_limit_and_right()
    {
        var permit = Points.Permit(version: 2);
        var outcome = Rule.Check(Points.At(speed: 36, permits: [permit]));
        outcome.Rule.ShouldBe(nameof(SpeedLimitRule));
        outcome.Message.ShouldBe("车速 36 km/h 超过限速 30 km/h。");
        outcome.Figures["speedKmh"].ShouldBe("36");
        outcome.Figures["limitKmh"].ShouldBe("30");
        outcome.Figures["rightId"].ShouldBe(permit.RightId.ToString());
        outcome.Figures["rightVersion"].ShouldBe("2");
        Rule.Check(Points.At()).Message.ShouldBe("未超速。");
    }

    [Fact]
    public void The_highest_limit_of_the_rights_covering_the_point_applies() =>
        Rule.Check(Points.At(speed: 35, permits: [Points.Permit(limit: 20), Points.Permit(limit: 40)])).Passed.ShouldBeTrue();

    [Fact]
    public void Outside_the_area_or_the_window_the_speed_is_not_judged()
    {
        Rule.Check(Points.At(29.36, 104.755, speed: 90)).Passed.ShouldBeTrue();
        Rule.Check(Points.At(speed: 90, at: Points.Monday(21, 0, 0))).Passed.ShouldBeTrue();
    }
}
