using System.Globalization;
using Gaoxin.Data;
using Gaoxin.Kernel.Access;
using Gaoxin.Kernel.Paging;
using Gaoxin.Kernel.Rules;
using Gaoxin.Kernel.Zones;
using Gaoxin.Mobility.Fleet;
using Gaoxin.Mobility.Policy;
using Microsoft.EntityFrameworkCore;

namespace Gaoxin.Mobility.Rights;

/// <summary>
/// Road rights (路权许可): an operator applies for its own vehicles (the zone's staff may apply on its behalf) and edits
/// while applied; the zone authority takes it under review and grants or refuses, then may suspend, reinstate and
/// revoke. The preconditions (<see cref="RoadRightRules"/>) are shown with every answer, refuse an application that is
/// wrong in itself, and must all pass at grant and reinstatement. An operator sees only its own (another's is a 404).
/// </summary>
internal sealed class RoadRightDesk(GaoxinDbContext db, FleetDesk fleet, PolicyBook policies, TimeProvider clock)
{
    private const string Word = "路权许可";

    public async Task<Page<RoadRightRow>> ListAsync(Actor actor, RoadRightFilter filter, PageRequest page, CancellationToken ct)
    {
        var query = Visible(actor).AsNoTracking();
        if (filter.Status is { } status)
        {
            query = query.Where(r => r.Status == status);
        }

        if (filter.Scenario is { } scenario)
        {
            query = query.Where(r => r.Scenario == scenario);
        }

        if (filter.OperatorId is { } op)
        {
            query = query.Where(r => r.OperatorId == op);
        }

        if (!string.IsNullOrWhiteSpace(filter.Q))
        {
            var q = filter.Q.Trim();
            query = query.Where(r => r.Title.Contains(q));
        }

        var total = await query.CountAsync(ct);
        var rows = await query.Include(r => r.Vehicles).Include(r => r.Areas).AsSplitQuery()
            .OrderByDescending(r => r.AppliedOn).ThenBy(r => r.Title).ThenBy(r => r.Id).Skip(page.Skip).Take(page.Size).ToListAsync(ct);
        var names = await NamesAsync(rows.Select(r => r.OperatorId), ct);
        return new Page<RoadRightRow>(rows.Select(r => Row(r, names)).ToList(), page.Number, page.Size, total);
    }

    public async Task<RoadRightDetail> GetAsync(Actor actor, Guid id, CancellationToken ct) => await DetailAsync(actor, await LoadAsync(actor, id, ct), ct);

    /// <summary>Applies: the application must hold in itself (its operator's vehicles, speed, validity, areas); eligibility is shown, decided at grant.</summary>
    public async Task<RoadRightDetail> ApplyAsync(Actor actor, RoadRightInput input, CancellationToken ct)
    {
        var operatorId = await fleet.OperatorForAsync(actor, input.OperatorId, ct);
        var zone = new ZoneId(actor.ZoneId);
        var spec = await SpecAsync(actor, zone, operatorId, input, ct);
        var right = new RoadRight(zone, operatorId, spec, Today, clock.GetUtcNow(), actor.UserId, actor.Name);
        db.Add(right);
        await SaveAsync(ct);
        return await DetailAsync(actor, right, ct);
    }

    public async Task<RoadRightDetail> EditAsync(Actor actor, Guid id, RoadRightInput input, CancellationToken ct)
    {
        var right = await LoadAsync(actor, id, ct);
        if (!RecordAccess.MayChange(actor, MobilityAccess.Rights, right.OperatorId, right.ZoneId.Value))
        {
            throw Refusal.Forbidden();
        }

        Fresh(right, input.Version);
        if (input.OperatorId is { } op && op != right.OperatorId)
        {
            throw Refusal.Invalid("operatorId", "申请单位提交后不能修改。");
        }

        var spec = await SpecAsync(actor, right.ZoneId, right.OperatorId, input, ct);
        right.Edit(spec, clock.GetUtcNow(), actor.UserId, actor.Name);
        await SaveAsync(ct);
        return await DetailAsync(actor, right, ct);
    }

    public Task<RoadRightDetail> StartReviewAsync(Actor actor, Guid id, RightDecisionInput input, CancellationToken ct) =>
        DecideAsync(actor, id, input, (r, at) => r.StartReview(at, actor.UserId, actor.Name), ct);

    /// <summary>Grants once every precondition holds today under the policy in force (422 naming the first that does not).</summary>
    public Task<RoadRightDetail> GrantAsync(Actor actor, Guid id, RightDecisionInput input, CancellationToken ct) =>
        DecideAsync(actor, id, input, async (r, at) =>
        {
            var (checks, policy) = await ChecksAsync(r, Today, ct);
            Refusal.ThrowIfAnyFailed(checks);
            r.Grant(policy.Version, Today, string.IsNullOrWhiteSpace(input.Reason) ? null : input.Reason, at, actor.UserId, actor.Name);
        }, ct);

