using System.Security.Claims;
using Gaoxin.Data.Http;
using Gaoxin.Kernel.Paging;
using Gaoxin.Mobility.Fleet;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Gaoxin.Mobility.Plates;

/// <summary>Handlers of the plate register and the public lookup.</summary>
internal static class PlatesApi
{
    public static async Task<Ok<Page<PlateRow>>> List(ClaimsPrincipal user, PlateRegister register, CancellationToken ct, string? q = null, PlateStatus? status = null,
        Guid? operatorId = null, int? page = null, int? size = null) =>
        TypedResults.Ok(await register.ListAsync(user.ToActor(), new PlateFilter(q, status, operatorId), new PageRequest(page, size), ct));

    public static async Task<Ok<PlateDetail>> Get(Guid id, ClaimsPrincipal user, PlateRegister register, CancellationToken ct) =>
        TypedResults.Ok(await register.GetAsync(user.ToActor(), id, ct));

    public static async Task<Created<PlateDetail>> Issue(PlateIssueInput input, ClaimsPrincipal user, PlateRegister register, CancellationToken ct)
    {
        var plate = await register.IssueAsync(user.ToActor(), input, ct);
        return TypedResults.Created($"/api/v1/mobility/plates/{plate.Id}", plate);
    }

    public static async Task<Ok<PlateDetail>> Suspend(Guid id, PlateReasonInput input, ClaimsPrincipal user, PlateRegister register, CancellationToken ct) =>
        TypedResults.Ok(await register.SuspendAsync(user.ToActor(), id, input, ct));

    public static async Task<Ok<PlateDetail>> Reinstate(Guid id, PlateReasonInput input, ClaimsPrincipal user, PlateRegister register, CancellationToken ct) =>
        TypedResults.Ok(await register.ReinstateAsync(user.ToActor(), id, input, ct));

    public static async Task<Ok<PlateDetail>> Revoke(Guid id, PlateReasonInput input, ClaimsPrincipal user, PlateRegister register, CancellationToken ct) =>
        TypedResults.Ok(await register.RevokeAsync(user.ToActor(), id, input, ct));

    public static async Task<Ok<PlateLookup>> Lookup(string plate, ClaimsPrincipal user, PlateRegister register, CancellationToken ct, string? zone = null) =>
        TypedResults.Ok(await register.LookupAsync(plate, zone, user.Identity?.IsAuthenticated == true ? user.ToActor().ZoneId : null, ct));
}
