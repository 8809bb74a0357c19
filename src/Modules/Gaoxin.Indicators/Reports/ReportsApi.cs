using System.Security.Claims;
using Gaoxin.Data;
using Gaoxin.Data.Http;
using Gaoxin.Kernel.Zones;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Gaoxin.Indicators.Reports;

/// <summary>Handlers of the period report: its data, as PDF and as Excel (a period not defined is refused as not found).</summary>
internal static class ReportsApi
{
    public static async Task<Ok<PeriodReportData>> Data(int year, int month, ClaimsPrincipal u, PeriodReport report, CancellationToken ct) =>
        TypedResults.Ok(await report.BuildAsync(u.ToActor().ZoneId, year, month, ct));

    public static async Task<FileContentHttpResult> Pdf(int year, int month, ClaimsPrincipal u, PeriodReport report, GaoxinDbContext db, CancellationToken ct)
    {
        var zone = u.ToActor().ZoneId;
        var data = await report.BuildAsync(zone, year, month, ct);
        var zoneId = new ZoneId(zone);
        var zoneName = await db.Zones.Where(z => z.Id == zoneId).Select(z => z.Name).FirstOrDefaultAsync(ct) ?? string.Empty;
        return TypedResults.File(PeriodReport.Pdf(data, zoneName), "application/pdf", data.Title + ".pdf");
    }

    public static async Task<FileStreamHttpResult> Excel(int year, int month, ClaimsPrincipal u, PeriodReport report, CancellationToken ct)
    {
        var data = await report.BuildAsync(u.ToActor().ZoneId, year, month, ct);
        return TypedResults.File(PeriodReport.Excel(data), ExcelExport.ContentType, data.Title + ".xlsx");
    }
}
