using Gaoxin.Contracts.Enterprises;
using Gaoxin.Data;
using Gaoxin.Data.Platform;
using Gaoxin.Kernel.Access;
using Gaoxin.Kernel.Zones;
using Gaoxin.Services.Notices;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Gaoxin.Services.ServicePage;

/// <summary>
/// 到期提醒: once a day, for every enterprise of every zone, posts a notice (kind Due) to the organisation for each thing
/// coming due at 30 and 7 days before (<see cref="DueReminderRule"/>), each once (<see cref="DueReminder"/>), with the
/// reminder saved in the notice's own transaction.
/// </summary>
public sealed class DueSweep(GaoxinDbContext db, EnterpriseServicePage page, Noticeboard board, TimeProvider time, IServiceProvider services) : IDailyNoticeSweep
{
    public async Task<int> SweepAsync(CancellationToken ct)
    {
        var agendas = services.GetService<IEnterpriseAgenda>();
        var today = ZoneClock.Of(time).Today;
        var posted = 0;
        var enterprises = await db.Set<Organisation>().AsNoTracking()
            .Where(o => o.Kind == OrganisationKind.Enterprise || o.Kind == OrganisationKind.VehicleOperator)
            .Select(o => new { o.Id, o.ZoneId }).ToListAsync(ct);
        foreach (var org in enterprises)
        {
            var agenda = agendas is null ? null : await agendas.ForOrganisationAsync(org.ZoneId.Value, org.Id, ct);
            var due = await page.DueAsync(org.ZoneId, org.Id, today, agenda, ct);
            if (due.Count == 0)
            {
                continue;
            }

            var keys = due.Select(d => d.Key).ToList();
            var sent = (await db.Set<DueReminder>().AsNoTracking().Where(r => r.ZoneId == org.ZoneId && r.OrganisationId == org.Id && keys.Contains(r.Key))
                    .Select(r => new { r.Key, r.Stage }).ToListAsync(ct))
                .ToLookup(r => r.Key, r => r.Stage);
            foreach (var item in due)
            {
                if (DueReminderRule.StageToPost(new ReminderFacts(item.DaysLeft, sent[item.Key].ToList())) is not { } stage)
                {
                    continue;
                }

                var notice = board.ToOrganisation(org.ZoneId, NoticeKind.Due, org.Id, $"到期提醒：{item.Title}", item.Message, $"/services/enterprises/{org.Id}");
                db.Add(new DueReminder(org.ZoneId, org.Id, item.Key, stage, notice.Id, time.GetUtcNow()));
                posted++;
            }

            await db.SaveChangesAsync(ct);
        }

        return posted;
    }
}
