using System.Globalization;
using Gaoxin.Kernel.Zones;
using Gaoxin.Mobility.Fleet;
using Gaoxin.Mobility.Rights;
using Gaoxin.Mobility.Tests.Fleet;

namespace Gaoxin.Mobility.Tests.Rights;

/// <summary>The grant preconditions: every message a person reads, word for word, with the figures each refusal carries.</summary>
public sealed class RoadRightRuleTextTests
{
    [Fact]
    public void Vehicles_of_the_operator()
    {
        var rule = new VehiclesOfOperatorRule();
        rule.Check(RightFacts.Sound()).Message.ShouldBe("1 辆车辆均属申请单位。");
        rule.Check(RightFacts.Sound() with { Vehicles = [] }).Message.ShouldBe("路权许可须列明至少一辆车辆。");
    }

    [Fact]
    public void Vehicles_eligible()
    {
        var rule = new VehiclesEligibleRule();
        rule.Check(RightFacts.Sound()).Message.ShouldBe("1 辆车辆于 2025-09-29 均具备资格。");

        var lapsed = Facts.Eligible() with { Insurance = [new InsuranceFact("人保", 5_000_000m, new DateOnly(2024, 9, 29), Facts.Day.AddDays(-1))] };
        var outcome = rule.Check(RightFacts.Sound() with { Vehicles = [RightFacts.Vehicle("川CW0002", facts: lapsed)] });
        outcome.Figures.ShouldBe(new Dictionary<string, string> { ["vehicle"] = "川CW0002", ["vehicleRule"] = nameof(InsuranceValidRule), ["on"] = "2025-09-29" });
    }

    [Theory]
    [InlineData(1, true, "限速 1 km/h，不超过政策上限 40 km/h。")]
    [InlineData(40, true, "限速 40 km/h，不超过政策上限 40 km/h。")]
    [InlineData(0, false, "限速 0 km/h 不在 1 至 40 km/h（第 1 版政策上限）之间。")]
    [InlineData(41, false, "限速 41 km/h 不在 1 至 40 km/h（第 1 版政策上限）之间。")]
    public void Speed_limit_from_one_to_the_policy_maximum(int speed, bool passes, string message)
    {
        var outcome = new SpeedLimitWithinPolicyRule().Check(RightFacts.Sound() with { SpeedLimitKmh = speed });
        outcome.Passed.ShouldBe(passes);
        outcome.Message.ShouldBe(message);
        if (!passes)
        {
            outcome.Figures.ShouldBe(new Dictionary<string, string> { ["speedLimit"] = speed.ToString(CultureInfo.InvariantCulture), ["maximum"] = "40" });
        }
    }

    [Fact]
    public void Validity_messages_and_figures()
    {
        var rule = new ValiditySaneRule();
        var day = Facts.Day;
        rule.Check(RightFacts.Sound()).Message.ShouldBe("有效期 2025-09-29 至 2026-09-28，共 365 天（上限 1096 天）。");

        var backwards = rule.Check(RightFacts.Sound() with { ValidTo = day });
        backwards.Message.ShouldBe("有效期 2025-09-29 至 2025-09-29 不成立：起始日须早于截止日。");
        backwards.Figures.ShouldBe(new Dictionary<string, string> { ["validFrom"] = "2025-09-29", ["validTo"] = "2025-09-29", ["maxDays"] = "1096" });

        rule.Check(RightFacts.Sound() with { ValidTo = day.AddDays(1095) }).Passed.ShouldBeTrue();
        rule.Check(RightFacts.Sound() with { ValidTo = day.AddDays(1096) }).Message.ShouldBe("有效期 2025-09-29 至 2028-09-29 共 1097 天，超过政策允许的 1096 天。");

        rule.Check(RightFacts.Sound() with { ValidFrom = day.AddDays(-10), ValidTo = day.AddDays(-1) }).Message
            .ShouldBe("有效期 2025-09-19 至 2025-09-28 已于 2025-09-29 前届满。");
        rule.Check(RightFacts.Sound() with { ValidFrom = day.AddDays(-10), ValidTo = day }).Passed.ShouldBeTrue();
    }

