using System.Globalization;
using Gaoxin.Data.Modules;
using Gaoxin.Platforms.Registry;

namespace Gaoxin.Platforms.Figures;

/// <summary>The home page's figures: platforms at provincial level or above (with the split by level) and the co-building universities and institutes.</summary>
internal sealed class PlatformHeadlineFigures(PlatformRegistry registry) : IHeadlineFigureSource
{
    public async Task<IReadOnlyList<HeadlineFigure>> GetAsync(Guid zoneId, CancellationToken cancellationToken)
    {
        var counts = await registry.CountsAsync(zoneId, cancellationToken);
        int Of(PlatformLevel l) => counts.ByLevel.Single(x => x.Level == l).Count;
        return
        [
            new(PlatformsText.Get("Figure.ProvincialOrAbove"), counts.ProvincialOrAbove.ToString(CultureInfo.InvariantCulture), PlatformsText.Get("Figure.Unit"), 60,
                string.Format(CultureInfo.CurrentCulture, PlatformsText.Get("Figure.ByLevelNote"), Of(PlatformLevel.National), Of(PlatformLevel.Provincial), Of(PlatformLevel.Municipal))),
            new(PlatformsText.Get("Figure.CoBuilders"), counts.CoBuilders.ToString(CultureInfo.InvariantCulture), PlatformsText.Get("Figure.CoBuildersUnit"), 61),
        ];
    }
}
