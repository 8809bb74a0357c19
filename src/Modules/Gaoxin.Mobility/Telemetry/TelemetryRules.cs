using System.Globalization;
using Gaoxin.Kernel.Rules;
using Gaoxin.Kernel.Zones;
using Gaoxin.Mobility.Rights;
using NetTopologySuite.Geometries;
using NetTopologySuite.Geometries.Prepared;

namespace Gaoxin.Mobility.Telemetry;

/// <summary>
/// One road right of the vehicle as the live checks need it, prepared once per batch: status, validity, areas as
/// prepared geometries, weekly windows (ISO weekday bits, minutes in China time, end excluded) and the speed limit.
/// </summary>
public sealed class PermitShape
{
    private static readonly GeometryFactory Factory = new(new PrecisionModel(), 4326);

    public PermitShape(Guid rightId, int version, RoadRightStatus status, DateOnly validFrom, DateOnly validTo, IReadOnlyList<Polygon> areas,
        IReadOnlyList<(int Days, int FromMinute, int ToMinute)> windows, int speedLimitKmh)
    {
        RightId = rightId;
        Version = version;
        Status = status;
        ValidFrom = validFrom;
        ValidTo = validTo;
        Areas = [.. areas.Select(PreparedGeometryFactory.Prepare)];
        Windows = windows;
        SpeedLimitKmh = speedLimitKmh;
    }

    public static PermitShape Of(RoadRight r) => new(r.Id, r.Version, r.Status, r.ValidFrom, r.ValidTo,
        [.. r.Areas.Select(a => GeoAreas.Parse(a.GeoJson).Polygon).OfType<Polygon>()], [.. r.Windows.Select(w => (w.Days, w.FromMinute, w.ToMinute))], r.SpeedLimitKmh);

    public Guid RightId { get; }

    public int Version { get; }

    public RoadRightStatus Status { get; }

    public DateOnly ValidFrom { get; }

    public DateOnly ValidTo { get; }

    public IReadOnlyList<IPreparedGeometry> Areas { get; }

    public IReadOnlyList<(int Days, int FromMinute, int ToMinute)> Windows { get; }

    public int SpeedLimitKmh { get; }

    /// <summary>Granted (not suspended or revoked) and the day within its validity, both ends included.</summary>
    public bool InForceOn(DateOnly day) => Status == RoadRightStatus.Granted && ValidFrom <= day && day <= ValidTo;

    /// <summary>Covers, not Contains: a point exactly on an area's edge counts as inside.</summary>
    public bool Covers(double lat, double lng)
    {
        var point = Factory.CreatePoint(new Coordinate(lng, lat));
        return Areas.Any(a => a.Covers(point));
    }

    /// <summary>The instant (China time) falls in one of the windows: the start second included, the end excluded.</summary>
    public bool OpenAt(DateTimeOffset local)
    {
        var second = (int)local.TimeOfDay.TotalSeconds;
        return Windows.Any(w => WeekdayMask.Has(w.Days, local.DayOfWeek) && second >= w.FromMinute * 60 && second < w.ToMinute * 60);
    }
}

/// <summary>
/// What the live checks look at for one reported point: where and how fast (km/h), when, the vehicle's road rights and
/// insurance. The rights in force that day and those whose areas cover the point are worked out once, here.
/// </summary>
public sealed class PointFacts
{
    public PointFacts(double lat, double lng, double speedKmh, DateTimeOffset at, IReadOnlyList<PermitShape> permits, IReadOnlyList<(DateOnly From, DateOnly To)> insurance)
    {
        Lat = lat;
        Lng = lng;
        SpeedKmh = speedKmh;
        At = at;
        Local = ZoneClock.InZone(at);
        Day = DateOnly.FromDateTime(Local.DateTime);
        Permits = permits;
        Insurance = insurance;
        InForce = [.. permits.Where(p => p.InForceOn(Day))];
        Covering = [.. InForce.Where(p => p.Covers(lat, lng))];
    }

    public double Lat { get; }

    public double Lng { get; }

    public double SpeedKmh { get; }

    public DateTimeOffset At { get; }

    /// <summary>The instant in China time (UTC+8).</summary>
    public DateTimeOffset Local { get; }

    public DateOnly Day { get; }

    /// <summary>Every road right that lists the vehicle, whatever its state.</summary>
    public IReadOnlyList<PermitShape> Permits { get; }

    /// <summary>Insurance periods of the vehicle, both ends included.</summary>
    public IReadOnlyList<(DateOnly From, DateOnly To)> Insurance { get; }

    public IReadOnlyList<PermitShape> InForce { get; }

    /// <summary>The rights in force whose areas cover the point.</summary>
    public IReadOnlyList<PermitShape> Covering { get; }

    internal string Time => Local.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture);

    internal static string N(double x) => x.ToString("0.######", CultureInfo.InvariantCulture);

    /// <summary>The figures every live outcome carries: the right it was judged against (id and version), if any.</summary>
    internal static Dictionary<string, string> Figures(PermitShape? right, params (string Key, string Value)[] more)
    {
        var figures = more.ToDictionary(m => m.Key, m => m.Value);
        if (right is not null)
        {
            figures["rightId"] = right.RightId.ToString();
            figures["rightVersion"] = right.Version.ToString(CultureInfo.InvariantCulture);
        }

        return figures;
    }
}

/// <summary>路权有效：on the point's day (China time) at least one road right of the vehicle is granted and within its validity.</summary>
public sealed class PermitInForceRule : IBusinessRule<PointFacts>
{
    public string Name => nameof(PermitInForceRule);

