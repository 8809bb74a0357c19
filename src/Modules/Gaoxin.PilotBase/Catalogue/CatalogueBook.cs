using Gaoxin.Data;
using Gaoxin.Kernel.Access;
using Gaoxin.Kernel.Rules;
using Gaoxin.Kernel.Zones;
using Gaoxin.PilotBase.Facilities;
using Microsoft.EntityFrameworkCore;

namespace Gaoxin.PilotBase.Catalogue;

public sealed record ServiceResourceView(Guid Id, string Code, string Name, ResourceKind Kind, ResourceStatus Status);

public sealed record ServiceView(Guid Id, string Code, string Name, ServiceCategory Category, string Description, decimal TypicalHours, decimal Price,
    PriceUnit PriceUnit, string Deliverables, bool Published, IReadOnlyList<ServiceResourceView> Resources);

/// <summary>The service catalogue (服务目录) for signed-in users: operators see and change every service, the others see the published ones.</summary>
internal sealed class CatalogueBook(GaoxinDbContext db)
{
    public async Task<IReadOnlyList<ServiceView>> ListAsync(Actor actor, CancellationToken ct)
    {
        var zone = new ZoneId(actor.ZoneId);
        var all = PilotBaseAccess.Operators.Any(actor.IsIn);
        var services = await db.Set<PilotService>().AsNoTracking().Where(s => s.ZoneId == zone && (all || s.Published)).OrderBy(s => s.Code).ToListAsync(ct);
        return await ViewsAsync(zone, services, ct);
    }

    public async Task<ServiceView> GetAsync(Actor actor, Guid id, CancellationToken ct) =>
        (await ListAsync(actor, ct)).FirstOrDefault(s => s.Id == id) ?? throw Refusal.NotFound("服务");

    public async Task<ServiceView> CreateAsync(Actor actor, ServiceInput input, CancellationToken ct)
    {
        var zone = new ZoneId(actor.ZoneId);
        var code = input.Code.Trim();
        if (await db.Set<PilotService>().AnyAsync(s => s.ZoneId == zone && s.Code == code, ct))
        {
            throw Refusal.Conflict($"服务编号“{code}”已存在。");
        }

        var resources = await ResourcesAsync(zone, input.ResourceIds, ct);
        var service = new PilotService(zone, code, input.Name.Trim(), input.Category, input.Description.Trim(), input.TypicalHours, input.Price, input.PriceUnit,
            input.Deliverables.Trim()) { Published = input.Published };
        db.Add(service);
        db.AddRange(resources.Select(r => new ServiceResource(zone, service.Id, r)));
        await db.SaveChangesAsync(ct);
        return await GetAsync(actor, service.Id, ct);
    }

    public async Task<ServiceView> EditAsync(Actor actor, Guid id, ServiceInput input, CancellationToken ct)
    {
        var zone = new ZoneId(actor.ZoneId);
        var service = await db.Set<PilotService>().FirstOrDefaultAsync(s => s.Id == id && s.ZoneId == zone, ct) ?? throw Refusal.NotFound("服务");
        var wanted = await ResourcesAsync(zone, input.ResourceIds, ct);
        service.Name = input.Name.Trim();
        service.Category = input.Category;
        service.Description = input.Description.Trim();
        service.TypicalHours = input.TypicalHours;
        service.Price = input.Price;
        service.PriceUnit = input.PriceUnit;
        service.Deliverables = input.Deliverables.Trim();
        service.Published = input.Published;
        var links = await db.Set<ServiceResource>().Where(l => l.ServiceId == id).ToListAsync(ct);
        db.RemoveRange(links.Where(l => !wanted.Contains(l.ResourceId)));
        db.AddRange(wanted.Where(r => links.All(l => l.ResourceId != r)).Select(r => new ServiceResource(zone, id, r)));
        await db.SaveChangesAsync(ct);
        return await GetAsync(actor, id, ct);
    }

    /// <summary>A service no booking names can be deleted; one with bookings is refused (the database keeps the reference), unpublish it instead.</summary>
    public async Task DeleteAsync(Actor actor, Guid id, CancellationToken ct)
    {
        var zone = new ZoneId(actor.ZoneId);
        var service = await db.Set<PilotService>().FirstOrDefaultAsync(s => s.Id == id && s.ZoneId == zone, ct) ?? throw Refusal.NotFound("服务");
        db.RemoveRange(await db.Set<ServiceResource>().Where(l => l.ServiceId == id).ToListAsync(ct));
        db.Remove(service);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            throw Refusal.Conflict($"服务“{service.Code}”已有预约或记录引用，不能删除；可改为不发布。");
        }
    }

    private async Task<List<Guid>> ResourcesAsync(ZoneId zone, IReadOnlyList<Guid>? ids, CancellationToken ct)
    {
        var wanted = (ids ?? []).Distinct().ToList();
        var found = await db.Set<Resource>().Where(r => r.ZoneId == zone && wanted.Contains(r.Id)).Select(r => r.Id).ToListAsync(ct);
        if (found.Count != wanted.Count)
        {
            throw Refusal.Invalid("resourceIds", "所选资源中有不存在（或不属于本园区）的资源。");
        }

        return wanted;
    }

    private async Task<List<ServiceView>> ViewsAsync(ZoneId zone, IReadOnlyList<PilotService> services, CancellationToken ct)
    {
        var ids = services.Select(s => s.Id).ToList();
        var links = (await db.Set<ServiceResource>().AsNoTracking().Where(l => l.ZoneId == zone && ids.Contains(l.ServiceId))
            .Join(db.Set<Resource>(), l => l.ResourceId, r => r.Id, (l, r) => new { l.ServiceId, r.Id, r.Code, r.Name, r.Kind, r.Status }).ToListAsync(ct))
            .OrderBy(x => x.Code, StringComparer.Ordinal).ToLookup(x => x.ServiceId);
        return services.Select(s => new ServiceView(s.Id, s.Code, s.Name, s.Category, s.Description, s.TypicalHours, s.Price, s.PriceUnit, s.Deliverables, s.Published,
            links[s.Id].Select(x => new ServiceResourceView(x.Id, x.Code, x.Name, x.Kind, x.Status)).ToList())).ToList();
    }
}
