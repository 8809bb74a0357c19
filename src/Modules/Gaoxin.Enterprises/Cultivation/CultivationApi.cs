using System.Security.Claims;
using Gaoxin.Data.Http;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Gaoxin.Enterprises.Cultivation;

internal static class CultivationApi
{
    /// <summary>The board with up to <paramref name="perRung"/> candidates per rung (20 by default, 1–200).</summary>
    public static async Task<Ok<CultivationView>> Board(ClaimsPrincipal user, CultivationBoard board, int? perRung, CancellationToken ct) =>
        TypedResults.Ok(await board.BuildAsync(user.ToActor().ZoneId, Math.Clamp(perRung ?? 20, 1, 200), ct));
}
