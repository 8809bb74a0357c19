using Gaoxin.Kernel.Rules;
using Gaoxin.Kernel.Zones;

namespace Gaoxin.Mobility.Rights;

/// <summary>示范场景 (scenario type) a road right is granted for; display names from the resx (Scenario.*).</summary>
public enum Scenario
{
    /// <summary>物流配送</summary>
    Logistics = 1,
    /// <summary>安防巡逻</summary>
    SecurityPatrol = 2,
    /// <summary>环境监测</summary>
    EnvironmentalMonitoring = 3,
}

/// <summary>The life of a road right: 已申请 → 审核中 → 已许可 / 未予许可; 已许可 ⇄ 暂停; → 已撤销.</summary>
public enum RoadRightStatus
{
    Applied = 1,
    UnderReview = 2,
    Granted = 3,
    Refused = 4,
    Suspended = 5,
    Revoked = 6,
}

public enum RoadRightEventKind
{
    Applied = 1,
    Edited = 2,
    ReviewStarted = 3,
    Granted = 4,
    Refused = 5,
    Suspended = 6,
    Reinstated = 7,
    Revoked = 8,
}

/// <summary>One permitted area (准许区域): a GeoJSON Polygon, stored as validated and normalised (exterior counter-clockwise).</summary>
public sealed record AreaSpec(string Name, string GeoJson);

/// <summary>A weekly window: the ISO weekdays (1 = Monday … 7 = Sunday) and minutes of the day in China time, the end exclusive.</summary>
public sealed record WindowSpec(IReadOnlyList<int> Days, int FromMinute, int ToMinute);

/// <summary>What the operator asks for; checked by <see cref="RoadRightDesk"/> before it reaches the entity.</summary>
public sealed record RoadRightSpec(string Title, Scenario Scenario, IReadOnlyList<Guid> VehicleIds, IReadOnlyList<AreaSpec> Areas,
    IReadOnlyList<WindowSpec> Windows, int SpeedLimitKmh, DateOnly ValidFrom, DateOnly ValidTo);

/// <summary>
/// A road right (路权许可): one operator's vehicles may run one scenario inside the areas, in the weekly windows, up to the
/// speed limit, between the validity dates. Applied by the operator, decided by the zone authority. Every transition is a
/// method here that checks the state, bumps <see cref="Version"/> (a concurrency token: of two decisions at once, one
/// wins and the other is a 409) and records a step of <see cref="History"/>; the save writes the platform's audit chain.
/// </summary>
public sealed class RoadRight : IZoneScoped
{
    private RoadRight()
    {
        Title = string.Empty;
    }

    public RoadRight(ZoneId zoneId, Guid operatorId, RoadRightSpec spec, DateOnly on, DateTimeOffset at, string byUserId, string byName)
    {
        Id = Guid.CreateVersion7();
        ZoneId = zoneId;
        OperatorId = operatorId;
        Title = string.Empty;
        AppliedOn = on;
        Status = RoadRightStatus.Applied;
        Apply(spec);
        Step(RoadRightEventKind.Applied, at, byUserId, byName, string.Empty);
    }

    public Guid Id { get; private set; }

    public ZoneId ZoneId { get; private set; }

    /// <summary>The operator organisation (VehicleOperator) that holds the right.</summary>
    public Guid OperatorId { get; private set; }

    public string Title { get; private set; }

    public Scenario Scenario { get; private set; }

    public RoadRightStatus Status { get; private set; }

    /// <summary>限速（km/h）</summary>
    public int SpeedLimitKmh { get; private set; }

    public DateOnly ValidFrom { get; private set; }

    public DateOnly ValidTo { get; private set; }

    public DateOnly AppliedOn { get; private set; }

    public DateOnly? GrantedOn { get; private set; }

    /// <summary>The policy version the grant was checked under.</summary>
    public int? PolicyVersion { get; private set; }

    public int Version { get; private set; }

    public List<RoadRightVehicle> Vehicles { get; private set; } = [];

    public List<RoadRightArea> Areas { get; private set; } = [];

    public List<RoadRightWindow> Windows { get; private set; } = [];

    public List<RoadRightEvent> History { get; private set; } = [];

