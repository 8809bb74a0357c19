using System.Security.Claims;
using Gaoxin.Data.Http;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Gaoxin.Indicators.Import;

/// <summary>Handlers of the period-table import: the template, and the .xlsx posted as the request body.</summary>
internal static class ImportApi
{
    public static FileStreamHttpResult Template() => TypedResults.File(IndicatorImport.Template(), ExcelExport.ContentType, "期报表导入模板.xlsx");

    /// <summary>422 with the report when any row is bad (nothing saved); 413/400 problems for a body too large or empty.</summary>
    public static async Task<Results<Ok<ImportReport>, UnprocessableEntity<ImportReport>, ProblemHttpResult>> Import(HttpRequest request, ClaimsPrincipal u,
        IndicatorImport import, string? period, CancellationToken ct)
    {
        if (request.ContentLength is > IndicatorImport.MaxBytes)
        {
            return TypedResults.Problem(title: "请求数据有误", detail: $"文件超过 {IndicatorImport.MaxBytes / 1024 / 1024} MB。", statusCode: StatusCodes.Status413PayloadTooLarge);
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
}
