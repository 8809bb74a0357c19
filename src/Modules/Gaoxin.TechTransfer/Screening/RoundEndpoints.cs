using System.Security.Claims;
using Gaoxin.Data.Http;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Gaoxin.TechTransfer.Screening;

/// <summary>The screening rounds' API handlers (mapped in <c>Endpoints</c>); refusals are thrown by the desk and the round.</summary>
internal static class RoundEndpoints
{
    public static async Task<Ok<IReadOnlyList<RoundListItem>>> List(ClaimsPrincipal user, RoundDesk desk, CancellationToken ct) =>
        TypedResults.Ok(await desk.ListAsync(user.ToActor(), ct));

    public static async Task<Ok<IReadOnlyList<ReviewerOption>>> Reviewers(ClaimsPrincipal user, RoundDesk desk, CancellationToken ct) =>
        TypedResults.Ok(await desk.ReviewerOptionsAsync(user.ToActor(), ct));

    public static async Task<Ok<RoundView>> Open(RoundInput input, ClaimsPrincipal user, RoundDesk desk, CancellationToken ct) =>
        TypedResults.Ok(await desk.OpenAsync(user.ToActor(), input, ct));

    public static async Task<Ok<RoundView>> View(Guid id, ClaimsPrincipal user, RoundDesk desk, CancellationToken ct) =>
        TypedResults.Ok(await desk.ViewAsync(user.ToActor(), id, ct));

    public static async Task<Ok<ReviewerRoundView>> MyReviews(Guid id, ClaimsPrincipal user, RoundDesk desk, CancellationToken ct) =>
        TypedResults.Ok(await desk.SheetsAsync(user.ToActor(), id, ct));

    public static async Task<Ok<ReviewerRoundView>> DeclareConflict(Guid id, Guid projectId, ConflictInput input, ClaimsPrincipal user, RoundDesk desk, CancellationToken ct) =>
        TypedResults.Ok(await desk.DeclareConflictAsync(user.ToActor(), id, projectId, input, ct));

    public static async Task<Ok<ReviewerRoundView>> Score(Guid id, Guid projectId, ReviewInput input, ClaimsPrincipal user, RoundDesk desk, CancellationToken ct) =>
        TypedResults.Ok(await desk.ScoreAsync(user.ToActor(), id, projectId, input, ct));

    public static async Task<Ok<RoundView>> Decide(Guid id, Guid projectId, DecisionInput input, ClaimsPrincipal user, RoundDesk desk, CancellationToken ct) =>
        TypedResults.Ok(await desk.DecideAsync(user.ToActor(), id, projectId, input, ct));

    public static async Task<Ok<RoundView>> Publish(Guid id, ClaimsPrincipal user, RoundDesk desk, CancellationToken ct) =>
        TypedResults.Ok(await desk.PublishAsync(user.ToActor(), id, ct));

    /// <summary>The round's ranking and decisions as a workbook.</summary>
    public static async Task<FileStreamHttpResult> Export(Guid id, ClaimsPrincipal user, RoundDesk desk, TimeProvider clock, CancellationToken ct)
    {
        var view = await desk.ViewAsync(user.ToActor(), id, ct);
        var rows = view.Entries.Select(e => new Dictionary<string, object?>
        {
            ["排名"] = e.Rank, ["项目编号"] = e.Code, ["项目名称"] = e.Title, ["牵头单位"] = e.Lead, ["评分份数"] = e.Reviews, ["应评份数"] = e.Eligible,
            ["综合得分"] = e.Score, ["等级"] = e.Grade, ["决定"] = e.Decision switch { EntryDecision.Selected => "入选", EntryDecision.Rejected => "不予支持", _ => "未决定" }, ["理由"] = e.Reason,
        }).ToList();
        var stream = await ExcelExport.WorkbookAsync(rows, "评审结果", ct);
        return TypedResults.File(stream, ExcelExport.ContentType, $"评审结果-{clock.GetUtcNow():yyyyMMdd}.xlsx");
    }
}
