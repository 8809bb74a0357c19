using Gaoxin.Data;
using Gaoxin.Data.Modules;
using Gaoxin.Funding.Awards;
using Gaoxin.Kernel.Access;
using Gaoxin.Kernel.Zones;
using Microsoft.EntityFrameworkCore;

namespace Gaoxin.Funding;

/// <summary>The fund's to-dos: applications waiting for the operator's recommendation (待推荐) or the committee's decision (待批准).</summary>
internal sealed class FundToDos(GaoxinDbContext db) : IToDoSource
{
    public async Task<IReadOnlyList<ToDo>> ForAsync(Actor actor, CancellationToken cancellationToken)
    {
        var waiting = new List<ApplicationStatus>();
        if (FundingAccess.Recommenders.Any(actor.IsIn))
        {
            waiting.Add(ApplicationStatus.Submitted);
        }

        if (FundingAccess.Deciders.Any(actor.IsIn))
        {
            waiting.Add(ApplicationStatus.Recommended);
        }

        if (waiting.Count == 0)
        {
            return [];
        }

        var zone = new ZoneId(actor.ZoneId);
        var counts = await db.Set<FundApplication>().AsNoTracking()
            .Where(a => a.ZoneId == zone && waiting.Contains(a.Status))
            .GroupBy(a => a.Status).Select(g => new { g.Key, Count = g.Count() })
            .ToListAsync(cancellationToken);
        return [.. counts.Select(c => new ToDo(
            FundingText.Get(c.Key == ApplicationStatus.Submitted ? "ToDo.Recommend" : "ToDo.Approve"), c.Count,
            $"/funding/applications?status={c.Key}", c.Key == ApplicationStatus.Submitted ? 20 : 21))];
    }
}
