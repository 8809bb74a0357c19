using Gaoxin.Contracts;
using Gaoxin.Contracts.Industry;
using Gaoxin.Data;
using Gaoxin.Kernel.Access;
using Gaoxin.Kernel.Rules;
using Gaoxin.Kernel.Zones;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Gaoxin.PilotBase.Facilities;

public sealed record RoomView(Guid Id, Guid BuildingId, string Name, decimal? FloorArea);

public sealed record BuildingView(Guid Id, Guid AreaId, string Name, IReadOnlyList<RoomView> Rooms);

/// <summary>An area with the build progress of the major project that builds it (read from the industry module, 0–1).</summary>
public sealed record AreaDetail(Guid Id, string Code, string Name, AreaStatus Status, decimal FloorArea, decimal Investment, string? Description,
    Guid? MajorProjectId, string? MajorProjectName, decimal? Progress, string? ProjectStatus, int Resources, IReadOnlyList<BuildingView> Buildings);

public sealed record CapabilityView(Guid Id, CapabilityKind Kind, string Name, decimal? Min, decimal? Max, string? Unit, string? Text);

public sealed record QualificationView(Guid Id, Guid ResourceId, QualificationKind Kind, string CertificateNo, DateOnly ValidUntil, QualificationStanding Standing, int DaysLeft);

public sealed record ResourceView(Guid Id, string Code, string Name, ResourceKind Kind, ResourceStatus Status, ZoneIndustry? Industry, string? Description,
    Guid AreaId, string AreaCode, Guid? RoomId, string? Room, decimal? PricePerHour, decimal? PricePerDay, decimal? PricePerBatch, decimal? MaxBatchSize,
    string? BatchUnit, int Version, IReadOnlyList<CapabilityView> Capabilities, IReadOnlyList<QualificationView> Qualifications);

public sealed record ResourceCount(ResourceKind Kind, ResourceStatus Status, int Count);

/// <summary>A qualification that runs out within 90 days (or already has), with its resource.</summary>
public sealed record ExpiringQualification(QualificationView Qualification, string ResourceCode, string ResourceName);

/// <summary>
/// The base's facilities (设施): areas, buildings, rooms, resources with their capability parameters and qualifications.
/// Everything is read and changed within the actor's zone (another zone's id is "not found"); changes are audited on save.
/// </summary>
internal sealed class FacilityBook(GaoxinDbContext db, TimeProvider clock, IServiceProvider services)
{
    private DateOnly Today => ZoneClock.Of(clock).Today;

    // ---- areas, buildings, rooms ----

    public async Task<IReadOnlyList<AreaDetail>> AreasAsync(Guid zoneId, CancellationToken ct)
    {
        var zone = new ZoneId(zoneId);
        var areas = await db.Set<BaseArea>().AsNoTracking().Where(a => a.ZoneId == zone).OrderBy(a => a.Code).ToListAsync(ct);
        var buildings = await db.Set<Building>().AsNoTracking().Where(b => b.ZoneId == zone).OrderBy(b => b.Name).ToListAsync(ct);
        var rooms = (await db.Set<Room>().AsNoTracking().Where(r => r.ZoneId == zone).OrderBy(r => r.Name).ToListAsync(ct)).ToLookup(r => r.BuildingId);
        var counts = await db.Set<Resource>().Where(r => r.ZoneId == zone).GroupBy(r => r.AreaId).Select(g => new { g.Key, Count = g.Count() })
            .ToDictionaryAsync(x => x.Key, x => x.Count, ct);
        var industry = services.GetService<IIndustryFigures>();
        var result = new List<AreaDetail>();
        foreach (var a in areas)
        {
            var project = a.MajorProjectId is { } pid && industry is not null ? await industry.MajorProjectAsync(zoneId, pid, ct) : null;
            result.Add(new AreaDetail(a.Id, a.Code, a.Name, a.Status, a.FloorArea, a.Investment, a.Description, a.MajorProjectId, project?.Name, project?.Progress,
                project?.Status, counts.GetValueOrDefault(a.Id),
                buildings.Where(b => b.AreaId == a.Id).Select(b => new BuildingView(b.Id, b.AreaId, b.Name,
                    rooms[b.Id].Select(r => new RoomView(r.Id, r.BuildingId, r.Name, r.FloorArea)).ToList())).ToList()));
        }

        return result;
    }

