using Gaoxin.Data;
using Gaoxin.Kernel.Rules;
using Gaoxin.Kernel.Zones;
using Gaoxin.PilotBase.Facilities;
using Microsoft.EntityFrameworkCore;

namespace Gaoxin.PilotBase.Catalogue;

public sealed record PublicQualification(QualificationKind Kind, string CertificateNo, DateOnly ValidUntil);

public sealed record PublicCapability(CapabilityKind Kind, string Name, decimal? Min, decimal? Max, string? Unit, string? Text);

public sealed record PublicResource(string Code, string Name, ResourceKind Kind, string Area, IReadOnlyList<PublicCapability> Capabilities,
    IReadOnlyList<PublicQualification> Qualifications);

public sealed record PublicService(string Code, string Name, ServiceCategory Category, string Description, decimal TypicalHours, decimal Price, PriceUnit PriceUnit,
    string Deliverables, IReadOnlyList<PublicResource> Resources);

/// <summary>The public catalogue of one zone's base: its name and its published services.</summary>
public sealed record PublicCatalogueView(string ZoneCode, string ZoneName, IReadOnlyList<PublicService> Services);

/// <summary>
/// The catalogue a firm outside the zone reads without signing in: published services only, with the resources they use
/// (retired ones left out), their capability parameters and the qualifications in force. Nothing else leaves: no ids,
/// no bookings, no customers, no prices per resource, no unpublished service, no expired certificate.
/// The zone is named by its code (zone=zigong, the code of the zone's URLs and exports); a signed-in caller who names none
/// gets their own zone, an anonymous one the platform's zone when it serves exactly one.
/// </summary>
internal sealed class PublicCatalogue(GaoxinDbContext db, TimeProvider clock)
{
    public async Task<PublicCatalogueView> ReadAsync(string? zoneCode, Guid? signedInZone, string? q, ServiceCategory? category, CancellationToken ct)
    {
        var zoneRow = await Gaoxin.Data.Platform.PublicZones.ResolveAsync(db, zoneCode, signedInZone, ct);
        var zone = zoneRow.Id;
        var query = db.Set<PilotService>().AsNoTracking().Where(s => s.ZoneId == zone && s.Published);
        if (category is { } c)
        {
            query = query.Where(s => s.Category == c);
        }

        if (!string.IsNullOrWhiteSpace(q))
        {
            var text = q.Trim();
            query = query.Where(s => s.Name.Contains(text) || s.Description.Contains(text) || s.Deliverables.Contains(text));
        }

        var services = await query.OrderBy(s => s.Code).ToListAsync(ct);
        var serviceIds = services.Select(s => s.Id).ToList();
        var links = await db.Set<ServiceResource>().AsNoTracking().Where(l => l.ZoneId == zone && serviceIds.Contains(l.ServiceId)).ToListAsync(ct);
        var resourceIds = links.Select(l => l.ResourceId).Distinct().ToList();
        var resources = await db.Set<Resource>().AsNoTracking().Where(r => r.ZoneId == zone && resourceIds.Contains(r.Id) && r.Status != ResourceStatus.Retired)
            .Join(db.Set<BaseArea>(), r => r.AreaId, a => a.Id, (r, a) => new { r.Id, r.Code, r.Name, r.Kind, Area = a.Name })
            .ToDictionaryAsync(r => r.Id, ct);
        var capabilities = (await db.Set<CapabilityParameter>().AsNoTracking().Where(x => x.ZoneId == zone && resourceIds.Contains(x.ResourceId)).ToListAsync(ct))
            .OrderBy(x => x.Kind).ThenBy(x => x.Name, StringComparer.Ordinal).ToLookup(x => x.ResourceId);
        var today = ZoneClock.Of(clock).Today;
        var qualifications = (await db.Set<Qualification>().AsNoTracking().Where(x => x.ZoneId == zone && resourceIds.Contains(x.ResourceId) && x.ValidUntil >= today)
            .ToListAsync(ct)).OrderBy(x => x.Kind).ToLookup(x => x.ResourceId);

        PublicResource? Resource(Guid id) => resources.TryGetValue(id, out var r)
            ? new PublicResource(r.Code, r.Name, r.Kind, r.Area,
                capabilities[id].Select(x => new PublicCapability(x.Kind, x.Name, x.Min, x.Max, x.Unit, x.Text)).ToList(),
                qualifications[id].Select(x => new PublicQualification(x.Kind, x.CertificateNo, x.ValidUntil)).ToList())
            : null;

        var byService = links.ToLookup(l => l.ServiceId);
        return new PublicCatalogueView(zoneRow.Code, zoneRow.Name, services.Select(s => new PublicService(s.Code, s.Name, s.Category, s.Description, s.TypicalHours, s.Price,
            s.PriceUnit, s.Deliverables, byService[s.Id].Select(l => Resource(l.ResourceId)).OfType<PublicResource>().OrderBy(r => r.Code, StringComparer.Ordinal).ToList())).ToList());
    }
}
