using Gaoxin.Data.Http;
using Gaoxin.Indicators.Cockpit;
using Gaoxin.Indicators.Import;
using Gaoxin.Indicators.OpenData;
using Gaoxin.Indicators.Reports;
using Gaoxin.Indicators.Series;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Gaoxin.Indicators;

/// <summary>
/// /api/v1/indicators, one line per route: the zone's staff read; the committee records; open data for every signed-in user.
/// Handlers live in their feature folders and throw refusals, which the host answers as problems.
/// </summary>
internal static class IndicatorsEndpoints
{
    public static void Map(IEndpointRouteBuilder root)
    {
        var api = root.MapGroup(string.Empty).ProducesRefusals();
        var staff = api.MapGroup(string.Empty).RequireAuthorization(p => p.RequireRole(IndicatorsAccess.ZoneStaff));
        var record = api.MapGroup(string.Empty).RequireAuthorization(p => p.RequireRole(IndicatorsAccess.Recorders));

        staff.MapGet("/definitions", SeriesApi.Definitions).WithSummary("指标定义");
        record.MapPost("/definitions", SeriesApi.CreateDefinition).Validate<DefinitionInput>().WithSummary("新增指标定义");
        staff.MapGet("/periods", SeriesApi.Periods).WithSummary("统计期");
        record.MapPost("/periods", SeriesApi.CreatePeriod).Validate<PeriodInput>().WithSummary("新增统计期（1 月至截止月累计）");
        record.MapPost("/periods/{id:guid}/publish", SeriesApi.Publish).WithSummary("发布统计期（进入开放数据）");
        staff.MapGet("/values", SeriesApi.Values).WithSummary("指标数值（可按指标代码、统计期筛选）：含可比价增速与现价名义增速");
        staff.MapGet("/values/export", SeriesApi.ExportValues).WithSummary("导出指标数值（Excel）");
        record.MapPost("/values", SeriesApi.AddValue).Validate<ValueInput>().WithSummary("录入一个指标数值（单位、统计期须已定义；同一期不得重复）");
        record.MapPut("/values/{id:guid}", SeriesApi.CorrectValue).Validate<ValueCorrection>().WithSummary("更正指标数值");
        staff.MapGet("/targets", SeriesApi.Targets).WithSummary("目标及所需年均增速");
        record.MapPost("/targets", SeriesApi.CreateTarget).Validate<TargetInput>().WithSummary("设定目标");
        record.MapGet("/import/template", ImportApi.Template).WithSummary("下载期报表导入模板");
        record.MapPost("/import", ImportApi.Import).AcceptsWorkbook().WithSummary("导入期报表（请求体为 .xlsx；period 可为整张表指定统计期）：任何一行有错则不保存");
        staff.MapGet("/cockpit", CockpitApi.Get).WithSummary("驾驶舱数据（与页面同源）");
        staff.MapGet("/reports/{year:int}/{month:int}", ReportsApi.Data).WithSummary("期报告的数据");
        staff.MapGet("/reports/{year:int}/{month:int}/pdf", ReportsApi.Pdf).WithSummary("期报告 PDF（如 2025年前三季度经济运行情况）");
        staff.MapGet("/reports/{year:int}/{month:int}/xlsx", ReportsApi.Excel).WithSummary("期报告 Excel");
        api.MapGet("/open-data", OpenDataApi.Get).RequireAuthorization(p => p.RequireRole(IndicatorsAccess.Everyone)).WithSummary("开放数据：已发布的指标（format=json 或 csv）");
    }
}
