using System.Globalization;
using System.Text;
using NetTopologySuite.Geometries;

namespace Gaoxin.Mobility.Rights;

/// <summary>
/// A right's areas as SVG paths over the Zigong district outlines, for pages (no tile server is reachable): an
/// equirectangular projection scaled by cos(latitude) around the areas, north up. Illustrative, not survey-grade.
/// </summary>
public sealed record RightMap(string ViewBox, IReadOnlyList<(string Name, string Path)> Districts, IReadOnlyList<(string Name, string Path)> Areas)
{
    private const double Width = 600;

    public static RightMap Of(IEnumerable<(string Name, string GeoJson)> areas)
    {
        var polygons = areas.Select(a => (a.Name, Polygon: GeoAreas.Parse(a.GeoJson).Polygon)).Where(a => a.Polygon is not null).ToList();
        var box = new Envelope();
        foreach (var (_, polygon) in polygons)
        {
            box.ExpandToInclude(polygon!.EnvelopeInternal);
        }

        if (box.IsNull)
        {
            box = GeoAreas.Zigong;
        }

        box.ExpandBy(Math.Max(box.Width, box.Height) * 0.25 + 0.002);
        var cos = Math.Cos(box.Centre.Y * Math.PI / 180);
        var scale = Width / (box.Width * cos);
        var height = box.Height * scale;
        string Project(IEnumerable<Coordinate> ring)
        {
            var sb = new StringBuilder();
            var first = true;
            foreach (var c in ring)
            {
                sb.Append(first ? 'M' : 'L').Append(F((c.X - box.MinX) * cos * scale)).Append(',').Append(F((box.MaxY - c.Y) * scale));
                first = false;
            }

            return sb.Append('Z').ToString();
        }

        var districts = GeoAreas.Districts
            .Select(d => (d.Name, Rings: d.Rings.Where(r => EnvelopeOf(r).Intersects(box)).ToList()))
            .Where(d => d.Rings.Count > 0)
            .Select(d => (d.Name, string.Concat(d.Rings.Select(Project))))
            .ToList();
        var drawn = polygons.Select(a => (a.Name, string.Concat(new[] { a.Polygon!.ExteriorRing }.Concat(a.Polygon.InteriorRings).Select(r => Project(r.Coordinates))))).ToList();
        return new RightMap($"0 0 {F(Width)} {F(height)}", districts, drawn);
    }

    private static Envelope EnvelopeOf(Coordinate[] ring)
    {
        var e = new Envelope();
        foreach (var c in ring)
        {
            e.ExpandToInclude(c);
        }

        return e;
    }

    private static string F(double x) => x.ToString("0.#", CultureInfo.InvariantCulture);
}
