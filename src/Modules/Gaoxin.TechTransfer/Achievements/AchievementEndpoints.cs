using System.Security.Claims;
using Gaoxin.Data.Http;
using Gaoxin.Kernel.Paging;
using Gaoxin.Kernel.Rules;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Gaoxin.TechTransfer.Achievements;

/// <summary>The achievements' API handlers (mapped in <c>Endpoints</c>); refusals are thrown by the desk.</summary>
internal static class AchievementEndpoints
{
    private const long MaxImportBytes = 10 * 1024 * 1024;

    public static async Task<Ok<Page<AchievementListItem>>> List(ClaimsPrincipal user, AchievementDesk desk, string? search, AchievementKind? kind, ZoneIndustry? industry, Guid? owner,
        int? page, int? size, CancellationToken ct) =>
        TypedResults.Ok(await desk.ListAsync(user.ToActor(), new AchievementFilter(search, kind, industry, owner), new PageRequest(page, size), ct));

    public static async Task<FileStreamHttpResult> Export(ClaimsPrincipal user, AchievementDesk desk, TimeProvider clock, string? search, AchievementKind? kind,
        ZoneIndustry? industry, Guid? owner, CancellationToken ct) =>
        TypedResults.File(await desk.ExportAsync(user.ToActor(), new AchievementFilter(search, kind, industry, owner), ct), ExcelExport.ContentType, $"科技成果-{clock.GetUtcNow():yyyyMMdd}.xlsx");

    public static FileStreamHttpResult Template() => TypedResults.File(AchievementDesk.Template(), ExcelExport.ContentType, "科技成果导入模板.xlsx");

    public static async Task<Ok<AchievementListItem>> Create(AchievementInput input, ClaimsPrincipal user, AchievementDesk desk, CancellationToken ct) =>
        TypedResults.Ok(await desk.CreateAsync(user.ToActor(), input, ct));

    public static async Task<Ok<AchievementListItem>> Change(Guid id, AchievementInput input, ClaimsPrincipal user, AchievementDesk desk, CancellationToken ct) =>
        TypedResults.Ok(await desk.ChangeAsync(user.ToActor(), id, input, ct));

    public static async Task<NoContent> Delete(Guid id, ClaimsPrincipal user, AchievementDesk desk, CancellationToken ct)
    {
        await desk.DeleteAsync(user.ToActor(), id, ct);
        return TypedResults.NoContent();
    }

    /// <summary>The body is the .xlsx itself; a file with only bad rows is answered 422 with the report, which names every row and column.</summary>
    public static async Task<Results<Ok<ImportReport>, UnprocessableEntity<ImportReport>>> Import(HttpRequest request, ClaimsPrincipal user, AchievementDesk desk,
        bool? validRowsOnly, CancellationToken ct)
    {
        using var buffer = await UploadedFile.ReadAsync(request, MaxImportBytes, ct);
        var report = await desk.ImportAsync(user.ToActor(), buffer, validRowsOnly ?? false, ct);
        return report.Errors.Count > 0 && report.Saved == 0 ? TypedResults.UnprocessableEntity(report) : TypedResults.Ok(report);
    }
}
