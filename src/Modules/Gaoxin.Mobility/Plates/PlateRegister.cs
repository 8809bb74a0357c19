using Gaoxin.Data;
using Gaoxin.Data.Platform;
using Gaoxin.Kernel.Access;
using Gaoxin.Kernel.Paging;
using Gaoxin.Kernel.Rules;
using Gaoxin.Kernel.Zones;
using Gaoxin.Mobility.Fleet;
using Gaoxin.Mobility.Policy;
using Microsoft.EntityFrameworkCore;

namespace Gaoxin.Mobility.Plates;

/// <summary>
/// The plate register (专属号牌): issue from the series in force to an eligible vehicle, suspend, reinstate and revoke with
/// a reason, and the public lookup. Two issues of one number race to the database's unique index: one wins, the other
/// gets the host's Chinese 409; so do two plates for one vehicle.
/// </summary>
internal sealed class PlateRegister(GaoxinDbContext db, FleetDesk fleet, PolicyBook policies, IPlateScenes scenes, TimeProvider clock)
{
    public async Task<Page<PlateRow>> ListAsync(Actor actor, PlateFilter filter, PageRequest page, CancellationToken ct)
    {
        var query = Visible(actor);
        if (filter.Status is { } status)
        {
            query = query.Where(p => p.Status == status);
        }

        if (filter.OperatorId is { } op)
        {
            query = query.Where(p => p.OperatorId == op);
        }

        if (!string.IsNullOrWhiteSpace(filter.Q))
        {
            var q = Normalise(filter.Q);
            var vins = db.Set<Vehicle>().Where(v => v.Vin.Contains(q) || v.Model.Contains(q)).Select(v => v.Id);
            query = query.Where(p => p.Number.Contains(q) || vins.Contains(p.VehicleId));
        }

        var total = await query.CountAsync(ct);
        var rows = await query.OrderBy(p => p.Number).Skip(page.Skip).Take(page.Size).ToListAsync(ct);
        return new Page<PlateRow>(await RowsAsync(rows, ct), page.Number, page.Size, total);
    }

    public async Task<PlateDetail> GetAsync(Actor actor, Guid id, CancellationToken ct)
    {
        var plate = await Visible(actor).Include(p => p.History).SingleOrDefaultAsync(p => p.Id == id, ct) ?? throw Refusal.NotFound("号牌");
        return await DetailAsync(plate, ct);
    }

    /// <summary>Issues a plate of the series in force today to an eligible vehicle with no live plate.</summary>
    public async Task<PlateDetail> IssueAsync(Actor actor, PlateIssueInput input, CancellationToken ct)
    {
        Authority(actor);
        var vehicle = await fleet.LoadAsync(actor, input.VehicleId, ct);
        var today = ZoneClock.Of(clock).Today;
        var live = await db.Set<Plate>().Where(p => p.VehicleId == vehicle.Id && p.Status != PlateStatus.Revoked).Select(p => p.Number).FirstOrDefaultAsync(ct);
        if (live is not null)
        {
            throw Refusal.Conflict($"该车辆已有专属号牌 {live}：一车一牌，须先注销。");
        }

        var eligibility = await fleet.EligibilityOfAsync(vehicle, today, ct);
        Refusal.ThrowIfAnyFailed(eligibility.Checks);

        var policy = await policies.InForceAsync(vehicle.ZoneId, today, ct);
        var number = await NumberAsync(vehicle.ZoneId, policy, input.Number, ct);
        var plate = new Plate(vehicle.ZoneId, number, vehicle, policy.Version, today, clock.GetUtcNow(), actor.UserId, actor.Name);
        db.Add(plate);
        await db.SaveChangesAsync(ct);
        return await DetailAsync(plate, ct);
    }

    public Task<PlateDetail> SuspendAsync(Actor actor, Guid id, PlateReasonInput input, CancellationToken ct) =>
        ChangeAsync(actor, id, p => p.Suspend(input.Reason, clock.GetUtcNow(), actor.UserId, actor.Name), ct);

    public Task<PlateDetail> ReinstateAsync(Actor actor, Guid id, PlateReasonInput input, CancellationToken ct) =>
        ChangeAsync(actor, id, p => p.Reinstate(input.Reason, clock.GetUtcNow(), actor.UserId, actor.Name), ct);

    public Task<PlateDetail> RevokeAsync(Actor actor, Guid id, PlateReasonInput input, CancellationToken ct) =>
        ChangeAsync(actor, id, p => p.Revoke(input.Reason, clock.GetUtcNow(), actor.UserId, actor.Name), ct);

