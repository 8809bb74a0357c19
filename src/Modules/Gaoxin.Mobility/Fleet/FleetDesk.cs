using Gaoxin.Data;
using Gaoxin.Kernel.Access;
using Gaoxin.Kernel.Paging;
using Gaoxin.Kernel.Rules;
using Gaoxin.Kernel.Zones;
using Gaoxin.Mobility.Policy;
using Microsoft.EntityFrameworkCore;

namespace Gaoxin.Mobility.Fleet;

/// <summary>
/// The fleet registry: vehicles of the zone's operators with their insurance, safety staff and road tests, and each
/// vehicle's eligibility (资格) under the policy in force. An operator sees and changes its own organisation's vehicles
/// only (another's answers 404, as a missing one does); the zone's staff see all.
/// </summary>
internal sealed class FleetDesk(GaoxinDbContext db, PolicyBook policies, TimeProvider clock)
{
    public async Task<Page<VehicleRow>> ListAsync(Actor actor, VehicleFilter filter, PageRequest page, CancellationToken ct)
    {
        var query = Visible(actor);
        if (filter.OperatorId is { } op)
        {
            query = query.Where(v => v.OperatorId == op);
        }

        if (filter.Level is { } level)
        {
            query = query.Where(v => v.Level == level);
        }

        var zone = new ZoneId(actor.ZoneId);
        var live = db.Set<Plate>().Where(p => p.ZoneId == zone && p.Status != PlateStatus.Revoked);
        if (filter.Plated is { } plated)
        {
            query = plated ? query.Where(v => live.Any(p => p.VehicleId == v.Id)) : query.Where(v => !live.Any(p => p.VehicleId == v.Id));
        }

        if (!string.IsNullOrWhiteSpace(filter.Q))
        {
            var q = filter.Q.Trim();
            query = query.Where(v => v.Vin.Contains(q) || v.Model.Contains(q) || live.Any(p => p.VehicleId == v.Id && p.Number.Contains(q)));
        }

        var total = await query.CountAsync(ct);
        var rows = await query.OrderBy(v => v.Vin).Skip(page.Skip).Take(page.Size).ToListAsync(ct);
        return new Page<VehicleRow>(await RowsAsync(zone, rows, ct), page.Number, page.Size, total);
    }

    public async Task<VehicleDetail> GetAsync(Actor actor, Guid id, CancellationToken ct)
    {
        var vehicle = await LoadAsync(actor, id, ct);
        return await DetailAsync(actor, vehicle, ct);
    }

    /// <summary>The vehicle's eligibility on <paramref name="on"/> (today when null) under the policy version in force that day.</summary>
    public async Task<Eligibility> EligibilityAsync(Actor actor, Guid id, DateOnly? on, CancellationToken ct) =>
        await EligibilityOfAsync(await LoadAsync(actor, id, ct), on ?? ZoneClock.Of(clock).Today, ct);

    /// <summary>The one eligibility check, for the plates here and the road-rights permits later: a loaded vehicle (with its insurance, staff and tests) on a day.</summary>
    public async Task<Eligibility> EligibilityOfAsync(Vehicle vehicle, DateOnly on, CancellationToken ct) =>
        EligibilityOf(vehicle, on, await policies.InForceAsync(vehicle.ZoneId, on, ct));

    /// <summary>The same check under a policy the caller already read (many vehicles on one day: one policy read, not one per vehicle).</summary>
    public static Eligibility EligibilityOf(Vehicle vehicle, DateOnly on, MobilityPolicy policy) =>
        Eligibility.Of(vehicle.Id, EligibilityFacts.Of(vehicle, on, policy));

    public async Task<VehicleDetail> RegisterAsync(Actor actor, VehicleInput input, CancellationToken ct)
    {
        var zone = new ZoneId(actor.ZoneId);
        var operatorId = await OperatorForAsync(actor, input.OperatorId, ct);
        var vin = input.Vin.Trim();
        var check = new VinCheckDigitRule().CheckVin(vin);
        if (!check.Passed)
        {
            throw Refusal.ByRule(check);
        }

        if (await db.Set<Vehicle>().AnyAsync(v => v.ZoneId == zone && v.Vin == vin, ct))
        {
            throw Refusal.Conflict($"车辆识别代号 {vin} 已登记。");
        }

        var vehicle = new Vehicle(zone, operatorId, vin, Spec(input), clock.GetUtcNow());
        db.Add(vehicle);
        await db.SaveChangesAsync(ct);
        return await DetailAsync(actor, vehicle, ct);
    }

