using System.Globalization;
using Gaoxin.Contracts.TechTransfer;
using Gaoxin.Data.Modules;
using Gaoxin.Kernel.Zones;

namespace Gaoxin.TechTransfer;

/// <summary>The relay's figures on the home page: conversions this year against the target, success with and without pilot.</summary>
internal sealed class RelayHeadlineFigures(IRelayFigures figures, TimeProvider clock) : IHeadlineFigureSource
{
    public async Task<IReadOnlyList<HeadlineFigure>> GetAsync(Guid zoneId, CancellationToken cancellationToken)
    {
        var year = ZoneClock.Of(clock).Today.Year;
        var f = await figures.ForYearAsync(zoneId, year, cancellationToken);
        static string Pct(decimal? v) => v is { } r ? r.ToString("P1", CultureInfo.CurrentCulture) : "—";
        return
        [
            new(TechTransferText.Get("Figure.Conversions"), f.ConversionsInYear.ToString(CultureInfo.CurrentCulture), TechTransferText.Get("Unit.Items"), 10,
                string.Format(CultureInfo.CurrentCulture, TechTransferText.Get("Figure.ConversionsNote"), f.ConversionTarget)),
            new(TechTransferText.Get("Figure.PilotRate"), Pct(f.WithPilot.Rate), null, 11,
                string.Format(CultureInfo.CurrentCulture, TechTransferText.Get("Figure.PilotRateNote"), Pct(f.WithoutPilot.Rate), Pct(f.WithPilot.Low), Pct(f.WithPilot.High))),
        ];
    }
}
