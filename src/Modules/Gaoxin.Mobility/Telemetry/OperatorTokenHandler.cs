using System.Security.Claims;
using System.Text.Encodings.Web;
using Gaoxin.Data;
using Gaoxin.Data.Identity;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Gaoxin.Mobility.Telemetry;

/// <summary>
/// Authenticates the MDS agency endpoints by "Authorization: Bearer gxo_…": the principal is the token's operator
/// organisation in its zone (no person, no role). Unknown, malformed or revoked tokens fail; the challenge is a 401
/// that the host turns into problem details.
/// </summary>
internal sealed class OperatorTokenHandler(IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder, GaoxinDbContext db)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "mobility-operator";

    /// <summary>The claim naming the token (its id) on the principal.</summary>
    public const string TokenClaim = "gaoxin:operator-token";

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var header = Request.Headers.Authorization.ToString();
        if (!header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
        {
            return AuthenticateResult.NoResult();
        }

        var token = header["Bearer ".Length..].Trim();
        if (!token.StartsWith(OperatorToken.Prefix, StringComparison.Ordinal) || token.Length > 100)
        {
            return AuthenticateResult.Fail("运营企业令牌格式无效。");
        }

        var hash = OperatorToken.HashOf(token);
        var stored = await db.Set<OperatorToken>().AsNoTracking()
            .Where(t => t.Hash == hash && t.RevokedAt == null)
            .Select(t => new { t.Id, t.ZoneId, t.OperatorId, t.Hint })
            .FirstOrDefaultAsync(Context.RequestAborted);
        if (stored is null)
        {
            return AuthenticateResult.Fail("运营企业令牌无效或已撤销。");
        }

        var identity = new ClaimsIdentity(
        [
            new Claim(ClaimTypes.NameIdentifier, "operator-token:" + stored.Id),
            new Claim(ClaimTypes.Name, stored.Hint + "…"),
            new Claim(GaoxinClaims.Zone, stored.ZoneId.Value.ToString()),
            new Claim(GaoxinClaims.Organisation, stored.OperatorId.ToString()),
            new Claim(TokenClaim, stored.Id.ToString()),
        ], SchemeName);
        return AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), SchemeName));
    }

    protected override Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        Response.StatusCode = StatusCodes.Status401Unauthorized;
        Response.Headers.WWWAuthenticate = "Bearer";
        return Task.CompletedTask;
    }
}
