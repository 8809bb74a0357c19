using System.Globalization;
using Gaoxin.Kernel.Zones;
using NetTopologySuite.Geometries;
using NetTopologySuite.Geometries.Prepared;

namespace Gaoxin.Mobility.Rights;

/// <summary>Which rule of a right a position broke; <see cref="None"/> when it keeps them all.</summary>
public enum RightBreach
{
    None = 0,
    /// <summary>许可不在有效状态或当日不在有效期内</summary>
    NotInForce = 1,
    /// <summary>不在准许区域内</summary>
    OutsideArea = 2,
    /// <summary>不在准许时段内</summary>
    OutsideWindow = 3,
    /// <summary>超速</summary>
    OverSpeed = 4,
}

/// <summary>One reported position: WGS-84 latitude and longitude, speed in km/h, and the instant.</summary>
public readonly record struct Position(double Lat, double Lng, double SpeedKmh, DateTimeOffset At);

/// <summary>The answer: the first rule broken (in force, area, window, speed) and why, in Chinese.</summary>
public sealed record RightCheckResult(RightBreach Breach, string Message)
{
    public bool Kept => Breach == RightBreach.None;
}

/// <summary>
/// Checks one position against one road right, pure and prepared once per right (the telemetry slice keeps one per
/// right in memory). A point exactly on an area's edge is inside; a window includes its start and excludes its end, in
/// China time; the speed limit itself is allowed; the right must be granted and the day within its validity.
/// </summary>
public sealed class RoadRightCheck
{
    private readonly IPreparedGeometry[] _areas;
    private readonly (int Days, int From, int To)[] _windows;
    private readonly RoadRightStatus _status;
    private readonly DateOnly _from;
    private readonly DateOnly _to;
    private readonly int _speedLimit;
    private static readonly GeometryFactory Factory = new(new PrecisionModel(), 4326);

    public RoadRightCheck(RoadRight right)
    {
        ArgumentNullException.ThrowIfNull(right);
        _areas = [.. right.Areas.Select(a => GeoAreas.Parse(a.GeoJson).Polygon).OfType<Polygon>().Select(PreparedGeometryFactory.Prepare)];
        _windows = [.. right.Windows.Select(w => (w.Days, w.FromMinute, w.ToMinute))];
        _status = right.Status;
        _from = right.ValidFrom;
        _to = right.ValidTo;
        _speedLimit = right.SpeedLimitKmh;
    }

    public RightCheckResult Check(Position p)
    {
        var local = ZoneClock.InZone(p.At);
        var day = DateOnly.FromDateTime(local.DateTime);
        if (_status != RoadRightStatus.Granted || day < _from || day > _to)
        {
            return new(RightBreach.NotInForce, _status != RoadRightStatus.Granted
                ? "路权许可不在有效状态（未许可、暂停或已撤销）。"
                : $"{Day(day)} 不在许可有效期 {Day(_from)} 至 {Day(_to)} 内。");
        }

        // Covers, not Contains: a point on the boundary counts as inside.
        var point = Factory.CreatePoint(new Coordinate(p.Lng, p.Lat));
        if (!_areas.Any(a => a.Covers(point)))
        {
            return new(RightBreach.OutsideArea, $"位置 [{N(p.Lng)}, {N(p.Lat)}] 不在任何准许区域内。");
        }

        var second = (int)local.TimeOfDay.TotalSeconds;
        if (!_windows.Any(w => WeekdayMask.Has(w.Days, local.DayOfWeek) && second >= w.From * 60 && second < w.To * 60))
        {
            return new(RightBreach.OutsideWindow, $"{local.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture)}（北京时间）不在准许时段内。");
        }

        return p.SpeedKmh > _speedLimit
            ? new(RightBreach.OverSpeed, $"车速 {N(p.SpeedKmh)} km/h 超过限速 {_speedLimit} km/h。")
            : new(RightBreach.None, "符合路权许可。");
    }

    private static string Day(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string N(double x) => x.ToString("0.######", CultureInfo.InvariantCulture);
}
