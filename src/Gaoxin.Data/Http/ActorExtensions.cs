using System.Security.Claims;
using Gaoxin.Data.Identity;
using Gaoxin.Kernel.Access;

namespace Gaoxin.Data.Http;

public static class ActorExtensions
{
    /// <summary>Reads the acting user from the claims the platform issues at sign-in (cookie or token).</summary>
    public static Actor ToActor(this ClaimsPrincipal principal)
    {
        var id = principal.FindFirstValue(ClaimTypes.NameIdentifier) ?? string.Empty;
        var name = principal.FindFirstValue(GaoxinClaims.DisplayName) ?? principal.Identity?.Name ?? id;
        var roles = principal.FindAll(ClaimTypes.Role).Select(c => c.Value).ToHashSet();
        var org = Guid.TryParse(principal.FindFirstValue(GaoxinClaims.Organisation), out var o) ? o : (Guid?)null;
        var zone = Guid.TryParse(principal.FindFirstValue(GaoxinClaims.Zone), out var z) ? z : Guid.Empty;
        return new Actor(id, name, roles, org, zone);
    }
}
