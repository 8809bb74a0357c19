using System.Net;
using System.Threading.RateLimiting;
using Gaoxin.Web.Identity;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.AspNetCore.Mvc;

namespace Gaoxin.Web.Hosting;

/// <summary>
/// Failed sign-ins and failed token checks per client address (after forwarded headers), counted by a fixed-window
/// rate limiter: once an address has used its failures in the window, it is refused with 429 before any password or token
/// is checked. Only failures count, so people behind one address who sign in correctly are never slowed.
/// </summary>
public sealed class SignInThrottle : IDisposable
{
    public const string SectionName = "Security:SignInThrottle";

    private readonly PartitionedRateLimiter<string> _failures;

    public SignInThrottle(Microsoft.Extensions.Options.IOptions<SignInThrottleOptions> options)
    {
        var o = options.Value;
        _failures = PartitionedRateLimiter.Create<string, string>(key => RateLimitPartition.GetFixedWindowLimiter(key, _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = o.FailuresPerWindow,
            Window = TimeSpan.FromSeconds(o.WindowSeconds),
            QueueLimit = 0,
            AutoReplenishment = true,
        }));
    }

    /// <summary>Whether the address has no failures left in this window (asking costs nothing).</summary>
    public bool IsBlocked(string kind, HttpContext http)
    {
        using var lease = _failures.AttemptAcquire(Key(kind, http), 0);
        return !lease.IsAcquired;
    }

    public void Failed(string kind, HttpContext http) => _failures.AttemptAcquire(Key(kind, http)).Dispose();

    public void Dispose() => _failures.Dispose();

    private static string Key(string kind, HttpContext http) => kind + "|" + (http.Connection.RemoteIpAddress?.ToString() ?? "unknown");

    public const string SignIn = "sign-in";

    public const string Token = "token";

    public const string Message = "失败次数过多，请稍后再试。";
}

public sealed class SignInThrottleOptions
{
    /// <summary>Failed attempts an address may make per window (sign-ins and token checks are counted apart).</summary>
    public int FailuresPerWindow { get; set; } = 20;

    public int WindowSeconds { get; set; } = 300;
}

/// <summary>
/// Cross-site request forgery on the API: a cookie-authenticated unsafe request (POST, PUT, PATCH, DELETE under /api)
/// whose Origin (or, without one, Referer) names another host, or whose Sec-Fetch-Site says cross-site, is refused with
/// 403. Browsers send Origin on every such request, so another site's form cannot act as the signed-in user; scripts and
/// other programs send neither and are let through, as are token-authenticated calls (a token is not sent by a browser
/// on its own).
/// </summary>
internal static class OriginCheck
{
    public static async Task Check(HttpContext context, Func<Task> next)
    {
        var request = context.Request;
        if (ApiOrPageStatus.IsApi(context) && !IsSafe(request.Method) && context.User.Identity?.IsAuthenticated == true
            && !TokenScopes.ByToken(context.User) && IsCrossSite(request))
        {
            context.Response.StatusCode = StatusCodes.Status403Forbidden;
            await context.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(new ProblemDetailsContext
            {
                HttpContext = context,
                ProblemDetails = new ProblemDetails
                {
                    Status = StatusCodes.Status403Forbidden,
                    Title = ProblemTitles.For(StatusCodes.Status403Forbidden),
                    Detail = "请求来自其他网站，已拒绝：请在本平台的页面中操作，脚本请使用访问令牌。",
                },
            });
            return;
        }

        await next();
    }

    private static bool IsSafe(string method) =>
        HttpMethods.IsGet(method) || HttpMethods.IsHead(method) || HttpMethods.IsOptions(method) || HttpMethods.IsTrace(method);

    internal static bool IsCrossSite(HttpRequest request)
    {
        var fetchSite = request.Headers["Sec-Fetch-Site"].ToString();
        if (fetchSite is "cross-site" or "same-site")
        {
            return true;
        }

        var origin = request.Headers.Origin.ToString();
        if (origin.Length > 0)
        {
            return !SameHost(origin, request);
        }

        var referer = request.Headers.Referer.ToString();
        return referer.Length > 0 && !SameHost(referer, request);
    }

    // "null" (a sandboxed or file page) and anything unparsable count as another site.
    private static bool SameHost(string url, HttpRequest request) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && string.Equals(uri.Authority, request.Host.Value, StringComparison.OrdinalIgnoreCase);
}

/// <summary>Behind a TLS-terminating proxy: X-Forwarded-For/Proto are believed only from the proxies the settings name.</summary>
internal static class ForwardedHeadersSetup
{
    /// <summary>
    /// Hosting:KnownProxies (addresses) and Hosting:KnownNetworks (CIDR), comma-separated, from settings or the environment
    /// (Hosting__KnownProxies); none named: loopback only, a proxy on the same machine.
    /// </summary>
    public static IServiceCollection AddGaoxinForwardedHeaders(this IServiceCollection services, IConfiguration configuration)
    {
        var proxies = List(configuration["Hosting:KnownProxies"]);
        var networks = List(configuration["Hosting:KnownNetworks"]);
        services.Configure<ForwardedHeadersOptions>(o =>
        {
            o.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            if (proxies.Length > 0 || networks.Length > 0)
            {
                o.KnownProxies.Clear();
                o.KnownIPNetworks.Clear();
                foreach (var proxy in proxies)
                {
                    o.KnownProxies.Add(IPAddress.Parse(proxy));
                }

                foreach (var network in networks)
                {
                    o.KnownIPNetworks.Add(System.Net.IPNetwork.Parse(network));
                }
            }
        });
        return services;
    }

    private static string[] List(string? value) => (value ?? string.Empty).Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
