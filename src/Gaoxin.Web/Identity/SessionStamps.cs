using System.Collections.Concurrent;
using System.Security.Claims;
using Gaoxin.Data;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Gaoxin.Web.Identity;

/// <summary>
/// Every cookie request's security stamp against the user's current one, so a session ended by sign-out (which renews
/// the stamp) is refused at once, even when its cookie is replayed. The stamps are kept in memory for a minute and
/// forgotten by this process's sign-out, so a request costs a query at most once a minute per user; another process's
/// sign-out (or a disabled user) is caught within that minute, as the full security-stamp check does.
/// </summary>
public sealed class SessionStamps(TimeProvider clock)
{
    private static readonly TimeSpan Keep = TimeSpan.FromMinutes(1);

    private readonly ConcurrentDictionary<string, (string? Stamp, DateTimeOffset Until)> _stamps = new(StringComparer.Ordinal);

    public void Forget(string userId) => _stamps.TryRemove(userId, out _);

    public async Task<bool> IsCurrentAsync(ClaimsPrincipal user, HttpContext http)
    {
        var services = http.RequestServices;
        var stampType = services.GetRequiredService<IOptions<IdentityOptions>>().Value.ClaimsIdentity.SecurityStampClaimType;
        var userId = user.FindFirstValue(ClaimTypes.NameIdentifier);
        var stamp = user.FindFirstValue(stampType);
        if (userId is null || stamp is null)
        {
            return false;
        }

        var now = clock.GetUtcNow();
        if (!_stamps.TryGetValue(userId, out var known) || known.Until <= now)
        {
            var db = services.GetRequiredService<GaoxinDbContext>();
            var current = await db.Users.AsNoTracking().Where(u => u.Id == userId && !u.IsDisabled).Select(u => u.SecurityStamp).FirstOrDefaultAsync(http.RequestAborted);
            known = (current, now + Keep);
            _stamps[userId] = known;
        }

        return known.Stamp == stamp;
    }

    /// <summary>The cookie's validation: a stale stamp ends the session (401 for the API, the sign-in page for pages).</summary>
    public static async Task<bool> ValidateAsync(CookieValidatePrincipalContext ctx)
    {
        var stamps = ctx.HttpContext.RequestServices.GetRequiredService<SessionStamps>();
        if (ctx.Principal is { } principal && await stamps.IsCurrentAsync(principal, ctx.HttpContext))
        {
            return true;
        }

        ctx.RejectPrincipal();
        await ctx.HttpContext.SignOutAsync(IdentityConstants.ApplicationScheme);
        return false;
    }
}
