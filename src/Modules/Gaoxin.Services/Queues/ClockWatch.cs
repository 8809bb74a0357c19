using System.Globalization;
using Gaoxin.Data;
using Gaoxin.Data.Audit;
using Gaoxin.Kernel.Zones;
using Gaoxin.Services.Approvals;
using Gaoxin.Services.Calendar;
using Gaoxin.Services.Catalogue;
using Gaoxin.Services.Departments;
using Gaoxin.Services.Notices;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Gaoxin.Services.Queues;

/// <summary>What one sweep did.</summary>
public sealed record SweepResult(int Warned, int Escalated);

/// <summary>
/// The clock watch (时限预警与超期督办): once a day it looks at the running items of a zone. An item that has used 80% of its
/// limit (<see cref="ClockWarningRule"/>) is announced to its department's officers; an overdue one (<see cref="ClockOverdueRule"/>:
/// a working day after its due day has begun) is escalated to the department's head(s). Each happens once
/// (<see cref="ApplicationItem.WarnedAt"/>, <see cref="ApplicationItem.EscalatedAt"/>); a paused item (补正中) is neither.
/// The notices are saved with the marks, in one transaction.
/// </summary>
public sealed class ClockWatch(GaoxinDbContext db, ZoneCalendar calendars, Noticeboard notices)
{
    public async Task<SweepResult> SweepAsync(ZoneId zone, DateTimeOffset now, CancellationToken ct)
    {
        var today = ZoneClock.DayOf(now);
        var calendar = await calendars.ForZoneAsync(zone, ct);
        var running = db.Set<ApplicationItem>().Where(i => i.ZoneId == zone && i.Status == ItemStatus.InReview && (i.WarnedAt == null || i.EscalatedAt == null));
        var longest = await running.MaxAsync(i => (int?)i.LimitDays, ct) ?? 0;

        // Only items due before these dates can be warned or late today; the rules then decide each one.
        var warnBefore = calendar.AddWorkingDays(today, ClockWarningRule.WarnAtRemaining(longest) + 1);
        var lastWorkingDay = calendar.AddWorkingDays(today.AddDays(1), -1);
        var candidates = await running.Where(i => (i.WarnedAt == null && i.DueOn < warnBefore) || (i.EscalatedAt == null && i.DueOn < lastWorkingDay))
            .OrderBy(i => i.DueOn).ThenBy(i => i.Id).ToListAsync(ct);
        if (candidates.Count == 0)
        {
            return new SweepResult(0, 0);
        }

        var applicationIds = candidates.Select(c => c.ApplicationId).Distinct().ToList();
        var numbers = await db.Set<ServiceApplication>().AsNoTracking().Where(a => applicationIds.Contains(a.Id)).ToDictionaryAsync(a => a.Id, a => a.Number, ct);
        var itemIds = candidates.Select(c => c.ServiceItemId).Distinct().ToList();
        var names = await db.Set<ServiceItem>().AsNoTracking().Where(s => itemIds.Contains(s.Id)).ToDictionaryAsync(s => s.Id, s => s.Name, ct);
        var members = (await db.Set<DepartmentMember>().AsNoTracking().Where(m => m.ZoneId == zone).ToListAsync(ct)).ToLookup(m => m.DepartmentId);

        int warned = 0, escalated = 0;
        foreach (var item in candidates)
        {
            var remaining = item.RemainingOn(today, calendar);
            var state = ClockStates.Of(item.Status, item.LimitDays, remaining);
            var number = numbers.GetValueOrDefault(item.ApplicationId, string.Empty);
            var name = names.GetValueOrDefault(item.ServiceItemId, string.Empty);
            var link = $"/services/applications/{item.ApplicationId}";
            var due = item.DueOn.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            if (state == ClockState.Overdue && item.EscalatedAt is null)
            {
                var heads = members[item.DepartmentId].Where(m => m.IsHead).ToList();
                foreach (var head in heads.Count > 0 ? heads : [.. members[item.DepartmentId]])
                {
                    notices.ToUser(zone, NoticeKind.Escalation, head.UserId, Text("Clock.EscalationTitle", number, name),
                        Text("Clock.EscalationBody", number, name, due, -remaining, item.LimitDays), link);
                }

                item.MarkEscalated(now);
                escalated++;
            }
            else if (state == ClockState.Warning && item.WarnedAt is null)
            {
                // The officers who work the queue; a department whose head works it alone warns the head.
                var officers = members[item.DepartmentId].Where(m => !m.IsHead).ToList();
                foreach (var officer in officers.Count > 0 ? officers : [.. members[item.DepartmentId]])
                {
                    notices.ToUser(zone, NoticeKind.ClockWarning, officer.UserId, Text("Clock.WarningTitle", number, name),
                        Text("Clock.WarningBody", number, name, item.LimitDays - remaining, item.LimitDays, due, remaining), link);
                }

                item.MarkWarned(now);
                warned++;
            }
        }

        if (warned + escalated > 0)
        {
            db.AttributeChanges(new SystemAuditActor("时限监控"));
            await db.SaveChangesAsync(ct);
        }

        return new SweepResult(warned, escalated);
    }

    private static string Text(string key, params object[] args) => string.Format(CultureInfo.CurrentCulture, ServicesText.Get(key), args);
}

/// <summary>Runs the clock watch for every zone at start and then every day just after midnight, zone time (from the injected clock).</summary>
internal sealed class ClockWatchService(IServiceProvider services, TimeProvider time, ILogger<ClockWatchService> log) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            await SweepAllAsync(stoppingToken);
            var clock = ZoneClock.Of(time);
            var next = ZoneClock.At(clock.Today.AddDays(1), new TimeOnly(0, 5));
            await Task.Delay(next - clock.Now, time, stoppingToken);
        }
    }

    private async Task SweepAllAsync(CancellationToken ct)
    {
        try
        {
            await using var scope = services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<GaoxinDbContext>();
            foreach (var zone in await db.Zones.AsNoTracking().Select(z => z.Id).ToListAsync(ct))
            {
                await using var zoneScope = services.CreateAsyncScope();
                var result = await zoneScope.ServiceProvider.GetRequiredService<ClockWatch>().SweepAsync(zone, time.GetUtcNow(), ct);
                if (result.Warned + result.Escalated > 0 && log.IsEnabled(LogLevel.Information))
                {
                    log.LogInformation("时限监控：园区 {Zone} 预警 {Warned} 件，督办 {Escalated} 件", zone.Value, result.Warned, result.Escalated);
                }
            }
        }
        catch (Exception ex) when (ex is System.Data.Common.DbException or DbUpdateException or InvalidOperationException)
        {
            log.LogWarning(ex, "时限监控本轮失败，下次再试。");
        }
    }
}
