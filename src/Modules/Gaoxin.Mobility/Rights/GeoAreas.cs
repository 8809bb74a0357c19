using System.Globalization;
using System.Text;
using System.Text.Json;
using NetTopologySuite.Algorithm;
using NetTopologySuite.Geometries;
using NetTopologySuite.Operation.Valid;

namespace Gaoxin.Mobility.Rights;

/// <summary>A checked area: the polygon (exterior counter-clockwise, holes clockwise) and its GeoJSON text as stored; or why not.</summary>
public sealed record GeoArea(bool Valid, string Message, Polygon? Polygon, string GeoJson)
{
    public static GeoArea Bad(string message) => new(false, message, null, string.Empty);
}

/// <summary>
/// Reads and checks a permitted area given as GeoJSON (a Polygon, or a Feature holding one), pure: malformed JSON, other
/// types, rings that are unclosed or shorter than 4 positions, coordinates out of range, self-intersection and areas far
/// from Zigong are refused with a Chinese reason; a clockwise exterior is turned round (RFC 7946) rather than refused.
/// WGS-84 longitude/latitude, as MDS and the districts file use.
/// </summary>
public static class GeoAreas
{
    public const int MaxPositions = 2_000;
    private const int MaxRings = 20;

    private static readonly GeometryFactory Factory = new(new PrecisionModel(), 4326);

    /// <summary>The envelope of Zigong city's six districts (the shipped districts file), read once.</summary>
    public static Envelope Zigong => ZigongMap.Value.Envelope;

    /// <summary>The district outlines (name, rings of lng/lat) for drawing behind the areas.</summary>
    public static IReadOnlyList<(string Name, IReadOnlyList<Coordinate[]> Rings)> Districts => ZigongMap.Value.Districts;