    public Task<RoadRightDetail> RefuseAsync(Actor actor, Guid id, RightDecisionInput input, CancellationToken ct) =>
        DecideAsync(actor, id, input, (r, at) => r.Refuse(input.Reason ?? string.Empty, at, actor.UserId, actor.Name), ct);

    public Task<RoadRightDetail> SuspendAsync(Actor actor, Guid id, RightDecisionInput input, CancellationToken ct) =>
        DecideAsync(actor, id, input, (r, at) => r.Suspend(input.Reason ?? string.Empty, at, actor.UserId, actor.Name), ct);

    /// <summary>Reinstates a suspended right; the preconditions are checked again (an insurance may have lapsed meanwhile).</summary>
    public Task<RoadRightDetail> ReinstateAsync(Actor actor, Guid id, RightDecisionInput input, CancellationToken ct) =>
        DecideAsync(actor, id, input, async (r, at) =>
        {
            if (r.Status == RoadRightStatus.Suspended)
            {
                Refusal.ThrowIfAnyFailed((await ChecksAsync(r, Today, ct)).Checks);
            }

            r.Reinstate(input.Reason, at, actor.UserId, actor.Name);
        }, ct);

    public Task<RoadRightDetail> RevokeAsync(Actor actor, Guid id, RightDecisionInput input, CancellationToken ct) =>
        DecideAsync(actor, id, input, (r, at) => r.Revoke(input.Reason ?? string.Empty, at, actor.UserId, actor.Name), ct);

    /// <summary>Checks one position against the right as it stands (the telemetry slice does the same per point).</summary>
    public async Task<RightCheckView> CheckAsync(Actor actor, Guid id, RightCheckInput input, CancellationToken ct)
    {
        var right = await LoadAsync(actor, id, ct);
        if (input.At.Year is < 2000 or > 2100)
        {
            throw Refusal.Invalid("at", "时间须在 2000 年至 2100 年之间。");
        }

        var result = new RoadRightCheck(right).Check(new Position(input.Lat, input.Lng, input.SpeedKmh, input.At));
        return new RightCheckView(result.Breach.ToString(), result.Kept, result.Message);
    }

    /// <summary>The scenes of the rights in force on a day that list the vehicle (for the public plate lookup).</summary>
    public async Task<IReadOnlyList<(Scenario Scenario, DateOnly ValidTo)>> ScenesAsync(ZoneId zone, Guid vehicleId, DateOnly on, CancellationToken ct) =>
        (await db.Set<RoadRight>().AsNoTracking()
            .Where(r => r.ZoneId == zone && r.Status == RoadRightStatus.Granted && r.ValidFrom <= on && r.ValidTo >= on && r.Vehicles.Any(v => v.VehicleId == vehicleId))
            .Select(r => new { r.Scenario, r.ValidTo }).ToListAsync(ct))
        .GroupBy(r => r.Scenario).Select(g => (g.Key, g.Max(r => r.ValidTo))).OrderBy(s => s.Key).ToList();

    private DateOnly Today => ZoneClock.Of(clock).Today;

    private async Task<RoadRightDetail> DecideAsync(Actor actor, Guid id, RightDecisionInput input, Func<RoadRight, DateTimeOffset, Task> decide, CancellationToken ct)
    {
        Authority(actor);
        var right = await LoadAsync(actor, id, ct);
        Fresh(right, input.Version);
        await decide(right, clock.GetUtcNow());
        await SaveAsync(ct);
        return await DetailAsync(actor, right, ct);
    }

    private Task<RoadRightDetail> DecideAsync(Actor actor, Guid id, RightDecisionInput input, Action<RoadRight, DateTimeOffset> decide, CancellationToken ct) =>
        DecideAsync(actor, id, input, (r, at) =>
        {
            decide(r, at);
            return Task.CompletedTask;
        }, ct);

    private static void Fresh(RoadRight right, int? seen)
    {
        if (seen is { } version && version != right.Version)
        {
            throw Refusal.Conflict("该路权许可已被他人处理，请刷新后重试。");
        }
    }

    private static void Authority(Actor actor)
    {
        if (!actor.Roles.Any(r => MobilityAccess.Authority.Contains(r)))
        {
            throw Refusal.Forbidden("路权许可由管委会审核、许可、暂停和撤销。");
        }
    }

