using Gaoxin.Data;
using Gaoxin.Mobility.Fleet;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Gaoxin.Mobility.Telemetry;

/// <summary>
/// 通信中断：vehicles that reported within the last hour but have been silent longer than the allowed seconds get a
/// CommsLostRule violation (evidence: their last point); the next point they send closes it (<see cref="AgencyDesk"/>).
/// Driven by the injected clock, so a test moves time with a fake one.
/// </summary>
internal sealed class CommsSweep(GaoxinDbContext db, TimeProvider clock, TelemetryLimits limits)
{
    /// <summary>Only vehicles heard from this recently are watched: one parked for the night is not "lost" for ever.</summary>
    public static readonly TimeSpan Lookback = TimeSpan.FromHours(1);

    /// <summary>Opens the violations due now; answers how many were opened.</summary>
    public async Task<int> RunAsync(CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var since = now - Lookback;
        var rule = new CommsLostRule();
        var heard = await db.Set<Vehicle>().AsNoTracking().Where(v => v.DeviceId != null)
            .Select(v => new
            {
                v.Id,
                v.ZoneId,
                v.OperatorId,
                Last = db.Set<TelemetryPoint>().Where(p => p.VehicleId == v.Id).OrderByDescending(p => p.At).FirstOrDefault(),
            })
            .ToListAsync(ct);
        var watched = heard.Where(h => h.Last is not null && h.Last.At >= since).ToList();
        var ids = watched.Select(h => h.Id).ToList();
        var open = (await db.Set<Violation>().AsNoTracking().Where(v => ids.Contains(v.VehicleId) && v.Status == ViolationStatus.Open && v.Rule == rule.Name)
            .Select(v => v.VehicleId).ToListAsync(ct)).ToHashSet();
        var opened = 0;
        foreach (var h in watched.Where(h => !open.Contains(h.Id)))
        {
            var last = h.Last!;
            var outcome = rule.Check(new CommsFacts(last.At, now, limits.CommsLostSeconds));
            if (!outcome.Passed)
            {
                db.Add(new Violation(h.ZoneId, h.OperatorId, h.Id, outcome, new EvidencePoint(last.TelemetryId, last.At, last.Lat, last.Lng, last.SpeedKmh)));
                opened++;
            }
        }

        if (opened > 0)
        {
            await db.SaveChangesAsync(ct);
        }

        return opened;
    }
}

/// <summary>Runs the comms sweep every few seconds (Mobility:Telemetry:CommsWatch = true; off unless configured).</summary>
internal sealed class CommsWatchService(IServiceProvider services, TimeProvider time, ILogger<CommsWatchService> log) : BackgroundService
{
    public static readonly TimeSpan Every = TimeSpan.FromSeconds(15);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Every, time);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                await using var scope = services.CreateAsyncScope();
                var opened = await scope.ServiceProvider.GetRequiredService<CommsSweep>().RunAsync(stoppingToken);
                if (opened > 0 && log.IsEnabled(LogLevel.Information))
                {
                    log.LogInformation("通信中断：新开 {Count} 条违规记录", opened);
                }
            }
            catch (Exception ex) when (ex is System.Data.Common.DbException or DbUpdateException or InvalidOperationException)
            {
                log.LogWarning(ex, "通信中断检查本轮失败，下次再试。");
            }
        }
    }
}
