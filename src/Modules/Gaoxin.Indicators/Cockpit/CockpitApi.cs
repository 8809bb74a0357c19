using System.Security.Claims;
using Gaoxin.Data.Http;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Gaoxin.Indicators.Cockpit;

internal static class CockpitApi
{
    /// <summary>The same object the cockpit page shows.</summary>
    public static async Task<Ok<CockpitView>> Get(ClaimsPrincipal u, CockpitData cockpit, CancellationToken ct) =>
        TypedResults.Ok(await cockpit.BuildAsync(u.ToActor().ZoneId, ct));
}
