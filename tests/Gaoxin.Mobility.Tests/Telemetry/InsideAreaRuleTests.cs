using Gaoxin.Mobility.Rights;
using Gaoxin.Mobility.Telemetry;
using Gaoxin.Mobility.Tests.Rights;

namespace Gaoxin.Mobility.Tests.Telemetry;

/// <summary>区域内 at its boundaries: exactly on an edge or a corner is inside, a hair beyond is outside; any right's area will do.</summary>
public sealed class InsideAreaRuleTests
{
    private static readonly InsideAreaRule Rule = new();

    [Theory]
    [InlineData(29.345, 104.755, true)]
    [InlineData(29.345, 104.75, true)]
    [InlineData(29.34, 104.75, true)]
    [InlineData(29.35, 104.76, true)]
    [InlineData(29.345, 104.749999, false)]
    [InlineData(29.350001, 104.755, false)]
    public void A_point_on_the_edge_is_inside_a_hair_beyond_is_outside(double lat, double lng, bool inside) =>
        Rule.Check(Points.At(lat, lng)).Passed.ShouldBe(inside);

    [Fact]
    public void Outside_names_the_position_and_the_right_with_its_version()
    {
        var permit = Points.Permit(version: 7);
        var outcome = Rule.Check(Points.At(29.36, 104.755, permits: [permit]));
        outcome.Rule.ShouldBe(nameof(InsideAreaRule));
        outcome.Message.ShouldBe("位置 [104.755, 29.36] 不在任何准许区域内。");
        outcome.Figures["rightId"].ShouldBe(permit.RightId.ToString());
        outcome.Figures["rightVersion"].ShouldBe("7");
        outcome.Figures["lat"].ShouldBe("29.36");
        outcome.Figures["lng"].ShouldBe("104.755");
        Rule.Check(Points.At()).Message.ShouldBe("位于准许区域内。");
    }

    [Fact]
    public void The_area_of_any_right_in_force_will_do_but_not_one_of_a_suspended_right()
    {
        const string East = "{\"type\":\"Polygon\",\"coordinates\":[[[104.77,29.34],[104.78,29.34],[104.78,29.35],[104.77,29.35],[104.77,29.34]]]}";
        Rule.Check(Points.At(29.345, 104.775, permits: [Points.Permit(), Points.Permit(area: East)])).Passed.ShouldBeTrue();
        Rule.Check(Points.At(29.345, 104.775, permits: [Points.Permit(), Points.Permit(RoadRightStatus.Suspended, area: East)])).Passed.ShouldBeFalse();
    }

    [Fact]
    public void Without_a_right_in_force_the_area_is_not_judged() =>
        Rule.Check(Points.At(0, 0, permits: [Points.Permit(RoadRightStatus.Revoked)])).Passed.ShouldBeTrue();

    [Fact]
    public void A_point_in_any_one_of_a_rights_areas_is_inside()
    {
        // Two areas on one right: the test square and one 0.02° north of it; the point lies only in the northern one.
        const string north = "{\"type\":\"Polygon\",\"coordinates\":[[[104.75,29.36],[104.76,29.36],[104.76,29.37],[104.75,29.37],[104.75,29.36]]]}";
        var two = new PermitShape(Guid.CreateVersion7(), 1, RoadRightStatus.Granted, Points.From, Points.To,
            [GeoAreas.Parse(GeoAreasTests.Square).Polygon!, GeoAreas.Parse(north).Polygon!], [(WeekdayMask.Of([1, 2, 3, 4, 5]), 7 * 60, 20 * 60)], 30);

        Rule.Check(Points.At(29.365, 104.755, permits: [two])).Passed.ShouldBeTrue();
        Rule.Check(Points.At(29.355, 104.755, permits: [two])).Passed.ShouldBeFalse("between the two areas");
    }
}