    public async Task<AreaDetail> AreaAsync(Guid zoneId, Guid id, CancellationToken ct) =>
        (await AreasAsync(zoneId, ct)).FirstOrDefault(a => a.Id == id) ?? throw Refusal.NotFound("片区");

    public async Task<AreaDetail> EditAreaAsync(Actor actor, Guid id, AreaInput input, CancellationToken ct)
    {
        var area = await FindAsync<BaseArea>(actor, id, "片区", ct);
        if (input.MajorProjectId is { } projectId && input.MajorProjectId != area.MajorProjectId)
        {
            var industry = services.GetService<IIndustryFigures>()
                ?? throw Refusal.Invalid("majorProjectId", "产业模块未启用，无法关联重大项目。");
            _ = await industry.MajorProjectAsync(actor.ZoneId, projectId, ct)
                ?? throw Refusal.Invalid("majorProjectId", "重大项目不存在（或不属于本园区）。");
        }

        area.Name = input.Name.Trim();
        area.FloorArea = input.FloorArea;
        area.Investment = input.Investment;
        area.MajorProjectId = input.MajorProjectId;
        area.Description = Blank(input.Description);
        await db.SaveChangesAsync(ct);
        return await AreaAsync(actor.ZoneId, id, ct);
    }

    /// <summary>An area under construction is opened (竣工投运); opening an operating area changes nothing.</summary>
    public async Task<AreaDetail> OpenAreaAsync(Actor actor, Guid id, CancellationToken ct)
    {
        var area = await FindAsync<BaseArea>(actor, id, "片区", ct);
        area.Open();
        await db.SaveChangesAsync(ct);
        return await AreaAsync(actor.ZoneId, id, ct);
    }

    public async Task<BuildingView> AddBuildingAsync(Actor actor, BuildingInput input, CancellationToken ct)
    {
        var area = await FindAsync<BaseArea>(actor, input.AreaId, "片区", ct);
        var name = input.Name.Trim();
        if (await db.Set<Building>().AnyAsync(b => b.AreaId == area.Id && b.Name == name, ct))
        {
            throw Refusal.Conflict($"{area.Name}已有楼栋“{name}”。");
        }

        var building = new Building(area.ZoneId, area.Id, name);
        db.Add(building);
        await db.SaveChangesAsync(ct);
        return new BuildingView(building.Id, area.Id, building.Name, []);
    }

    public async Task<BuildingView> RenameBuildingAsync(Actor actor, Guid id, NameInput input, CancellationToken ct)
    {
        var building = await FindAsync<Building>(actor, id, "楼栋", ct);
        var name = input.Name.Trim();
        if (await db.Set<Building>().AnyAsync(b => b.AreaId == building.AreaId && b.Name == name && b.Id != id, ct))
        {
            throw Refusal.Conflict($"该片区已有楼栋“{name}”。");
        }

        building.Name = name;
        await db.SaveChangesAsync(ct);
        var rooms = await db.Set<Room>().AsNoTracking().Where(r => r.BuildingId == id).OrderBy(r => r.Name)
            .Select(r => new RoomView(r.Id, r.BuildingId, r.Name, r.FloorArea)).ToListAsync(ct);
        return new BuildingView(building.Id, building.AreaId, building.Name, rooms);
    }

    public async Task<RoomView> AddRoomAsync(Actor actor, RoomInput input, CancellationToken ct)
    {
        var building = await FindAsync<Building>(actor, input.BuildingId, "楼栋", ct);
        var name = input.Name.Trim();
        if (await db.Set<Room>().AnyAsync(r => r.BuildingId == building.Id && r.Name == name, ct))
        {
            throw Refusal.Conflict($"楼栋“{building.Name}”已有房间“{name}”。");
        }

        var room = new Room(building.ZoneId, building.Id, name) { FloorArea = input.FloorArea };
        db.Add(room);
        await db.SaveChangesAsync(ct);
        return new RoomView(room.Id, room.BuildingId, room.Name, room.FloorArea);
    }

