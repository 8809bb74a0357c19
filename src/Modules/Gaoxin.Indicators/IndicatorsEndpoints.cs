using System.Globalization;
using System.Security.Claims;
using System.Text;
using Gaoxin.Data;
using Gaoxin.Data.Http;
using Gaoxin.Indicators.Cockpit;
using Gaoxin.Indicators.Import;
using Gaoxin.Indicators.Reports;
using Gaoxin.Indicators.Series;
using Gaoxin.Kernel.Zones;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using MiniExcelLibs.Attributes;

namespace Gaoxin.Indicators;

/// <summary>A published value as open data: plain fields, growth rates in percent with their basis named.</summary>
public sealed record OpenDataRow(string Code, string Indicator, string Unit, string Period, string PeriodTitle, decimal Value, decimal? ComparableGrowth, decimal? NominalGrowth);

public sealed record ValueExportRow(
    [property: ExcelColumnName("指标代码")] string Code,
    [property: ExcelColumnName("指标")] string Name,
    [property: ExcelColumnName("统计期")] string Period,
    [property: ExcelColumnName("单位")] string Unit,
    [property: ExcelColumnName("数值")] decimal Value,
    [property: ExcelColumnName("可比价增速（%）")] decimal? ComparableGrowth,
    [property: ExcelColumnName("现价名义增速（%）")] decimal? NominalGrowth,
    [property: ExcelColumnName("来源")] string Source);

/// <summary>/api/v1/indicators: the zone's staff read; the committee records; open data for every signed-in user.</summary>
internal static class IndicatorsEndpoints
{
    public const long MaxBytes = 10 * 1024 * 1024;

    public static void Map(IEndpointRouteBuilder root)
    {
        var api = root.MapGroup(string.Empty);
        var staff = (RouteHandlerBuilder b) => b.RequireAuthorization(p => p.RequireRole(IndicatorsAccess.ZoneStaff));
        var record = (RouteHandlerBuilder b) => b.RequireAuthorization(p => p.RequireRole(IndicatorsAccess.Recorders));

        staff(api.MapGet("/definitions", async (ClaimsPrincipal u, IndicatorBook b, CancellationToken ct) => TypedResults.Ok(await b.DefinitionsAsync(u.ToActor().ZoneId, ct)))).WithSummary("指标定义");
        record(api.MapPost("/definitions", CreateDefinition).Validate<DefinitionInput>()).WithSummary("新增指标定义");
        staff(api.MapGet("/periods", async (ClaimsPrincipal u, IndicatorBook b, CancellationToken ct) => TypedResults.Ok(await b.PeriodsAsync(u.ToActor().ZoneId, ct)))).WithSummary("统计期");
        record(api.MapPost("/periods", CreatePeriod).Validate<PeriodInput>()).WithSummary("新增统计期（1 月至截止月累计）");
        record(api.MapPost("/periods/{id:guid}/publish", Publish)).WithSummary("发布统计期（进入开放数据）");
        staff(api.MapGet("/values", Values)).WithSummary("指标数值（可按指标代码、统计期筛选）：含可比价增速与现价名义增速");
        staff(api.MapGet("/values/export", ExportValues)).WithSummary("导出指标数值（Excel）");
        record(api.MapPost("/values", AddValue).Validate<ValueInput>()).WithSummary("录入一个指标数值（单位、统计期须已定义；同一期不得重复）");
        record(api.MapPut("/values/{id:guid}", CorrectValue).Validate<ValueCorrection>()).WithSummary("更正指标数值");
        staff(api.MapGet("/targets", async (ClaimsPrincipal u, IndicatorBook b, CancellationToken ct) => TypedResults.Ok(await b.TargetsAsync(u.ToActor().ZoneId, ct)))).WithSummary("目标及所需年均增速");
        record(api.MapPost("/targets", CreateTarget).Validate<TargetInput>()).WithSummary("设定目标");
        record(api.MapGet("/import/template", () => TypedResults.File(IndicatorImport.Template(), ExcelExport.ContentType, "期报表导入模板.xlsx"))).WithSummary("下载期报表导入模板");
        record(api.MapPost("/import", ImportAsync)).WithSummary("导入期报表（请求体为 .xlsx；period 可为整张表指定统计期）：任何一行有错则不保存");
        staff(api.MapGet("/cockpit", async (ClaimsPrincipal u, CockpitData c, CancellationToken ct) => TypedResults.Ok(await c.BuildAsync(u.ToActor().ZoneId, ct)))).WithSummary("驾驶舱数据（与页面同源）");
        staff(api.MapGet("/reports/{year:int}/{month:int}", ReportData)).WithSummary("期报告的数据");
        staff(api.MapGet("/reports/{year:int}/{month:int}/pdf", ReportPdf)).WithSummary("期报告 PDF（如 2025年前三季度经济运行情况）");
        staff(api.MapGet("/reports/{year:int}/{month:int}/xlsx", ReportExcel)).WithSummary("期报告 Excel");
        api.MapGet("/open-data", OpenData).RequireAuthorization(p => p.RequireRole(IndicatorsAccess.Everyone)).WithSummary("开放数据：已发布的指标（format=json 或 csv）");
    }

