using System.Globalization;
using Gaoxin.Contracts.TechTransfer;
using Gaoxin.Data;
using Gaoxin.Data.Modules;
using Gaoxin.Kernel.Access;
using Gaoxin.Kernel.Zones;
using Gaoxin.TechTransfer.Plans;
using Gaoxin.TechTransfer.Projects;
using Gaoxin.TechTransfer.Screening;
using Microsoft.EntityFrameworkCore;

namespace Gaoxin.TechTransfer;

/// <summary>
/// The relay's to-dos: a reviewer's projects still to score in each open round (待评分, conflicts of interest left out),
/// and for the operators the milestones whose evidence waits for acceptance (待验收里程碑), one line per project.
/// </summary>
internal sealed class RelayToDos(GaoxinDbContext db) : IToDoSource
{
    public async Task<IReadOnlyList<ToDo>> ForAsync(Actor actor, CancellationToken cancellationToken)
    {
        var zone = new ZoneId(actor.ZoneId);
        var list = new List<ToDo>();
        if (actor.IsIn(Roles.Reviewer))
        {
            list.AddRange(await ToScoreAsync(zone, actor.UserId, cancellationToken));
        }

        if (TechTransferAccess.IsOperator(actor))
        {
            list.AddRange(await ToAcceptAsync(zone, cancellationToken));
        }

        return list;
    }

    private async Task<IEnumerable<ToDo>> ToScoreAsync(ZoneId zone, string userId, CancellationToken ct)
    {
        var rounds = await db.Set<RoundReviewer>().AsNoTracking()
            .Where(v => v.ZoneId == zone && v.UserId == userId)
            .Join(db.Set<ScreeningRound>().Where(r => r.Status == RoundStatus.Open), v => v.RoundId, r => r.Id, (v, r) => new { r.Id, r.Title, r.Deadline })
            .ToListAsync(ct);
        if (rounds.Count == 0)
        {
            return [];
        }

        var ids = rounds.Select(r => r.Id).ToList();
        var entries = await db.Set<RoundEntry>().AsNoTracking().Where(e => ids.Contains(e.RoundId))
            .Select(e => new { e.RoundId, e.ProjectId }).ToListAsync(ct);
        var done = await db.Set<Review>().AsNoTracking().Where(r => ids.Contains(r.RoundId) && r.UserId == userId)
            .Select(r => new { r.RoundId, r.ProjectId }).ToListAsync(ct);
        var conflicted = await db.Set<ConflictDeclaration>().AsNoTracking().Where(c => ids.Contains(c.RoundId) && c.UserId == userId)
            .Select(c => new { c.RoundId, c.ProjectId }).ToListAsync(ct);
        var settled = done.Concat(conflicted).ToHashSet();
        return rounds.Select(r => new ToDo(
            string.Format(CultureInfo.CurrentCulture, TechTransferText.Get("ToDo.Score"), r.Title),
            entries.Count(e => e.RoundId == r.Id && !settled.Contains(new { e.RoundId, e.ProjectId })),
            $"/tech-transfer/rounds/{r.Id}/score", 10, ZoneClock.DayOf(r.Deadline)));
    }

    private async Task<IEnumerable<ToDo>> ToAcceptAsync(ZoneId zone, CancellationToken ct)
    {
        var waiting = await db.Set<Milestone>().AsNoTracking()
            .Where(m => m.ZoneId == zone && m.State == MilestoneState.Submitted)
            .Join(db.Set<Project>(), m => m.ProjectId, p => p.Id, (m, p) => new { p.Id, p.Title, m.Due })
            .ToListAsync(ct);
        return waiting.GroupBy(m => new { m.Id, m.Title }).Select(g => new ToDo(
            string.Format(CultureInfo.CurrentCulture, TechTransferText.Get("ToDo.Accept"), g.Key.Title), g.Count(),
            $"/tech-transfer/projects/{g.Key.Id}", 15, g.Min(m => m.Due)));
    }
}