    [Fact]
    public void Areas_are_counted_from_one()
    {
        var rule = new AreasValidRule();
        rule.Check(RightFacts.Sound() with { Areas = [GeoAreasTests.Square, GeoAreasTests.Square] }).Message.ShouldBe("2 个准许区域均有效。");
        rule.Check(RightFacts.Sound() with { Areas = [] }).Message.ShouldBe("路权许可须划定至少一个准许区域。");

        var second = rule.Check(RightFacts.Sound() with { Areas = [GeoAreasTests.Square, "[]"] });
        second.Message.ShouldBe("第 2 个区域：区域须为 GeoJSON 对象（type 为 Polygon）。");
        second.Figures.ShouldBe(new Dictionary<string, string> { ["area"] = "2" });
    }

    [Fact]
    public void Only_the_vehicles_eligibility_waits_for_the_decision()
    {
        RoadRightRules.AtApplication.Order(StringComparer.Ordinal).ShouldBe(
            [nameof(AreasValidRule), nameof(SpeedLimitWithinPolicyRule), nameof(ValiditySaneRule), nameof(VehiclesOfOperatorRule)]);
        RoadRightRules.Check(RightFacts.Sound()).Select(o => o.Rule).ShouldBe(
            [nameof(VehiclesOfOperatorRule), nameof(VehiclesEligibleRule), nameof(SpeedLimitWithinPolicyRule), nameof(ValiditySaneRule), nameof(AreasValidRule)]);
    }

    [Theory]
    [InlineData(nameof(VehiclesOfOperatorRule), "车辆归属")]
    [InlineData(nameof(VehiclesEligibleRule), "车辆资格")]
    [InlineData(nameof(SpeedLimitWithinPolicyRule), "限速")]
    [InlineData(nameof(ValiditySaneRule), "有效期")]
    [InlineData(nameof(AreasValidRule), "准许区域")]
    [InlineData("OtherRule", "OtherRule")]
    public void Each_precondition_has_a_title(string rule, string title) => RoadRightRules.Title(rule).ShouldBe(title);
}

/// <summary>The check of a position: every message word for word, and a right with two areas and two windows.</summary>
public sealed class RoadRightCheckTextTests
{
    private static readonly DateOnly From = new(2025, 9, 29);
    private static readonly DateOnly To = new(2026, 9, 28);

    /// <summary>A second square east of <see cref="GeoAreasTests.Square"/>, not touching it.</summary>
    private const string East = "{\"type\":\"Polygon\",\"coordinates\":[[[104.77,29.34],[104.78,29.34],[104.78,29.35],[104.77,29.35],[104.77,29.34]]]}";

    /// <summary>Granted, two areas, Monday 07:00–09:00 and Monday 17:00–19:00 China time, 30 km/h.</summary>
    private static RoadRight Granted(bool grant = true)
    {
        var spec = new RoadRightSpec("测试", Scenario.Logistics, [Guid.CreateVersion7()],
            [new AreaSpec("西", GeoAreasTests.Square), new AreaSpec("东", East)],
            [new WindowSpec([1], 7 * 60, 9 * 60), new WindowSpec([1], 17 * 60, 19 * 60)], 30, From, To);
        var right = new RoadRight(ZoneId.New(), Guid.CreateVersion7(), spec, From, DateTimeOffset.UnixEpoch, "u", "申请人");
        if (grant)
        {
            right.StartReview(DateTimeOffset.UnixEpoch, "a", "管委会");
            right.Grant(1, From, null, DateTimeOffset.UnixEpoch, "a", "管委会");
        }

        return right;
    }

    private static DateTimeOffset Monday(int h, int m = 0) => ZoneClock.At(new DateOnly(2025, 10, 6), new TimeOnly(h, m));

