using System.Diagnostics;
using System.Net;
using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;
using Gaoxin.Data.Operations;
using Npgsql;
using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace Gaoxin.Web.Hosting;

/// <summary>
/// Traces and metrics through OpenTelemetry (ASP.NET Core, HttpClient, Npgsql, the runtime, and the app's own meter
/// "Gaoxin"), scraped by Prometheus at <c>/metrics</c>; exported over OTLP only when OTEL_EXPORTER_OTLP_ENDPOINT is set.
/// </summary>
public static class Observability
{
    public const string MetricsPath = "/metrics";

    /// <summary>The bearer token a scraper from another host presents (from the environment: Gaoxin__Metrics__Token).</summary>
    public const string TokenSetting = "Gaoxin:Metrics:Token";

    public static WebApplicationBuilder AddGaoxinObservability(this WebApplicationBuilder builder)
    {
        var telemetry = builder.Services.AddOpenTelemetry()
            .ConfigureResource(r => r.AddService("gaoxin"))
            .WithTracing(t => t.AddAspNetCoreInstrumentation().AddHttpClientInstrumentation().AddNpgsql())
            .WithMetrics(m => m
                .AddAspNetCoreInstrumentation()
                .AddHttpClientInstrumentation()
                .AddRuntimeInstrumentation()
                .AddNpgsqlInstrumentation()
                .AddMeter(GaoxinMetrics.MeterName)
                // A scrape sees the counters as they are now (scrapes are seconds apart; nothing to save by caching).
                .AddPrometheusExporter(o => o.ScrapeResponseCacheDurationMilliseconds = 0));
        if (!string.IsNullOrWhiteSpace(builder.Configuration["OTEL_EXPORTER_OTLP_ENDPOINT"]))
        {
            telemetry.UseOtlpExporter();
        }

        return builder;
    }

    /// <summary>The scrape endpoint behind <see cref="MetricsAccess.Gate"/>.</summary>
    public static void MapGaoxinMetrics(this WebApplication app) =>
        app.MapPrometheusScrapingEndpoint(MetricsPath).AllowAnonymous();
}

/// <summary>Who may scrape <c>/metrics</c>: the machine itself (loopback), or a scraper with the configured bearer token.</summary>
public static class MetricsAccess
{
    public enum Decision
    {
        Allow,

        /// <summary>No token is configured and the caller is not local: the endpoint does not exist for them.</summary>
        NotFound,

        /// <summary>A token is configured and the caller is neither local nor presents it.</summary>
        Unauthorized,
    }

    /// <param name="peer">The caller's address after the trusted proxy's X-Forwarded-For (so a proxied outsider is not "local").</param>
    /// <param name="authorization">The Authorization header as sent.</param>
    /// <param name="token">The configured scrape token, or null/empty for none.</param>
    public static Decision Decide(IPAddress? peer, string? authorization, string? token)
    {
        var hasToken = !string.IsNullOrEmpty(token);
        if (hasToken && authorization is { } header && header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase)
            && CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(header["Bearer ".Length..].Trim()), Encoding.UTF8.GetBytes(token!)))
        {
            return Decision.Allow;
        }

        if (peer is not null && IPAddress.IsLoopback(peer.IsIPv4MappedToIPv6 ? peer.MapToIPv4() : peer))
        {
            return Decision.Allow;
        }

        return hasToken ? Decision.Unauthorized : Decision.NotFound;
    }

    /// <summary>Middleware, after the forwarded headers: refuses a scrape that <see cref="Decide"/> does not allow.</summary>
    public static Func<HttpContext, Func<Task>, Task> Gate(IConfiguration configuration) => (context, next) =>
    {
        if (!context.Request.Path.Equals(Observability.MetricsPath, StringComparison.OrdinalIgnoreCase))
        {
            return next();
        }

        switch (Decide(context.Connection.RemoteIpAddress, context.Request.Headers.Authorization, configuration[Observability.TokenSetting]))
        {
            case Decision.Allow:
                return next();
            case Decision.Unauthorized:
                context.Response.StatusCode = StatusCodes.Status401Unauthorized;
                context.Response.Headers.WWWAuthenticate = "Bearer";
                return Task.CompletedTask;
            default:
                context.Response.StatusCode = StatusCodes.Status404NotFound;
                return Task.CompletedTask;
        }
    };
}

/// <summary>
/// One log scope for the whole request, opened before anything else so that every line (the exception handler's
/// included) carries it: the trace id (the request id of the logs, the same as the trace's) and the acting user's id
/// and role, read when the line is written, so they are known once authentication has run. Never the e-mail or name.
/// </summary>
public sealed class RequestLogScope(HttpContext context, string traceId) : IReadOnlyList<KeyValuePair<string, object?>>
{
    public int Count => 3;

    public KeyValuePair<string, object?> this[int index] => index switch
    {
        0 => new("TraceId", traceId),
        1 => new("UserId", context.User.FindFirstValue(ClaimTypes.NameIdentifier) ?? "anonymous"),
        2 => new("UserRole", context.User.FindFirstValue(ClaimTypes.Role) ?? "none"),
        _ => throw new ArgumentOutOfRangeException(nameof(index)),
    };

    public static async Task Begin(HttpContext context, Func<Task> next)
    {
        var logger = context.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger("Gaoxin.Web.Requests");
        var traceId = Activity.Current?.TraceId.ToHexString() ?? context.TraceIdentifier;
        using (logger.BeginScope(new RequestLogScope(context, traceId)))
        {
            await next();
        }
    }

    public IEnumerator<KeyValuePair<string, object?>> GetEnumerator()
    {
        for (var i = 0; i < Count; i++)
        {
            yield return this[i];
        }
    }

    System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();

    public override string ToString() => $"TraceId:{this[0].Value} UserId:{this[1].Value} UserRole:{this[2].Value}";
}
