using System.Security.Claims;
using Gaoxin.Contracts;
using Gaoxin.Data.Http;
using Gaoxin.Kernel.Paging;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Gaoxin.PilotBase.Facilities;

/// <summary>Handlers of the facilities; refusals are thrown by <see cref="FacilityBook"/>, <see cref="ResourceSearch"/> and the entities.</summary>
internal static class FacilitiesApi
{
    public static async Task<Ok<AreaDetail>> Area(Guid id, ClaimsPrincipal user, FacilityBook book, CancellationToken ct) =>
        TypedResults.Ok(await book.AreaAsync(user.ToActor().ZoneId, id, ct));

    public static async Task<Ok<AreaDetail>> EditArea(Guid id, AreaInput input, ClaimsPrincipal user, FacilityBook book, CancellationToken ct) =>
        TypedResults.Ok(await book.EditAreaAsync(user.ToActor(), id, input, ct));

    public static async Task<Ok<AreaDetail>> OpenArea(Guid id, ClaimsPrincipal user, FacilityBook book, CancellationToken ct) =>
        TypedResults.Ok(await book.OpenAreaAsync(user.ToActor(), id, ct));

    public static async Task<Created<BuildingView>> AddBuilding(BuildingInput input, ClaimsPrincipal user, FacilityBook book, CancellationToken ct)
    {
        var building = await book.AddBuildingAsync(user.ToActor(), input, ct);
        return TypedResults.Created($"/api/v1/pilot-base/buildings/{building.Id}", building);
    }

    public static async Task<Ok<BuildingView>> RenameBuilding(Guid id, NameInput input, ClaimsPrincipal user, FacilityBook book, CancellationToken ct) =>
        TypedResults.Ok(await book.RenameBuildingAsync(user.ToActor(), id, input, ct));

    public static async Task<Created<RoomView>> AddRoom(RoomInput input, ClaimsPrincipal user, FacilityBook book, CancellationToken ct)
    {
        var room = await book.AddRoomAsync(user.ToActor(), input, ct);
        return TypedResults.Created($"/api/v1/pilot-base/rooms/{room.Id}", room);
    }

    public static async Task<Ok<RoomView>> EditRoom(Guid id, RoomEditInput input, ClaimsPrincipal user, FacilityBook book, CancellationToken ct) =>
        TypedResults.Ok(await book.EditRoomAsync(user.ToActor(), id, input, ct));

    public static async Task<Ok<Page<ResourceView>>> Search(ClaimsPrincipal user, ResourceSearch search, string? q, ResourceKind? kind, ZoneIndustry? industry,
        Guid? areaId, ResourceStatus? status, CapabilityKind? capability, decimal? value, decimal? from, decimal? to, int? page, int? size, CancellationToken ct) =>
        TypedResults.Ok(await search.SearchAsync(user.ToActor().ZoneId, new ResourceFilter(q, kind, industry, areaId, status, capability, value, from, to),
            new PageRequest(page, size), ct));

    public static async Task<IResult> Export(ClaimsPrincipal user, ResourceSearch search, TimeProvider clock, string? q, ResourceKind? kind, ZoneIndustry? industry,
        Guid? areaId, ResourceStatus? status, CapabilityKind? capability, decimal? value, decimal? from, decimal? to, CancellationToken ct) =>
        await ExcelExport.FileAsync(await search.ExportRowsAsync(user.ToActor().ZoneId, new ResourceFilter(q, kind, industry, areaId, status, capability, value, from, to), ct),
            "中试资源", clock, ct);

    public static async Task<Ok<ResourceView>> Resource(Guid id, ClaimsPrincipal user, FacilityBook book, CancellationToken ct) =>
        TypedResults.Ok(await book.ResourceAsync(user.ToActor().ZoneId, id, ct));

    public static async Task<Created<ResourceView>> CreateResource(ResourceInput input, ClaimsPrincipal user, FacilityBook book, CancellationToken ct)
    {
        var resource = await book.CreateResourceAsync(user.ToActor(), input, ct);
        return TypedResults.Created($"/api/v1/pilot-base/resources/{resource.Id}", resource);
    }

    public static async Task<Ok<ResourceView>> EditResource(Guid id, ResourceEditInput input, ClaimsPrincipal user, FacilityBook book, CancellationToken ct) =>
        TypedResults.Ok(await book.EditResourceAsync(user.ToActor(), id, input, ct));

    public static async Task<Ok<ResourceView>> ChangeStatus(Guid id, ResourceStatusInput input, ClaimsPrincipal user, FacilityBook book, CancellationToken ct) =>
        TypedResults.Ok(await book.ChangeStatusAsync(user.ToActor(), id, input, ct));

    public static async Task<Ok<ResourceView>> AddCapability(Guid id, CapabilityInput input, ClaimsPrincipal user, FacilityBook book, CancellationToken ct) =>
        TypedResults.Ok(await book.AddCapabilityAsync(user.ToActor(), id, input, ct));

    public static async Task<Ok<ResourceView>> RemoveCapability(Guid id, Guid capabilityId, ClaimsPrincipal user, FacilityBook book, CancellationToken ct) =>
        TypedResults.Ok(await book.RemoveCapabilityAsync(user.ToActor(), id, capabilityId, ct));

    public static async Task<Ok<ResourceView>> AddQualification(Guid id, QualificationInput input, ClaimsPrincipal user, FacilityBook book, CancellationToken ct) =>
        TypedResults.Ok(await book.AddQualificationAsync(user.ToActor(), id, input, ct));

    public static async Task<Ok<ResourceView>> RemoveQualification(Guid id, Guid qualificationId, ClaimsPrincipal user, FacilityBook book, CancellationToken ct) =>
        TypedResults.Ok(await book.RemoveQualificationAsync(user.ToActor(), id, qualificationId, ct));

    public static async Task<Ok<IReadOnlyList<ExpiringQualification>>> Expiring(ClaimsPrincipal user, FacilityBook book, CancellationToken ct) =>
        TypedResults.Ok(await book.ExpiringAsync(user.ToActor().ZoneId, ct));
}
