using Gaoxin.Data;
using Gaoxin.Data.Modules;
using Gaoxin.Industry.Gaps;
using Gaoxin.Kernel.Access;
using Gaoxin.Kernel.Zones;
using Microsoft.EntityFrameworkCore;

namespace Gaoxin.Industry.Leads;

/// <summary>The pipeline's to-do for those who work it: leads without a step for the zone's stale period (长期未跟进), by <see cref="StaleLeadRule"/>.</summary>
internal sealed class LeadToDos(GaoxinDbContext db, ChainMaps maps, TimeProvider clock) : IToDoSource
{
    public async Task<IReadOnlyList<ToDo>> ForAsync(Actor actor, CancellationToken cancellationToken)
    {
        if (!IndustryAccess.Editors.Any(actor.IsIn))
        {
            return [];
        }

        var zone = new ZoneId(actor.ZoneId);
        var days = (await maps.SettingsAsync(actor.ZoneId, cancellationToken)).StaleLeadDays;
        var now = clock.GetUtcNow();
        var open = await db.Set<Lead>().AsNoTracking().Where(l => l.ZoneId == zone && l.Stage != LeadStage.Producing)
            .Select(l => new { l.Stage, l.LastStepAt }).ToListAsync(cancellationToken);
        var stale = open.Count(l => StaleLeadRule.IsStale(new LeadActivity(l.Stage, l.LastStepAt, now, days)));
        return stale == 0 ? [] : [new ToDo(IndustryText.Get("ToDo.StaleLeads"), stale, "/industry/leads?stale=true", 30)];
    }
}