    private async Task SaveAsync(CancellationToken ct)
    {
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            throw Refusal.Conflict("该路权许可已被他人处理，请刷新后重试。");
        }
    }

    /// <summary>Turns the input into a spec: areas parsed and normalised, windows read, vehicles found; then the application's own rules.</summary>
    private async Task<RoadRightSpec> SpecAsync(Actor actor, ZoneId zone, Guid operatorId, RoadRightInput input, CancellationToken ct)
    {
        var areas = new List<AreaSpec>();
        for (var i = 0; i < input.Areas.Count; i++)
        {
            var area = GeoAreas.Parse(input.Areas[i].GeoJson);
            if (!area.Valid)
            {
                throw Refusal.Invalid($"areas[{i}].geoJson", $"第 {i + 1} 个区域（{input.Areas[i].Name.Trim()}）：{area.Message}");
            }

            areas.Add(new AreaSpec(input.Areas[i].Name.Trim(), area.GeoJson));
        }

        var windows = new List<WindowSpec>();
        for (var i = 0; i < input.Windows.Count; i++)
        {
            var w = input.Windows[i];
            if (w.Days.Any(d => d is < 1 or > 7))
            {
                throw Refusal.Invalid($"windows[{i}].days", "星期须为 1（周一）至 7（周日）。");
            }

            var from = Minutes(w.From);
            var to = Minutes(w.To);
            if (from >= to)
            {
                throw Refusal.Invalid($"windows[{i}].to", $"第 {i + 1} 个时段的结束时间须晚于开始时间（不跨零点；跨零点请分为两个时段）。");
            }

            windows.Add(new WindowSpec(w.Days.Distinct().Order().ToList(), from, to));
        }

        var ids = input.VehicleIds.Distinct().ToList();
        var vehicles = await db.Set<Vehicle>().AsNoTracking().Where(v => v.ZoneId == zone && ids.Contains(v.Id)).Select(v => new { v.Id, v.OperatorId }).ToListAsync(ct);
        var unknown = ids.FirstOrDefault(id => vehicles.All(v => v.Id != id) || (actor.IsOrganisationBound && vehicles.Single(v => v.Id == id).OperatorId != actor.OrganisationId));
        if (unknown != Guid.Empty)
        {
            throw Refusal.Invalid("vehicleIds", $"车辆 {unknown} 不存在，或您无权为其申请。");
        }

        var spec = new RoadRightSpec(input.Title.Trim(), input.Scenario, ids, areas, windows, input.SpeedLimitKmh, input.ValidFrom, input.ValidTo);
        var policy = await policies.InForceAsync(zone, Today, ct);
        var facts = new RoadRightFacts(operatorId, await VehicleFactsAsync(zone, ids, Today, policy, ct), spec.SpeedLimitKmh, spec.ValidFrom, spec.ValidTo,
            [.. areas.Select(a => a.GeoJson)], Today, policy);
        Refusal.ThrowIfAnyFailed(RoadRightRules.Check(facts).Where(c => RoadRightRules.AtApplication.Contains(c.Rule)));
        return spec;
    }

    private static int Minutes(string hhmm) =>
        int.Parse(hhmm[..2], CultureInfo.InvariantCulture) * 60 + int.Parse(hhmm[3..], CultureInfo.InvariantCulture);

    private async Task<(IReadOnlyList<RuleOutcome> Checks, MobilityPolicy Policy)> ChecksAsync(RoadRight r, DateOnly on, CancellationToken ct)
    {
        var policy = await policies.InForceAsync(r.ZoneId, on, ct);
        var facts = new RoadRightFacts(r.OperatorId, await VehicleFactsAsync(r.ZoneId, [.. r.Vehicles.Select(v => v.VehicleId)], on, policy, ct), r.SpeedLimitKmh,
            r.ValidFrom, r.ValidTo, [.. r.Areas.OrderBy(a => a.Order).Select(a => a.GeoJson)], on, policy);
        return (RoadRightRules.Check(facts), policy);
    }

    private async Task<IReadOnlyList<RightVehicleFact>> VehicleFactsAsync(ZoneId zone, IReadOnlyList<Guid> ids, DateOnly on, MobilityPolicy policy, CancellationToken ct)
    {
        var vehicles = await FleetDesk.WithParts(db.Set<Vehicle>().AsNoTracking()).Where(v => v.ZoneId == zone && ids.Contains(v.Id)).ToListAsync(ct);
        var plates = await PlatesAsync(ids, ct);
        return [.. vehicles.OrderBy(v => plates.GetValueOrDefault(v.Id) ?? v.Vin, StringComparer.Ordinal)
            .Select(v => new RightVehicleFact(v.Id, plates.TryGetValue(v.Id, out var plate) ? $"{plate}（{v.Vin}）" : v.Vin, v.OperatorId, FleetDesk.EligibilityOf(v, on, policy)))];
    }

    private async Task<Dictionary<Guid, string>> PlatesAsync(IReadOnlyList<Guid> vehicleIds, CancellationToken ct) =>
        (await db.Set<Plate>().AsNoTracking().Where(p => vehicleIds.Contains(p.VehicleId) && p.Status != PlateStatus.Revoked).Select(p => new { p.VehicleId, p.Number }).ToListAsync(ct))
        .GroupBy(p => p.VehicleId).ToDictionary(g => g.Key, g => g.First().Number);

    private async Task<RoadRight> LoadAsync(Actor actor, Guid id, CancellationToken ct)
    {
        var right = await Visible(actor).Include(r => r.Vehicles).Include(r => r.Areas).Include(r => r.Windows).Include(r => r.History).AsSplitQuery()
            .SingleOrDefaultAsync(r => r.Id == id, ct);
        return right is not null && RecordAccess.MaySee(actor, MobilityAccess.Rights, right.OperatorId, right.ZoneId.Value) ? right : throw Refusal.NotFound(Word);
    }

    private IQueryable<RoadRight> Visible(Actor actor)
    {
        var zone = new ZoneId(actor.ZoneId);
        var query = db.Set<RoadRight>().Where(r => r.ZoneId == zone);
        return actor.IsOrganisationBound ? query.Where(r => r.OperatorId == actor.OrganisationId) : query;
    }

    private async Task<Dictionary<Guid, string>> NamesAsync(IEnumerable<Guid> operatorIds, CancellationToken ct)
    {
        var ids = operatorIds.Distinct().ToList();
        return await db.Organisations.AsNoTracking().Where(o => ids.Contains(o.Id)).ToDictionaryAsync(o => o.Id, o => o.Name, ct);
    }

    private static RoadRightRow Row(RoadRight r, Dictionary<Guid, string> names) => new(r.Id, r.Title, r.Scenario, RightLabels.Scenario(r.Scenario), r.Status,
        RightLabels.Status(r.Status), r.OperatorId, names.GetValueOrDefault(r.OperatorId, string.Empty), r.Vehicles.Count, r.Areas.Count, r.SpeedLimitKmh,
        r.ValidFrom, r.ValidTo, r.AppliedOn, r.GrantedOn, r.Version);

    private async Task<RoadRightDetail> DetailAsync(Actor actor, RoadRight r, CancellationToken ct)
    {
        var names = await NamesAsync([r.OperatorId], ct);
        var ids = r.Vehicles.Select(v => v.VehicleId).ToList();
        var vehicles = await db.Set<Vehicle>().AsNoTracking().Where(v => ids.Contains(v.Id)).Select(v => new { v.Id, v.Vin, v.Model }).ToListAsync(ct);
        var plates = await PlatesAsync(ids, ct);
        var today = Today;
        var (checks, _) = await ChecksAsync(r, today, ct);
        var mayEdit = r.Status == RoadRightStatus.Applied && RecordAccess.MayChange(actor, MobilityAccess.Rights, r.OperatorId, r.ZoneId.Value);
        var mayDecide = actor.Roles.Any(role => MobilityAccess.Authority.Contains(role));
        return new RoadRightDetail(r.Id, r.Title, r.Scenario, RightLabels.Scenario(r.Scenario), r.Status, RightLabels.Status(r.Status), r.OperatorId,
            names.GetValueOrDefault(r.OperatorId, string.Empty), r.SpeedLimitKmh, r.ValidFrom, r.ValidTo, r.AppliedOn, r.GrantedOn, r.PolicyVersion, r.Version,
            vehicles.Select(v => new RightVehicleView(v.Id, v.Vin, v.Model, plates.GetValueOrDefault(v.Id))).OrderBy(v => v.Plate ?? v.Vin, StringComparer.Ordinal).ToList(),
            r.Areas.OrderBy(a => a.Order).Select(a => new RightAreaView(a.Name, a.GeoJson)).ToList(),
            r.Windows.OrderBy(w => w.FromMinute).ThenBy(w => w.Days).Select(w =>
            {
                var days = WeekdayMask.Days(w.Days);
                return new RightWindowView(days, RightLabels.Days(days), RightLabels.Minute(w.FromMinute), RightLabels.Minute(w.ToMinute));
            }).ToList(),
            today, checks,
            r.History.OrderBy(e => e.At).ThenBy(e => e.Id).Select(e => new RightEventView(e.Kind.ToString(), RightLabels.Event(e.Kind), RightLabels.Status(e.After), e.At, e.ByName, e.Reason)).ToList(),
            mayEdit, mayDecide);
    }
}
