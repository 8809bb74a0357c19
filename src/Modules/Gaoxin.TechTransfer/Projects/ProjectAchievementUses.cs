using Gaoxin.Data;
using Gaoxin.TechTransfer.Achievements;
using Microsoft.EntityFrameworkCore;

namespace Gaoxin.TechTransfer.Projects;

/// <summary>Which relay projects convert an achievement, for the achievements' delete check.</summary>
internal sealed class ProjectAchievementUses(GaoxinDbContext db) : IAchievementUses
{
    public async Task<IReadOnlyList<string>> ProjectsUsingAsync(Guid achievementId, CancellationToken ct) =>
        await (from l in db.Set<ProjectAchievement>().AsNoTracking()
               join p in db.Set<Project>().AsNoTracking() on l.ProjectId equals p.Id
               where l.AchievementId == achievementId
               orderby p.Code
               select p.Code + " " + p.Title).ToListAsync(ct);
}
