using System.Security.Claims;
using Gaoxin.Data.Http;
using Gaoxin.Kernel.Paging;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Gaoxin.Capital.Registry;

/// <summary>Handlers of the investor and fund registry; refusals come from <see cref="RegistryDesk"/>.</summary>
internal static class RegistryApi
{
    public static async Task<Ok<Page<InvestorView>>> Investors(ClaimsPrincipal user, RegistryDesk desk, CancellationToken ct, string? q = null, int? page = null, int? size = null) =>
        TypedResults.Ok(await desk.InvestorsAsync(user.ToActor(), q, new PageRequest(page, size), ct));

    public static async Task<Created<InvestorView>> AddInvestor(InvestorInput input, ClaimsPrincipal user, RegistryDesk desk, CancellationToken ct)
    {
        var view = await desk.AddInvestorAsync(user.ToActor(), input, ct);
        return TypedResults.Created($"/api/v1/capital/investors/{view.Id}", view);
    }

    public static async Task<Ok<IReadOnlyList<FundView>>> Funds(ClaimsPrincipal user, RegistryDesk desk, CancellationToken ct) =>
        TypedResults.Ok(await desk.FundsAsync(user.ToActor(), ct));

    public static async Task<Created<FundView>> AddFund(FundInput input, ClaimsPrincipal user, RegistryDesk desk, CancellationToken ct)
    {
        var view = await desk.AddFundAsync(user.ToActor(), input, ct);
        return TypedResults.Created($"/api/v1/capital/funds/{view.Id}", view);
    }
}
