using System.Security.Claims;
using Gaoxin.Data.Modules;
using Gaoxin.Web.Hosting;

namespace Gaoxin.Web.Identity;

/// <summary>
/// What a personal access token may do: read or write per module ("enterprises:read", "funding:write", …) and for the
/// platform's own API ("platform:read" for /me, organisations, admin). A request's module is its path's segment after
/// /api/v1; GET and HEAD need read, every other method write. A token never stands in for a person beyond its scopes.
/// </summary>
public sealed class TokenScopes(IEnumerable<IGaoxinModule> modules)
{
    public const string Platform = "platform";

    /// <summary>Claim carried by a principal authenticated by token, once per scope.</summary>
    public const string ClaimType = "gaoxin:scope";

    /// <summary>Scope stored for tokens made before scopes existed: all that the user may.</summary>
    public const string Legacy = "*";

    private readonly string[] _areas = [Platform, .. modules.Select(m => m.Key)];

    /// <summary>The areas a token can be scoped to: the platform, then the registered modules.</summary>
    public IReadOnlyList<string> Areas => _areas;

    public IReadOnlyList<string> All => [.. _areas.SelectMany(a => new[] { Read(a), Write(a) })];

    public IReadOnlyList<string> AllRead => [.. _areas.Select(Read)];

    public static string Read(string area) => area + ":read";

    public static string Write(string area) => area + ":write";

    public bool IsKnown(string scope) => All.Contains(scope, StringComparer.Ordinal);

    /// <summary>The scope a request needs: its module (or the platform) and read or write by method.</summary>
    public string Required(HttpRequest request)
    {
        var area = Platform;
        var path = request.Path;
        if (path.StartsWithSegments("/api/v1", out var rest))
        {
            var segment = rest.Value?.TrimStart('/').Split('/', 2)[0];
            if (segment is not null && _areas.Contains(segment, StringComparer.Ordinal))
            {
                area = segment;
            }
        }

        return HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method) ? Read(area) : Write(area);
    }

    public static bool ByToken(ClaimsPrincipal user) =>
        user.Identities.Any(i => i.IsAuthenticated && i.AuthenticationType == AccessTokenHandler.SchemeName);

    /// <summary>Middleware: a token-authenticated request outside its token's scopes is refused with 403.</summary>
    public static async Task Check(HttpContext context, Func<Task> next)
    {
        var user = context.User;
        if (ByToken(user))
        {
            var scopes = context.RequestServices.GetRequiredService<TokenScopes>();
            var required = scopes.Required(context.Request);
            if (!user.HasClaim(ClaimType, Legacy) && !user.HasClaim(ClaimType, required))
            {
                context.Response.StatusCode = StatusCodes.Status403Forbidden;
                var problems = context.RequestServices.GetRequiredService<IProblemDetailsService>();
                await problems.WriteAsync(new ProblemDetailsContext
                {
                    HttpContext = context,
                    ProblemDetails = new Microsoft.AspNetCore.Mvc.ProblemDetails
                    {
                        Status = StatusCodes.Status403Forbidden,
                        Title = ProblemTitles.For(StatusCodes.Status403Forbidden),
                        Detail = $"访问令牌没有 {required} 权限。",
                    },
                });
                return;
            }
        }

        await next();
    }
}
