using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;
using System.Text.Encodings.Web;
using Gaoxin.Data;
using Gaoxin.Data.Identity;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Gaoxin.Web.Identity;

/// <summary>Personal access tokens: "gx_" + 32 random bytes; the database keeps only the SHA-256 hash.</summary>
public static class AccessTokens
{
    public const string Prefix = "gx_";

    public static string NewToken() => Prefix + Base64UrlEncode(RandomNumberGenerator.GetBytes(32));

    public static string Hash(string token) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token)));

    private static string Base64UrlEncode(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}

/// <summary>Authenticates "Authorization: Bearer gx_…"; an unknown, revoked or expired token, or a disabled user, fails with 401.</summary>
internal sealed class AccessTokenHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options,
    ILoggerFactory logger,
    UrlEncoder encoder,
    GaoxinDbContext db,
    UserManager<GaoxinUser> users,
    IUserClaimsPrincipalFactory<GaoxinUser> principals,
    TimeProvider clock,
    Gaoxin.Web.Hosting.SignInThrottle throttle)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "token";

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var header = Request.Headers.Authorization.ToString();
        if (!header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
        {
            return AuthenticateResult.NoResult();
        }

        // An address that keeps guessing is refused before its token is even looked up (429 in the challenge).
        if (throttle.IsBlocked(Gaoxin.Web.Hosting.SignInThrottle.Token, Context))
        {
            Context.Items[ThrottledKey] = true;
            return AuthenticateResult.Fail(Gaoxin.Web.Hosting.SignInThrottle.Message);
        }

        var result = await CheckAsync(header);
        if (!result.Succeeded)
        {
            throttle.Failed(Gaoxin.Web.Hosting.SignInThrottle.Token, Context);
        }

        return result;
    }

    private const string ThrottledKey = "gaoxin:token-throttled";

    private async Task<AuthenticateResult> CheckAsync(string header)
    {
        var token = header["Bearer ".Length..].Trim();
        if (!token.StartsWith(AccessTokens.Prefix, StringComparison.Ordinal) || token.Length > 100)
        {
            return AuthenticateResult.Fail("令牌格式无效。");
        }

        var hash = AccessTokens.Hash(token);
        var stored = await db.AccessTokens.AsNoTracking().FirstOrDefaultAsync(t => t.TokenHash == hash, Context.RequestAborted);
        var now = clock.GetUtcNow();
        if (stored is null || stored.RevokedAt is not null || stored.ExpiresAt <= now)
        {
            return AuthenticateResult.Fail("令牌无效、已撤销或已过期。");
        }

        var user = await users.FindByIdAsync(stored.UserId);
        if (user is null || user.IsDisabled)
        {
            return AuthenticateResult.Fail("令牌所属用户已停用。");
        }

        // The identity is the token's, not the session's: it carries the token's scopes, and TokenScopes.ByToken knows it.
        var person = (await principals.CreateAsync(user)).Identities.First();
        var identity = new ClaimsIdentity(person.Claims, SchemeName, person.NameClaimType, person.RoleClaimType);
        foreach (var scope in stored.Scopes.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            identity.AddClaim(new Claim(TokenScopes.ClaimType, scope));
        }

        return AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), SchemeName));
    }

    protected override async Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        if (Context.Items.ContainsKey(ThrottledKey))
        {
            Response.StatusCode = StatusCodes.Status429TooManyRequests;
            Response.Headers.RetryAfter = "60";
            await Context.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(new ProblemDetailsContext
            {
                HttpContext = Context,
                ProblemDetails = new Microsoft.AspNetCore.Mvc.ProblemDetails
                {
                    Status = StatusCodes.Status429TooManyRequests,
                    Title = Gaoxin.Web.Hosting.ProblemTitles.For(StatusCodes.Status429TooManyRequests),
                    Detail = "此地址的令牌验证失败次数过多，请稍后再试。",
                },
            });
            return;
        }

        Response.StatusCode = StatusCodes.Status401Unauthorized;
        Response.Headers.WWWAuthenticate = "Bearer";
    }
}
