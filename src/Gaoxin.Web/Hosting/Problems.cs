using System.Text.Json;
using Gaoxin.Kernel.Rules;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Gaoxin.Web.Hosting;

/// <summary>Chinese titles for the statuses the API returns.</summary>
public static class ProblemTitles
{
    public static string For(int? status) => status switch
    {
        400 => "请求数据有误",
        401 => "未登录或令牌无效",
        403 => "无权执行此操作",
        404 => "未找到",
        405 => "不支持该请求方法",
        409 => "数据冲突",
        413 => "请求数据过大",
        415 => "不支持的内容类型",
        422 => "业务规则不允许",
        429 => "请求过于频繁",
        503 => "服务暂不可用",
        _ => "服务器内部错误",
    };
}

/// <summary>
/// Turns exceptions into RFC 9457 problem details: unreadable JSON → 400 naming the place, a refusal (Refusal) → its
/// status (400/403/404/409, or 422 naming the rule), a concurrent edit → 409, the database out of reach → 503 (retry
/// later), anything else → 500 without internals.
/// </summary>
internal sealed class ProblemExceptionHandler(IProblemDetailsService problems, ILogger<ProblemExceptionHandler> log, Gaoxin.Data.Operations.GaoxinMetrics metrics) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext context, Exception exception, CancellationToken cancellationToken)
    {
        var problem = exception switch
        {
            BadHttpRequestException bad => BadRequest(bad),
            Refusal refusal => Gaoxin.Data.Http.RefusalProblems.ToProblem(refusal),
            DbUpdateConcurrencyException => new ProblemDetails { Status = 409, Title = ProblemTitles.For(409), Detail = "该记录已被他人修改，请刷新后重试。" },
            DbUpdateException unique when Gaoxin.Composition.DatabaseErrors.IsUniqueViolation(unique) => new ProblemDetails { Status = 409, Title = ProblemTitles.For(409), Detail = "同名或同编号的记录已存在（可能刚被他人创建），请检查后重试。" },
            // The database went away (or is full): nothing was saved by this request; the pool reconnects by itself when it is back.
            _ when Gaoxin.Composition.DatabaseErrors.IsUnavailable(exception) => new ProblemDetails { Status = 503, Title = ProblemTitles.For(503), Detail = "数据库暂时无法访问，本次操作未完成、未保存。请稍后重试。" },
            _ => null,
        };

        if (exception is Refusal refused)
        {
            // The one place a refusal becomes an answer: counted by kind and rule, logged without its message (it may name people).
            metrics.Refused(refused.Kind.ToString(), refused.Rule);
            if (log.IsEnabled(LogLevel.Information))
            {
                log.LogInformation("Refused ({Kind}, rule {Rule}): {Method} {Path}", refused.Kind, refused.Rule ?? "none", context.Request.Method, context.Request.Path);
            }
        }

        if (problem is null)
        {
            log.LogError(exception, "Unhandled error on {Path}", context.Request.Path);
            problem = new ProblemDetails { Status = 500, Title = ProblemTitles.For(500), Detail = "处理请求时发生错误，已记录。请稍后重试或联系管理员。" };
        }

        if (problem.Status == StatusCodes.Status503ServiceUnavailable && exception is not Refusal)
        {
            if (log.IsEnabled(LogLevel.Warning))
            {
                log.LogWarning("Database unavailable on {Path}: {Error}", context.Request.Path, exception.GetBaseException().Message);
            }

            context.Response.Headers.RetryAfter = "5";
        }

        context.Response.StatusCode = problem.Status!.Value;
        if (!context.Request.Path.StartsWithSegments("/api"))
        {
            // Pages show the friendly error page instead of JSON.
            context.Response.Redirect("/error");
            return true;
        }

        return await problems.TryWriteAsync(new ProblemDetailsContext { HttpContext = context, ProblemDetails = problem, Exception = exception });
    }

    private static ProblemDetails BadRequest(BadHttpRequestException bad)
    {
        var json = FindJsonError(bad);
        var detail = json is not null
            ? $"请求体不是有效的 JSON，或字段类型不对：位置 {json.Path ?? "$"}（第 {json.LineNumber + 1} 行）。"
            : bad.StatusCode == StatusCodes.Status413PayloadTooLarge ? "请求体超过服务器允许的大小。"
            : bad.StatusCode == StatusCodes.Status415UnsupportedMediaType ? "请求的内容类型不受支持：请以 application/json 发送请求体（导入接口为 .xlsx 文件）。"
            : bad.Message.Contains("body", StringComparison.OrdinalIgnoreCase)
                ? "缺少请求体或内容类型不是 application/json。"
                : "请求参数无效：" + bad.Message;
        var problem = new ProblemDetails { Status = bad.StatusCode, Title = ProblemTitles.For(bad.StatusCode), Detail = detail };
        if (json?.Path is { } path)
        {
            problem.Extensions["errors"] = new Dictionary<string, string[]> { [path.TrimStart('$', '.')] = ["值无效或格式错误。"] };
        }

        return problem;
    }

    private static JsonException? FindJsonError(Exception? e)
    {
        for (; e is not null; e = e.InnerException)
        {
            if (e is JsonException j)
            {
                return j;
            }
        }

        return null;
    }
}

