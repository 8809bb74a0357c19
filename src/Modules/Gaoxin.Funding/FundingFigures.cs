using System.Globalization;
using Gaoxin.Data;
using Gaoxin.Data.Modules;
using Gaoxin.Funding.Ledger;
using Gaoxin.Kernel.Zones;

namespace Gaoxin.Funding;

/// <summary>The home page's fund figures for the current year, from the ledger.</summary>
internal sealed class FundingFigures(GaoxinDbContext db, TimeProvider clock) : IHeadlineFigureSource
{
    public async Task<IReadOnlyList<HeadlineFigure>> GetAsync(Guid zoneId, CancellationToken cancellationToken)
    {
        var today = ZoneClock.Of(clock).Today;
        var year = today.Year;
        var p = await FundLedger.PlannedPositionAsync(db, new ZoneId(zoneId), year, today, cancellationToken);
        return
        [
            new HeadlineFigure($"{year} 中试专项资金可用", (p.Available / 10_000m).ToString("#,##0", CultureInfo.InvariantCulture), "万元", 40,
                $"预算 {p.Budget / 10_000m:#,##0} 万元，已承诺 {p.Committed / 10_000m:#,##0} 万元", ZoneInternal: true),
        ];
    }
}
