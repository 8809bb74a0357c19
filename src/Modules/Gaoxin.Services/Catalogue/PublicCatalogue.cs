using Gaoxin.Data;
using Gaoxin.Kernel.Rules;
using Gaoxin.Kernel.Zones;
using Gaoxin.Services.Departments;
using Microsoft.EntityFrameworkCore;

namespace Gaoxin.Services.Catalogue;

public sealed record PublicMaterial(string Name, bool Essential);

public sealed record PublicItem(string Code, string Name, string Department, int LegalLimitDays, int? PromisedLimitDays, decimal Fee, ResultKind Result,
    string ResultName, string? Description, IReadOnlyList<PublicMaterial> Materials, IReadOnlyList<string> Fields);

public sealed record PublicCatalogueView(string ZoneCode, string ZoneName, IReadOnlyList<PublicItem> Items);

/// <summary>
/// The catalogue anyone may read without signing in (办事指南): published items with their department, limits, fee, result,
/// materials and the names of the fields asked. No ids, nothing unpublished, nothing about applications.
/// </summary>
public sealed class PublicCatalogue(GaoxinDbContext db)
{
    public async Task<PublicCatalogueView> ReadAsync(string? zoneCode, Guid? signedInZone, string? q, CancellationToken ct)
    {
        var zoneRow = await Gaoxin.Data.Platform.PublicZones.ResolveAsync(db, zoneCode, signedInZone, ct);
        var zone = zoneRow.Id;
        var query = db.Set<ServiceItem>().AsNoTracking().Where(i => i.ZoneId == zone && i.Published);
        if (!string.IsNullOrWhiteSpace(q))
        {
            var text = q.Trim();
            query = query.Where(i => i.Name.Contains(text) || i.Code.Contains(text) || i.ResultName.Contains(text));
        }

        var items = await query.OrderBy(i => i.Code).ToListAsync(ct);
        var ids = items.Select(i => i.Id).ToList();
        var departments = await db.Set<Department>().AsNoTracking().Where(d => d.ZoneId == zone).ToDictionaryAsync(d => d.Id, d => d.Name, ct);
        var materials = (await db.Set<ItemMaterial>().AsNoTracking().Where(m => m.ZoneId == zone && ids.Contains(m.ItemId)).ToListAsync(ct)).OrderBy(m => m.Order).ToLookup(m => m.ItemId);
        var fields = (await db.Set<FormField>().AsNoTracking().Where(f => f.ZoneId == zone && ids.Contains(f.ItemId)).ToListAsync(ct)).OrderBy(f => f.Order).ToLookup(f => f.ItemId);
        return new PublicCatalogueView(zoneRow.Code, zoneRow.Name, items.Select(i => new PublicItem(i.Code, i.Name, departments.GetValueOrDefault(i.DepartmentId, string.Empty),
            i.LegalLimitDays, i.PromisedLimitDays, i.Fee, i.Result, i.ResultName, i.Description,
            materials[i.Id].Select(m => new PublicMaterial(m.Name, m.Essential)).ToList(), fields[i.Id].Select(f => f.Label).ToList())).ToList());
    }
}
