using System.Security.Claims;
using Gaoxin.Data;
using Gaoxin.Data.Http;
using Gaoxin.Kernel.Rules;
using Gaoxin.Kernel.Zones;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Gaoxin.Sample.Requests;

/// <summary>POST /requests/{id}/approve: approves an open request of the caller's zone within the limit.</summary>
public static class ApproveRequest
{
    /// <summary>The most one request may ask for. A real module keeps such numbers as versioned data with effective dates.</summary>
    public const decimal Limit = 500_000m;

    public static async Task<Ok<RequestView>> Handle(Guid id, ClaimsPrincipal user, GaoxinDbContext db, TimeProvider clock, CancellationToken ct)
    {
        var zone = new ZoneId(user.ToActor().ZoneId);
        var request = await db.Set<SampleRequest>().SingleOrDefaultAsync(r => r.Id == id && r.ZoneId == zone, ct)
            ?? throw Refusal.NotFound("申请");
        request.Approve(Limit, clock.GetUtcNow());
        await db.SaveChangesAsync(ct);
        return TypedResults.Ok(RequestView.Of(request));
    }
}
