using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Gaoxin.Scenes.Matching;

/// <summary>
/// Builds the market index at start and reconciles every zone periodically ("Scenes:Matching:CatchUpSeconds", 10 by
/// default): the achievements, capabilities and enterprises of other modules are read through their contracts this way,
/// and demands past their deadline leave the index.
/// </summary>
internal sealed class MarketCatchUp(MarketBoard board, IServiceScopeFactory scopes, IConfiguration configuration, TimeProvider time, ILogger<MarketCatchUp> log)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var every = TimeSpan.FromSeconds(Math.Max(1, configuration.GetValue("Scenes:Matching:CatchUpSeconds", 10)));
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await board.ReconcileAllAsync(scopes, stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // The database may not be migrated yet at start; the next round tries again.
                log.LogWarning(e, "供需匹配索引同步失败，{Seconds} 秒后重试。", every.TotalSeconds);
            }

            try
            {
                await Task.Delay(every, time, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }
}
