namespace Gaoxin.Enterprises.Certification;

internal enum BandKind
{
    /// <summary>value ≥ bound</summary>
    AtLeast = 1,
    /// <summary>value &gt; bound</summary>
    Above = 2,
    /// <summary>value ≤ bound</summary>
    AtMost = 3,
    /// <summary>value &lt; bound</summary>
    Below = 4,
}

/// <summary>
/// One band of a scoring table. Points–PointsTop is a range when the measures give one (高新 "25–30"):
/// the computed part scores the bottom and the rest is for experts.
/// </summary>
internal sealed record Band(BandKind Kind, decimal Bound, decimal Points, decimal PointsTop, string Label)
{
    public static Band AtLeast(decimal bound, decimal points, string label) => new(BandKind.AtLeast, bound, points, points, label);

    public static Band AtLeast(decimal bound, decimal points, decimal pointsTop, string label) => new(BandKind.AtLeast, bound, points, pointsTop, label);

    public static Band Above(decimal bound, decimal points, decimal pointsTop, string label) => new(BandKind.Above, bound, points, pointsTop, label);

    public static Band Below(decimal bound, decimal points, string label) => new(BandKind.Below, bound, points, points, label);

    public static Band AtMost(decimal bound, decimal points, string label) => new(BandKind.AtMost, bound, points, points, label);

    public bool Contains(decimal value) => Kind switch
    {
        BandKind.AtLeast => value >= Bound,
        BandKind.Above => value > Bound,
        BandKind.AtMost => value <= Bound,
        _ => value < Bound,
    };
}

/// <summary>
/// A scoring table, best band first; a value in no band gets the floor. Boundaries follow the measures'
/// wording: "25–30% → 16" means 25% ≤ x &lt; 30%, so a value exactly on a bound takes the better band.
/// </summary>
internal sealed class BandTable
{
    public BandTable(string floorLabel, params Band[] bands)
    {
        if (bands.Length == 0)
        {
            throw new ArgumentException("评分表至少需要一个分档。", nameof(bands));
        }

        Bands = bands;
        FloorLabel = floorLabel;
    }

    public IReadOnlyList<Band> Bands { get; }

    /// <summary>Points below every band (always 0 in the current measures).</summary>
    public static decimal FloorPoints => 0m;

    public string FloorLabel { get; }

    public decimal Max => Bands[0].PointsTop;

    /// <summary>Index of the best band the value reaches, or -1 for the floor.</summary>
    public int Find(decimal value)
    {
        for (var i = 0; i < Bands.Count; i++)
        {
            if (Bands[i].Contains(value))
            {
                return i;
            }
        }

        return -1;
    }

    public decimal PointsAt(int index) => index < 0 ? FloorPoints : Bands[index].Points;

    public decimal PointsTopAt(int index) => index < 0 ? FloorPoints : Bands[index].PointsTop;

    public string LabelAt(int index) => index < 0 ? FloorLabel : Bands[index].Label;

    /// <summary>The band just above the given one, or null at the top.</summary>
    public Band? NextAbove(int index) => index < 0 ? Bands[^1] : index == 0 ? null : Bands[index - 1];
}
