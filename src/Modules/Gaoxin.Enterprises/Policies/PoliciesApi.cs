using System.Security.Claims;
using Gaoxin.Data.Http;
using Gaoxin.Enterprises.Registry;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Gaoxin.Enterprises.Policies;

/// <summary>Handlers of support policies and their matching; refusals are thrown by <see cref="PolicyMatching"/>.</summary>
internal static class PoliciesApi
{
    public static async Task<Ok<List<PolicyView>>> List(ClaimsPrincipal user, PolicyMatching matching, CancellationToken ct) =>
        TypedResults.Ok(await matching.ListAsync(user.ToActor().ZoneId, ct));

    public static async Task<Created<PolicyView>> Create(PolicyInput input, ClaimsPrincipal user, PolicyMatching matching, CancellationToken ct)
    {
        var saved = await matching.SaveAsync(user.ToActor().ZoneId, null, input, ct);
        return TypedResults.Created($"/api/v1/enterprises/policies/{saved.Id}", saved);
    }

    public static async Task<Ok<PolicyView>> Update(Guid policyId, PolicyInput input, ClaimsPrincipal user, PolicyMatching matching, CancellationToken ct) =>
        TypedResults.Ok(await matching.SaveAsync(user.ToActor().ZoneId, policyId, input, ct));

    public static async Task<Ok<PolicyMatches>> Matches(Guid policyId, ClaimsPrincipal user, PolicyMatching matching, CancellationToken ct) =>
        TypedResults.Ok(await matching.ForPolicyAsync(user.ToActor().ZoneId, policyId, ct));

    public static async Task<Ok<IReadOnlyList<PolicyOutcome>>> ForEnterprise(Guid id, ClaimsPrincipal user, EnterpriseRegistry registry, PolicyMatching matching, CancellationToken ct) =>
        TypedResults.Ok(await matching.ForEnterpriseAsync(await registry.GetAsync(user.ToActor(), id, ct), ct));
}
