using Gaoxin.Data;
using Gaoxin.Kernel.Access;
using Gaoxin.Kernel.Paging;
using Gaoxin.Kernel.Zones;
using Gaoxin.Mobility.Fleet;
using Microsoft.EntityFrameworkCore;

namespace Gaoxin.Mobility.Telemetry;

/// <summary>
/// What the live checks found and where vehicles were: violations (paged, filtered, exported), a vehicle's latest
/// position and its points of one day (China time). The zone's staff see all; an operator only its own vehicles.
/// </summary>
internal sealed class TelemetryDesk(GaoxinDbContext db, FleetDesk fleet)
{
    public const int MaxDayPoints = 100_000;

    public async Task<Page<ViolationRow>> ViolationsAsync(Actor actor, ViolationFilter filter, PageRequest page, CancellationToken ct)
    {
        var query = Visible(actor);
        if (filter.OperatorId is { } op)
        {
            query = query.Where(v => v.OperatorId == op);
        }

        if (filter.VehicleId is { } vehicle)
        {
            query = query.Where(v => v.VehicleId == vehicle);
        }

        if (!string.IsNullOrWhiteSpace(filter.Rule))
        {
            var rule = filter.Rule.Trim();
            query = query.Where(v => v.Rule == rule);
        }

        if (filter.Status is { } status)
        {
            query = query.Where(v => v.Status == status);
        }

        var total = await query.CountAsync(ct);
        var rows = await query.OrderByDescending(v => v.LastAt).ThenByDescending(v => v.Id).Skip(page.Skip).Take(page.Size).ToListAsync(ct);
        return new Page<ViolationRow>(await RowsAsync(rows, ct), page.Number, page.Size, total);
    }

    /// <summary>The vehicle's last reported position, or null when it has sent none.</summary>
    public async Task<PositionView?> LatestAsync(Actor actor, Guid vehicleId, CancellationToken ct)
    {
        var vehicle = await fleet.LoadAsync(actor, vehicleId, ct);
        var point = await db.Set<TelemetryPoint>().AsNoTracking().Where(p => p.VehicleId == vehicle.Id)
            .OrderByDescending(p => p.At).FirstOrDefaultAsync(ct);
        return point is null ? null : View(point);
    }

    /// <summary>The vehicle's points of one day in China time, in time order (for the map's replay).</summary>
    public async Task<IReadOnlyList<PositionView>> DayAsync(Actor actor, Guid vehicleId, DateOnly day, CancellationToken ct)
    {
        var vehicle = await fleet.LoadAsync(actor, vehicleId, ct);
        var from = ZoneClock.At(day, TimeOnly.MinValue).ToUniversalTime();
        var to = ZoneClock.At(day.AddDays(1), TimeOnly.MinValue).ToUniversalTime();
        var points = await db.Set<TelemetryPoint>().AsNoTracking().Where(p => p.VehicleId == vehicle.Id && p.At >= from && p.At < to)
            .OrderBy(p => p.At).Take(MaxDayPoints).ToListAsync(ct);
        return [.. points.Select(View)];
    }

    private IQueryable<Violation> Visible(Actor actor)
    {
        var zone = new ZoneId(actor.ZoneId);
        var query = db.Set<Violation>().AsNoTracking().Where(v => v.ZoneId == zone);
        if (!actor.Roles.Any(r => MobilityAccess.Readers.Contains(r)))
        {
            return query.Where(v => false);
        }

        return actor.IsOrganisationBound ? query.Where(v => v.OperatorId == actor.OrganisationId) : query;
    }

    private async Task<IReadOnlyList<ViolationRow>> RowsAsync(List<Violation> rows, CancellationToken ct)
    {
        var vehicleIds = rows.Select(v => v.VehicleId).Distinct().ToList();
        var ops = rows.Select(v => v.OperatorId).Distinct().ToList();
        var names = await db.Organisations.AsNoTracking().Where(o => ops.Contains(o.Id)).ToDictionaryAsync(o => o.Id, o => o.Name, ct);
        var vins = await db.Set<Vehicle>().AsNoTracking().Where(v => vehicleIds.Contains(v.Id)).ToDictionaryAsync(v => v.Id, v => v.Vin, ct);
        var plates = (await db.Set<Plate>().AsNoTracking().Where(p => vehicleIds.Contains(p.VehicleId) && p.Status != PlateStatus.Revoked)
            .Select(p => new { p.VehicleId, p.Number }).ToListAsync(ct)).ToDictionary(p => p.VehicleId, p => p.Number);
        return [.. rows.Select(v => new ViolationRow(v.Id, v.OperatorId, names.GetValueOrDefault(v.OperatorId, string.Empty), v.VehicleId,
            vins.GetValueOrDefault(v.VehicleId, string.Empty), plates.GetValueOrDefault(v.VehicleId), v.Rule, RuleText(v.Rule), v.Message, v.Status,
            StatusText(v.Status), v.FirstAt, v.LastAt, v.PointCount, v.RoadRightId, v.RoadRightVersion, v.Evidence))];
    }

    /// <summary>A live rule's display name from the resx (Rule.*), never its class name.</summary>
    public static string RuleText(string rule) => MobilityText.Get("Rule." + rule);

    public static string StatusText(ViolationStatus status) => MobilityText.Get("ViolationStatus." + status);

    private static PositionView View(TelemetryPoint p) => new(p.VehicleId, p.TelemetryId, p.At, p.Lat, p.Lng, p.SpeedKmh, p.Heading, p.BatteryPercent);
}
