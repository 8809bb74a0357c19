using System.Globalization;
using System.Security.Claims;
using Gaoxin.Data.Http;
using Gaoxin.Kernel.Paging;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Gaoxin.Mobility.Rights;

/// <summary>Handlers of road rights; refusals come from <see cref="RoadRightDesk"/> and the entity.</summary>
internal static class RightsApi
{
    public static async Task<Ok<Page<RoadRightRow>>> List(ClaimsPrincipal user, RoadRightDesk desk, CancellationToken ct, string? q = null, RoadRightStatus? status = null,
        Scenario? scenario = null, Guid? operatorId = null, int? page = null, int? size = null) =>
        TypedResults.Ok(await desk.ListAsync(user.ToActor(), new RoadRightFilter(q, status, scenario, operatorId), new PageRequest(page, size), ct));

    public static async Task<IResult> Export(ClaimsPrincipal user, RoadRightDesk desk, TimeProvider clock, CancellationToken ct, string? q = null, RoadRightStatus? status = null,
        Scenario? scenario = null, Guid? operatorId = null)
    {
        var actor = user.ToActor();
        var filter = new RoadRightFilter(q, status, scenario, operatorId);
        var rows = await Gaoxin.Kernel.Paging.Pages.AllAsync(p => desk.ListAsync(actor, filter, p, ct));
        return await ExcelExport.FileAsync(rows.Select(r => new RoadRightExportRow(r.Title, r.OperatorName, r.ScenarioText, r.StatusText, r.VehicleCount, r.AreaCount,
            r.SpeedLimitKmh, Day(r.ValidFrom), Day(r.ValidTo), r.GrantedOn is { } g ? Day(g) : string.Empty)), "无人车路权许可", clock, ct);
    }

    public static async Task<Ok<RoadRightDetail>> Get(Guid id, ClaimsPrincipal user, RoadRightDesk desk, CancellationToken ct) =>
        TypedResults.Ok(await desk.GetAsync(user.ToActor(), id, ct));

    public static async Task<Created<RoadRightDetail>> Apply(RoadRightInput input, ClaimsPrincipal user, RoadRightDesk desk, CancellationToken ct)
    {
        var right = await desk.ApplyAsync(user.ToActor(), input, ct);
        return TypedResults.Created($"/api/v1/mobility/rights/{right.Id}", right);
    }

    public static async Task<Ok<RoadRightDetail>> Edit(Guid id, RoadRightInput input, ClaimsPrincipal user, RoadRightDesk desk, CancellationToken ct) =>
        TypedResults.Ok(await desk.EditAsync(user.ToActor(), id, input, ct));

    public static async Task<Ok<RoadRightDetail>> Review(Guid id, RightDecisionInput input, ClaimsPrincipal user, RoadRightDesk desk, CancellationToken ct) =>
        TypedResults.Ok(await desk.StartReviewAsync(user.ToActor(), id, input, ct));

    public static async Task<Ok<RoadRightDetail>> Grant(Guid id, RightDecisionInput input, ClaimsPrincipal user, RoadRightDesk desk, CancellationToken ct) =>
        TypedResults.Ok(await desk.GrantAsync(user.ToActor(), id, input, ct));

    public static async Task<Ok<RoadRightDetail>> Refuse(Guid id, RightDecisionInput input, ClaimsPrincipal user, RoadRightDesk desk, CancellationToken ct) =>
        TypedResults.Ok(await desk.RefuseAsync(user.ToActor(), id, input, ct));

    public static async Task<Ok<RoadRightDetail>> Suspend(Guid id, RightDecisionInput input, ClaimsPrincipal user, RoadRightDesk desk, CancellationToken ct) =>
        TypedResults.Ok(await desk.SuspendAsync(user.ToActor(), id, input, ct));

    public static async Task<Ok<RoadRightDetail>> Reinstate(Guid id, RightDecisionInput input, ClaimsPrincipal user, RoadRightDesk desk, CancellationToken ct) =>
        TypedResults.Ok(await desk.ReinstateAsync(user.ToActor(), id, input, ct));

    public static async Task<Ok<RoadRightDetail>> Revoke(Guid id, RightDecisionInput input, ClaimsPrincipal user, RoadRightDesk desk, CancellationToken ct) =>
        TypedResults.Ok(await desk.RevokeAsync(user.ToActor(), id, input, ct));

    public static async Task<Ok<RightCheckView>> Check(Guid id, RightCheckInput input, ClaimsPrincipal user, RoadRightDesk desk, CancellationToken ct) =>
        TypedResults.Ok(await desk.CheckAsync(user.ToActor(), id, input, ct));

    private static string Day(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