    /// <summary>Corrects a vehicle's specification; the VIN and the operator cannot change (register the vehicle anew).</summary>
    public async Task<VehicleDetail> CorrectAsync(Actor actor, Guid id, VehicleInput input, CancellationToken ct)
    {
        var vehicle = await LoadForChangeAsync(actor, id, ct);
        if (!string.Equals(input.Vin.Trim(), vehicle.Vin, StringComparison.Ordinal))
        {
            throw Refusal.Invalid("vin", "车辆识别代号登记后不能修改。");
        }

        if (input.OperatorId is { } op && op != vehicle.OperatorId)
        {
            throw Refusal.Invalid("operatorId", "运营单位登记后不能修改。");
        }

        vehicle.Correct(Spec(input));
        await db.SaveChangesAsync(ct);
        return await DetailAsync(actor, vehicle, ct);
    }

    public async Task<VehicleDetail> InsureAsync(Actor actor, Guid id, InsuranceInput input, CancellationToken ct)
    {
        var vehicle = await LoadForChangeAsync(actor, id, ct);
        vehicle.Insure(input.Insurer.Trim(), input.PolicyNumber.Trim(), input.Amount, input.ValidFrom, input.ValidTo);
        await db.SaveChangesAsync(ct);
        return await DetailAsync(actor, vehicle, ct);
    }

    public async Task<VehicleDetail> AssignAsync(Actor actor, Guid id, StaffInput input, CancellationToken ct)
    {
        var vehicle = await LoadForChangeAsync(actor, id, ct);
        vehicle.Assign(input.Name.Trim(), input.Phone, input.Role, input.AssignedOn);
        await db.SaveChangesAsync(ct);
        return await DetailAsync(actor, vehicle, ct);
    }

    public async Task<VehicleDetail> EndAssignmentAsync(Actor actor, Guid id, Guid staffId, StaffEndInput input, CancellationToken ct)
    {
        var vehicle = await LoadForChangeAsync(actor, id, ct);
        var staff = vehicle.Staff.SingleOrDefault(s => s.Id == staffId) ?? throw Refusal.NotFound("安全人员");
        staff.End(input.EndedOn);
        await db.SaveChangesAsync(ct);
        return await DetailAsync(actor, vehicle, ct);
    }

    public async Task<VehicleDetail> RecordRoadTestAsync(Actor actor, Guid id, RoadTestInput input, CancellationToken ct)
    {
        var vehicle = await LoadForChangeAsync(actor, id, ct);
        if (input.On > ZoneClock.Of(clock).Today)
        {
            throw Refusal.Invalid("on", "测试日期不能晚于今天。");
        }

        if (input.Hours == 0m && input.Km == 0m)
        {
            throw Refusal.Invalid("hours", "请填写测试时长或里程。");
        }

        vehicle.RecordRoadTest(input.On, input.Hours, input.Km, input.Field.Trim());
        await db.SaveChangesAsync(ct);
        return await DetailAsync(actor, vehicle, ct);
    }

    /// <summary>The zone's operator organisations (for the forms); an operator sees only itself.</summary>
    public async Task<IReadOnlyList<OperatorView>> OperatorsAsync(Actor actor, CancellationToken ct)
    {
        var zone = new ZoneId(actor.ZoneId);
        var query = db.Organisations.AsNoTracking().Where(o => o.ZoneId == zone && o.Kind == OrganisationKind.VehicleOperator);
        if (actor.IsOrganisationBound)
        {
            query = query.Where(o => o.Id == actor.OrganisationId);
        }

        return await query.OrderBy(o => o.Name).Select(o => new OperatorView(o.Id, o.Name)).ToListAsync(ct);
    }

    /// <summary>A vehicle with its insurance, staff and road tests, if the actor may see it; else 404.</summary>
    public async Task<Vehicle> LoadAsync(Actor actor, Guid id, CancellationToken ct)
    {
        var vehicle = await WithParts(db.Set<Vehicle>()).SingleOrDefaultAsync(v => v.Id == id, ct);
        if (vehicle is null || !RecordAccess.MaySee(actor, MobilityAccess.Vehicles, vehicle.OperatorId, vehicle.ZoneId.Value))
        {
            throw Refusal.NotFound("车辆");
        }

        return vehicle;
    }

    public static IQueryable<Vehicle> WithParts(IQueryable<Vehicle> vehicles) =>
        vehicles.Include(v => v.Insurance).Include(v => v.Staff).Include(v => v.RoadTests).AsSplitQuery();

    private async Task<Vehicle> LoadForChangeAsync(Actor actor, Guid id, CancellationToken ct)
    {
        var vehicle = await LoadAsync(actor, id, ct);
        if (!RecordAccess.MayChange(actor, MobilityAccess.Vehicles, vehicle.OperatorId, vehicle.ZoneId.Value))
        {
            throw Refusal.Forbidden();
        }

        return vehicle;
    }

    private IQueryable<Vehicle> Visible(Actor actor)
    {
        var zone = new ZoneId(actor.ZoneId);
        var query = db.Set<Vehicle>().AsNoTracking().Where(v => v.ZoneId == zone);
        if (!actor.Roles.Any(r => MobilityAccess.Readers.Contains(r)))
        {
            return query.Where(v => false);
        }

        return actor.IsOrganisationBound ? query.Where(v => v.OperatorId == actor.OrganisationId) : query;
    }

