using System.Security.Claims;
using Gaoxin.Composition;
using Gaoxin.Data.Identity;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace Gaoxin.Web.Identity;

public static class IdentitySetup
{
    /// <summary>
    /// Chooses per request: an endpoint that names its own scheme (a module's machine credentials) gets it; else a Bearer
    /// token goes to the token handler, everything else to the sign-in cookie.
    /// </summary>
    public const string Scheme = "gaoxin";

    public static IServiceCollection AddGaoxinIdentity(this IServiceCollection services)
    {
        services.AddAuthentication(o =>
            {
                o.DefaultScheme = Scheme;
                o.DefaultChallengeScheme = Scheme;
                o.DefaultSignInScheme = IdentityConstants.ApplicationScheme;
            })
            .AddPolicyScheme(Scheme, "Cookie or token", o => o.ForwardDefaultSelector = ctx =>
                Gaoxin.Data.Http.OwnAuthentication.SchemeOf(ctx)
                ?? (ctx.Request.Headers.Authorization.ToString().StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase)
                    ? AccessTokenHandler.SchemeName
                    : IdentityConstants.ApplicationScheme))
            .AddScheme<AuthenticationSchemeOptions, AccessTokenHandler>(AccessTokenHandler.SchemeName, null)
            .AddIdentityCookies();

        services.ConfigureApplicationCookie(o =>
        {
            o.LoginPath = "/account/login";
            o.AccessDeniedPath = "/account/denied";
            o.Cookie.Name = ".Gaoxin.Session";
            o.Cookie.HttpOnly = true;
            o.Cookie.SameSite = SameSiteMode.Lax;
            o.ExpireTimeSpan = TimeSpan.FromHours(8);
            o.SlidingExpiration = true;
            // An API caller gets a status code, not a redirect to an HTML page.
            o.Events.OnRedirectToLogin = ctx => RedirectOrStatus(ctx, StatusCodes.Status401Unauthorized);
            o.Events.OnRedirectToAccessDenied = ctx => RedirectOrStatus(ctx, StatusCodes.Status403Forbidden);
            o.Events.OnValidatePrincipal = ValidateWhenDueAsync;
        });

        // A disabled user or a changed password ends other sessions within a minute.
        services.Configure<SecurityStampValidatorOptions>(o => o.ValidationInterval = TimeSpan.FromMinutes(1));

        services.AddSingleton<SessionStamps>();
        services.AddSingleton<TokenScopes>();
        services.AddGaoxinIdentityCore()
            .AddSignInManager()
            .AddDefaultTokenProviders()
            .AddClaimsPrincipalFactory<GaoxinClaimsFactory>();

        services.AddAuthorizationBuilder()
            .SetFallbackPolicy(new Microsoft.AspNetCore.Authorization.AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build());
        return services;
    }

    /// <summary>
    /// Identity's security-stamp check, asked only once the interval has passed. Its validator pulls in the sign-in and
    /// user managers, which cost a visible share of every request's CPU although they skip the check itself until then.
    /// </summary>
    private static async Task ValidateWhenDueAsync(Microsoft.AspNetCore.Authentication.Cookies.CookieValidatePrincipalContext ctx)
    {
        if (!await SessionStamps.ValidateAsync(ctx))
        {
            return;
        }

        var services = ctx.HttpContext.RequestServices;
        var interval = services.GetRequiredService<IOptionsMonitor<SecurityStampValidatorOptions>>().CurrentValue.ValidationInterval;
        var now = services.GetRequiredService<TimeProvider>().GetUtcNow();
        if (ctx.Properties.IssuedUtc is not { } issued || now - issued > interval)
        {
            await SecurityStampValidator.ValidatePrincipalAsync(ctx);
        }
    }

    private static Task RedirectOrStatus(Microsoft.AspNetCore.Authentication.RedirectContext<Microsoft.AspNetCore.Authentication.Cookies.CookieAuthenticationOptions> ctx, int status)
    {
        if (ctx.Request.Path.StartsWithSegments("/api") || ctx.Request.Path.StartsWithSegments("/openapi"))
        {
            ctx.Response.StatusCode = status;
            return Task.CompletedTask;
        }

        ctx.Response.Redirect(ctx.RedirectUri);
        return Task.CompletedTask;
    }
}

/// <summary>Adds the user's organisation, zone and display name to the principal, so every request knows them without a query.</summary>
internal sealed class GaoxinClaimsFactory(UserManager<GaoxinUser> users, RoleManager<IdentityRole> roles, IOptions<IdentityOptions> options)
    : UserClaimsPrincipalFactory<GaoxinUser, IdentityRole>(users, roles, options)
{
    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(GaoxinUser user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        identity.AddClaim(new Claim(GaoxinClaims.DisplayName, user.DisplayName));
        identity.AddClaim(new Claim(GaoxinClaims.Zone, user.ZoneId.ToString()));
        if (user.OrganisationId is { } org)
        {
            identity.AddClaim(new Claim(GaoxinClaims.Organisation, org.ToString()));
        }

        return identity;
    }
}