    public async Task<RoomView> EditRoomAsync(Actor actor, Guid id, RoomEditInput input, CancellationToken ct)
    {
        var room = await FindAsync<Room>(actor, id, "房间", ct);
        var name = input.Name.Trim();
        if (await db.Set<Room>().AnyAsync(r => r.BuildingId == room.BuildingId && r.Name == name && r.Id != id, ct))
        {
            throw Refusal.Conflict($"该楼栋已有房间“{name}”。");
        }

        room.Name = name;
        room.FloorArea = input.FloorArea;
        await db.SaveChangesAsync(ct);
        return new RoomView(room.Id, room.BuildingId, room.Name, room.FloorArea);
    }

    // ---- resources ----

    public async Task<ResourceView> ResourceAsync(Guid zoneId, Guid id, CancellationToken ct)
    {
        var zone = new ZoneId(zoneId);
        var resource = await db.Set<Resource>().AsNoTracking().FirstOrDefaultAsync(r => r.Id == id && r.ZoneId == zone, ct) ?? throw Refusal.NotFound("资源");
        return (await ViewsAsync(zone, [resource], ct))[0];
    }

    public async Task<ResourceView> CreateResourceAsync(Actor actor, ResourceInput input, CancellationToken ct)
    {
        var area = await FindAsync<BaseArea>(actor, input.AreaId, "片区", ct);
        await CheckRoomAsync(area.Id, input.RoomId, ct);
        var code = input.Code.Trim();
        if (await db.Set<Resource>().AnyAsync(r => r.ZoneId == area.ZoneId && r.Code == code, ct))
        {
            throw Refusal.Conflict($"资源编号“{code}”已存在。");
        }

        var resource = new Resource(area.ZoneId, area.Id, code, input.Name.Trim(), input.Kind);
        resource.Edit(input.RoomId, input.Name.Trim(), input.Industry, Blank(input.Description), input.PricePerHour, input.PricePerDay, input.PricePerBatch,
            input.MaxBatchSize, Blank(input.BatchUnit));
        resource.Version = 0;
        db.Add(resource);
        await db.SaveChangesAsync(ct);
        return await ResourceAsync(actor.ZoneId, resource.Id, ct);
    }

    public async Task<ResourceView> EditResourceAsync(Actor actor, Guid id, ResourceEditInput input, CancellationToken ct)
    {
        var resource = await FindCurrentAsync(actor, id, input.Version, ct);
        await CheckRoomAsync(resource.AreaId, input.RoomId, ct);
        resource.Edit(input.RoomId, input.Name.Trim(), input.Industry, Blank(input.Description), input.PricePerHour, input.PricePerDay, input.PricePerBatch,
            input.MaxBatchSize, Blank(input.BatchUnit));
        await SaveCheckedAsync(resource, ct);
        return await ResourceAsync(actor.ZoneId, id, ct);
    }

    public async Task<ResourceView> ChangeStatusAsync(Actor actor, Guid id, ResourceStatusInput input, CancellationToken ct)
    {
        if (!Enum.IsDefined(input.Status))
        {
            throw Refusal.Invalid("status", "资源状态应为可用、维护中或已停用。");
        }

        var resource = await FindCurrentAsync(actor, id, input.Version, ct);
        resource.ChangeStatus(input.Status);
        await SaveCheckedAsync(resource, ct);
        return await ResourceAsync(actor.ZoneId, id, ct);
    }

