using System.Security.Claims;
using Gaoxin.Data.Http;
using Gaoxin.Kernel.Paging;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Gaoxin.Platforms.Registry;

/// <summary>Handlers of the registry; refusals come from <see cref="PlatformRegistry"/> and the entity.</summary>
internal static class PlatformsApi
{
    public static async Task<Ok<Page<PlatformRow>>> List(ClaimsPrincipal user, PlatformRegistry registry, CancellationToken ct, string? q = null, PlatformType? type = null,
        PlatformLevel? level = null, Guid? hostId = null, PlatformState? state = null, int? page = null, int? size = null) =>
        TypedResults.Ok(await registry.ListAsync(user.ToActor(), new PlatformFilter(q, type, level, hostId, state), new PageRequest(page, size), ct));

    public static async Task<IResult> Export(ClaimsPrincipal user, PlatformRegistry registry, TimeProvider clock, CancellationToken ct, string? q = null, PlatformType? type = null,
        PlatformLevel? level = null, Guid? hostId = null, PlatformState? state = null) =>
        await ExcelExport.FileAsync(await registry.ExportAsync(user.ToActor(), new PlatformFilter(q, type, level, hostId, state), ct), "创新平台", clock, ct);

    public static async Task<Ok<PlatformCounts>> Counts(ClaimsPrincipal user, PlatformRegistry registry, CancellationToken ct) =>
        TypedResults.Ok(await registry.CountsAsync(user.ToActor().ZoneId, ct));

    public static async Task<Ok<PlatformDetail>> Get(Guid id, ClaimsPrincipal user, PlatformRegistry registry, CancellationToken ct) =>
        TypedResults.Ok(await registry.GetAsync(user.ToActor(), id, ct));

    public static async Task<Created<PlatformDetail>> Create(PlatformInput input, ClaimsPrincipal user, PlatformRegistry registry, CancellationToken ct)
    {
        var platform = await registry.CreateAsync(user.ToActor(), input, ct);
        return TypedResults.Created($"/api/v1/platforms/{platform.Id}", platform);
    }

    public static async Task<Ok<PlatformDetail>> Edit(Guid id, PlatformInput input, ClaimsPrincipal user, PlatformRegistry registry, CancellationToken ct) =>
        TypedResults.Ok(await registry.EditAsync(user.ToActor(), id, input, ct));

    public static async Task<Ok<PlatformDetail>> Evaluate(Guid id, EvaluationInput input, ClaimsPrincipal user, PlatformRegistry registry, CancellationToken ct) =>
        TypedResults.Ok(await registry.EvaluateAsync(user.ToActor(), id, input, ct));

    public static async Task<Ok<PlatformDetail>> Revoke(Guid id, RevokeInput input, ClaimsPrincipal user, PlatformRegistry registry, CancellationToken ct) =>
        TypedResults.Ok(await registry.RevokeAsync(user.ToActor(), id, input, ct));

    public static async Task<Ok<PlatformDetail>> AddEquipment(Guid id, EquipmentInput input, ClaimsPrincipal user, PlatformRegistry registry, CancellationToken ct) =>
        TypedResults.Ok(await registry.AddEquipmentAsync(user.ToActor(), id, input, ct));

    public static async Task<Ok<PlatformDetail>> RemoveEquipment(Guid id, Guid equipmentId, ClaimsPrincipal user, PlatformRegistry registry, CancellationToken ct) =>
        TypedResults.Ok(await registry.RemoveEquipmentAsync(user.ToActor(), id, equipmentId, ct));
}
