using System.Security.Claims;
using Gaoxin.Data;
using Gaoxin.Data.Http;
using Gaoxin.Funding.Awards;
using Gaoxin.Kernel.Rules;
using Gaoxin.Kernel.Zones;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Gaoxin.Funding.Statements;

/// <summary>GET /dashboard and the statements (对账单) as Excel and PDF.</summary>
internal static class StatementHandlers
{
    private const string PdfType = "application/pdf";

    public static async Task<Ok<Dashboard>> Dashboard(ClaimsPrincipal u, GaoxinDbContext db, TimeProvider clock, int? year, CancellationToken ct) =>
        TypedResults.Ok(await DashboardReads.ReadAsync(db, new ZoneId(u.ToActor().ZoneId), year ?? ZoneClock.Of(clock).Today.Year, ZoneClock.Of(clock).Today, ct));

    public static async Task<IResult> YearExcel(int year, ClaimsPrincipal u, FundStatements s, TimeProvider clock, CancellationToken ct) =>
        await ExcelExport.FileAsync(await s.RowsAsync(new ZoneId(u.ToActor().ZoneId), year, null, ct), $"中试专项资金{year}年度对账单", clock, ct);

    public static async Task<FileContentHttpResult> YearPdf(int year, ClaimsPrincipal u, FundStatements s, CancellationToken ct) =>
        TypedResults.File(await s.YearPdfAsync(new ZoneId(u.ToActor().ZoneId), year, ct), PdfType, $"中试专项资金{year}年度对账单.pdf");

    public static async Task<IResult> ProjectExcel(Guid projectId, ClaimsPrincipal u, FundStatements s, AwardService awards, TimeProvider clock, CancellationToken ct)
    {
        await ProjectTitleAsync(u, awards, projectId, ct);
        return await ExcelExport.FileAsync(await s.RowsAsync(new ZoneId(u.ToActor().ZoneId), null, projectId, ct), "中试专项资金项目对账单", clock, ct);
    }

    public static async Task<FileContentHttpResult> ProjectPdf(Guid projectId, ClaimsPrincipal u, FundStatements s, AwardService awards, CancellationToken ct) =>
        TypedResults.File(await s.ProjectPdfAsync(new ZoneId(u.ToActor().ZoneId), projectId, await ProjectTitleAsync(u, awards, projectId, ct), ct), PdfType, "中试专项资金项目对账单.pdf");

    /// <summary>A project's statement is for the zone's staff and the project's own organisation.</summary>
    private static async Task<string> ProjectTitleAsync(ClaimsPrincipal u, AwardService awards, Guid projectId, CancellationToken ct)
    {
        var award = await awards.VisibleAwards(u.ToActor()).Where(a => a.ProjectId == projectId).FirstOrDefaultAsync(ct);
        return award is null ? throw Refusal.NotFound("项目资助") : $"{award.ProjectCode} {award.ProjectTitle}";
    }
}