    private static async Task<IResult> Guarded<T>(Func<Task<T>> work, Func<T, IResult> ok)
    {
        try
        {
            return ok(await work());
        }
        catch (InputRefusedException e)
        {
            return Problems.Invalid(e.Errors);
        }
    }

    private static Task<IResult> CreateDefinition(DefinitionInput input, ClaimsPrincipal u, IndicatorBook b, CancellationToken ct) =>
        Guarded(() => b.CreateDefinitionAsync(u.ToActor(), input, ct), d => TypedResults.Created($"/api/v1/indicators/definitions/{d.Id}", d));

    private static Task<IResult> CreatePeriod(PeriodInput input, ClaimsPrincipal u, IndicatorBook b, CancellationToken ct) =>
        Guarded(() => b.CreatePeriodAsync(u.ToActor(), input, ct), p => TypedResults.Created($"/api/v1/indicators/periods/{p.Id}", p));

    private static async Task<Results<Ok<PeriodView>, NotFound<ProblemBody>>> Publish(Guid id, ClaimsPrincipal u, IndicatorBook b, TimeProvider clock, CancellationToken ct) =>
        await b.PublishPeriodAsync(u.ToActor(), id, ZoneClock.Of(clock).Today, ct) is { } p ? TypedResults.Ok(p) : Problems.NotFound("统计期");

    private static Task<IResult> Values(ClaimsPrincipal u, IndicatorBook b, string? code, string? period, CancellationToken ct) =>
        Guarded(() => b.ValuesAsync(u.ToActor().ZoneId, code, period, false, ct), v => TypedResults.Ok(v));

    private static async Task<IResult> ExportValues(ClaimsPrincipal u, IndicatorBook b, TimeProvider clock, string? code, CancellationToken ct)
    {
        var rows = (await b.ValuesAsync(u.ToActor().ZoneId, code, null, false, ct))
            .Select(v => new ValueExportRow(v.Code, v.Name, v.PeriodTitle, v.Unit, v.Value, v.ComparableGrowth, v.NominalGrowth, v.Source ?? string.Empty));
        return await ExcelExport.FileAsync(rows, "经济指标", clock, ct);
    }

    private static Task<IResult> AddValue(ValueInput input, ClaimsPrincipal u, IndicatorBook b, CancellationToken ct) =>
        Guarded(() => b.AddValueAsync(u.ToActor(), input, ct), v => TypedResults.Created($"/api/v1/indicators/values?code={v.Code}&period={v.Period}", v));

    private static Task<IResult> CorrectValue(Guid id, ValueCorrection input, ClaimsPrincipal u, IndicatorBook b, CancellationToken ct) =>
        Guarded(() => b.CorrectValueAsync(u.ToActor(), id, input, ct), v => v is null ? Problems.NotFound("指标数值") : TypedResults.Ok(v));

    private static Task<IResult> CreateTarget(TargetInput input, ClaimsPrincipal u, IndicatorBook b, CancellationToken ct) =>
        Guarded(() => b.CreateTargetAsync(u.ToActor(), input, ct), t => TypedResults.Created($"/api/v1/indicators/targets/{t.Id}", t));

