using System.Security.Claims;
using Gaoxin.Data.Http;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Gaoxin.Indicators.Import;

/// <summary>Handlers of the period-table import: the template, and the .xlsx posted as the request body.</summary>
internal static class ImportApi
{
    public static FileStreamHttpResult Template() => TypedResults.File(IndicatorImport.Template(), ExcelExport.ContentType, "期报表导入模板.xlsx");

    /// <summary>422 with the report when any row is bad (nothing saved).</summary>
    public static async Task<Results<Ok<ImportReport>, UnprocessableEntity<ImportReport>>> Import(HttpRequest request, ClaimsPrincipal u,
        IndicatorImport import, string? period, CancellationToken ct)
    {
        using var buffer = await UploadedFile.ReadAsync(request, IndicatorImport.MaxBytes, ct);
        var report = await import.ImportAsync(u.ToActor(), buffer, period, ct);
        return report.Errors.Count > 0 ? TypedResults.UnprocessableEntity(report) : TypedResults.Ok(report);
    }
}