    public async Task<ResourceView> AddCapabilityAsync(Actor actor, Guid id, CapabilityInput input, CancellationToken ct)
    {
        var resource = await FindAsync<Resource>(actor, id, "资源", ct);
        var name = input.Name.Trim();
        var outcome = new CapabilityRangeRule().Check(new CapabilityFacts(name, input.Min, input.Max, input.Text));
        if (!outcome.Passed)
        {
            throw Refusal.ByRule(outcome);
        }

        if (await db.Set<CapabilityParameter>().AnyAsync(c => c.ResourceId == id && c.Name == name, ct))
        {
            throw Refusal.Conflict($"资源 {resource.Code} 已有能力参数“{name}”。");
        }

        db.Add(new CapabilityParameter(resource.ZoneId, id, input.Kind, name, input.Min, input.Max, Blank(input.Unit), Blank(input.Text)));
        await db.SaveChangesAsync(ct);
        return await ResourceAsync(actor.ZoneId, id, ct);
    }

    public async Task<ResourceView> RemoveCapabilityAsync(Actor actor, Guid id, Guid capabilityId, CancellationToken ct)
    {
        var zone = new ZoneId(actor.ZoneId);
        var capability = await db.Set<CapabilityParameter>().FirstOrDefaultAsync(c => c.Id == capabilityId && c.ResourceId == id && c.ZoneId == zone, ct)
            ?? throw Refusal.NotFound("能力参数");
        db.Remove(capability);
        await db.SaveChangesAsync(ct);
        return await ResourceAsync(actor.ZoneId, id, ct);
    }

    public async Task<ResourceView> AddQualificationAsync(Actor actor, Guid id, QualificationInput input, CancellationToken ct)
    {
        var resource = await FindAsync<Resource>(actor, id, "资源", ct);
        var number = input.CertificateNo.Trim();
        if (await db.Set<Qualification>().AnyAsync(q => q.ResourceId == id && q.Kind == input.Kind && q.CertificateNo == number, ct))
        {
            throw Refusal.Conflict($"资源 {resource.Code} 已登记证书“{number}”。");
        }

        db.Add(new Qualification(resource.ZoneId, id, input.Kind, number, input.ValidUntil));
        await db.SaveChangesAsync(ct);
        return await ResourceAsync(actor.ZoneId, id, ct);
    }

    public async Task<ResourceView> RemoveQualificationAsync(Actor actor, Guid id, Guid qualificationId, CancellationToken ct)
    {
        var zone = new ZoneId(actor.ZoneId);
        var qualification = await db.Set<Qualification>().FirstOrDefaultAsync(q => q.Id == qualificationId && q.ResourceId == id && q.ZoneId == zone, ct)
            ?? throw Refusal.NotFound("资质");
        db.Remove(qualification);
        await db.SaveChangesAsync(ct);
        return await ResourceAsync(actor.ZoneId, id, ct);
    }

    /// <summary>Qualifications that expire within 90 days or have expired, soonest first: what the operator must renew.</summary>
    public async Task<IReadOnlyList<ExpiringQualification>> ExpiringAsync(Guid zoneId, CancellationToken ct)
    {
        var zone = new ZoneId(zoneId);
        var today = Today;
        var horizon = today.AddDays(QualificationInForceRule.WarningDays);
        var rows = await db.Set<Qualification>().AsNoTracking().Where(q => q.ZoneId == zone && q.ValidUntil <= horizon)
            .Join(db.Set<Resource>(), q => q.ResourceId, r => r.Id, (q, r) => new { q, r.Code, r.Name })
            .OrderBy(x => x.q.ValidUntil).ThenBy(x => x.Code).ToListAsync(ct);
        return rows.Select(x => new ExpiringQualification(View(x.q, today), x.Code, x.Name)).ToList();
    }

    /// <summary>The zone's resources counted by kind and status (the front page's figures).</summary>
    public async Task<IReadOnlyList<ResourceCount>> CountsAsync(Guid zoneId, CancellationToken ct)
    {
        var zone = new ZoneId(zoneId);
        var rows = await db.Set<Resource>().Where(r => r.ZoneId == zone).GroupBy(r => new { r.Kind, r.Status })
            .Select(g => new { g.Key.Kind, g.Key.Status, Count = g.Count() }).ToListAsync(ct);
        return rows.Select(r => new ResourceCount(r.Kind, r.Status, r.Count)).OrderBy(r => r.Kind).ThenBy(r => r.Status).ToList();
    }

    // ---- helpers ----

