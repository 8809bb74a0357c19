using System.Security.Claims;
using Gaoxin.Data.Http;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Gaoxin.Enterprises.Import;

internal static class ImportEndpoints
{
    public const long MaxBytes = 10 * 1024 * 1024;

    public static void Map(IEndpointRouteBuilder api)
    {
        api.MapGet("/import/template", () => TypedResults.File(AnnualDataImport.Template(), ExcelExport.ContentType, "年度数据导入模板.xlsx"))
            .RequireAuthorization(p => p.RequireRole(EnterpriseAccess.Registrars)).WithSummary("下载年度数据导入模板");

        api.MapGet("/annual-data/export", async (ClaimsPrincipal user, AnnualDataImport import, TimeProvider clock, int? year, CancellationToken ct) =>
                TypedResults.File(await import.ExportAsync(user.ToActor(), year, ct), ExcelExport.ContentType, $"年度数据-{clock.GetUtcNow():yyyyMMdd}.xlsx"))
            .WithSummary("导出年度数据（与导入模板同一格式，可修改后再导入）");

        // The body is the .xlsx itself (no multipart form), so API clients with a token can post it directly.
        api.MapPost("/import", Import).RequireAuthorization(p => p.RequireRole(EnterpriseAccess.Registrars))
            .WithSummary("导入年度数据（请求体为 .xlsx）：有错误时不保存任何行，除非 validRowsOnly=true");
    }

    private static async Task<IResult> Import(HttpRequest request, ClaimsPrincipal user, AnnualDataImport import, bool? validRowsOnly, CancellationToken ct)
    {
        if (request.ContentLength is > MaxBytes)
        {
            return TypedResults.Problem(title: "请求数据有误", detail: $"文件超过 {MaxBytes / 1024 / 1024} MB。", statusCode: StatusCodes.Status413PayloadTooLarge);
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
