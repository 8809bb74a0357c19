using System.Security.Claims;
using Gaoxin.Data;
using Gaoxin.Data.Http;
using Gaoxin.Kernel.Zones;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Gaoxin.Services.Departments;

public sealed record DepartmentView(Guid Id, string Code, string Name, int Members);

/// <summary>The zone's reviewing departments.</summary>
public sealed class DepartmentBook(GaoxinDbContext db)
{
    /// <summary>Every department of the zone with how many officers it has.</summary>
    public Task<List<DepartmentView>> ListAsync(ZoneId zone, CancellationToken ct) =>
        db.Set<Department>().AsNoTracking().Where(d => d.ZoneId == zone).OrderBy(d => d.Code)
            .Select(d => new DepartmentView(d.Id, d.Code, d.Name,
                db.Set<DepartmentMember>().Count(m => m.DepartmentId == d.Id)))
            .ToListAsync(ct);

    /// <summary>The departments whose queues the user works (empty for anyone who is not a member).</summary>
    public Task<List<Guid>> OfUserAsync(ZoneId zone, string userId, CancellationToken ct) =>
        db.Set<DepartmentMember>().Where(m => m.ZoneId == zone && m.UserId == userId).Select(m => m.DepartmentId).ToListAsync(ct);
}

public static class DepartmentsApi
{
    public static async Task<Ok<List<DepartmentView>>> List(ClaimsPrincipal user, DepartmentBook book, CancellationToken ct) =>
        TypedResults.Ok(await book.ListAsync(new ZoneId(user.ToActor().ZoneId), ct));
}
