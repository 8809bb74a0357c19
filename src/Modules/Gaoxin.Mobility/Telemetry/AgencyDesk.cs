using System.Globalization;
using System.Security.Claims;
using Gaoxin.Data;
using Gaoxin.Data.Identity;
using Gaoxin.Data.Operations;
using Gaoxin.Kernel.Rules;
using Gaoxin.Kernel.Zones;
using Gaoxin.Mobility.Fleet;
using Gaoxin.Mobility.Rights;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;

namespace Gaoxin.Mobility.Telemetry;

/// <summary>The operator behind an agency request, from its token: the zone and the operator organisation.</summary>
public sealed record OperatorCaller(ZoneId Zone, Guid OperatorId)
{
    public static OperatorCaller Of(ClaimsPrincipal user) =>
        Guid.TryParse(user.FindFirstValue(GaoxinClaims.Zone), out var zone) && Guid.TryParse(user.FindFirstValue(GaoxinClaims.Organisation), out var op)
            ? new(new ZoneId(zone), op)
            : throw Refusal.Forbidden("须使用运营企业令牌。");
}

/// <summary>
/// Limits of the agency API (configuration section Mobility:Telemetry): how far in the future a timestamp may lie (clock
/// skew), how old a point may be when it arrives, and how long a vehicle may stay silent before its comms count as lost.
/// </summary>
public sealed record TelemetryLimits(TimeSpan FutureSkew, TimeSpan MaxAge, int CommsLostSeconds = TelemetryLimits.DefaultCommsLostSeconds)
{
    public const int DefaultCommsLostSeconds = 60;

    public static readonly TelemetryLimits Default = new(TimeSpan.FromSeconds(60), TimeSpan.FromDays(7));

    public static TelemetryLimits From(IConfiguration configuration) => new(
        TimeSpan.FromSeconds(configuration.GetValue("Mobility:Telemetry:FutureSkewSeconds", 60)),
        TimeSpan.FromDays(configuration.GetValue("Mobility:Telemetry:MaxAgeDays", 7)),
        configuration.GetValue("Mobility:Telemetry:CommsLostSeconds", DefaultCommsLostSeconds));
}

/// <summary>
/// The MDS agency side (数据接入): operators register device ids for their vehicles, and send vehicle events and telemetry
/// in batches. A batch is accepted whole or refused whole (400 naming each bad item, nothing stored); an item sent again
/// (same telemetry_id or event_id) is not stored twice and the answer is the same. Each new point is checked against
/// the live rules (<see cref="LiveRules"/>) as it arrives; the vehicle's rights are read and prepared once per batch.
/// </summary>
internal sealed class AgencyDesk(GaoxinDbContext db, TimeProvider clock, TelemetryLimits limits, GaoxinMetrics metrics)
{
    public const int MaxBatch = 1_000;

    /// <summary>MDS speed is m/s; the rules speak km/h.</summary>
    public const double KmhPerMs = 3.6;

    private static readonly string[] EmptyItem = ["不能为空。"];

    private const string Unknown = "设备未登记为本企业的车辆（先通过 vehicles 登记 device_id）。";

    public async Task<MdsBulkResult> RegisterAsync(OperatorCaller caller, MdsVehiclesInput input, CancellationToken ct)
    {
        var items = Items(input.Data);
        var failures = new Dictionary<string, string[]>();
        var vins = items.Where(i => !string.IsNullOrWhiteSpace(i.VehicleId)).Select(i => i.VehicleId!.Trim()).Distinct().ToList();
        var vehicles = await db.Set<Vehicle>().Where(v => v.ZoneId == caller.Zone && vins.Contains(v.Vin)).ToListAsync(ct);
        var devices = items.Where(i => i.DeviceId is not null).Select(i => i.DeviceId).Distinct().ToList();
        var taken = await db.Set<Vehicle>().AsNoTracking().Where(v => v.ZoneId == caller.Zone && devices.Contains(v.DeviceId))
            .Select(v => new { v.DeviceId, v.Vin }).ToListAsync(ct);
        var seen = new HashSet<Guid>();
        var seenVins = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < items.Count; i++)
        {
            var item = items[i];
            var vin = item.VehicleId?.Trim();
            var vehicle = vehicles.FirstOrDefault(v => v.Vin == vin);
            var reason = item.DeviceId is not { } device || device == Guid.Empty ? "缺少 device_id（UUID）。"
                : string.IsNullOrEmpty(vin) ? "缺少 vehicle_id（车辆识别代号 VIN）。"
                : !seen.Add(device) ? "同一批次中 device_id 重复。"
                : !seenVins.Add(vin) ? "同一批次中 vehicle_id 重复。"
                : vehicle is null || vehicle.OperatorId != caller.OperatorId ? $"未找到本企业车辆识别代号为 {Short(vin)} 的车辆。"
                : taken.Any(t => t.DeviceId == device && t.Vin != vin) ? "该 device_id 已登记给另一辆车。"
                : null;
            if (reason is not null)
            {
                failures[$"data[{i}]"] = [reason];
            }
        }