    private static RightCheckResult Check(double lat, double lng, double speed, DateTimeOffset at, RoadRight? right = null) =>
        new RoadRightCheck(right ?? Granted()).Check(new Position(lat, lng, speed, at));

    [Fact]
    public void Either_area_and_either_window_is_enough()
    {
        Check(29.345, 104.755, 20, Monday(8)).ShouldBe(new RightCheckResult(RightBreach.None, "符合路权许可。"));
        Check(29.345, 104.775, 20, Monday(8)).Kept.ShouldBeTrue();
        Check(29.345, 104.775, 20, Monday(18)).Kept.ShouldBeTrue();
    }

    [Fact]
    public void Each_breach_says_why()
    {
        Check(29.345, 104.765, 20, Monday(8)).ShouldBe(new RightCheckResult(RightBreach.OutsideArea, "位置 [104.765, 29.345] 不在任何准许区域内。"));
        Check(29.345, 104.755, 20, Monday(12, 30)).ShouldBe(new RightCheckResult(RightBreach.OutsideWindow, "2025-10-06 12:30:00（北京时间）不在准许时段内。"));
        Check(29.345, 104.755, 30.5, Monday(8)).ShouldBe(new RightCheckResult(RightBreach.OverSpeed, "车速 30.5 km/h 超过限速 30 km/h。"));
        Check(29.345, 104.755, 20, ZoneClock.At(To.AddDays(1), new TimeOnly(8, 0)))
            .ShouldBe(new RightCheckResult(RightBreach.NotInForce, "2026-09-29 不在许可有效期 2025-09-29 至 2026-09-28 内。"));
        Check(29.345, 104.755, 20, Monday(8), Granted(grant: false))
            .ShouldBe(new RightCheckResult(RightBreach.NotInForce, "路权许可不在有效状态（未许可、暂停或已撤销）。"));
    }

    [Fact]
    public void A_missing_right_is_an_argument_error() =>
        Should.Throw<ArgumentNullException>(() => new RoadRightCheck(null!));
}

/// <summary>GeoJSON areas at every limit, with the exact reason; the districts file read afresh.</summary>
public sealed class GeoAreaLimitTests
{
    private const string SquareRing = "[[104.75,29.34],[104.76,29.34],[104.76,29.35],[104.75,29.35],[104.75,29.34]]";

    private static string Polygon(params string[] rings) => "{\"type\":\"Polygon\",\"coordinates\":[" + string.Join(",", rings) + "]}";

    private static string Bad(string json)
    {
        var area = GeoAreas.Parse(json);
        area.Valid.ShouldBeFalse();
        area.Polygon.ShouldBeNull();
        area.GeoJson.ShouldBe(string.Empty);
        return area.Message;
    }

    /// <summary>A closed ring of <paramref name="count"/> positions on a small circle in the zone (count − 1 distinct points).</summary>
    private static string Circle(int count) =>
        "[" + string.Join(",", Enumerable.Range(0, count).Select(k =>
        {
            var a = 2 * Math.PI * (k % (count - 1)) / (count - 1);
            return string.Create(CultureInfo.InvariantCulture, $"[{104.755 + 0.01 * Math.Cos(a):R},{29.345 + 0.01 * Math.Sin(a):R}]");
        })) + "]";

