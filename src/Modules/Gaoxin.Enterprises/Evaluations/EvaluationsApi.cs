using System.Security.Claims;
using Gaoxin.Data.Http;
using Gaoxin.Enterprises.Registry;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Gaoxin.Enterprises.Evaluations;

/// <summary>Handlers of assessments, expert scores and the zone refresh; refusals are thrown by the services.</summary>
internal static class EvaluationsApi
{
    public static async Task<Ok<EnterpriseAssessment>> Assess(Guid id, ClaimsPrincipal user, EnterpriseRegistry registry, EnterpriseEvaluations evaluations, CancellationToken ct) =>
        TypedResults.Ok(await evaluations.AssessAsync(await registry.GetAsync(user.ToActor(), id, ct), ct));

    public static async Task<Ok<EnterpriseAssessment>> PutExpertScore(Guid id, ExpertScoreInput input, ClaimsPrincipal user, EnterpriseEvaluations evaluations, CancellationToken ct) =>
        TypedResults.Ok(await evaluations.ScoreAsync(user.ToActor(), id, input, ct));

    public static async Task<Ok<RefreshResult>> Refresh(ClaimsPrincipal user, EnterpriseEvaluations evaluations, CancellationToken ct) =>
        TypedResults.Ok(new RefreshResult(await evaluations.RefreshZoneAsync(user.ToActor().ZoneId, ct)));
}
