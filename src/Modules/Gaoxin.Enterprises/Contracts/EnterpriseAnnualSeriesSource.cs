using Gaoxin.Contracts.Enterprises;
using Gaoxin.Data;
using Gaoxin.Enterprises.Registry;
using Gaoxin.Kernel.Zones;
using Microsoft.EntityFrameworkCore;

namespace Gaoxin.Enterprises.Contracts;

/// <summary>The registry's annual reports as series for other modules' monitoring; read-only, access checks stay with the caller.</summary>
internal sealed class EnterpriseAnnualSeriesSource(GaoxinDbContext db) : IEnterpriseAnnualSeries
{
    public async Task<IReadOnlyList<EnterpriseAnnualSeries>> SeriesAsync(Guid zoneId, int lastYear, int years, CancellationToken ct)
    {
        var zone = new ZoneId(zoneId);
        var first = lastYear - Math.Max(1, years) + 1;
        var rows = await db.Set<AnnualReport>().AsNoTracking()
            .Where(r => r.ZoneId == zone && r.Year >= first && r.Year <= lastYear)
            .Select(r => new { r.EnterpriseId, r.Year, r.Sales, r.TotalRevenue, r.TotalCosts, r.Staff })
            .ToListAsync(ct);
        var ids = rows.Select(r => r.EnterpriseId).Distinct().ToList();
        var enterprises = await db.Set<Enterprise>().AsNoTracking().Where(e => e.ZoneId == zone && ids.Contains(e.Id))
            .Select(e => new { e.Id, e.Name, e.CreditCode, e.OrganisationId }).ToListAsync(ct);
        var byEnterprise = rows.ToLookup(r => r.EnterpriseId);
        return enterprises.OrderBy(e => e.Name, StringComparer.Ordinal)
            .Select(e => new EnterpriseAnnualSeries(e.Id, e.Name, e.CreditCode, e.OrganisationId,
                byEnterprise[e.Id].OrderBy(r => r.Year)
                    .Select(r => new AnnualPoint(r.Year, r.Sales, r.TotalRevenue is { } rev && r.TotalCosts is { } cost ? rev - cost : null, r.Staff)).ToList()))
            .ToList();
    }
}
