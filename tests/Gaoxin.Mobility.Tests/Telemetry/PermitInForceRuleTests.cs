using Gaoxin.Kernel.Zones;
using Gaoxin.Mobility.Rights;
using Gaoxin.Mobility.Telemetry;

namespace Gaoxin.Mobility.Tests.Telemetry;

/// <summary>路权有效 at its boundaries: the validity's last day (China time), suspended and revoked rights, no right at all.</summary>
public sealed class PermitInForceRuleTests
{
    private static readonly PermitInForceRule Rule = new();

    [Fact]
    public void A_granted_right_on_its_last_day_in_China_time_is_in_force_the_next_day_is_not()
    {
        Rule.Check(Points.At(at: ZoneClock.At(Points.To, new TimeOnly(23, 59, 59)))).Passed.ShouldBeTrue();
        var after = Rule.Check(Points.At(at: ZoneClock.At(Points.To.AddDays(1), TimeOnly.MinValue)));
        after.Passed.ShouldBeFalse();
        after.Message.ShouldBe("2026-09-29 车辆没有有效的路权许可（已过期、暂停或撤销）却在运行。");
        after.Figures["day"].ShouldBe("2026-09-29");
        after.Figures["rightVersion"].ShouldBe("3");
        // 2026-09-28 16:00 UTC is already 2026-09-29 in China.
        Rule.Check(Points.At(at: new DateTimeOffset(2026, 9, 28, 16, 0, 0, TimeSpan.Zero))).Passed.ShouldBeFalse();
        Rule.Check(Points.At(at: new DateTimeOffset(2026, 9, 28, 15, 59, 59, TimeSpan.Zero))).Passed.ShouldBeTrue();
    }

    [Fact]
    public void The_first_day_of_validity_counts()
    {
        Rule.Check(Points.At(at: ZoneClock.At(Points.From, TimeOnly.MinValue))).Passed.ShouldBeTrue();
        Rule.Check(Points.At(at: ZoneClock.At(Points.From.AddDays(-1), new TimeOnly(23, 59, 59)))).Passed.ShouldBeFalse();
    }

    [Theory]
    [InlineData(RoadRightStatus.Suspended)]
    [InlineData(RoadRightStatus.Revoked)]
    [InlineData(RoadRightStatus.UnderReview)]
    public void A_right_not_granted_is_not_in_force(RoadRightStatus status)
    {
        var outcome = Rule.Check(Points.At(permits: [Points.Permit(status)]));
        outcome.Passed.ShouldBeFalse();
        outcome.Rule.ShouldBe(nameof(PermitInForceRule));
    }

    [Fact]
    public void One_right_in_force_among_others_is_enough_and_none_at_all_is_named_so()
    {
        Rule.Check(Points.At(permits: [Points.Permit(RoadRightStatus.Revoked), Points.Permit()])).Passed.ShouldBeTrue();
        var none = Rule.Check(Points.At(permits: []));
        none.Passed.ShouldBeFalse();
        none.Message.ShouldBe("2025-10-06 车辆没有任何路权许可却在运行。");
        none.Figures.ContainsKey("rightId").ShouldBeFalse();
        Rule.Check(Points.At()).Message.ShouldBe("有有效的路权许可。");
    }

    [Fact]
    public void With_no_right_in_force_the_refusal_names_the_right_that_lapsed_last()
    {
        var earlier = Points.Permit(validTo: new DateOnly(2025, 10, 1), version: 1);
        var later = Points.Permit(validTo: new DateOnly(2025, 10, 3), version: 2);
        var outcome = Rule.Check(Points.At(permits: [later, earlier]));

        outcome.Passed.ShouldBeFalse();
        outcome.Figures["rightId"].ShouldBe(later.RightId.ToString());
        Rule.Check(Points.At(permits: [earlier, later])).Figures["rightId"].ShouldBe(later.RightId.ToString());
    }
}
