using System.Security.Claims;
using Gaoxin.Contracts;
using Gaoxin.Data.Http;
using Gaoxin.Kernel.Paging;
using Gaoxin.Scenes.Demands;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Gaoxin.Scenes.Supply;

/// <summary>Handlers of products and experts; refusals come from <see cref="SupplyBook"/>.</summary>
internal static class SupplyApi
{
    public static async Task<Ok<Page<ProductView>>> Products(ClaimsPrincipal user, SupplyBook book, CancellationToken ct, string? q = null, ZoneIndustry? industry = null,
        Guid? organisationId = null, bool? includeWithdrawn = null, int? page = null, int? pageSize = null) =>
        TypedResults.Ok(await book.ProductsAsync(user.ToActor(), q, industry, organisationId, includeWithdrawn == true, DemandsApi.Paging(page, pageSize), ct));

    public static async Task<IResult> ExportProducts(ClaimsPrincipal user, SupplyBook book, TimeProvider clock, CancellationToken ct, string? q = null,
        ZoneIndustry? industry = null, Guid? organisationId = null, bool? includeWithdrawn = null)
    {
        var actor = user.ToActor();
        var rows = await Gaoxin.Kernel.Paging.Pages.AllAsync(p => book.ProductsAsync(actor, q, industry, organisationId, includeWithdrawn == true, p, ct));
        return await ExcelExport.FileAsync(rows.Select(SupplyBook.ExportRow), "产品供给", clock, ct);
    }

    public static async Task<Ok<ProductView>> Product(Guid id, ClaimsPrincipal user, SupplyBook book, CancellationToken ct) =>
        TypedResults.Ok(await book.ProductAsync(user.ToActor(), id, ct));

    public static async Task<Created<ProductView>> ListProduct(ProductInput input, ClaimsPrincipal user, SupplyBook book, CancellationToken ct)
    {
        var view = await book.ListProductAsync(user.ToActor(), input, ct);
        return TypedResults.Created($"/api/v1/scenes/products/{view.Id}", view);
    }

    public static async Task<Ok<ProductView>> EditProduct(Guid id, ProductInput input, ClaimsPrincipal user, SupplyBook book, CancellationToken ct) =>
        TypedResults.Ok(await book.EditProductAsync(user.ToActor(), id, input, ct));

    public static async Task<Ok<ProductView>> WithdrawProduct(Guid id, ClaimsPrincipal user, SupplyBook book, CancellationToken ct) =>
        TypedResults.Ok(await book.WithdrawProductAsync(user.ToActor(), id, ct));

    public static async Task<Ok<Page<ExpertView>>> Experts(ClaimsPrincipal user, SupplyBook book, CancellationToken ct, string? q = null, ZoneIndustry? industry = null,
        int? page = null, int? pageSize = null) =>
        TypedResults.Ok(await book.ExpertsAsync(user.ToActor(), q, industry, DemandsApi.Paging(page, pageSize), ct));

    public static async Task<IResult> ExportExperts(ClaimsPrincipal user, SupplyBook book, TimeProvider clock, CancellationToken ct, string? q = null, ZoneIndustry? industry = null)
    {
        var actor = user.ToActor();
        var rows = await Gaoxin.Kernel.Paging.Pages.AllAsync(p => book.ExpertsAsync(actor, q, industry, p, ct));
        return await ExcelExport.FileAsync(rows.Select(SupplyBook.ExportRow), "专家库", clock, ct);
    }

    public static async Task<Created<ExpertView>> AddExpert(ExpertInput input, ClaimsPrincipal user, SupplyBook book, CancellationToken ct)
    {
        var view = await book.AddExpertAsync(user.ToActor(), input, ct);
        return TypedResults.Created($"/api/v1/scenes/experts/{view.Id}", view);
    }

    public static async Task<Ok<ExpertView>> EditExpert(Guid id, ExpertInput input, ClaimsPrincipal user, SupplyBook book, CancellationToken ct) =>
        TypedResults.Ok(await book.EditExpertAsync(user.ToActor(), id, input, ct));
}