    public static GeoArea Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return GeoArea.Bad("请提供区域的 GeoJSON。");
        }

        JsonDocument doc;
        try
        {
            doc = JsonDocument.Parse(text, new JsonDocumentOptions { MaxDepth = 16 });
        }
        catch (JsonException)
        {
            return GeoArea.Bad("区域不是有效的 JSON，请检查括号、逗号与引号。");
        }

        using (doc)
        {
            var root = doc.RootElement;
            if (root.ValueKind == JsonValueKind.Object && TypeOf(root) == "Feature")
            {
                if (!root.TryGetProperty("geometry", out var geometry) || geometry.ValueKind != JsonValueKind.Object)
                {
                    return GeoArea.Bad("GeoJSON Feature 缺少几何（geometry）。");
                }

                root = geometry;
            }

            if (root.ValueKind != JsonValueKind.Object)
            {
                return GeoArea.Bad("区域须为 GeoJSON 对象（type 为 Polygon）。");
            }

            var type = TypeOf(root);
            if (type != "Polygon")
            {
                return GeoArea.Bad($"区域须为 GeoJSON 多边形（Polygon），收到的类型是“{(string.IsNullOrEmpty(type) ? "无" : Shorten(type))}”。");
            }

            if (!root.TryGetProperty("coordinates", out var coordinates) || coordinates.ValueKind != JsonValueKind.Array || coordinates.GetArrayLength() == 0)
            {
                return GeoArea.Bad("多边形缺少坐标（coordinates 须为至少一个环的数组）。");
            }

            if (coordinates.GetArrayLength() > MaxRings)
            {
                return GeoArea.Bad($"一个多边形最多 {MaxRings} 个环。");
            }

            var rings = new List<Coordinate[]>();
            var total = 0;
            var r = 0;
            foreach (var ringJson in coordinates.EnumerateArray())
            {
                r++;
                var label = r == 1 ? "外环" : $"第 {r - 1} 个内环";
                if (ringJson.ValueKind != JsonValueKind.Array)
                {
                    return GeoArea.Bad($"{label}须为坐标数组。");
                }

                var ring = new List<Coordinate>();
                var i = 0;
                foreach (var position in ringJson.EnumerateArray())
                {
                    i++;
                    if (++total > MaxPositions)
                    {
                        return GeoArea.Bad($"一个区域最多 {MaxPositions} 个坐标。");
                    }

                    if (position.ValueKind != JsonValueKind.Array || position.GetArrayLength() < 2
                        || position[0].ValueKind != JsonValueKind.Number || position[1].ValueKind != JsonValueKind.Number
                        || !position[0].TryGetDouble(out var lng) || !position[1].TryGetDouble(out var lat))
                    {
                        return GeoArea.Bad($"{label}第 {i} 个坐标须为 [经度, 纬度] 两个数。");
                    }

                    if (!double.IsFinite(lng) || lng < -180 || lng > 180)
                    {
                        return GeoArea.Bad($"{label}第 {i} 个坐标的经度 {N(lng)} 超出范围（−180 至 180）。");
                    }

                    if (!double.IsFinite(lat) || lat < -90 || lat > 90)
                    {
                        return GeoArea.Bad($"{label}第 {i} 个坐标的纬度 {N(lat)} 超出范围（−90 至 90）。");
                    }

                    ring.Add(new Coordinate(lng, lat));
                }

                if (ring.Count < 4)
                {
                    return GeoArea.Bad($"{label}只有 {ring.Count} 个坐标：一个环至少 4 个坐标（首尾为同一点）。");
                }

                if (!ring[0].Equals2D(ring[^1]))
                {
                    return GeoArea.Bad($"{label}未闭合：首个坐标 {P(ring[0])} 与末个坐标 {P(ring[^1])} 须相同。");
                }

                rings.Add([.. ring]);
            }

            var polygon = Normalised(rings);
            var problem = new IsValidOp(polygon).ValidationError;
            if (problem is not null)
            {
                return GeoArea.Bad(Explain(problem));
            }

            if (!polygon.EnvelopeInternal.Intersects(Zigong))
            {
                var z = Zigong;
                return GeoArea.Bad($"区域不在自贡市范围内：自贡市约在经度 {N(z.MinX)}–{N(z.MaxX)}、纬度 {N(z.MinY)}–{N(z.MaxY)} 之间（WGS-84）。");
            }

            return new GeoArea(true, "区域有效。", polygon, Write(polygon));
        }
    }

    /// <summary>The polygon with its exterior counter-clockwise and its holes clockwise.</summary>
    private static Polygon Normalised(List<Coordinate[]> rings)
    {
        LinearRing Ring(Coordinate[] c, bool ccw)
        {
            var copy = Orientation.IsCCW(c) == ccw ? c : [.. c.Reverse()];
            return Factory.CreateLinearRing(copy);
        }

        return Factory.CreatePolygon(Ring(rings[0], true), [.. rings.Skip(1).Select(h => Ring(h, false))]);
    }

    private static string Explain(TopologyValidationError error) => error.ErrorType switch
    {
        TopologyValidationErrors.SelfIntersection or TopologyValidationErrors.RingSelfIntersection =>
            $"多边形自相交（在 {P(error.Coordinate)} 附近）：边不能相互交叉。",
        TopologyValidationErrors.TooFewPoints => "环中不同的坐标太少，构不成多边形（至少 3 个不同的点）。",
        TopologyValidationErrors.HoleOutsideShell => "内环须位于外环之内。",
        TopologyValidationErrors.NestedHoles => "内环不能相互嵌套。",
        TopologyValidationErrors.DisconnectedInteriors => "内环把多边形分成了不相连的部分。",
        _ => $"多边形无效（在 {P(error.Coordinate)} 附近）：{error.Message}",
    };

    /// <summary>The GeoJSON text of a polygon, coordinates in shortest round-trip form.</summary>
    public static string Write(Polygon polygon)
    {
        var sb = new StringBuilder("{\"type\":\"Polygon\",\"coordinates\":[");
        void Ring(LineString ring)
        {
            sb.Append('[');
            sb.AppendJoin(',', ring.Coordinates.Select(c => "[" + c.X.ToString("R", CultureInfo.InvariantCulture) + "," + c.Y.ToString("R", CultureInfo.InvariantCulture) + "]"));
            sb.Append(']');
        }

        Ring(polygon.ExteriorRing);
        foreach (var hole in polygon.InteriorRings)
        {
            sb.Append(',');
            Ring(hole);
        }

        return sb.Append("]}").ToString();
    }

    private static string TypeOf(JsonElement e) =>
        e.TryGetProperty("type", out var t) && t.ValueKind == JsonValueKind.String ? t.GetString() ?? string.Empty : string.Empty;

    private static string Shorten(string s) => s.Length <= 20 ? s : s[..20] + "…";

    private static string N(double x) => x.ToString("0.######", CultureInfo.InvariantCulture);

    private static string P(Coordinate? c) => c is null ? "?" : $"[{N(c.X)}, {N(c.Y)}]";

    internal sealed record Map(Envelope Envelope, IReadOnlyList<(string Name, IReadOnlyList<Coordinate[]> Rings)> Districts);

    private static readonly Lazy<Map> ZigongMap = new(ReadZigong);

    /// <summary>
    /// Reads the embedded districts file (every feature a MultiPolygon): each district's outer rings and the envelope of
    /// them all. Internal so a test can read it afresh; the app reads it once, through <see cref="ZigongMap"/>.
    /// </summary>
    internal static Map ReadZigong()
    {
        using var stream = typeof(GeoAreas).Assembly.GetManifestResourceStream("Gaoxin.Mobility.Rights.zigong-510300-districts.geojson")
            ?? throw new InvalidOperationException("The Zigong districts file is not embedded.");
        using var doc = JsonDocument.Parse(stream);
        var envelope = new Envelope();
        var districts = new List<(string, IReadOnlyList<Coordinate[]>)>();
        foreach (var feature in doc.RootElement.GetProperty("features").EnumerateArray())
        {
            var name = feature.GetProperty("properties").GetProperty("name").GetString() ?? string.Empty;
            var rings = new List<Coordinate[]>();
            foreach (var polygon in feature.GetProperty("geometry").GetProperty("coordinates").EnumerateArray())
            {
                var outer = polygon[0].EnumerateArray().Select(p => new Coordinate(p[0].GetDouble(), p[1].GetDouble())).ToArray();
                foreach (var c in outer)
                {
                    envelope.ExpandToInclude(c);
                }

                rings.Add(outer);
            }

            districts.Add((name, rings));
        }

        return new Map(envelope, districts);
    }
}
