using System.Security.Claims;
using Gaoxin.Data.Http;
using Gaoxin.Kernel.Zones;
using Gaoxin.Services.Calendar;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Gaoxin.Services.Catalogue;

/// <summary>Handlers of the catalogue and the holiday calendar; refusals are thrown by the books they call.</summary>
internal static class CatalogueApi
{
    public static async Task<Ok<IReadOnlyList<ItemView>>> List(ClaimsPrincipal user, CatalogueBook book, string? q, Guid? department, CancellationToken ct) =>
        TypedResults.Ok(await book.ListAsync(user.ToActor(), q, department, ct));

    public static async Task<Ok<ItemView>> Get(Guid id, ClaimsPrincipal user, CatalogueBook book, CancellationToken ct) =>
        TypedResults.Ok(await book.GetAsync(user.ToActor(), id, ct));

    public static async Task<Created<ItemView>> Create(ItemInput input, ClaimsPrincipal user, CatalogueBook book, CancellationToken ct)
    {
        var item = await book.CreateAsync(user.ToActor(), input, ct);
        return TypedResults.Created($"/api/v1/services/items/{item.Id}", item);
    }

    public static async Task<Ok<ItemView>> Edit(Guid id, ItemInput input, ClaimsPrincipal user, CatalogueBook book, CancellationToken ct) =>
        TypedResults.Ok(await book.EditAsync(user.ToActor(), id, input, ct));

    public static async Task<NoContent> Delete(Guid id, ClaimsPrincipal user, CatalogueBook book, CancellationToken ct)
    {
        await book.DeleteAsync(user.ToActor(), id, ct);
        return TypedResults.NoContent();
    }

    public static async Task<IResult> Export(ClaimsPrincipal user, CatalogueBook book, TimeProvider clock, string? q, Guid? department, CancellationToken ct)
    {
        var items = await book.ListAsync(user.ToActor(), q, department, ct);
        var rows = items.Select((i, n) => new Dictionary<string, object?>
        {
            ["序号"] = n + 1,
            ["事项编码"] = i.Code,
            ["事项名称"] = i.Name,
            ["审批部门"] = i.Department,
            ["法定时限（工作日）"] = i.LegalLimitDays,
            ["承诺时限（工作日）"] = i.PromisedLimitDays,
            ["收费（元）"] = i.Fee,
            ["办理结果"] = i.ResultName,
            ["申请材料"] = string.Join("；", i.Materials.Select(m => m.Essential ? m.Name : m.Name + "（非必要）")),
            ["是否发布"] = i.Published ? "是" : "否",
        });
        return await ExcelExport.FileAsync(rows, "事项清单", clock, ct);
    }

    /// <summary>Anonymous: the published catalogue of the zone named by its code (or the caller's own, or the only one).</summary>
    public static async Task<Ok<PublicCatalogueView>> Public(ClaimsPrincipal user, PublicCatalogue catalogue, string? zone, string? q, CancellationToken ct) =>
        TypedResults.Ok(await catalogue.ReadAsync(zone, user.Identity?.IsAuthenticated == true ? user.ToActor().ZoneId : null, q, ct));

    public static async Task<Ok<IReadOnlyList<int>>> CalendarYears(ClaimsPrincipal user, CalendarBook book, CancellationToken ct) =>
        TypedResults.Ok(await book.YearsAsync(new ZoneId(user.ToActor().ZoneId), ct));

    public static async Task<Ok<CalendarYearView>> CalendarYear(int year, ClaimsPrincipal user, CalendarBook book, CancellationToken ct) =>
        TypedResults.Ok(await book.YearAsync(new ZoneId(user.ToActor().ZoneId), year, ct));

    public static async Task<Ok<CalendarImportResult>> LoadCalendarYear(int year, CalendarYearInput input, ClaimsPrincipal user, CalendarBook book, CancellationToken ct) =>
        TypedResults.Ok(await book.LoadYearAsync(new ZoneId(user.ToActor().ZoneId), year, input, ct));
}
