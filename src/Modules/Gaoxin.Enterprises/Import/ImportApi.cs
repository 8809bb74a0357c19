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

    /// <summary>422 with the report when rows are bad and nothing was saved; 413/400 problems for a body too large or empty.</summary>
    public static async Task<Results<Ok<ImportReport>, UnprocessableEntity<ImportReport>, ProblemHttpResult>> Import(HttpRequest request, ClaimsPrincipal user,
        AnnualDataImport import, bool? validRowsOnly, CancellationToken ct)
    {
        if (request.ContentLength is > AnnualDataImport.MaxBytes)
        {
            return TypedResults.Problem(title: "请求数据有误", detail: $"文件超过 {AnnualDataImport.MaxBytes / 1024 / 1024} MB。", statusCode: StatusCodes.Status413PayloadTooLarge);
        }

        using var buffer = new MemoryStream();
        await request.Body.CopyToAsync(buffer, ct);
        if (buffer.Length == 0)
        {
            return TypedResults.Problem(title: "请求数据有误", detail: "请求体为空：请以 .xlsx 文件作为请求体。", statusCode: StatusCodes.Status400BadRequest);
        }

        buffer.Position = 0;
        var report = await import.ImportAsync(user.ToActor(), buffer, validRowsOnly ?? false, ct);
        return report.Errors.Count > 0 && report.Saved == 0
            ? TypedResults.UnprocessableEntity(report)
            : TypedResults.Ok(report);
    }
}
