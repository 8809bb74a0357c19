using System.Security.Claims;
using Gaoxin.Contracts;
using Gaoxin.Data.Http;
using Gaoxin.Scenes.Demands;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Gaoxin.Scenes.Public;

/// <summary>Handlers of the public marketplace and its open data (免登录); the zone comes from zone=…, the caller's own, or the only one.</summary>
internal static class PublicApi
{
    private static Guid? ZoneOf(ClaimsPrincipal user) => user.Identity?.IsAuthenticated == true ? user.ToActor().ZoneId : null;

    public static async Task<Ok<PublicPage<PublicScene>>> Scenes(ClaimsPrincipal user, PublicMarket market, CancellationToken ct, string? zone = null, string? q = null,
        int? page = null, int? pageSize = null) =>
        TypedResults.Ok(await market.ScenesAsync(zone, ZoneOf(user), q, DemandsApi.Paging(page, pageSize), ct));

    public static async Task<Ok<PublicScene>> Scene(Guid id, ClaimsPrincipal user, PublicMarket market, CancellationToken ct, string? zone = null) =>
        TypedResults.Ok(await market.SceneAsync(zone, ZoneOf(user), id, ct));

    public static async Task<Ok<PublicPage<PublicDemand>>> Demands(ClaimsPrincipal user, PublicMarket market, CancellationToken ct, string? zone = null, string? q = null,
        ZoneIndustry? industry = null, int? page = null, int? pageSize = null) =>
        TypedResults.Ok(await market.DemandsAsync(zone, ZoneOf(user), q, industry, DemandsApi.Paging(page, pageSize), ct));

    public static async Task<Ok<PublicDemand>> Demand(Guid id, ClaimsPrincipal user, PublicMarket market, CancellationToken ct, string? zone = null) =>
        TypedResults.Ok(await market.DemandAsync(zone, ZoneOf(user), id, ct));

    public static async Task<FileContentHttpResult> ScenesCsv(ClaimsPrincipal user, PublicMarket market, CancellationToken ct, string? zone = null) =>
        TypedResults.File(PublicMarket.ScenesCsv(await market.AllScenesAsync(zone, ZoneOf(user), ct)), "text/csv; charset=utf-8", "open-data-scenes.csv");

    public static async Task<Ok<IReadOnlyList<PublicScene>>> ScenesJson(ClaimsPrincipal user, PublicMarket market, CancellationToken ct, string? zone = null) =>
        TypedResults.Ok(await market.AllScenesAsync(zone, ZoneOf(user), ct));

    public static async Task<FileContentHttpResult> DemandsCsv(ClaimsPrincipal user, PublicMarket market, CancellationToken ct, string? zone = null) =>
        TypedResults.File(PublicMarket.DemandsCsv(await market.AllDemandsAsync(zone, ZoneOf(user), ct)), "text/csv; charset=utf-8", "open-data-demands.csv");

    public static async Task<Ok<IReadOnlyList<PublicDemand>>> DemandsJson(ClaimsPrincipal user, PublicMarket market, CancellationToken ct, string? zone = null) =>
        TypedResults.Ok(await market.AllDemandsAsync(zone, ZoneOf(user), ct));
}
