using System.Security.Claims;
using Gaoxin.Data.Http;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Gaoxin.Industry.Contracts;

/// <summary>The cockpit's industry overview over HTTP: the same object <see cref="IIndustryFigures"/> gives the cockpit.</summary>
internal static class OverviewApi
{
    public static async Task<Ok<IndustryOverview>> Overview(ClaimsPrincipal user, IIndustryFigures figures, int? year, CancellationToken ct) =>
        TypedResults.Ok(await figures.OverviewAsync(user.ToActor().ZoneId, year, ct));
}
