using Gaoxin.Mobility.Rights;
using NetTopologySuite.Algorithm;

namespace Gaoxin.Mobility.Tests.Rights;

/// <summary>Permitted areas as GeoJSON: each kind of bad input refused with its Chinese reason; a clockwise exterior turned round.</summary>
public sealed class GeoAreasTests
{
    /// <summary>A square of about 1 km in the high-tech zone, counter-clockwise.</summary>
    public const string Square = "{\"type\":\"Polygon\",\"coordinates\":[[[104.75,29.34],[104.76,29.34],[104.76,29.35],[104.75,29.35],[104.75,29.34]]]}";

    [Fact]
    public void A_counter_clockwise_square_near_Zigong_is_valid_and_kept_as_given()
    {
        var area = GeoAreas.Parse(Square);
        area.Valid.ShouldBeTrue(area.Message);
        area.GeoJson.ShouldBe(Square);
        Orientation.IsCCW(area.Polygon!.ExteriorRing.Coordinates).ShouldBeTrue();
    }

    [Fact]
    public void A_clockwise_exterior_is_turned_counter_clockwise_not_refused()
    {
        var area = GeoAreas.Parse("{\"type\":\"Polygon\",\"coordinates\":[[[104.75,29.34],[104.75,29.35],[104.76,29.35],[104.76,29.34],[104.75,29.34]]]}");
        area.Valid.ShouldBeTrue(area.Message);
        Orientation.IsCCW(area.Polygon!.ExteriorRing.Coordinates).ShouldBeTrue();
        area.Polygon.Area.ShouldBe(GeoAreas.Parse(Square).Polygon!.Area, 1e-12);
    }

    [Fact]
    public void A_hole_is_kept_clockwise_and_a_feature_holding_a_polygon_is_read()
    {
        var area = GeoAreas.Parse("{\"type\":\"Feature\",\"properties\":{},\"geometry\":{\"type\":\"Polygon\",\"coordinates\":[[[104.75,29.34],[104.76,29.34],[104.76,29.35],[104.75,29.35],[104.75,29.34]],"
            + "[[104.752,29.342],[104.758,29.342],[104.758,29.348],[104.752,29.348],[104.752,29.342]]]}}");
        area.Valid.ShouldBeTrue(area.Message);
        Orientation.IsCCW(area.Polygon!.InteriorRings[0].Coordinates).ShouldBeFalse();
    }

    [Theory]
    [InlineData("{\"type\":\"Polygon\",\"coordinates\":[[[104.75,29.34],[104.76,29.34]", "不是有效的 JSON")]
    [InlineData("", "请提供区域")]
    [InlineData("[1,2]", "GeoJSON 对象")]
    [InlineData("{\"type\":\"Point\",\"coordinates\":[104.75,29.34]}", "收到的类型是“Point”")]
    [InlineData("{\"type\":\"LineString\",\"coordinates\":[[104.75,29.34],[104.76,29.35]]}", "收到的类型是“LineString”")]
    [InlineData("{\"type\":\"MultiPolygon\",\"coordinates\":[]}", "多边形（Polygon）")]
    [InlineData("{\"type\":\"Polygon\"}", "缺少坐标")]
    [InlineData("{\"type\":\"Polygon\",\"coordinates\":[[[104.75,29.34],[104.76,29.34],[104.76,29.35],[104.75,29.35]]]}", "外环未闭合")]
    [InlineData("{\"type\":\"Polygon\",\"coordinates\":[[[104.75,29.34],[104.76,29.34],[104.75,29.34]]]}", "只有 3 个坐标")]
    [InlineData("{\"type\":\"Polygon\",\"coordinates\":[[[104.75,29.34],[104.76,29.35],[104.76,29.34],[104.75,29.35],[104.75,29.34]]]}", "自相交")]
    [InlineData("{\"type\":\"Polygon\",\"coordinates\":[[[180.000001,29.34],[104.76,29.34],[104.76,29.35],[180.000001,29.34]]]}", "经度 180.000001 超出范围")]
    [InlineData("{\"type\":\"Polygon\",\"coordinates\":[[[104.75,-90.5],[104.76,29.34],[104.76,29.35],[104.75,-90.5]]]}", "纬度 -90.5 超出范围")]
    [InlineData("{\"type\":\"Polygon\",\"coordinates\":[[[104.75,\"29.34\"],[104.76,29.34],[104.76,29.35],[104.75,29.34]]]}", "[经度, 纬度]")]
    [InlineData("{\"type\":\"Polygon\",\"coordinates\":[[[116.39,39.90],[116.41,39.90],[116.41,39.92],[116.39,39.92],[116.39,39.90]]]}", "不在自贡市范围内")]
    public void Bad_areas_are_refused_with_a_reason(string json, string reason)
    {
        var area = GeoAreas.Parse(json);
        area.Valid.ShouldBeFalse();
        area.Message.ShouldContain(reason);
    }

    [Fact]
    public void Coordinates_at_the_range_limits_are_in_range_and_only_then_judged_by_place()
    {
        // 180 and −90 themselves are in range: the refusal is for being far from Zigong, not for the range.
        var area = GeoAreas.Parse("{\"type\":\"Polygon\",\"coordinates\":[[[180,-90],[179,-90],[179,-89],[180,-90]]]}");
        area.Valid.ShouldBeFalse();
        area.Message.ShouldContain("不在自贡市范围内");
    }

    [Fact]
    public void Zigong_is_the_envelope_of_its_six_districts()
    {
        GeoAreas.Districts.Count.ShouldBe(6);
        GeoAreas.Zigong.MinX.ShouldBe(104.052639, 1e-6);
        GeoAreas.Zigong.MaxX.ShouldBe(105.272052, 1e-6);
        GeoAreas.Zigong.MinY.ShouldBe(28.924204, 1e-6);
        GeoAreas.Zigong.MaxY.ShouldBe(29.637252, 1e-6);
    }
}
