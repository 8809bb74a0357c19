using Gaoxin.Kernel.Rules;
using Gaoxin.Kernel.Zones;
using Microsoft.EntityFrameworkCore;

namespace Gaoxin.Data.Platform;

/// <summary>
/// Which zone a public (anonymous) page or endpoint reads: the one named by its code (zone=zigong), else the signed-in
/// caller's own, else the platform's zone when it serves exactly one.
/// </summary>
public static class PublicZones
{
    public static async Task<Zone> ResolveAsync(GaoxinDbContext db, string? code, Guid? signedInZone, CancellationToken ct)
    {
        if (!string.IsNullOrWhiteSpace(code))
        {
            var wanted = code.Trim().ToLowerInvariant();
            return await db.Zones.AsNoTracking().FirstOrDefaultAsync(z => z.Code == wanted, ct) ?? throw Refusal.NotFound("园区");
        }

        if (signedInZone is { } mine)
        {
            var id = new ZoneId(mine);
            return await db.Zones.AsNoTracking().FirstOrDefaultAsync(z => z.Id == id, ct) ?? throw Refusal.NotFound("园区");
        }

        var zones = await db.Zones.AsNoTracking().Take(2).ToListAsync(ct);
        return zones.Count == 1 ? zones[0] : throw Refusal.Invalid("zone", "请用 zone 参数指明园区代码（如 zone=zigong）。");
    }
}