    [Theory]
    [InlineData("{\"type\":\"Feature\",\"geometry\":5}", "GeoJSON Feature 缺少几何（geometry）。")]
    [InlineData("{\"type\":\"Feature\"}", "GeoJSON Feature 缺少几何（geometry）。")]
    [InlineData("{\"coordinates\":[]}", "区域须为 GeoJSON 多边形（Polygon），收到的类型是“无”。")]
    [InlineData("{\"type\":5}", "区域须为 GeoJSON 多边形（Polygon），收到的类型是“无”。")]
    [InlineData("{\"type\":\"ABCDEFGHIJKLMNOPQRST\"}", "区域须为 GeoJSON 多边形（Polygon），收到的类型是“ABCDEFGHIJKLMNOPQRST”。")]
    [InlineData("{\"type\":\"ABCDEFGHIJKLMNOPQRSTU\"}", "区域须为 GeoJSON 多边形（Polygon），收到的类型是“ABCDEFGHIJKLMNOPQRST…”。")]
    [InlineData("{\"type\":\"Polygon\",\"coordinates\":5}", "多边形缺少坐标（coordinates 须为至少一个环的数组）。")]
    [InlineData("{\"type\":\"Polygon\",\"coordinates\":[]}", "多边形缺少坐标（coordinates 须为至少一个环的数组）。")]
    [InlineData("{\"type\":\"Polygon\",\"coordinates\":[5]}", "外环须为坐标数组。")]
    [InlineData("{\"type\":\"Polygon\",\"coordinates\":[[[104.75,29.34],[104.76]]]}", "外环第 2 个坐标须为 [经度, 纬度] 两个数。")]
    [InlineData("{\"type\":\"Polygon\",\"coordinates\":[[[104.75,29.34],5]]}", "外环第 2 个坐标须为 [经度, 纬度] 两个数。")]
    [InlineData("{\"type\":\"Polygon\",\"coordinates\":[[[104.75,29.34],[\"104.76\",29.34]]]}", "外环第 2 个坐标须为 [经度, 纬度] 两个数。")]
    [InlineData("{\"type\":\"Polygon\",\"coordinates\":[[[-180.5,29.34]]]}", "外环第 1 个坐标的经度 -180.5 超出范围（−180 至 180）。")]
    [InlineData("{\"type\":\"Polygon\",\"coordinates\":[[[200.1234567,29.34]]]}", "外环第 1 个坐标的经度 200.123457 超出范围（−180 至 180）。")]
    [InlineData("{\"type\":\"Polygon\",\"coordinates\":[[[104.75,90.5]]]}", "外环第 1 个坐标的纬度 90.5 超出范围（−90 至 90）。")]
    [InlineData("{\"type\":\"Polygon\",\"coordinates\":[[[104.75,29.34],[104.76,29.34],[104.75,29.34]]]}", "外环只有 3 个坐标：一个环至少 4 个坐标（首尾为同一点）。")]
    [InlineData("{\"type\":\"Polygon\",\"coordinates\":[[[104.75,29.34],[104.76,29.34],[104.76,29.35],[104.75,29.35]]]}", "外环未闭合：首个坐标 [104.75, 29.34] 与末个坐标 [104.75, 29.35] 须相同。")]
    [InlineData("{\"type\":\"Polygon\",\"coordinates\":[[[104.75,29.34],[104.76,29.35],[104.76,29.34],[104.75,29.35],[104.75,29.34]]]}", "多边形自相交（在 [104.755, 29.345] 附近）：边不能相互交叉。")]
    public void Refused_with_the_exact_reason(string json, string message) => Bad(json).ShouldBe(message);

    [Fact]
    public void Holes_are_labelled_from_one()
    {
        Bad(Polygon(SquareRing, "5")).ShouldBe("第 1 个内环须为坐标数组。");
        Bad(Polygon(SquareRing, SquareRing, "[[104.75,29.34]]")).ShouldBe("第 2 个内环只有 1 个坐标：一个环至少 4 个坐标（首尾为同一点）。");
    }

    [Fact]
    public void Twenty_rings_is_the_limit()
    {
        Bad(Polygon([SquareRing, .. Enumerable.Repeat("5", 19)])).ShouldBe("第 1 个内环须为坐标数组。");
        Bad(Polygon([SquareRing, .. Enumerable.Repeat("5", 20)])).ShouldBe("一个多边形最多 20 个环。");
    }