    /// <summary>The operator a record is for: an operator's own; the zone's staff must name one of the zone's operators.</summary>
    public async Task<Guid> OperatorForAsync(Actor actor, Guid? named, CancellationToken ct)
    {
        if (actor.IsOrganisationBound)
        {
            if (actor.OrganisationId is not { } own || (named is { } n && n != own))
            {
                throw Refusal.Forbidden("运营企业只能为本单位登记车辆。");
            }

            named = own;
        }

        if (named is not { } id)
        {
            throw Refusal.Invalid("operatorId", "请选择运营单位。");
        }

        var zone = new ZoneId(actor.ZoneId);
        var isOperator = await db.Organisations.AnyAsync(o => o.Id == id && o.ZoneId == zone && o.Kind == OrganisationKind.VehicleOperator, ct);
        return isOperator ? id : throw Refusal.Invalid("operatorId", "运营单位须为本园区的无人车运营企业。");
    }

    private static VehicleSpec Spec(VehicleInput i) =>
        new(i.Model.Trim(), i.Level, i.LengthMm, i.WidthMm, i.HeightMm, i.DesignSpeedKmh, i.Sensors?.Trim() ?? string.Empty);

    private async Task<VehicleDetail> DetailAsync(Actor actor, Vehicle v, CancellationToken ct)
    {
        var operatorName = await db.Organisations.Where(o => o.Id == v.OperatorId).Select(o => o.Name).SingleOrDefaultAsync(ct) ?? string.Empty;
        var today = ZoneClock.Of(clock).Today;
        var eligibility = await EligibilityOfAsync(v, today, ct);
        var plates = await db.Set<Plate>().AsNoTracking().Where(p => p.VehicleId == v.Id).OrderByDescending(p => p.IssuedOn).ThenByDescending(p => p.Id)
            .Select(p => new { p.Id, p.Number, p.Status, p.IssuedOn }).ToListAsync(ct);
        var mayChange = RecordAccess.MayChange(actor, MobilityAccess.Vehicles, v.OperatorId, v.ZoneId.Value);
        var tests = v.RoadTests.Where(r => r.On <= today).ToList();
        return new VehicleDetail(v.Id, v.Vin, v.Model, v.Level, FleetLabels.Level(v.Level), v.OperatorId, operatorName, v.LengthMm, v.WidthMm, v.HeightMm,
            v.DesignSpeedKmh, v.Sensors, v.RegisteredAt, mayChange, eligibility,
            v.Insurance.OrderByDescending(i => i.ValidTo).Select(i => new InsuranceView(i.Id, i.Insurer, i.PolicyNumber, i.Amount, i.ValidFrom, i.ValidTo)).ToList(),
            v.Staff.OrderBy(s => s.EndedOn is not null).ThenBy(s => s.Role).ThenBy(s => s.AssignedOn)
                .Select(s => new StaffView(s.Id, s.Name, mayChange ? s.Phone : StaffAssignment.Mask(s.Phone), s.Role, FleetLabels.Role(s.Role), s.AssignedOn, s.EndedOn)).ToList(),
            v.RoadTests.OrderByDescending(r => r.On).Select(r => new RoadTestView(r.Id, r.On, r.Hours, r.Km, r.Field)).ToList(),
            tests.Sum(r => r.Hours), tests.Sum(r => r.Km),
            plates.Select(p => new PlateLine(p.Id, p.Number, p.Status.ToString(), Plate.StatusText(p.Status), p.IssuedOn)).ToList());
    }

    private async Task<IReadOnlyList<VehicleRow>> RowsAsync(ZoneId zone, IReadOnlyList<Vehicle> rows, CancellationToken ct)
    {
        var ids = rows.Select(v => v.Id).ToList();
        var ops = rows.Select(v => v.OperatorId).Distinct().ToList();
        var names = await db.Organisations.AsNoTracking().Where(o => ops.Contains(o.Id)).ToDictionaryAsync(o => o.Id, o => o.Name, ct);
        var plates = (await db.Set<Plate>().AsNoTracking().Where(p => p.ZoneId == zone && ids.Contains(p.VehicleId) && p.Status != PlateStatus.Revoked).ToListAsync(ct))
            .ToDictionary(p => p.VehicleId);
        return rows.Select(v =>
        {
            var plate = plates.GetValueOrDefault(v.Id);
            return new VehicleRow(v.Id, v.Vin, v.Model, v.Level, FleetLabels.Level(v.Level), v.OperatorId, names.GetValueOrDefault(v.OperatorId, string.Empty),
                v.LengthMm, v.WidthMm, v.HeightMm, v.DesignSpeedKmh, plate?.Number, plate is null ? null : Plate.StatusText(plate.Status), plate?.IssuedOn);
        }).ToList();
    }
}
