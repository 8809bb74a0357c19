using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Gaoxin.Services.Notices;

/// <summary>A once-a-day job that posts notices (the due reminders); declared here so the delivery loop runs it without knowing its folder.</summary>
public interface IDailyNoticeSweep
{
    /// <summary>Posts what is due on the zone day; must be safe to run more than once a day (each reminder goes once).</summary>
    Task<int> SweepAsync(CancellationToken ct);
}

/// <summary>
/// The delivery loop, apart from any request: every <see cref="NoticeSchedule.PollSeconds"/> it mails pending notices,
/// sends the day's digests once the digest hour has come, and once a zone day runs the due sweep. A pass that fails
/// (mail server or database away) is logged and the next pass tries again.
/// </summary>
public sealed class NoticeDelivery(IServiceScopeFactory scopes, TimeProvider time, IOptions<NoticeSchedule> schedule, ILogger<NoticeDelivery> log) : BackgroundService
{
    private DateOnly? _sweptOn;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(Math.Max(1, schedule.Value.PollSeconds)), time);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            // Off the timer's callback, so that missed periods after a clock jump fold into one pass (see ChainAnchorService).
            await Task.Yield();
            try
            {
                await PassAsync(stoppingToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                // Whatever failed (mail server, database, a disposed scope at shutdown), the loop must live on: an
                // exception escaping a BackgroundService stops the host. Nothing is lost; the next pass retries.
                log.LogWarning(ex, "消息投递未完成，下次再试。");
            }
        }
    }

    /// <summary>One pass: the due sweep (once a zone day), then immediate mails, then digests.</summary>
    public async Task PassAsync(CancellationToken ct)
    {
        var today = Gaoxin.Kernel.Zones.ZoneClock.Of(time).Today;
        if (schedule.Value.DueSweep && _sweptOn != today)
        {
            await using var scope = scopes.CreateAsyncScope();
            foreach (var sweep in scope.ServiceProvider.GetServices<IDailyNoticeSweep>())
            {
                await sweep.SweepAsync(ct);
            }

            _sweptOn = today;
        }

        await using (var scope = scopes.CreateAsyncScope())
        {
            var mailer = scope.ServiceProvider.GetRequiredService<NoticeMailer>();
            if (!mailer.Enabled)
            {
                return;
            }

            await mailer.SendImmediateAsync(ct);
        }

        await using (var scope = scopes.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<NoticeMailer>().SendDigestsAsync(ct);
        }
    }
}
