using System.Security.Claims;
using Gaoxin.Data.Http;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Gaoxin.TechTransfer.Analytics;

/// <summary>The analytics' API handlers (mapped in <c>Endpoints</c>).</summary>
internal static class AnalyticsEndpoints
{
    public static async Task<Ok<RelayReport>> Report(ClaimsPrincipal user, RelayAnalytics analytics, CohortBy? by, CancellationToken ct) =>
        TypedResults.Ok(await analytics.ReportAsync(user.ToActor().ZoneId, by ?? CohortBy.EntryYear, ct));

    public static async Task<FileStreamHttpResult> Export(ClaimsPrincipal user, RelayAnalytics analytics, TimeProvider clock, CohortBy? by, CancellationToken ct)
    {
        var report = await analytics.ReportAsync(user.ToActor().ZoneId, by ?? CohortBy.EntryYear, ct);
        var rows = report.Cohorts.Select(c => new Dictionary<string, object?>
        {
            ["分组"] = c.Key, ["项目数"] = c.Projects, ["进入筛选"] = c.Screened, ["入选"] = c.Selected, ["中试孵化"] = c.Pilot, ["产业孵化"] = c.Industrial,
            ["已产业化"] = c.Industrialized, ["成功"] = c.Succeeded, ["失败"] = c.Failed, ["进行中"] = c.InProgress,
            ["成功率"] = c.Success.Rate, ["95%下限"] = c.Success.Low, ["95%上限"] = c.Success.High,
        }).ToList();
        var stream = await ExcelExport.WorkbookAsync(rows, "转化成效", ct);
        return TypedResults.File(stream, ExcelExport.ContentType, $"转化成效-{clock.GetUtcNow():yyyyMMdd}.xlsx");
    }
}