    [Fact]
    public void Two_thousand_positions_is_the_limit()
    {
        GeoAreas.Parse(Polygon(Circle(GeoAreas.MaxPositions))).Valid.ShouldBeTrue();
        Bad(Polygon(Circle(GeoAreas.MaxPositions + 1))).ShouldBe("一个区域最多 2000 个坐标。");
        Bad(Polygon(Circle(1000), Circle(1001))).ShouldBe("一个区域最多 2000 个坐标。");
    }

    [Fact]
    public void Nesting_deeper_than_sixteen_is_not_read() =>
        Bad("{\"type\":\"Polygon\",\"coordinates\":" + new string('[', 16) + new string(']', 16) + "}").ShouldBe("区域不是有效的 JSON，请检查括号、逗号与引号。");

    [Fact]
    public void The_ends_of_the_coordinate_ranges_are_allowed()
    {
        var zigong = "区域不在自贡市范围内：自贡市约在经度 104.052639–105.272052、纬度 28.924204–29.637252 之间（WGS-84）。";
        Bad(Polygon("[[-180,0],[-179.99,0],[-179.99,0.01],[-180,0.01],[-180,0]]")).ShouldBe(zigong);
        Bad(Polygon("[[179.99,-90],[180,-90],[180,-89.99],[179.99,-89.99],[179.99,-90]]")).ShouldBe(zigong);
        Bad(Polygon("[[0,89.99],[0.01,89.99],[0.01,90],[0,90],[0,89.99]]")).ShouldBe(zigong);
    }

    [Fact]
    public void A_valid_area_with_a_position_carrying_altitude()
    {
        var area = GeoAreas.Parse(Polygon("[[104.75,29.34,300],[104.76,29.34],[104.76,29.35],[104.75,29.35],[104.75,29.34]]"));
        area.Valid.ShouldBeTrue(area.Message);
        area.Message.ShouldBe("区域有效。");
    }

    [Fact]
    public void Written_back_with_its_holes()
    {
        const string hole = "[[104.752,29.342],[104.752,29.348],[104.758,29.348],[104.758,29.342],[104.752,29.342]]";
        var area = GeoAreas.Parse(Polygon(SquareRing, hole));
        area.GeoJson.ShouldBe(Polygon(SquareRing, hole));
    }

    [Theory]
    [InlineData("[[104.751,29.341],[104.751,29.341],[104.751,29.341],[104.751,29.341]]", "环中不同的坐标太少，构不成多边形（至少 3 个不同的点）。")]
    [InlineData("[[104.77,29.341],[104.77,29.349],[104.78,29.349],[104.78,29.341],[104.77,29.341]]", "内环须位于外环之内。")]
    public void Bad_holes_say_what_is_wrong(string hole, string message) => Bad(Polygon(SquareRing, hole)).ShouldBe(message);

    [Fact]
    public void Nested_holes_are_refused() =>
        Bad(Polygon(SquareRing, "[[104.751,29.341],[104.751,29.349],[104.759,29.349],[104.759,29.341],[104.751,29.341]]",
            "[[104.753,29.343],[104.753,29.347],[104.757,29.347],[104.757,29.343],[104.753,29.343]]")).ShouldBe("内环不能相互嵌套。");

    [Fact]
    public void The_districts_file_gives_six_districts_and_their_envelope()
    {
        var map = GeoAreas.ReadZigong();
        map.Districts.Select(d => d.Name).ShouldBe(["自流井区", "贡井区", "大安区", "沿滩区", "荣县", "富顺县"]);
        map.Districts.Select(d => d.Rings.Count).ShouldBe([11, 3, 12, 12, 5, 6]);
        map.Districts.ShouldAllBe(d => d.Rings.All(r => r.Length >= 4));
        (map.Envelope.MinX, map.Envelope.MaxX, map.Envelope.MinY, map.Envelope.MaxY).ShouldBe((104.052639, 105.272052, 28.924204, 29.637252));
    }
}