    /// <summary>Replaces what was asked for, while the application is not yet under review.</summary>
    public void Edit(RoadRightSpec spec, DateTimeOffset at, string byUserId, string byName)
    {
        Require("只有尚未进入审核的申请可以修改。", RoadRightStatus.Applied);
        Apply(spec);
        Step(RoadRightEventKind.Edited, at, byUserId, byName, string.Empty);
    }

    public void StartReview(DateTimeOffset at, string byUserId, string byName)
    {
        Require("只有已申请的路权可以进入审核。", RoadRightStatus.Applied);
        Status = RoadRightStatus.UnderReview;
        Step(RoadRightEventKind.ReviewStarted, at, byUserId, byName, string.Empty);
    }

    /// <summary>Grants; the caller has checked the preconditions (<see cref="RoadRightRules"/>) under <paramref name="policyVersion"/>.</summary>
    public void Grant(int policyVersion, DateOnly on, string? note, DateTimeOffset at, string byUserId, string byName)
    {
        Require("只有审核中的申请可以许可。", RoadRightStatus.UnderReview);
        Status = RoadRightStatus.Granted;
        GrantedOn = on;
        PolicyVersion = policyVersion;
        Step(RoadRightEventKind.Granted, at, byUserId, byName, note?.Trim() ?? $"依第 {policyVersion} 版政策许可");
    }

    public void Refuse(string reason, DateTimeOffset at, string byUserId, string byName)
    {
        Require("只有审核中的申请可以不予许可。", RoadRightStatus.UnderReview);
        var why = Reason(reason);
        Status = RoadRightStatus.Refused;
        Step(RoadRightEventKind.Refused, at, byUserId, byName, why);
    }

    public void Suspend(string reason, DateTimeOffset at, string byUserId, string byName)
    {
        Require("只有已许可的路权可以暂停。", RoadRightStatus.Granted);
        var why = Reason(reason);
        Status = RoadRightStatus.Suspended;
        Step(RoadRightEventKind.Suspended, at, byUserId, byName, why);
    }

    /// <summary>Gives a suspended right back; the caller has checked the preconditions again.</summary>
    public void Reinstate(string? note, DateTimeOffset at, string byUserId, string byName)
    {
        Require("只有暂停中的路权可以恢复。", RoadRightStatus.Suspended);
        Status = RoadRightStatus.Granted;
        Step(RoadRightEventKind.Reinstated, at, byUserId, byName, note?.Trim() ?? string.Empty);
    }

    public void Revoke(string reason, DateTimeOffset at, string byUserId, string byName)
    {
        Require("只有已许可或暂停中的路权可以撤销。", RoadRightStatus.Granted, RoadRightStatus.Suspended);
        var why = Reason(reason);
        Status = RoadRightStatus.Revoked;
        Step(RoadRightEventKind.Revoked, at, byUserId, byName, why);
    }

    /// <summary>In force on a day: granted (not suspended, refused or revoked) and within its validity, both ends included.</summary>
    public bool InForceOn(DateOnly day) => Status == RoadRightStatus.Granted && ValidFrom <= day && day <= ValidTo;

    private void Apply(RoadRightSpec spec)
    {
        Title = spec.Title;
        Scenario = spec.Scenario;
        SpeedLimitKmh = spec.SpeedLimitKmh;
        ValidFrom = spec.ValidFrom;
        ValidTo = spec.ValidTo;
        Vehicles.Clear();
        Vehicles.AddRange(spec.VehicleIds.Distinct().Select(v => new RoadRightVehicle(ZoneId, Id, v)));
        Areas.Clear();
        Areas.AddRange(spec.Areas.Select((a, i) => new RoadRightArea(ZoneId, Id, i + 1, a.Name, a.GeoJson)));
        Windows.Clear();
        Windows.AddRange(spec.Windows.Select(w => new RoadRightWindow(ZoneId, Id, WeekdayMask.Of(w.Days), w.FromMinute, w.ToMinute)));
    }

    private void Require(string message, params RoadRightStatus[] states)
    {
        if (!states.Contains(Status))
        {
            throw Refusal.Conflict(message);
        }
    }

    private void Step(RoadRightEventKind kind, DateTimeOffset at, string byUserId, string byName, string reason)
    {
        Version++;
        History.Add(new RoadRightEvent(ZoneId, Id, kind, Status, at, byUserId, byName, reason));
    }

