using Gaoxin.Data.Identity;
using Microsoft.AspNetCore.Antiforgery;
using Gaoxin.Web.Hosting;
using Gaoxin.Web.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Localization;

namespace Gaoxin.Web.Api;

/// <summary>Sign-out (a form post, antiforgery-checked) and the language switch.</summary>
public static class AccountEndpoints
{
    public static void Map(IEndpointRouteBuilder app)
    {
        // The form carries an antiforgery token; a post without it (another site's form) signs nobody out.
        app.MapPost("/account/logout", async Task<IResult> (HttpContext http, IAntiforgery antiforgery, SignInManager<GaoxinUser> signIn, UserManager<GaoxinUser> users, SessionStamps stamps) =>
        {
            if (!await antiforgery.IsRequestValidAsync(http))
            {
                return Results.Problem(title: "请求数据有误", detail: "表单已过期或来源无效，请刷新页面后重试。", statusCode: StatusCodes.Status400BadRequest);
            }

            // A new security stamp ends this session on the server too: its cookie, replayed, is refused (SessionStamps).
            if (await users.GetUserAsync(http.User) is { } user)
            {
                await users.UpdateSecurityStampAsync(user);
                stamps.Forget(user.Id);
            }

            await signIn.SignOutAsync();
            return Results.LocalRedirect("/account/login");
        });

        app.MapGet("/culture/set", (HttpContext http, TimeProvider clock, string culture, string? returnUrl) =>
        {
            if (!GaoxinWebHost.Cultures.Any(c => c.Name == culture))
            {
                return Results.Problem(title: "请求数据有误", detail: $"不支持的语言：{culture}。", statusCode: 400);
            }

            http.Response.Cookies.Append(
                GaoxinWebHost.CultureCookie,
                CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(culture)),
                new CookieOptions { Expires = clock.GetUtcNow().AddYears(1), HttpOnly = true, SameSite = SameSiteMode.Lax, IsEssential = true });
            return Results.LocalRedirect(IsLocal(returnUrl) ? returnUrl! : "/");
        }).AllowAnonymous();
    }

    public static bool IsLocal(string? url) =>
        !string.IsNullOrEmpty(url) && url.StartsWith('/') && !url.StartsWith("//", StringComparison.Ordinal) && !url.StartsWith("/\\", StringComparison.Ordinal);
}
