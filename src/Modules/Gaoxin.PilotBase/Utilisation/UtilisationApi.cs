using System.Security.Claims;
using Gaoxin.Data.Http;
using Gaoxin.Kernel.Access;
using Gaoxin.Kernel.Rules;
using Gaoxin.Kernel.Zones;
using Gaoxin.PilotBase.Bookings;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using MiniExcelLibs.Attributes;

namespace Gaoxin.PilotBase.Utilisation;

public sealed record UtilisationExportRow(
    [property: ExcelColumnName("资源编号")] string Code,
    [property: ExcelColumnName("资源名称")] string Name,
    [property: ExcelColumnName("片区")] string Area,
    [property: ExcelColumnName("开放时长（小时）")] decimal OpenHours,
    [property: ExcelColumnName("维护时长（小时）")] decimal MaintenanceHours,
    [property: ExcelColumnName("可用时长（小时）")] decimal AvailableHours,
    [property: ExcelColumnName("已预约时长（小时）")] decimal BookedHours,
    [property: ExcelColumnName("利用率（%）")] decimal? Utilisation,
    [property: ExcelColumnName("闲置时长（小时）")] decimal IdleHours);

public sealed record RevenueExportRow(
    [property: ExcelColumnName("分类")] string Dimension,
    [property: ExcelColumnName("项目")] string Name,
    [property: ExcelColumnName("预约数")] int Bookings,
    [property: ExcelColumnName("收入（元）")] decimal Revenue);

/// <summary>The utilisation dashboard's data and its Excel export.</summary>
internal static class UtilisationApi
{
    /// <summary>Zone-level roles only: utilisation and revenue are the base's business figures, not an enterprise's.</summary>
    public static readonly string[] Readers = [Roles.ZoneAdmin, Roles.CenterOperator, Roles.Reviewer, Roles.Viewer];

    public static async Task<Ok<UtilisationView>> Get(int year, int? month, ClaimsPrincipal user, UtilisationReport report, CancellationToken ct) =>
        TypedResults.Ok(await report.ForAsync(user.ToActor().ZoneId, Check(year), CheckMonth(month), ct));

    public static async Task<IResult> Export(int year, int? month, ClaimsPrincipal user, UtilisationReport report, TimeProvider clock, CancellationToken ct)
    {
        var view = await report.ForAsync(user.ToActor().ZoneId, Check(year), CheckMonth(month), ct);
        var sheets = new Dictionary<string, object>
        {
            ["资源利用率"] = view.Resources.Select(r => new UtilisationExportRow(r.Code, r.Name, r.Area, r.OpenHours, r.MaintenanceHours, r.AvailableHours, r.BookedHours,
                r.Utilisation is { } u ? Math.Round(u * 100m, 2) : null, r.IdleHours)).ToList(),
            ["收入"] = view.ByService.Select(s => new RevenueExportRow("按服务", s.Service, s.Bookings, s.Revenue))
                .Concat(view.ByCustomer.Select(c => new RevenueExportRow("按客户类型", CustomerName(c.Customer), c.Bookings, c.Revenue))).ToList(),
            ["口径说明"] = new[] { new { 说明 = UtilisationReport.Definition } },
        };
        var stream = await ExcelExport.WorkbookAsync(sheets, "资源利用率", ct);
        var period = month is { } m ? $"{year}-{m:00}" : $"{year}";
        var date = ZoneClock.Of(clock).Now.ToString("yyyyMMdd", System.Globalization.CultureInfo.InvariantCulture);
        return TypedResults.File(stream, ExcelExport.ContentType, $"中试基地利用率-{period}-{date}.xlsx");
    }

    internal static string CustomerName(CustomerKind kind) => kind switch
    {
        CustomerKind.Enterprise => "区内企业",
        CustomerKind.Institute => "高校/科研院所",
        CustomerKind.RelayProject => "接力项目",
        CustomerKind.External => "区外单位",
        _ => "基地自用",
    };

    private static int Check(int year) => year is >= 2000 and <= 2100 ? year : throw Refusal.Invalid("year", "年份须在 2000 至 2100 之间。");

    private static int? CheckMonth(int? month) => month is null or (>= 1 and <= 12) ? month : throw Refusal.Invalid("month", "月份须在 1 至 12 之间。");
}
