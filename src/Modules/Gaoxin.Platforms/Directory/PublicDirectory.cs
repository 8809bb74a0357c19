using Gaoxin.Data;
using Gaoxin.Data.Platform;
using Gaoxin.Kernel.Zones;
using Gaoxin.Platforms.Registry;
using Microsoft.EntityFrameworkCore;

namespace Gaoxin.Platforms.Directory;

/// <summary>A platform as the public sees it: no ids, no document numbers, no evaluations, no versions.</summary>
public sealed record DirectoryEntry(string Name, string TypeText, string LevelText, string HostName, int RecognisedYear, IReadOnlyList<string> CoBuilders,
    IReadOnlyList<string> OpenEquipment);

public sealed record DirectoryView(string ZoneCode, string ZoneName, int Total, IReadOnlyList<DirectoryEntry> Items);

/// <summary>
/// The public directory (创新平台名录): active platforms at provincial level or above, readable without signing in. The zone is
/// named by its code; a signed-in caller who names none gets their own, an anonymous one the platform's only zone.
/// </summary>
internal sealed class PublicDirectory(GaoxinDbContext db)
{
    public async Task<DirectoryView> ReadAsync(string? zoneCode, Guid? signedInZone, string? q, PlatformType? type, CancellationToken ct)
    {
        var zoneRow = await PublicZones.ResolveAsync(db, zoneCode, signedInZone, ct);
        var zone = zoneRow.Id;
        var query = PlatformRegistry.Filtered(db.Set<InnovationPlatform>().AsNoTracking()
            .Where(p => p.ZoneId == zone && p.State == PlatformState.Active && p.Level != PlatformLevel.Municipal), new PlatformFilter(q, type));
        var rows = await query.Include(p => p.CoBuilders).Include(p => p.Equipment).AsSplitQuery()
            .OrderBy(p => p.Level == PlatformLevel.National ? 0 : 1).ThenBy(p => p.Name).ToListAsync(ct);
        var hosts = rows.Select(r => r.HostOrganisationId).Distinct().ToList();
        var names = await db.Organisations.AsNoTracking().Where(o => hosts.Contains(o.Id)).ToDictionaryAsync(o => o.Id, o => o.Name, ct);
        var items = rows.Select(p => new DirectoryEntry(p.Name, PlatformLabels.Type(p.Type), PlatformLabels.Level(p.Level), names.GetValueOrDefault(p.HostOrganisationId, string.Empty),
            p.RecognisedOn.Year, p.CoBuilders.OrderBy(c => c.Order).Select(c => c.Name).ToList(),
            p.Equipment.Where(e => e.OpenToOthers).OrderBy(e => e.Name).Select(e => e.Name).ToList())).ToList();
        return new DirectoryView(zoneRow.Code, zoneRow.Name, items.Count, items);
    }
}