        ThrowIfAny(failures, items.Count, "车辆");
        foreach (var item in items)
        {
            vehicles.First(v => v.Vin == item.VehicleId!.Trim()).BindDevice(item.DeviceId!.Value);
        }

        await db.SaveChangesAsync(ct);
        return new MdsBulkResult(items.Count, items.Count, []);
    }

    public async Task<MdsBulkResult> EventsAsync(OperatorCaller caller, MdsEventsInput input, CancellationToken ct)
    {
        var items = Items(input.Data);
        var now = clock.GetUtcNow();
        var vehicles = await VehiclesAsync(caller, items.Select(i => i.DeviceId), false, ct);
        var failures = new Dictionary<string, string[]>();
        var seen = new HashSet<Guid>();
        var states = new VehicleState[items.Count];
        for (var i = 0; i < items.Count; i++)
        {
            var e = items[i];
            string? reason = null;
            if (e.EventId is not { } id || id == Guid.Empty)
            {
                reason = "缺少 event_id（UUID）。";
            }
            else if (!seen.Add(id))
            {
                reason = "同一批次中 event_id 重复。";
            }
            else if (e.DeviceId is not { } device || !vehicles.TryGetValue(device, out _))
            {
                reason = Unknown;
            }
            else if (!TryState(e.VehicleState, out states[i]))
            {
                reason = "vehicle_state 须为 available、reserved、on_trip、stopped、non_operational、removed、elsewhere 或 unknown。";
            }
            else if (e.EventTypes is not { Count: > 0 } types || types.Any(t => string.IsNullOrWhiteSpace(t) || t.Length > 40) || types.Count > 10)
            {
                reason = "event_types 须为 1 至 10 个事件类型。";
            }
            else
            {
                reason = TimeProblem(e.Timestamp, now, out _) ?? (e.Location is null ? null : LocationProblem(e.Location));
            }

            if (reason is not null)
            {
                failures[$"data[{i}]"] = [$"event_id {e.EventId}: {reason}"];
            }
        }

        ThrowIfAny(failures, items.Count, "事件");
        var ids = items.Select(e => e.EventId!.Value).ToList();
        var known = (await db.Set<VehicleEvent>().AsNoTracking().Where(e => ids.Contains(e.EventId)).Select(e => e.EventId).ToListAsync(ct)).ToHashSet();
        for (var i = 0; i < items.Count; i++)
        {
            var e = items[i];
            if (known.Contains(e.EventId!.Value))
            {
                continue;
            }

            var vehicle = vehicles[e.DeviceId!.Value];
            db.Add(new VehicleEvent(caller.Zone, vehicle.Id, e.DeviceId.Value, e.EventId.Value, states[i], string.Join(' ', e.EventTypes!.Select(t => t.Trim())),
                DateTimeOffset.FromUnixTimeMilliseconds(e.Timestamp!.Value), e.Location?.Lat, e.Location?.Lng));
        }

        await db.SaveChangesAsync(ct);
        return new MdsBulkResult(items.Count, items.Count, []);
    }

    public async Task<MdsBulkResult> TelemetryAsync(OperatorCaller caller, MdsTelemetryInput input, CancellationToken ct)
    {
        var items = Items(input.Data);
        var now = clock.GetUtcNow();
        var vehicles = await VehiclesAsync(caller, items.Select(i => i.DeviceId), true, ct);
        var failures = new Dictionary<string, string[]>();
        var seen = new HashSet<Guid>();
        var times = new DateTimeOffset[items.Count];
        for (var i = 0; i < items.Count; i++)
        {
            var t = items[i];
            var reason = t.TelemetryId is not { } id || id == Guid.Empty ? "缺少 telemetry_id（UUID）。"
                : !seen.Add(id) ? "同一批次中 telemetry_id 重复。"
                : t.DeviceId is not { } device || !vehicles.ContainsKey(device) ? Unknown
                : TimeProblem(t.Timestamp, now, out times[i])
                  ?? (t.Location is null ? "缺少 location（lat、lng）。" : LocationProblem(t.Location))
                  ?? BatteryProblem(t.BatteryPercent);
            if (reason is not null)
            {
                failures[$"data[{i}]"] = [$"telemetry_id {t.TelemetryId}: {reason}"];
            }
        }

        ThrowIfAny(failures, items.Count, "点");

        // Sent before: stored once; the same answer again. An id another vehicle already used is refused.
        var ids = items.Select(t => t.TelemetryId!.Value).ToList();
        var stored = await db.Set<TelemetryPoint>().AsNoTracking().Where(p => ids.Contains(p.TelemetryId))
            .Select(p => new { p.TelemetryId, p.VehicleId }).ToDictionaryAsync(p => p.TelemetryId, p => p.VehicleId, ct);
        for (var i = 0; i < items.Count; i++)
        {
            if (stored.TryGetValue(items[i].TelemetryId!.Value, out var owner) && owner != vehicles[items[i].DeviceId!.Value].Id)
            {
                failures[$"data[{i}]"] = [$"telemetry_id {items[i].TelemetryId}: 该 telemetry_id 已被另一辆车使用。"];
            }
        }

        ThrowIfAny(failures, items.Count, "点");
        var fresh = Enumerable.Range(0, items.Count).Where(i => !stored.ContainsKey(items[i].TelemetryId!.Value))
            .Select(i => Point(caller, vehicles[items[i].DeviceId!.Value], items[i], times[i])).ToList();
        if (fresh.Count > 0)
        {
            await CheckAsync(caller, fresh, vehicles.Values.DistinctBy(v => v.Id).ToDictionary(v => v.Id), ct);
            db.AddRange(fresh);
            await db.SaveChangesAsync(ct);
            metrics.TelemetryAccepted(fresh.Count);
        }

        return new MdsBulkResult(items.Count, items.Count, []);
    }

    /// <summary>Runs the live rules over the new points of each vehicle in time order, opening, extending and closing violations.</summary>
    private async Task CheckAsync(OperatorCaller caller, List<TelemetryPoint> points, Dictionary<Guid, Vehicle> vehicles, CancellationToken ct)
    {
        var vehicleIds = vehicles.Keys.ToList();
        var listed = await db.Set<RoadRightVehicle>().AsNoTracking().Where(l => vehicleIds.Contains(l.VehicleId)).Select(l => new { l.VehicleId, l.RoadRightId }).ToListAsync(ct);
        var rightIds = listed.Select(l => l.RoadRightId).Distinct().ToList();
        var rights = await db.Set<RoadRight>().AsNoTracking().Where(r => rightIds.Contains(r.Id) && r.ZoneId == caller.Zone)
            .Include(r => r.Areas).Include(r => r.Windows).AsSplitQuery().ToListAsync(ct);
        var shapes = rights.ToDictionary(r => r.Id, PermitShape.Of);
        var open = (await db.Set<Violation>().Where(v => vehicleIds.Contains(v.VehicleId) && v.Status == ViolationStatus.Open).ToListAsync(ct))
            .ToDictionary(v => (v.VehicleId, v.Rule));

        foreach (var group in points.GroupBy(p => p.VehicleId))
        {
            var vehicle = vehicles[group.Key];
            var permits = listed.Where(l => l.VehicleId == group.Key && shapes.ContainsKey(l.RoadRightId)).Select(l => shapes[l.RoadRightId]).ToList();
            var insurance = vehicle.Insurance.Select(i => (i.ValidFrom, i.ValidTo)).ToList();
            // It is heard from again: a comms-lost episode ends with its first new point.
            if (open.Remove((group.Key, nameof(CommsLostRule)), out var lost))
            {
                lost.Close(group.Min(p => p.At));
            }

            foreach (var point in group.OrderBy(p => p.At))
            {
                var facts = new PointFacts(point.Lat, point.Lng, point.SpeedKmh ?? 0, point.At, permits, insurance);
                var evidence = new EvidencePoint(point.TelemetryId, point.At, point.Lat, point.Lng, point.SpeedKmh);
                foreach (var rule in LiveRules.All)
                {
                    var outcome = rule.Check(facts);
                    var key = (group.Key, rule.Name);
                    if (!outcome.Passed)
                    {
                        if (open.TryGetValue(key, out var running))
                        {
                            running.Add(evidence);
                        }
                        else
                        {
                            var violation = new Violation(caller.Zone, vehicle.OperatorId, vehicle.Id, outcome, evidence);
                            db.Add(violation);
                            open[key] = violation;
                        }
                    }
                    else if (open.Remove(key, out var ended))
                    {
                        ended.Close(point.At);
                    }
                }
            }
        }
    }

    private static TelemetryPoint Point(OperatorCaller caller, Vehicle vehicle, MdsTelemetry t, DateTimeOffset at) =>
        new(caller.Zone, caller.OperatorId, vehicle.Id, t.DeviceId!.Value, t.TelemetryId!.Value, at, t.Location!.Lat!.Value, t.Location.Lng!.Value,
            t.Location.Speed is { } ms ? Math.Round(ms * KmhPerMs, 3) : null, t.Location.Heading, t.Location.HorizontalAccuracy, t.BatteryPercent);

    /// <summary>The operator's vehicles with these device ids (another operator's count as unknown), insurance loaded when asked.</summary>
    private async Task<Dictionary<Guid, Vehicle>> VehiclesAsync(OperatorCaller caller, IEnumerable<Guid?> deviceIds, bool withInsurance, CancellationToken ct)
    {
        var ids = deviceIds.OfType<Guid>().Distinct().Select(g => (Guid?)g).ToList();
        var query = db.Set<Vehicle>().AsNoTracking().Where(v => v.ZoneId == caller.Zone && v.OperatorId == caller.OperatorId && ids.Contains(v.DeviceId));
        if (withInsurance)
        {
            query = query.Include(v => v.Insurance);
        }

        return (await query.ToListAsync(ct)).ToDictionary(v => v.DeviceId!.Value);
    }

    private static List<T> Items<T>(IReadOnlyList<T?>? data) where T : class
    {
        if (data is null || data.Count == 0)
        {
            throw Refusal.Invalid("data", "data 须为非空数组。");
        }

        if (data.Count > MaxBatch)
        {
            throw Refusal.Invalid("data", $"一批最多 {MaxBatch} 项，收到 {data.Count} 项。");
        }

        var missing = Enumerable.Range(0, data.Count).Where(i => data[i] is null).ToList();
        if (missing.Count > 0)
        {
            throw Refusal.Invalid(missing.ToDictionary(i => $"data[{i}]", _ => EmptyItem), "批次中有空项，整批未保存。");
        }

        return [.. data.OfType<T>()];
    }

    private string? TimeProblem(long? timestamp, DateTimeOffset now, out DateTimeOffset at)
    {
        at = default;
        if (timestamp is not { } ms)
        {
            return "缺少 timestamp（毫秒）。";
        }

        var latest = now + limits.FutureSkew;
        var earliest = now - limits.MaxAge;
        if (ms > latest.ToUnixTimeMilliseconds())
        {
            return $"timestamp {ms} 晚于当前时间（允许误差 {limits.FutureSkew.TotalSeconds:0} 秒）。";
        }

        if (ms < earliest.ToUnixTimeMilliseconds())
        {
            return $"timestamp {ms} 早于 {limits.MaxAge.TotalDays:0} 天前，不再接收。";
        }

        at = DateTimeOffset.FromUnixTimeMilliseconds(ms);
        return null;
    }

    private static string? LocationProblem(MdsLocation l) =>
        l.Lat is not { } lat || !double.IsFinite(lat) || lat < -90 || lat > 90 ? $"纬度 lat {N(l.Lat)} 须在 −90 至 90 之间。"
        : l.Lng is not { } lng || !double.IsFinite(lng) || lng < -180 || lng > 180 ? $"经度 lng {N(l.Lng)} 须在 −180 至 180 之间。"
        : l.Speed is { } s && (!double.IsFinite(s) || s < 0 || s > 100) ? $"速度 speed {N(s)} 须在 0 至 100 m/s 之间。"
        : l.Heading is { } h && (!double.IsFinite(h) || h < 0 || h > 360) ? $"航向 heading {N(h)} 须在 0 至 360 之间。"
        : l.HorizontalAccuracy is { } a && (!double.IsFinite(a) || a < 0 || a > 10_000) ? $"精度 horizontal_accuracy {N(a)} 须在 0 至 10000 米之间。"
        : null;

    private static string? BatteryProblem(double? battery) =>
        battery is { } b && (!double.IsFinite(b) || b < 0 || b > 100) ? $"电量 battery_percent {N(b)} 须在 0 至 100 之间。" : null;

    private static bool TryState(string? text, out VehicleState state)
    {
        state = default;
        var name = text?.Replace("_", string.Empty, StringComparison.Ordinal);
        return !string.IsNullOrEmpty(name) && name.All(char.IsAsciiLetterLower) && Enum.TryParse(name, true, out state);
    }

    private static void ThrowIfAny(Dictionary<string, string[]> failures, int total, string word)
    {
        if (failures.Count > 0)
        {
            throw Refusal.Invalid(failures, $"批次被整体拒绝：{total} 个{word}中 {failures.Count} 个有误，未保存任何{word}。");
        }
    }

    private static string Short(string s) => s.Length <= 20 ? s : s[..20] + "…";

    private static string N(double? x) => x is { } v ? v.ToString("0.######", CultureInfo.InvariantCulture) : "（缺）";
}
