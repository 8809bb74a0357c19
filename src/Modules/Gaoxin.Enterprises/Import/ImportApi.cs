using System.Security.Claims;
using Gaoxin.Data.Http;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Gaoxin.Enterprises.Import;

/// <summary>Handlers of the annual-data template, export and import (the .xlsx itself is the request body, so token clients post it directly).</summary>
internal static class ImportApi
{
    public static FileStreamHttpResult Template() => TypedResults.File(AnnualDataImport.Template(), ExcelExport.ContentType, "年度数据导入模板.xlsx");

    public static async Task<FileStreamHttpResult> Export(ClaimsPrincipal user, AnnualDataImport import, TimeProvider clock, int? year, CancellationToken ct) =>
        TypedResults.File(await import.ExportAsync(user.ToActor(), year, ct), ExcelExport.ContentType, $"年度数据-{clock.GetUtcNow():yyyyMMdd}.xlsx");

    /// <summary>422 with the report when rows are bad and nothing was saved.</summary>
    public static async Task<Results<Ok<ImportReport>, UnprocessableEntity<ImportReport>>> Import(HttpRequest request, ClaimsPrincipal user,
        AnnualDataImport import, bool? validRowsOnly, CancellationToken ct)
    {
        using var buffer = await UploadedFile.ReadAsync(request, AnnualDataImport.MaxBytes, ct);
        var report = await import.ImportAsync(user.ToActor(), buffer, validRowsOnly ?? false, ct);
        return report.Errors.Count > 0 && report.Saved == 0
            ? TypedResults.UnprocessableEntity(report)
            : TypedResults.Ok(report);
    }
}
