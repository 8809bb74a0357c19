using System.Security.Claims;
using Gaoxin.Data.Audit;
using Gaoxin.Data.Http;
using Gaoxin.Data.Identity;

namespace Gaoxin.Web.Identity;

/// <summary>
/// Names the acting user (e-mail and id) for the audit: the page's user first, then the request's; a request without a
/// signed-in user (a sign-in attempt) is the visitor, and work outside any request (start-up seeding) is the system.
/// </summary>
internal sealed class HttpAuditActor(IHttpContextAccessor accessor, CurrentPrincipal current) : IAuditActor
{
    private ClaimsPrincipal? User => current.User ?? accessor.HttpContext?.User;

    public string Name
    {
        get
        {
            var user = User;
            if (user?.Identity?.IsAuthenticated != true)
            {
                return accessor.HttpContext is null ? AuditActors.System : AuditActors.Visitor;
            }

            return $"{user.Identity.Name} ({user.FindFirstValue(ClaimTypes.NameIdentifier)})";
        }
    }

    public Guid? ZoneId => Guid.TryParse(User?.FindFirstValue(GaoxinClaims.Zone), out var zone) ? zone : null;
}
