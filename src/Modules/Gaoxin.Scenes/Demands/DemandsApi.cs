using System.Security.Claims;
using Gaoxin.Contracts;
using Gaoxin.Data.Http;
using Gaoxin.Kernel.Paging;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Gaoxin.Scenes.Demands;

/// <summary>Handlers of technical demands; refusals come from <see cref="DemandBoard"/> and <see cref="Demand"/>.</summary>
internal static class DemandsApi
{
    /// <summary>The largest page a list serves.</summary>
    internal const int MaxPageSize = 100;

    internal static PageRequest Paging(int? page, int? pageSize) => new(page, Math.Min(pageSize ?? PageRequest.DefaultSize, MaxPageSize));

    public static async Task<Ok<Page<DemandView>>> List(ClaimsPrincipal user, DemandBoard board, CancellationToken ct, string? q = null, ZoneIndustry? industry = null,
        DemandStatus? status = null, Guid? poster = null, int? page = null, int? pageSize = null) =>
        TypedResults.Ok(await board.ListAsync(user.ToActor(), new DemandFilter(q, industry, status, poster), Paging(page, pageSize), ct));

    public static async Task<IResult> Export(ClaimsPrincipal user, DemandBoard board, TimeProvider clock, CancellationToken ct, string? q = null,
        ZoneIndustry? industry = null, DemandStatus? status = null, Guid? poster = null)
    {
        var actor = user.ToActor();
        var filter = new DemandFilter(q, industry, status, poster);
        var rows = await Gaoxin.Kernel.Paging.Pages.AllAsync(p => board.ListAsync(actor, filter, p, ct));
        return await ExcelExport.FileAsync(rows.Select(DemandBoard.ExportRow), "技术需求", clock, ct);
    }

    public static async Task<Ok<DemandView>> Get(Guid id, ClaimsPrincipal user, DemandBoard board, CancellationToken ct) =>
        TypedResults.Ok(await board.GetAsync(user.ToActor(), id, ct));

    /// <summary>201 with the demand, or 409 problem details naming the open demand it repeats (duplicateOf: id, code) and offering a merge.</summary>
    public static async Task<Results<Created<DemandView>, ProblemHttpResult>> Post(DemandInput input, ClaimsPrincipal user, DemandBoard board, CancellationToken ct)
    {
        var posting = await board.PostAsync(user.ToActor(), input, ct);
        if (posting.Duplicate is { } dup)
        {
            return TypedResults.Problem(dup.Message, statusCode: StatusCodes.Status409Conflict, title: "疑似重复发布", extensions: new Dictionary<string, object?>
            {
                ["rule"] = "DuplicatePostingRule",
                ["duplicateOf"] = new { id = dup.Id, code = dup.Code, title = dup.Title, similarity = dup.Similarity },
                ["offers"] = new[] { $"合并：POST /api/v1/scenes/demands/{{新需求}}/merge，targetId={dup.Id}", $"仍然发布：acknowledgeDuplicateOf={dup.Id}" },
            });
        }

        var view = posting.Demand!;
        return TypedResults.Created($"/api/v1/scenes/demands/{view.Id}", view);
    }

    public static async Task<Ok<DemandView>> Edit(Guid id, DemandInput input, ClaimsPrincipal user, DemandBoard board, CancellationToken ct) =>
        TypedResults.Ok(await board.EditAsync(user.ToActor(), id, input, ct));

    public static async Task<Ok<DemandView>> Publish(Guid id, PublishDemandInput input, ClaimsPrincipal user, DemandBoard board, CancellationToken ct) =>
        TypedResults.Ok(await board.PublishAsync(user.ToActor(), id, input, ct));

    public static async Task<Ok<DemandView>> Reject(Guid id, RejectDemandInput input, ClaimsPrincipal user, DemandBoard board, CancellationToken ct) =>
        TypedResults.Ok(await board.RejectAsync(user.ToActor(), id, input, ct));

    public static async Task<Ok<DemandView>> Close(Guid id, ClaimsPrincipal user, DemandBoard board, CancellationToken ct) =>
        TypedResults.Ok(await board.CloseAsync(user.ToActor(), id, ct));

    public static async Task<Ok<DemandView>> Merge(Guid id, MergeDemandInput input, ClaimsPrincipal user, DemandBoard board, CancellationToken ct) =>
        TypedResults.Ok(await board.MergeAsync(user.ToActor(), id, input, ct));
}
