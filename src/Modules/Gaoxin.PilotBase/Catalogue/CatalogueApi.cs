using System.Security.Claims;
using Gaoxin.Data.Http;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Gaoxin.PilotBase.Catalogue;

/// <summary>Handlers of the service catalogue; refusals are thrown by <see cref="CatalogueBook"/> and <see cref="PublicCatalogue"/>.</summary>
internal static class CatalogueApi
{
    public static async Task<Ok<IReadOnlyList<ServiceView>>> List(ClaimsPrincipal user, CatalogueBook book, CancellationToken ct) =>
        TypedResults.Ok(await book.ListAsync(user.ToActor(), ct));

    public static async Task<Ok<ServiceView>> Get(Guid id, ClaimsPrincipal user, CatalogueBook book, CancellationToken ct) =>
        TypedResults.Ok(await book.GetAsync(user.ToActor(), id, ct));

    public static async Task<Created<ServiceView>> Create(ServiceInput input, ClaimsPrincipal user, CatalogueBook book, CancellationToken ct)
    {
        var service = await book.CreateAsync(user.ToActor(), input, ct);
        return TypedResults.Created($"/api/v1/pilot-base/services/{service.Id}", service);
    }

    public static async Task<Ok<ServiceView>> Edit(Guid id, ServiceInput input, ClaimsPrincipal user, CatalogueBook book, CancellationToken ct) =>
        TypedResults.Ok(await book.EditAsync(user.ToActor(), id, input, ct));

    public static async Task<NoContent> Delete(Guid id, ClaimsPrincipal user, CatalogueBook book, CancellationToken ct)
    {
        await book.DeleteAsync(user.ToActor(), id, ct);
        return TypedResults.NoContent();
    }

    /// <summary>Anonymous: the published catalogue of the zone named by its code (or the caller's own, or the only one).</summary>
    public static async Task<Ok<PublicCatalogueView>> Public(ClaimsPrincipal user, PublicCatalogue catalogue, string? zone, string? q, ServiceCategory? category,
        CancellationToken ct) =>
        TypedResults.Ok(await catalogue.ReadAsync(zone, user.Identity?.IsAuthenticated == true ? user.ToActor().ZoneId : null, q, category, ct));
}
