using System.Security.Claims;
using Gaoxin.Data.Http;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Gaoxin.Services.ServicePage;

/// <summary>The enterprise's one service page (一企一页).</summary>
public static class ServicePageApi
{
    public static async Task<Ok<EnterpriseServicePageView>> Get(ClaimsPrincipal user, EnterpriseServicePage page, Guid id, CancellationToken ct) =>
        TypedResults.Ok(await page.ForAsync(user.ToActor(), id, ct));
}
