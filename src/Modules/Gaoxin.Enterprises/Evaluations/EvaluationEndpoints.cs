using System.Security.Claims;
using Gaoxin.Data;
using Gaoxin.Data.Http;
using Gaoxin.Enterprises.Certification;
using Gaoxin.Enterprises.Registry;
using Gaoxin.Kernel.Access;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace Gaoxin.Enterprises.Evaluations;

public sealed record ExpertScoreInput(string Item, decimal Score);

public sealed record RefreshResult(int Enterprises);

internal static class EvaluationEndpoints
{
    /// <summary>Expert-judged items and their ceilings (see <see cref="ExpertKeys"/>); the scheme is the key's prefix.</summary>
    public static readonly IReadOnlyDictionary<string, decimal> ExpertMaxima = new Dictionary<string, decimal>
    {
        [ExpertKeys.HighTechIpCount] = 8, [ExpertKeys.HighTechIpQuality] = 22, [ExpertKeys.HighTechConversion] = 30,
        [ExpertKeys.HighTechRdSystem] = 6, [ExpertKeys.HighTechRdInstitution] = 6, [ExpertKeys.HighTechRdConversionIncentive] = 4, [ExpertKeys.HighTechRdTalent] = 4,
        [ExpertKeys.HighTechNetAssetGrowth] = 10, [ExpertKeys.HighTechSalesGrowth] = 10,
        [ExpertKeys.SpecialisedSpecialisation] = 25, [ExpertKeys.SpecialisedRefinement] = 25, [ExpertKeys.SpecialisedLocalFeatures] = 15, [ExpertKeys.SpecialisedInnovation] = 35,
    };

    public static void Map(IEndpointRouteBuilder api)
    {
        api.MapGet("/{id:guid}/evaluations", Assess).WithSummary("按现行规则评估各项资质：逐项得分、门槛、差距、可达分数区间与梯度位置");
        api.MapPut("/{id:guid}/expert-scores", PutExpertScore).RequireAuthorization(p => p.RequireRole(EnterpriseAccess.Scorers)).WithSummary("评审专家录入专家评分项");
        api.MapPost("/evaluations/refresh", Refresh).RequireAuthorization(p => p.RequireRole(EnterpriseAccess.Registrars)).WithSummary("重新评估全区企业并保存结果");
    }

    private static async Task<Results<Ok<EnterpriseAssessment>, NotFound<ProblemBody>>> Assess(Guid id, ClaimsPrincipal user, EnterpriseRegistry registry, EnterpriseEvaluations evaluations, CancellationToken ct)
    {
        var e = await registry.FindAsync(user.ToActor(), id, ct);
        return e is null ? Problems.NotFound() : TypedResults.Ok(await evaluations.AssessAsync(e, ct));
    }

    private static async Task<Results<Ok<EnterpriseAssessment>, NotFound<ProblemBody>, ValidationProblem>> PutExpertScore(Guid id, ExpertScoreInput input, ClaimsPrincipal user, EnterpriseEvaluations evaluations, CancellationToken ct)
    {
        var (notFound, errors, assessment) = await evaluations.ScoreAsync(user.ToActor(), id, input, ct);
        return notFound ? Problems.NotFound() : errors.Count > 0 ? Problems.Invalid(errors) : TypedResults.Ok(assessment!);
    }

    private static async Task<Ok<RefreshResult>> Refresh(ClaimsPrincipal user, EnterpriseEvaluations evaluations, CancellationToken ct) =>
        TypedResults.Ok(new RefreshResult(await evaluations.RefreshZoneAsync(user.ToActor().ZoneId, ct)));
}