    internal async Task<List<ResourceView>> ViewsAsync(ZoneId zone, IReadOnlyList<Resource> resources, CancellationToken ct)
    {
        var ids = resources.Select(r => r.Id).ToList();
        var capabilities = (await db.Set<CapabilityParameter>().AsNoTracking().Where(c => c.ZoneId == zone && ids.Contains(c.ResourceId)).ToListAsync(ct))
            .OrderBy(c => c.Kind).ThenBy(c => c.Name, StringComparer.Ordinal).ToLookup(c => c.ResourceId);
        var qualifications = (await db.Set<Qualification>().AsNoTracking().Where(q => q.ZoneId == zone && ids.Contains(q.ResourceId)).ToListAsync(ct))
            .OrderBy(q => q.Kind).ThenBy(q => q.ValidUntil).ToLookup(q => q.ResourceId);
        var areas = await db.Set<BaseArea>().AsNoTracking().Where(a => a.ZoneId == zone).ToDictionaryAsync(a => a.Id, a => a.Code, ct);
        var roomIds = resources.Where(r => r.RoomId is not null).Select(r => r.RoomId!.Value).Distinct().ToList();
        var rooms = await db.Set<Room>().AsNoTracking().Where(r => roomIds.Contains(r.Id)).ToDictionaryAsync(r => r.Id, r => r.Name, ct);
        var today = Today;
        return resources.Select(r => new ResourceView(r.Id, r.Code, r.Name, r.Kind, r.Status, r.Industry, r.Description, r.AreaId, areas.GetValueOrDefault(r.AreaId) ?? string.Empty,
            r.RoomId, r.RoomId is { } room ? rooms.GetValueOrDefault(room) : null, r.PricePerHour, r.PricePerDay, r.PricePerBatch, r.MaxBatchSize, r.BatchUnit, r.Version,
            capabilities[r.Id].Select(c => new CapabilityView(c.Id, c.Kind, c.Name, c.Min, c.Max, c.Unit, c.Text)).ToList(),
            qualifications[r.Id].Select(q => View(q, today)).ToList())).ToList();
    }

    private static QualificationView View(Qualification q, DateOnly today) =>
        new(q.Id, q.ResourceId, q.Kind, q.CertificateNo, q.ValidUntil, QualificationInForceRule.Standing(q.ValidUntil, today), q.ValidUntil.DayNumber - today.DayNumber);

    private async Task<T> FindAsync<T>(Actor actor, Guid id, string what, CancellationToken ct) where T : class, IZoneScoped
    {
        var zone = new ZoneId(actor.ZoneId);
        return await db.Set<T>().Where(x => x.ZoneId == zone).FirstOrDefaultAsync(x => EF.Property<Guid>(x, "Id") == id, ct) ?? throw Refusal.NotFound(what);
    }

    /// <summary>The resource as the editor last read it: a newer version means someone else changed it meanwhile (409).</summary>
    private async Task<Resource> FindCurrentAsync(Actor actor, Guid id, int version, CancellationToken ct)
    {
        var resource = await FindAsync<Resource>(actor, id, "资源", ct);
        if (resource.Version != version)
        {
            throw Refusal.Conflict($"资源 {resource.Code} 已被他人修改（当前版本 {resource.Version}，您编辑的是版本 {version}），请刷新后重试。");
        }

        return resource;
    }

    /// <summary>Saves; the database checks the version again, so of two simultaneous edits one wins and the other gets 409.</summary>
    private async Task SaveCheckedAsync(Resource resource, CancellationToken ct)
    {
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            throw Refusal.Conflict($"资源 {resource.Code} 已被他人修改，请刷新后重试。");
        }
    }

    private async Task CheckRoomAsync(Guid areaId, Guid? roomId, CancellationToken ct)
    {
        if (roomId is { } id && !await db.Set<Room>().Where(r => r.Id == id)
                .Join(db.Set<Building>(), r => r.BuildingId, b => b.Id, (r, b) => b.AreaId).AnyAsync(a => a == areaId, ct))
        {
            throw Refusal.Invalid("roomId", "房间不存在，或不在该资源所在的片区。");
        }
    }

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
