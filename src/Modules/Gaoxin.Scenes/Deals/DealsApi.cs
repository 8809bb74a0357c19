using System.Globalization;
using System.Security.Claims;
using Gaoxin.Data.Http;
using Gaoxin.Kernel.Paging;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Gaoxin.Scenes.Deals;

/// <summary>Handlers of deals (供需对接); refusals come from <see cref="DealDesk"/> and <see cref="Deal"/>.</summary>
internal static class DealsApi
{
    /// <summary>Lists are paged at most 100 rows a page.</summary>
    internal static PageRequest Paging(int? page, int? pageSize) => new(page, Math.Min(pageSize ?? PageRequest.DefaultSize, 100));

    public static async Task<Ok<Page<DealView>>> List(ClaimsPrincipal user, DealDesk desk, CancellationToken ct, DealStage? stage = null, bool? stalled = null,
        string? q = null, int? page = null, int? pageSize = null) =>
        TypedResults.Ok(await desk.ListAsync(user.ToActor(), new DealFilter(stage, stalled, q), Paging(page, pageSize), ct));

    public static async Task<IResult> Export(ClaimsPrincipal user, DealDesk desk, TimeProvider clock, CancellationToken ct, DealStage? stage = null, bool? stalled = null,
        string? q = null)
    {
        var actor = user.ToActor();
        var filter = new DealFilter(stage, stalled, q);
        var rows = await Gaoxin.Kernel.Paging.Pages.AllAsync(p => desk.ListAsync(actor, filter, p, ct));
        return await ExcelExport.FileAsync(rows.Select((d, n) => new Dictionary<string, object?>
        {
            ["序号"] = n + 1,
            ["需求类型"] = DealsLabels.Of(d.Side),
            ["需求编号"] = d.DemandCode,
            ["需求名称"] = d.DemandTitle,
            ["需求方"] = d.BuyerName,
            ["供给类型"] = DealsLabels.Of(d.SupplyKind),
            ["供给"] = d.SupplyName,
            ["供给方"] = d.SellerName ?? string.Empty,
            ["匹配得分"] = d.MatchScore,
            ["进展"] = DealsLabels.Of(d.Stage),
            ["发起日期"] = d.OpenedOn.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            ["最近进展日期"] = d.LastStepOn.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            ["是否停滞"] = d.Stalled ? "是" : "否",
        }), "供需对接", clock, ct);
    }

    public static async Task<Ok<DealDetail>> Get(Guid id, ClaimsPrincipal user, DealDesk desk, CancellationToken ct) =>
        TypedResults.Ok(await desk.GetAsync(user.ToActor(), id, ct));

    public static async Task<Created<DealView>> Open(OpenDealInput input, ClaimsPrincipal user, DealDesk desk, CancellationToken ct)
    {
        var deal = await desk.OpenAsync(user.ToActor(), input, ct);
        return TypedResults.Created($"/api/v1/scenes/deals/{deal.Id}", deal);
    }

    public static async Task<Created<DealDetail>> AddStep(Guid id, DealStepInput input, ClaimsPrincipal user, DealDesk desk, CancellationToken ct)
    {
        var detail = await desk.AddStepAsync(user.ToActor(), id, input, ct);
        return TypedResults.Created($"/api/v1/scenes/deals/{id}", detail);
    }
}
