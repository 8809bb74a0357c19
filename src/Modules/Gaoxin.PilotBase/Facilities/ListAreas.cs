using System.Security.Claims;
using Gaoxin.Data;
using Gaoxin.Data.Http;
using Gaoxin.Kernel.Zones;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Gaoxin.PilotBase.Facilities;

public sealed record AreaView(Guid Id, string Code, string Name, AreaStatus Status, decimal FloorArea, decimal Investment, Guid? MajorProjectId, int Resources);

/// <summary>GET /areas: the base's areas (A operating, B under construction) with their resource counts.</summary>
public static class ListAreas
{
    public static async Task<Ok<List<AreaView>>> Handle(ClaimsPrincipal user, GaoxinDbContext db, CancellationToken ct)
    {
        var zone = new ZoneId(user.ToActor().ZoneId);
        var areas = await db.Set<BaseArea>().AsNoTracking().Where(a => a.ZoneId == zone).OrderBy(a => a.Code)
            .Select(a => new AreaView(a.Id, a.Code, a.Name, a.Status, a.FloorArea, a.Investment, a.MajorProjectId,
                db.Set<Resource>().Count(r => r.AreaId == a.Id)))
            .ToListAsync(ct);
        return TypedResults.Ok(areas);
    }
}
