using System.Globalization;
using System.Security.Claims;
using Gaoxin.Data.Http;
using Gaoxin.Kernel.Paging;
using Gaoxin.Scenes.Deals;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Gaoxin.Scenes.TechContracts;

/// <summary>Handlers of technology contracts (技术合同); refusals come from <see cref="ContractRegistry"/> and its rules.</summary>
internal static class ContractsApi
{
    public static async Task<Ok<Page<ContractView>>> List(ClaimsPrincipal user, ContractRegistry registry, CancellationToken ct, TechContractKind? kind = null,
        bool? registered = null, int? year = null, string? q = null, int? page = null, int? pageSize = null) =>
        TypedResults.Ok(await registry.ListAsync(user.ToActor(), new ContractFilter(kind, registered, year, q), DealsApi.Paging(page, pageSize), ct));

    public static async Task<IResult> Export(ClaimsPrincipal user, ContractRegistry registry, TimeProvider clock, CancellationToken ct, TechContractKind? kind = null,
        bool? registered = null, int? year = null, string? q = null)
    {
        var actor = user.ToActor();
        var filter = new ContractFilter(kind, registered, year, q);
        var rows = await Gaoxin.Kernel.Paging.Pages.AllAsync(p => registry.ListAsync(actor, filter, p, ct));
        return await ExcelExport.FileAsync(rows.Select((c, n) => new Dictionary<string, object?>
        {
            ["序号"] = n + 1,
            ["合同名称"] = c.Title,
            ["合同类型"] = ContractLabels.Of(c.Kind),
            ["买方"] = c.BuyerName,
            ["卖方"] = c.SellerName,
            ["合同成交额（元）"] = c.Amount,
            ["技术交易额（元）"] = c.TechnologyAmount,
            ["签订日期"] = c.SignedOn.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            ["登记号"] = c.RegistrationNumber ?? string.Empty,
            ["登记日期"] = c.RegisteredOn?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? string.Empty,
            ["分期数"] = c.Payments.Count,
        }), "技术合同", clock, ct);
    }

    public static async Task<Ok<ContractView>> Get(Guid id, ClaimsPrincipal user, ContractRegistry registry, CancellationToken ct) =>
        TypedResults.Ok(await registry.GetAsync(user.ToActor(), id, ct));

    public static async Task<Created<ContractView>> Create(ContractInput input, ClaimsPrincipal user, ContractRegistry registry, CancellationToken ct)
    {
        var contract = await registry.CreateAsync(user.ToActor(), input, ct);
        return TypedResults.Created($"/api/v1/scenes/contracts/{contract.Id}", contract);
    }

    public static async Task<Ok<ContractView>> Register(Guid id, RegisterContractInput input, ClaimsPrincipal user, ContractRegistry registry, CancellationToken ct) =>
        TypedResults.Ok(await registry.RegisterAsync(user.ToActor(), id, input, ct));
}
