using Gaoxin.Kernel.Zones;
using System.Security.Claims;
using Gaoxin.Data.Http;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using MiniExcelLibs.Attributes;

namespace Gaoxin.Indicators.Series;

public sealed record ValueExportRow(
    [property: ExcelColumnName("指标代码")] string Code,
    [property: ExcelColumnName("指标")] string Name,
    [property: ExcelColumnName("统计期")] string Period,
    [property: ExcelColumnName("单位")] string Unit,
    [property: ExcelColumnName("数值")] decimal Value,
    [property: ExcelColumnName("可比价增速（%）")] decimal? ComparableGrowth,
    [property: ExcelColumnName("现价名义增速（%）")] decimal? NominalGrowth,
    [property: ExcelColumnName("来源")] string Source);

/// <summary>Handlers of definitions, periods, values and targets; refusals are thrown by <see cref="IndicatorBook"/>.</summary>
internal static class SeriesApi
{
    public static async Task<Ok<IReadOnlyList<DefinitionView>>> Definitions(ClaimsPrincipal u, IndicatorBook b, CancellationToken ct) =>
        TypedResults.Ok(await b.DefinitionsAsync(u.ToActor().ZoneId, ct));

    public static async Task<Created<DefinitionView>> CreateDefinition(DefinitionInput input, ClaimsPrincipal u, IndicatorBook b, CancellationToken ct)
    {
        var d = await b.CreateDefinitionAsync(u.ToActor(), input, ct);
        return TypedResults.Created($"/api/v1/indicators/definitions/{d.Id}", d);
    }

    public static async Task<Ok<IReadOnlyList<PeriodView>>> Periods(ClaimsPrincipal u, IndicatorBook b, CancellationToken ct) =>
        TypedResults.Ok(await b.PeriodsAsync(u.ToActor().ZoneId, ct));

    public static async Task<Created<PeriodView>> CreatePeriod(PeriodInput input, ClaimsPrincipal u, IndicatorBook b, CancellationToken ct)
    {
        var p = await b.CreatePeriodAsync(u.ToActor(), input, ct);
        return TypedResults.Created($"/api/v1/indicators/periods/{p.Id}", p);
    }

    public static async Task<Ok<PeriodView>> Publish(Guid id, ClaimsPrincipal u, IndicatorBook b, TimeProvider clock, CancellationToken ct) =>
        TypedResults.Ok(await b.PublishPeriodAsync(u.ToActor(), id, ZoneClock.Of(clock).Today, ct));

    public static async Task<Ok<IReadOnlyList<ValueView>>> Values(ClaimsPrincipal u, IndicatorBook b, string? code, string? period, CancellationToken ct) =>
        TypedResults.Ok(await b.ValuesAsync(u.ToActor().ZoneId, code, period, false, ct));

    public static async Task<IResult> ExportValues(ClaimsPrincipal u, IndicatorBook b, TimeProvider clock, string? code, CancellationToken ct)
    {
        var rows = (await b.ValuesAsync(u.ToActor().ZoneId, code, null, false, ct))
            .Select(v => new ValueExportRow(v.Code, v.Name, v.PeriodTitle, v.Unit, v.Value, v.ComparableGrowth, v.NominalGrowth, v.Source ?? string.Empty));
        return await ExcelExport.FileAsync(rows, "经济指标", clock, ct);
    }

    public static async Task<Created<ValueView>> AddValue(ValueInput input, ClaimsPrincipal u, IndicatorBook b, CancellationToken ct)
    {
        var v = await b.AddValueAsync(u.ToActor(), input, ct);
        return TypedResults.Created($"/api/v1/indicators/values?code={v.Code}&period={v.Period}", v);
    }

    public static async Task<Ok<ValueView>> CorrectValue(Guid id, ValueCorrection input, ClaimsPrincipal u, IndicatorBook b, CancellationToken ct) =>
        TypedResults.Ok(await b.CorrectValueAsync(u.ToActor(), id, input, ct));

    public static async Task<Ok<IReadOnlyList<TargetView>>> Targets(ClaimsPrincipal u, IndicatorBook b, CancellationToken ct) =>
        TypedResults.Ok(await b.TargetsAsync(u.ToActor().ZoneId, ct));

    public static async Task<Created<TargetView>> CreateTarget(TargetInput input, ClaimsPrincipal u, IndicatorBook b, CancellationToken ct)
    {
        var t = await b.CreateTargetAsync(u.ToActor(), input, ct);
        return TypedResults.Created($"/api/v1/indicators/targets/{t.Id}", t);
    }
}