    private static async Task<IResult> ImportAsync(HttpRequest request, ClaimsPrincipal u, IndicatorImport import, string? period, CancellationToken ct)
    {
        if (request.ContentLength is > MaxBytes)
        {
            return TypedResults.Problem(title: "请求数据有误", detail: $"文件超过 {MaxBytes / 1024 / 1024} MB。", statusCode: StatusCodes.Status413PayloadTooLarge);
        }

        using var buffer = new MemoryStream();
        await request.Body.CopyToAsync(buffer, ct);
        if (buffer.Length == 0)
        {
            return TypedResults.Problem(title: "请求数据有误", detail: "请求体为空：请以 .xlsx 文件作为请求体。", statusCode: StatusCodes.Status400BadRequest);
        }

        buffer.Position = 0;
        var report = await import.ImportAsync(u.ToActor(), buffer, period, ct);
        return report.Errors.Count > 0 ? TypedResults.UnprocessableEntity(report) : TypedResults.Ok(report);
    }

    private static async Task<Results<Ok<PeriodReportData>, NotFound<ProblemBody>>> ReportData(int year, int month, ClaimsPrincipal u, PeriodReport report, CancellationToken ct) =>
        await report.BuildAsync(u.ToActor().ZoneId, year, month, ct) is { } data ? TypedResults.Ok(data) : Problems.NotFound("统计期");

    private static async Task<IResult> ReportPdf(int year, int month, ClaimsPrincipal u, PeriodReport report, GaoxinDbContext db, CancellationToken ct)
    {
        var zone = u.ToActor().ZoneId;
        if (await report.BuildAsync(zone, year, month, ct) is not { } data)
        {
            return Problems.NotFound("统计期");
        }

        var zoneId = new ZoneId(zone);
        var zoneName = await db.Zones.Where(z => z.Id == zoneId).Select(z => z.Name).FirstOrDefaultAsync(ct) ?? string.Empty;
        return TypedResults.File(PeriodReport.Pdf(data, zoneName), "application/pdf", data.Title + ".pdf");
    }

    private static async Task<IResult> ReportExcel(int year, int month, ClaimsPrincipal u, PeriodReport report, CancellationToken ct) =>
        await report.BuildAsync(u.ToActor().ZoneId, year, month, ct) is { } data
            ? TypedResults.File(PeriodReport.Excel(data), ExcelExport.ContentType, data.Title + ".xlsx")
            : Problems.NotFound("统计期");

    public static async Task<IReadOnlyList<OpenDataRow>> OpenRowsAsync(IndicatorBook b, Guid zone, CancellationToken ct) =>
        (await b.ValuesAsync(zone, null, null, publishedOnly: true, ct))
            .Select(v => new OpenDataRow(v.Code, v.Name, v.Unit, v.Period, v.PeriodTitle, v.Value, v.ComparableGrowth, v.NominalGrowth)).ToList();

    private static async Task<IResult> OpenData(ClaimsPrincipal u, IndicatorBook b, string? format, CancellationToken ct)
    {
        var rows = await OpenRowsAsync(b, u.ToActor().ZoneId, ct);
        if (string.Equals(format, "csv", StringComparison.OrdinalIgnoreCase))
        {
            return TypedResults.File(Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(Csv(rows))).ToArray(), "text/csv; charset=utf-8", "open-data-indicators.csv");
        }

        if (format is not null && !string.Equals(format, "json", StringComparison.OrdinalIgnoreCase))
        {
            return Problems.Invalid(new() { ["format"] = ["format 应为 json 或 csv。"] });
        }

        return TypedResults.Ok(rows);
    }

    /// <summary>RFC 4180 CSV: growth rates in percent; an empty cell where a rate is not known.</summary>
    public static string Csv(IEnumerable<OpenDataRow> rows)
    {
        static string Q(string s) => s.IndexOfAny([',', '"', '\n', '\r']) >= 0 ? "\"" + s.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : s;
        static string N(decimal? d) => d?.ToString(CultureInfo.InvariantCulture) ?? string.Empty;
        var sb = new StringBuilder("code,indicator,unit,period,period_title,value,comparable_growth_pct,nominal_growth_pct\r\n");
        foreach (var r in rows)
        {
            sb.Append(string.Join(',', Q(r.Code), Q(r.Indicator), Q(r.Unit), r.Period, Q(r.PeriodTitle), N(r.Value), N(r.ComparableGrowth), N(r.NominalGrowth))).Append("\r\n");
        }

        return sb.ToString();
    }
}