/// <summary>A bare status (401, 404, 405, …) on the API becomes problem details; pages get the friendly 404 page instead.</summary>
internal static class ApiOrPageStatus
{
    public static bool IsApi(HttpContext http) =>
        http.Request.Path.StartsWithSegments("/api") || http.Request.Path.StartsWithSegments("/openapi");

    public static async Task WriteProblem(StatusCodeContext context)
    {
        var http = context.HttpContext;
        var status = http.Response.StatusCode;
        var problems = http.RequestServices.GetRequiredService<IProblemDetailsService>();
        await problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = http,
            ProblemDetails = new ProblemDetails
            {
                Status = status,
                Title = ProblemTitles.For(status),
                Detail = status switch
                {
                    401 => "请先登录，或在 Authorization 头中提供有效的访问令牌。",
                    403 => "您的角色或所属机构无权访问该资源。",
                    404 => "接口不存在。",
                    405 => "该接口不支持此请求方法。",
                    413 => "请求体超过服务器允许的大小。",
                    429 => "请求过于频繁，请稍后再试。",
                    415 => "请求的内容类型不受支持：请以 application/json 发送请求体（导入接口为 .xlsx 文件）。",
                    _ => null,
                },
            },
        });
    }
}

internal static class SecurityHeaders
{
    /// <summary>
    /// The pages' policy: scripts only from this site (blazor.web.js, MudBlazor's script; no inline script, so no
    /// import map either), styles from this site plus inline ones (MudBlazor sets style attributes and injects its theme),
    /// the circuit's WebSocket to this site ('self' covers ws/wss of the same host), no framing, no plugins.
    /// </summary>
    public const string Policy =
        "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self' data:; "
        + "connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    /// <summary>The API reference (Scalar) configures itself with an inline module script and loads its fonts from its CDN; it shows no zone data.</summary>
    public const string ApiDocsPolicy =
        "default-src 'self'; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline' https:; img-src 'self' data: https:; font-src 'self' data: https:; "
        + "connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    public static Task Add(HttpContext context, Func<Task> next)
    {
        var headers = context.Response.Headers;
        headers.XContentTypeOptions = "nosniff";
        headers.XFrameOptions = "DENY";
        headers["Referrer-Policy"] = "strict-origin-when-cross-origin";
        headers["Permissions-Policy"] = "camera=(), microphone=(), geolocation=()";
        headers.ContentSecurityPolicy = context.Request.Path.StartsWithSegments("/api/docs") || context.Request.Path.StartsWithSegments("/scalar") ? ApiDocsPolicy : Policy;
        return next();
    }
}
