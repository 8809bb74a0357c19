using Gaoxin.Contracts.PilotBase;
using Gaoxin.Data;
using Gaoxin.Kernel.Zones;
using Gaoxin.PilotBase.Runs;
using Microsoft.EntityFrameworkCore;

namespace Gaoxin.PilotBase.Contracts;

/// <summary>The base's accepted runs per relay project for the relay's support package: one read for the whole page of projects.</summary>
internal sealed class PilotRunsByProject(GaoxinDbContext db) : IPilotRunsByProject
{
    public async Task<IReadOnlyList<ProjectPilotRun>> AcceptedRunsAsync(Guid zoneId, IReadOnlyCollection<Guid> projectIds, CancellationToken ct)
    {
        var zone = new ZoneId(zoneId);
        var ids = projectIds.Distinct().ToList();
        var runs = await db.Set<PilotRun>().AsNoTracking().Where(r => r.ZoneId == zone && ids.Contains(r.ProjectId) && r.Status == RunStatus.Accepted)
            .Select(r => new { r.ProjectId, r.BatchCode, r.EndedOn, r.Outcome, r.DecidedAt }).ToListAsync(ct);
        return runs.Select(r => new ProjectPilotRun(r.ProjectId, r.BatchCode, r.EndedOn, r.Outcome == RunOutcome.Passed, r.DecidedAt is { } at ? ZoneClock.DayOf(at) : r.EndedOn))
            .OrderBy(r => r.AcceptedOn).ThenBy(r => r.BatchCode, StringComparer.Ordinal).ToList();
    }
}
