using System.Globalization;
using System.Security.Claims;
using Gaoxin.Contracts.TechTransfer;
using Gaoxin.Data.Http;
using Gaoxin.Kernel.Paging;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using MiniExcelLibs.Attributes;

namespace Gaoxin.TechTransfer.Package;

/// <summary>The support package's API handlers (mapped in <c>Endpoints</c>): one project's package, the zone matrix and its export.</summary>
internal static class PackageEndpoints
{
    public static async Task<Ok<ProjectPackage>> ForProject(Guid id, ClaimsPrincipal user, SupportPackages packages, int? days, CancellationToken ct) =>
        TypedResults.Ok(await packages.ForProjectAsync(user.ToActor(), id, days ?? PackageGapRule.DefaultDays, ct));

    public static async Task<Ok<Page<ProjectPackage>>> Matrix(ClaimsPrincipal user, SupportPackages packages, string? search, RelayStage? stage, ZoneIndustry? industry,
        PackageElement? gap, bool? hasGaps, int? days, int? page, int? size, CancellationToken ct) =>
        TypedResults.Ok(await packages.MatrixAsync(user.ToActor(), new PackageFilter(search, stage, industry, gap, hasGaps, days ?? PackageGapRule.DefaultDays), new PageRequest(page, size), ct));

    public static async Task<IResult> Export(ClaimsPrincipal user, SupportPackages packages, TimeProvider clock, string? search, RelayStage? stage, ZoneIndustry? industry,
        PackageElement? gap, bool? hasGaps, int? days, CancellationToken ct)
    {
        var actor = user.ToActor();
        var filter = new PackageFilter(search, stage, industry, gap, hasGaps, days ?? PackageGapRule.DefaultDays);
        var rows = await Gaoxin.Kernel.Paging.Pages.AllAsync(p => packages.MatrixAsync(actor, filter, p, ct));
        return await ExcelExport.FileAsync(rows.Select(PackageExportRow.Of), TechTransferText.Get("Package.Sheet"), clock, ct);
    }
}

/// <summary>One project in the exported matrix: each element's cell is what was received and when, the gap text, or empty.</summary>
public sealed record PackageExportRow(
    [property: ExcelColumnName("项目编号")] string Code,
    [property: ExcelColumnName("项目名称")] string Title,
    [property: ExcelColumnName("阶段")] string Stage,
    [property: ExcelColumnName("产业")] string Industry,
    [property: ExcelColumnName("承接企业")] string Company,
    [property: ExcelColumnName("入选日期")] string SelectedOn,
    [property: ExcelColumnName("中试")] string Pilot,
    [property: ExcelColumnName("孵化")] string Incubation,
    [property: ExcelColumnName("基金")] string Fund,
    [property: ExcelColumnName("场景")] string Scene,
    [property: ExcelColumnName("人才")] string Talent,
    [property: ExcelColumnName("缺口数")] int Gaps)
{
    public static PackageExportRow Of(ProjectPackage p)
    {
        string Cell(PackageElement element)
        {
            var item = p.Elements.Single(e => e.Element == element);
            return item.Received ? $"{item.What}（{Day(item.On)}）" : item.GapText ?? string.Empty;
        }

        return new PackageExportRow(p.Code, p.Title, Labels.Stage(p.Stage), Labels.Industry(p.Industry), p.CompanyName ?? string.Empty, Day(p.SelectedOn),
            Cell(PackageElement.Pilot), Cell(PackageElement.Incubation), Cell(PackageElement.Fund), Cell(PackageElement.Scene), Cell(PackageElement.Talent),
            p.Elements.Count(e => e.Gap));
    }

    private static string Day(DateOnly? day) => day?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? string.Empty;
}
