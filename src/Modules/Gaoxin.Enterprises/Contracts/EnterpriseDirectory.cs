using Gaoxin.Contracts.Enterprises;
using Gaoxin.Data;
using Gaoxin.Enterprises.Registry;
using Gaoxin.Enterprises.Transformation;
using Gaoxin.Kernel.Zones;
using Microsoft.EntityFrameworkCore;

namespace Gaoxin.Enterprises.Contracts;

/// <summary>The registry as other modules see it: read-only, zone by zone; access checks stay with the calling module.</summary>
internal sealed class EnterpriseDirectory(GaoxinDbContext db, TransformationRate rate, TimeProvider clock) : IEnterpriseDirectory
{
    public async Task<IReadOnlyList<EnterpriseSummary>> SearchAsync(Guid zoneId, string? search, int limit, CancellationToken ct)
    {
        var zone = new ZoneId(zoneId);
        var query = db.Set<Enterprise>().AsNoTracking().Where(e => e.ZoneId == zone);
        if (!string.IsNullOrWhiteSpace(search))
        {
            var s = search.Trim();
            var code = s.ToUpperInvariant();
            query = query.Where(e => e.Name.Contains(s) || e.CreditCode.Contains(code));
        }

        return await query.OrderBy(e => e.Name).Take(Math.Clamp(limit, 1, 500))
            .Select(e => new EnterpriseSummary(e.Id, e.Name, e.CreditCode, e.OrganisationId, e.ZoneIndustry, e.AboveDesignatedSize)).ToListAsync(ct);
    }

    public async Task<IReadOnlyList<EnterpriseSummary>> FindAsync(Guid zoneId, IReadOnlyCollection<Guid> ids, CancellationToken ct)
    {
        var zone = new ZoneId(zoneId);
        var list = ids.Distinct().ToList();
        return await db.Set<Enterprise>().AsNoTracking().Where(e => e.ZoneId == zone && list.Contains(e.Id)).OrderBy(e => e.Name)
            .Select(e => new EnterpriseSummary(e.Id, e.Name, e.CreditCode, e.OrganisationId, e.ZoneIndustry, e.AboveDesignatedSize)).ToListAsync(ct);
    }

    public async Task<IReadOnlyDictionary<Guid, decimal>> SalesAsync(Guid zoneId, int year, IReadOnlyCollection<Guid> ids, CancellationToken ct)
    {
        var zone = new ZoneId(zoneId);
        var list = ids.Distinct().ToList();
        return await db.Set<AnnualReport>().AsNoTracking().Where(y => y.ZoneId == zone && y.Year == year && y.Sales != null && list.Contains(y.EnterpriseId))
            .ToDictionaryAsync(y => y.EnterpriseId, y => y.Sales!.Value, ct);
    }

    public async Task<EnterpriseCounts> CountsAsync(Guid zoneId, CancellationToken ct)
    {
        var zone = new ZoneId(zoneId);
        var today = ZoneClock.Of(clock).Today;
        var enterprises = db.Set<Enterprise>().AsNoTracking().Where(e => e.ZoneId == zone);
        var total = await enterprises.CountAsync(ct);
        var aboveSize = await enterprises.CountAsync(e => e.AboveDesignatedSize, ct);

        // Valid certificates only (one or two per certified firm), the rung worked out per firm in memory.
        var held = await db.Set<EnterpriseCertificate>().AsNoTracking().Where(c => c.ZoneId == zone && c.ValidFrom <= today && c.ValidTo >= today)
            .Select(c => new { c.EnterpriseId, c.Scheme }).ToListAsync(ct);
        var byRung = held.GroupBy(c => c.EnterpriseId).Select(g => EnterpriseRegistry.RungOf(g.Select(c => c.Scheme).ToList())).Where(r => r is not null)
            .GroupBy(r => r!.Value.ToString()).ToDictionary(g => g.Key, g => g.Count());
        var transformation = await rate.ComputeAsync(zoneId, today, ct);
        return new EnterpriseCounts(total, aboveSize, byRung, transformation.Transformed, transformation.Rate);
    }
}
