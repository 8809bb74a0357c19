using System.Security.Claims;
using Gaoxin.Data.Http;
using Gaoxin.Platforms.Registry;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Gaoxin.Platforms.Directory;

internal static class DirectoryApi
{
    public static async Task<Ok<DirectoryView>> Read(ClaimsPrincipal user, PublicDirectory directory, CancellationToken ct, string? zone = null, string? q = null, PlatformType? type = null) =>
        TypedResults.Ok(await directory.ReadAsync(zone, user.Identity?.IsAuthenticated == true ? user.ToActor().ZoneId : null, q, type, ct));
}