    /// <summary>The public answer for a plate number (any spacing or middle dot, either case), in the named or the only zone.</summary>
    public async Task<PlateLookup> LookupAsync(string number, string? zoneCode, Guid? signedInZone, CancellationToken ct)
    {
        var zone = await PublicZones.ResolveAsync(db, zoneCode, signedInZone, ct);
        var wanted = Normalise(number);
        var plate = await db.Set<Plate>().AsNoTracking().Where(p => p.ZoneId == zone.Id && p.Number == wanted)
            .OrderBy(p => p.Status == PlateStatus.Revoked).FirstOrDefaultAsync(ct) ?? throw Refusal.NotFound($"号牌 {wanted} ");
        var vehicle = await db.Set<Vehicle>().AsNoTracking().SingleAsync(v => v.Id == plate.VehicleId, ct);
        var operatorName = await db.Organisations.AsNoTracking().Where(o => o.Id == plate.OperatorId).Select(o => o.Name).SingleOrDefaultAsync(ct) ?? string.Empty;
        var valid = plate.Status == PlateStatus.Active;
        var permitted = valid ? await scenes.ForVehicleAsync(zone.Id.Value, vehicle.Id, ZoneClock.Of(clock).Today, ct) : [];
        return new PlateLookup(plate.Number, valid, plate.Status, Plate.StatusText(plate.Status), operatorName, vehicle.Model, FleetLabels.Level(vehicle.Level),
            plate.IssuedOn, zone.Name, permitted);
    }

    /// <summary>Plates as people type them: "川cw 0001", "川C·W0001" → "川CW0001".</summary>
    public static string Normalise(string number) =>
        new([.. number.Trim().ToUpperInvariant().Where(c => !char.IsWhiteSpace(c) && c is not ('·' or '•' or '.' or '-'))]);

    private async Task<string> NumberAsync(ZoneId zone, MobilityPolicy policy, string? asked, CancellationToken ct)
    {
        var taken = await db.Set<Plate>().Where(p => p.ZoneId == zone && p.Number.StartsWith(policy.PlatePrefix)).Select(p => p.Number).ToListAsync(ct);
        if (!string.IsNullOrWhiteSpace(asked))
        {
            var number = Normalise(asked);
            if (policy.SerialOf(number) is null)
            {
                throw Refusal.Invalid("number", $"号牌须为本园区号段内的号码：{policy.PlateFor(policy.PlateNumberFrom)} 至 {policy.PlateFor(policy.PlateNumberTo)}。");
            }

            return taken.Contains(number) ? throw Refusal.Conflict($"号牌 {number} 已发放（注销的号牌不再发放）。") : number;
        }

        var used = taken.Select(policy.SerialOf).OfType<int>().ToHashSet();
        for (var serial = policy.PlateNumberFrom; serial <= policy.PlateNumberTo; serial++)
        {
            if (!used.Contains(serial))
            {
                return policy.PlateFor(serial);
            }
        }

        throw Refusal.Conflict("本园区号段已发完，请管委会在政策中设置新的号段。");
    }

    private async Task<PlateDetail> ChangeAsync(Actor actor, Guid id, Action<Plate> change, CancellationToken ct)
    {
        Authority(actor);
        var zone = new ZoneId(actor.ZoneId);
        var plate = await db.Set<Plate>().Include(p => p.History).SingleOrDefaultAsync(p => p.Id == id && p.ZoneId == zone, ct) ?? throw Refusal.NotFound("号牌");
        change(plate);
        await db.SaveChangesAsync(ct);
        return await DetailAsync(plate, ct);
    }

    private static void Authority(Actor actor)
    {
        if (!actor.Roles.Any(r => MobilityAccess.Authority.Contains(r)))
        {
            throw Refusal.Forbidden("专属号牌由管委会发放、暂停和注销。");
        }
    }

    private IQueryable<Plate> Visible(Actor actor)
    {
        var zone = new ZoneId(actor.ZoneId);
        var query = db.Set<Plate>().AsNoTracking().Where(p => p.ZoneId == zone);
        return actor.IsOrganisationBound ? query.Where(p => p.OperatorId == actor.OrganisationId) : query;
    }

    private async Task<IReadOnlyList<PlateRow>> RowsAsync(IReadOnlyList<Plate> plates, CancellationToken ct)
    {
        var ids = plates.Select(p => p.VehicleId).ToList();
        var vehicles = await db.Set<Vehicle>().AsNoTracking().Where(v => ids.Contains(v.Id)).ToDictionaryAsync(v => v.Id, ct);
        var ops = plates.Select(p => p.OperatorId).Distinct().ToList();
        var names = await db.Organisations.AsNoTracking().Where(o => ops.Contains(o.Id)).ToDictionaryAsync(o => o.Id, o => o.Name, ct);
        return plates.Select(p => new PlateRow(p.Id, p.Number, p.Status, Plate.StatusText(p.Status), p.IssuedOn, p.PolicyVersion, p.VehicleId,
            vehicles[p.VehicleId].Vin, vehicles[p.VehicleId].Model, p.OperatorId, names.GetValueOrDefault(p.OperatorId, string.Empty))).ToList();
    }

    private async Task<PlateDetail> DetailAsync(Plate p, CancellationToken ct)
    {
        var row = (await RowsAsync([p], ct))[0];
        return new PlateDetail(p.Id, p.Number, p.Status, row.StatusText, p.IssuedOn, p.PolicyVersion, p.VehicleId, row.Vin, row.Model, p.OperatorId, row.OperatorName,
            p.History.OrderBy(e => e.At).ThenBy(e => e.Id).Select(e => new PlateEventView(e.Kind.ToString(), Plate.EventText(e.Kind), e.At, e.ByName, e.Reason)).ToList());
    }
}
