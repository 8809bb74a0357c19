using Gaoxin.Data;
using Gaoxin.Kernel.Money;
using Gaoxin.Enterprises.Transformation;
using Gaoxin.Kernel.Zones;
using Microsoft.EntityFrameworkCore;

namespace Gaoxin.Enterprises.Registry;

/// <summary>智改数转率: enterprises above designated size with a completed transformation project ÷ all enterprises above size.</summary>
public sealed record TransformationRateResult(int AboveSize, int Transformed, decimal? Rate)
{
    public string Display => Rate is { } r ? Percent.FromRatio(r).ToString(2) : "—";
}

internal sealed class TransformationRate(GaoxinDbContext db)
{
    public async Task<TransformationRateResult> ComputeAsync(Guid zoneId, DateOnly asOf, CancellationToken ct)
    {
        var zone = new ZoneId(zoneId);
        var above = db.Set<Enterprise>().Where(e => e.ZoneId == zone && e.AboveDesignatedSize);
        var total = await above.CountAsync(ct);
        // The zone in the EXISTS lets it use the (ZoneId, EnterpriseId) index instead of probing every project.
        var transformed = await above.CountAsync(e => db.Set<TransformationProject>()
            .Any(p => p.ZoneId == zone && p.EnterpriseId == e.Id && p.CompletedOn != null && p.CompletedOn <= asOf), ct);
        return new TransformationRateResult(total, transformed, total == 0 ? null : Percent.Of(transformed, total).Ratio);
    }
}