    public RuleOutcome Check(PointFacts f)
    {
        if (f.InForce.Count > 0)
        {
            return RuleOutcome.Pass(Name, "有有效的路权许可。");
        }

        var latest = f.Permits.OrderByDescending(p => p.ValidTo).FirstOrDefault();
        var day = f.Day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        return RuleOutcome.Refuse(Name, latest is null
            ? $"{day} 车辆没有任何路权许可却在运行。"
            : $"{day} 车辆没有有效的路权许可（已过期、暂停或撤销）却在运行。", PointFacts.Figures(latest, ("day", day)));
    }
}

/// <summary>保险有效：on the point's day (China time) the vehicle has an insurance period covering it (both ends included).</summary>
public sealed class InsuranceInForceRule : IBusinessRule<PointFacts>
{
    public string Name => nameof(InsuranceInForceRule);

    public RuleOutcome Check(PointFacts f)
    {
        var day = f.Day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        return f.Insurance.Any(i => i.From <= f.Day && f.Day <= i.To)
            ? RuleOutcome.Pass(Name, "保险在有效期内。")
            : RuleOutcome.Refuse(Name, $"{day} 车辆没有有效保险却在运行。", PointFacts.Figures(null, ("day", day)));
    }
}

/// <summary>区域内：the point lies in an area of a road right in force (on the edge counts as inside); not judged without one in force.</summary>
public sealed class InsideAreaRule : IBusinessRule<PointFacts>
{
    public string Name => nameof(InsideAreaRule);

    public RuleOutcome Check(PointFacts f) => f.InForce.Count == 0 || f.Covering.Count > 0
        ? RuleOutcome.Pass(Name, "位于准许区域内。")
        : RuleOutcome.Refuse(Name, $"位置 [{PointFacts.N(f.Lng)}, {PointFacts.N(f.Lat)}] 不在任何准许区域内。",
            PointFacts.Figures(f.InForce[0], ("lat", PointFacts.N(f.Lat)), ("lng", PointFacts.N(f.Lng))));
}

/// <summary>时段内：a right whose area covers the point is open at the instant (China time; the window's end excluded).</summary>
public sealed class InsideWindowRule : IBusinessRule<PointFacts>
{
    public string Name => nameof(InsideWindowRule);

    public RuleOutcome Check(PointFacts f) => f.Covering.Count == 0 || f.Covering.Any(p => p.OpenAt(f.Local))
        ? RuleOutcome.Pass(Name, "位于准许时段内。")
        : RuleOutcome.Refuse(Name, $"{f.Time}（北京时间）不在准许时段内。", PointFacts.Figures(f.Covering[0], ("at", f.Time)));
}

/// <summary>不超速：the speed is at most the highest limit of the rights covering the point and open then; the limit itself is allowed.</summary>
public sealed class SpeedLimitRule : IBusinessRule<PointFacts>
{
    public string Name => nameof(SpeedLimitRule);

    public RuleOutcome Check(PointFacts f)
    {
        var open = f.Covering.Where(p => p.OpenAt(f.Local)).OrderByDescending(p => p.SpeedLimitKmh).FirstOrDefault();
        if (open is null || f.SpeedKmh <= open.SpeedLimitKmh)
        {
            return RuleOutcome.Pass(Name, "未超速。");
        }

        return RuleOutcome.Refuse(Name, $"车速 {PointFacts.N(f.SpeedKmh)} km/h 超过限速 {open.SpeedLimitKmh} km/h。",
            PointFacts.Figures(open, ("speedKmh", PointFacts.N(f.SpeedKmh)), ("limitKmh", open.SpeedLimitKmh.ToString(CultureInfo.InvariantCulture))));
    }
}

/// <summary>The live checks, in the order a violation is reported.</summary>
public static class LiveRules
{
    public static readonly IReadOnlyList<IBusinessRule<PointFacts>> All =
        [new PermitInForceRule(), new InsuranceInForceRule(), new InsideAreaRule(), new InsideWindowRule(), new SpeedLimitRule()];

    /// <summary>Every rule a violation can name: the point rules and the comms sweep's.</summary>
    public static readonly IReadOnlyList<string> Names = [.. All.Select(r => r.Name), nameof(CommsLostRule)];
}

/// <summary>What the comms-lost check looks at: a vehicle's last reported point, now, and the longest silence allowed (seconds).</summary>
public sealed record CommsFacts(DateTimeOffset LastPointAt, DateTimeOffset Now, int MaxSilenceSeconds);

/// <summary>通信正常：the last point is at most the allowed silence old; exactly the limit is still fine.</summary>
public sealed class CommsLostRule : IBusinessRule<CommsFacts>
{
    public string Name => nameof(CommsLostRule);

    public RuleOutcome Check(CommsFacts f)
    {
        var silence = (long)Math.Floor((f.Now - f.LastPointAt).TotalSeconds);
        return silence <= f.MaxSilenceSeconds
            ? RuleOutcome.Pass(Name, "通信正常。")
            : RuleOutcome.Refuse(Name, $"已 {silence} 秒未收到轨迹点（上限 {f.MaxSilenceSeconds} 秒）。", new Dictionary<string, string>
            {
                ["silenceSeconds"] = silence.ToString(CultureInfo.InvariantCulture),
                ["maxSeconds"] = f.MaxSilenceSeconds.ToString(CultureInfo.InvariantCulture),
            });
    }
}
