using System.Security.Claims;
using Gaoxin.Data.Http;
using Gaoxin.Kernel.Zones;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Gaoxin.Funding.Policy;

/// <summary>GET /policy, GET and POST /policies: the fund's policy versions.</summary>
internal static class PolicyHandlers
{
    public static async Task<Ok<FundingPolicy>> InForce(ClaimsPrincipal u, PolicyBook book, TimeProvider clock, DateOnly? on, CancellationToken ct) =>
        TypedResults.Ok(await book.InForceAsync(new ZoneId(u.ToActor().ZoneId), on ?? ZoneClock.Of(clock).Today, ct));

    public static async Task<Ok<List<FundingPolicy>>> All(ClaimsPrincipal u, PolicyBook book, CancellationToken ct) =>
        TypedResults.Ok(await book.AllAsync(new ZoneId(u.ToActor().ZoneId), ct));

    public static async Task<Created<FundingPolicy>> Add(PolicyInput input, ClaimsPrincipal u, PolicyBook book, CancellationToken ct)
    {
        var zone = new ZoneId(u.ToActor().ZoneId);
        var current = await book.InForceAsync(zone, input.EffectiveFrom, ct);
        var next = input.ApplyTo(current.NextVersion(input.EffectiveFrom));
        return TypedResults.Created("/api/v1/funding/policies", await book.AddVersionAsync(zone, next, ct));
    }
}
