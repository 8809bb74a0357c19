using Gaoxin.Contracts.Enterprises;
using Gaoxin.Contracts.Funding;
using Gaoxin.Contracts.Industry;
using Gaoxin.Contracts.PilotBase;
using Gaoxin.Contracts.Platforms;
using Gaoxin.Contracts.Scenes;
using Gaoxin.Contracts.Services;
using Gaoxin.Contracts.TechTransfer;
using Gaoxin.Indicators.Series;
using Gaoxin.Kernel.Zones;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Gaoxin.Indicators.Cockpit;

/// <summary>A panel fed by another module: Enabled is false when the module is not installed ("模块未启用"); Figures may still be null with a Note.</summary>
public sealed record Panel<T>(bool Enabled, T? Figures, string? Note) where T : class
{
    public static Panel<T> Off(string module) => new(false, null, $"{module}模块未启用");
}

/// <summary>Everything the cockpit (驾驶舱) shows, read live from each module at <see cref="GeneratedAt"/>.</summary>
public sealed record CockpitView(DateTimeOffset GeneratedAt, int Year, PeriodView? Period, IReadOnlyList<ValueView> Indicators, IReadOnlyList<TargetView> Targets,
    Panel<EnterpriseCounts> Enterprises, Panel<IndustryOverview> Industry, Panel<RelayFigures> Relay, Panel<FundPosition> Fund,
    Panel<PilotBaseFigures>? PilotBase = null, Panel<ServicesFigures>? Services = null, Panel<ScenesFigures>? Scenes = null,
    Panel<PlatformsFigures>? Platforms = null);

/// <summary>
/// Assembles the cockpit from the indicators of the latest period and, through their contracts, the registry, the industry system, the
/// relay and the fund. A module that is not installed shows as such; one that fails is reported on its panel, not as a broken page.
/// The panels are independent reads, so each runs in its own scope (its own DbContext) and they run side by side.
/// </summary>
internal sealed class CockpitData(IndicatorBook indicators, IServiceScopeFactory scopes, TimeProvider clock, ILogger<CockpitData> log)
{
    public async Task<CockpitView> BuildAsync(Guid zoneId, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var year = now.ToOffset(ZoneClock.Offset).Year;
        var enterprises = PanelAsync<IEnterpriseDirectory, EnterpriseCounts>("企业库", async d => await d.CountsAsync(zoneId, ct), null);
        var industry = PanelAsync<IIndustryFigures, IndustryOverview>("产业体系", async i => await i.OverviewAsync(zoneId, null, ct), null);
        var relay = PanelAsync<IRelayFigures, RelayFigures>("成果转化接力", async r => await r.ForYearAsync(zoneId, year, ct), null);
        var fund = PanelAsync<IFundPosition, FundPosition>("中试专项资金", f => f.ForYearAsync(zoneId, year, ct), $"{year} 年度尚无资金预算");
        var pilotBase = PanelAsync<IPilotBaseFigures, PilotBaseFigures>("中试基地", async b => await b.TodayAsync(zoneId, ct), null);
        var services = PanelAsync<IServicesFigures, ServicesFigures>("企业服务", async s => await s.ForYearAsync(zoneId, year, ct), null);
        var scenes = PanelAsync<IScenesFigures, ScenesFigures>("场景与需求", async s => await s.ForYearAsync(zoneId, year, ct), null);
        var platforms = PanelAsync<IPlatformsFigures, PlatformsFigures>("创新平台", async p => await p.TodayAsync(zoneId, ct), null);

        var period = await indicators.LatestPeriodAsync(zoneId, publishedOnly: false, ct);
        var values = period is null ? [] : await indicators.ValuesAsync(zoneId, null, period.Code, publishedOnly: false, ct);
        var targets = await indicators.TargetsAsync(zoneId, ct);
        return new CockpitView(now, year, period, values, targets, await enterprises, await industry, await relay, await fund, await pilotBase, await services, await scenes,
            await platforms);
    }

    private async Task<Panel<TFigures>> PanelAsync<TSource, TFigures>(string module, Func<TSource, Task<TFigures?>> read, string? whenEmpty)
        where TSource : class where TFigures : class
    {
        await using var scope = scopes.CreateAsyncScope();
        var source = scope.ServiceProvider.GetService<TSource>();
        if (source is null)
        {
            return Panel<TFigures>.Off(module);
        }

        try
        {
            var figures = await read(source);
            return new Panel<TFigures>(true, figures, figures is null ? whenEmpty : null);
        }
        catch (Exception ex) when (ex is InvalidOperationException or NotSupportedException or TimeoutException or System.Data.Common.DbException)
        {
            log.LogWarning(ex, "Cockpit panel {Module} failed", module);
            return new Panel<TFigures>(true, null, $"{module}数据暂时无法读取");
        }
    }
}