    private static string Reason(string? reason) =>
        string.IsNullOrWhiteSpace(reason) ? throw Refusal.Invalid("reason", "请填写原因。") : reason.Trim();
}

/// <summary>ISO weekdays as bits: Monday = 1, Tuesday = 2, … Sunday = 64.</summary>
public static class WeekdayMask
{
    public static int Of(IEnumerable<int> isoDays) => isoDays.Where(d => d is >= 1 and <= 7).Aggregate(0, (m, d) => m | (1 << (d - 1)));

    public static IReadOnlyList<int> Days(int mask) => Enumerable.Range(1, 7).Where(d => (mask & (1 << (d - 1))) != 0).ToList();

    public static int Iso(DayOfWeek day) => day == DayOfWeek.Sunday ? 7 : (int)day;

    public static bool Has(int mask, DayOfWeek day) => (mask & (1 << (Iso(day) - 1))) != 0;
}

public sealed class RoadRightVehicle : IZoneScoped
{
    private RoadRightVehicle()
    {
    }

    internal RoadRightVehicle(ZoneId zoneId, Guid roadRightId, Guid vehicleId)
    {
        Id = Guid.CreateVersion7();
        ZoneId = zoneId;
        RoadRightId = roadRightId;
        VehicleId = vehicleId;
    }

    public Guid Id { get; private set; }

    public ZoneId ZoneId { get; private set; }

    public Guid RoadRightId { get; private set; }

    public Guid VehicleId { get; private set; }
}

public sealed class RoadRightArea : IZoneScoped
{
    private RoadRightArea()
    {
        Name = GeoJson = string.Empty;
    }

    internal RoadRightArea(ZoneId zoneId, Guid roadRightId, int order, string name, string geoJson)
    {
        Id = Guid.CreateVersion7();
        ZoneId = zoneId;
        RoadRightId = roadRightId;
        Order = order;
        Name = name;
        GeoJson = geoJson;
    }

    public Guid Id { get; private set; }

    public ZoneId ZoneId { get; private set; }

    public Guid RoadRightId { get; private set; }

    public int Order { get; private set; }

    public string Name { get; private set; }

    /// <summary>A GeoJSON Polygon in WGS-84 (as MDS), exterior counter-clockwise (RFC 7946).</summary>
    public string GeoJson { get; private set; }
}

public sealed class RoadRightWindow : IZoneScoped
{
    private RoadRightWindow()
    {
    }

    internal RoadRightWindow(ZoneId zoneId, Guid roadRightId, int days, int fromMinute, int toMinute)
    {
        Id = Guid.CreateVersion7();
        ZoneId = zoneId;
        RoadRightId = roadRightId;
        Days = days;
        FromMinute = fromMinute;
        ToMinute = toMinute;
    }

    public Guid Id { get; private set; }

    public ZoneId ZoneId { get; private set; }

    public Guid RoadRightId { get; private set; }

    /// <summary><see cref="WeekdayMask"/> bits.</summary>
    public int Days { get; private set; }

    /// <summary>Minutes after midnight, China time; the start included.</summary>
    public int FromMinute { get; private set; }

    /// <summary>Minutes after midnight (1440 = midnight at the day's end); the end excluded.</summary>
    public int ToMinute { get; private set; }
}

/// <summary>One step of a right's life: what, the state after it, who, when and why.</summary>
public sealed class RoadRightEvent : IZoneScoped
{
    private RoadRightEvent()
    {
        ByUserId = ByName = Reason = string.Empty;
    }

    internal RoadRightEvent(ZoneId zoneId, Guid roadRightId, RoadRightEventKind kind, RoadRightStatus after, DateTimeOffset at, string byUserId, string byName, string reason)
    {
        Id = Guid.CreateVersion7();
        ZoneId = zoneId;
        RoadRightId = roadRightId;
        Kind = kind;
        After = after;
        At = at;
        ByUserId = byUserId;
        ByName = byName;
        Reason = reason;
    }

    public Guid Id { get; private set; }

    public ZoneId ZoneId { get; private set; }

    public Guid RoadRightId { get; private set; }

    public RoadRightEventKind Kind { get; private set; }

    public RoadRightStatus After { get; private set; }

    public DateTimeOffset At { get; private set; }

    public string ByUserId { get; private set; }

    public string ByName { get; private set; }

    public string Reason { get; private set; }
}
