using System.Security.Claims;
using Gaoxin.Contracts.Funding;
using Gaoxin.Data.Http;
using Gaoxin.Kernel.Paging;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Gaoxin.Funding.Awards;

/// <summary>/applications and /awards (but approval and payment, in Decisions), and the year's budget.</summary>
internal static class AwardHandlers
{
    public static async Task<Ok<FundPosition>> SetBudget(int year, BudgetInput input, ClaimsPrincipal u, AwardService awards, CancellationToken ct) =>
        TypedResults.Ok(await awards.SetBudgetAsync(u.ToActor(), year, input, ct));

    public static async Task<Ok<Page<ApplicationView>>> Applications(ClaimsPrincipal u, AwardReads reads, ApplicationStatus? status, int? page, int? size, CancellationToken ct) =>
        TypedResults.Ok(await reads.ApplicationsAsync(u.ToActor(), status, new PageRequest(page, size), ct));

    public static async Task<Ok<ApplicationView>> Application(Guid id, ClaimsPrincipal u, AwardReads reads, CancellationToken ct) =>
        TypedResults.Ok(await reads.ApplicationAsync(u.ToActor(), id, ct));

    public static async Task<Created<ApplicationView>> Submit(ApplicationInput input, ClaimsPrincipal u, AwardService awards, CancellationToken ct)
    {
        var a = await awards.SubmitAsync(u.ToActor(), input, ct);
        return TypedResults.Created($"/api/v1/funding/applications/{a.Id}", ApplicationView.Of(a));
    }

    public static async Task<Ok<ApplicationView>> Recommend(Guid id, RecommendInput input, ClaimsPrincipal u, AwardService awards, CancellationToken ct) =>
        TypedResults.Ok(ApplicationView.Of((await awards.RecommendAsync(u.ToActor(), id, input, ct)).Application));

    public static async Task<Ok<ApplicationView>> Reject(Guid id, DecisionInput input, ClaimsPrincipal u, AwardService awards, CancellationToken ct) =>
        TypedResults.Ok(ApplicationView.Of(await awards.RejectAsync(u.ToActor(), id, input, ct)));

    public static async Task<Ok<Page<AwardListItem>>> Awards(ClaimsPrincipal u, AwardReads reads, int? year, int? page, int? size, CancellationToken ct) =>
        TypedResults.Ok(await reads.AwardsAsync(u.ToActor(), year, new PageRequest(page, size), ct));

    public static async Task<Ok<AwardView>> Award(Guid id, ClaimsPrincipal u, AwardReads reads, CancellationToken ct) =>
        TypedResults.Ok(await reads.AwardAsync(u.ToActor(), id, ct));

    public static async Task<Ok<AwardView>> Cancel(Guid id, CancelInput input, ClaimsPrincipal u, AwardService awards, AwardReads reads, CancellationToken ct)
    {
        await awards.CancelAsync(u.ToActor(), id, input, ct);
        return TypedResults.Ok(await reads.AwardAsync(u.ToActor(), id, ct));
    }

    public static async Task<Ok<AwardView>> LinkMilestone(Guid id, int number, MilestoneLinkInput input, ClaimsPrincipal u, AwardService awards, AwardReads reads, CancellationToken ct)
    {
        await awards.LinkMilestoneAsync(u.ToActor(), id, number, input, ct);
        return TypedResults.Ok(await reads.AwardAsync(u.ToActor(), id, ct));
    }
}
