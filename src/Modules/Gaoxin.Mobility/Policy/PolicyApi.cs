using System.Security.Claims;
using Gaoxin.Data.Http;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Gaoxin.Mobility.Policy;

/// <summary>Handlers of the zone's policy versions.</summary>
internal static class PolicyApi
{
    public static async Task<Ok<IReadOnlyList<PolicyView>>> Versions(ClaimsPrincipal user, PolicyBook book, CancellationToken ct) =>
        TypedResults.Ok(await book.VersionsAsync(user.ToActor(), ct));

    public static async Task<Created<PolicyView>> Add(PolicyInput input, ClaimsPrincipal user, PolicyBook book, CancellationToken ct)
    {
        var view = await book.AddVersionAsync(user.ToActor(), input, ct);
        return TypedResults.Created($"/api/v1/mobility/policy/{view.Version}", view);
    }
}
