using System.Security.Claims;
using Gaoxin.Data.Http;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Gaoxin.Services.Figures;

/// <summary>The figures' handler (mapped in <c>ServicesModule.MapEndpoints</c>).</summary>
internal static class FiguresApi
{
    public static async Task<Ok<Gaoxin.Contracts.Services.ServicesFigures>> ForYear(int year, ClaimsPrincipal user, ServicesFigures figures, CancellationToken ct) =>
        TypedResults.Ok(await figures.ForYearAsync(user.ToActor().ZoneId, Math.Clamp(year, 2000, 2100), ct));
}
