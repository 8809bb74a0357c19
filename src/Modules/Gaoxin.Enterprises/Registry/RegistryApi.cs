using System.Security.Claims;
using Gaoxin.Data.Http;
using Gaoxin.Enterprises.Transformation;
using Gaoxin.Kernel.Paging;
using Gaoxin.Kernel.Rules;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Gaoxin.Enterprises.Registry;

/// <summary>Handlers of the registry; refusals (not found, forbidden, bad input) are thrown by <see cref="EnterpriseRegistry"/>.</summary>
internal static class RegistryApi
{
    public static async Task<Ok<Page<EnterpriseListItem>>> List(ClaimsPrincipal user, EnterpriseRegistry registry, string? search, ZoneIndustry? industry, SizeClass? sizeClass,
        bool? aboveSize, string? rung, int? page, int? size, CancellationToken ct) =>
        TypedResults.Ok(await registry.ListAsync(user.ToActor(), new EnterpriseFilter(search, industry, sizeClass, aboveSize, rung), new PageRequest(page, size), ct));

    public static async Task<IResult> Export(ClaimsPrincipal user, EnterpriseRegistry registry, TimeProvider clock, string? search, ZoneIndustry? industry, SizeClass? sizeClass,
        bool? aboveSize, string? rung, CancellationToken ct)
    {
        var actor = user.ToActor();
        var filter = new EnterpriseFilter(search, industry, sizeClass, aboveSize, rung);
        var rows = await Gaoxin.Kernel.Paging.Pages.AllAsync(p => registry.ListAsync(actor, filter, p, ct));
        return await ExcelExport.FileAsync(rows.Select(r => new EnterpriseExportRow(r.Name, r.CreditCode, r.IndustryCode, Labels.Industry(r.ZoneIndustry), Labels.Size(r.SizeClass),
            r.AboveDesignatedSize ? "是" : "否", Labels.Rung(r.Rung))), "企业库", clock, ct);
    }

    public static async Task<Ok<TransformationRateResult>> Rate(ClaimsPrincipal user, TransformationRate rate, EnterpriseRegistry registry, CancellationToken ct) =>
        TypedResults.Ok(await rate.ComputeAsync(user.ToActor().ZoneId, registry.Today(), ct));

    public static async Task<Ok<EnterpriseDetail>> Get(Guid id, ClaimsPrincipal user, EnterpriseRegistry registry, CancellationToken ct) =>
        TypedResults.Ok(await registry.DetailAsync(await registry.GetAsync(user.ToActor(), id, ct), ct));

    public static async Task<Created<EnterpriseDetail>> Create(EnterpriseInput input, ClaimsPrincipal user, EnterpriseRegistry registry, CancellationToken ct)
    {
        var e = await registry.CreateAsync(user.ToActor(), input, ct);
        return TypedResults.Created($"/api/v1/enterprises/{e.Id}", await registry.DetailAsync(e, ct));
    }

    public static async Task<Ok<EnterpriseDetail>> Update(Guid id, EnterpriseInput input, ClaimsPrincipal user, EnterpriseRegistry registry, CancellationToken ct) =>
        TypedResults.Ok(await registry.DetailAsync(await registry.UpdateAsync(user.ToActor(), id, input, ct), ct));

    public static async Task<Ok<AnnualReportView>> PutYear(Guid id, int year, AnnualReportInput input, ClaimsPrincipal user, EnterpriseRegistry registry, CancellationToken ct)
    {
        if (input.Year != year)
        {
            throw Refusal.Invalid("year", $"请求体中的年度 {input.Year} 与地址中的年度 {year} 不一致。");
        }

        return TypedResults.Ok(await registry.SaveYearAsync(user.ToActor(), id, input, ct));
    }

    public static async Task<Created<CertificateView>> AddCertificate(Guid id, CertificateInput input, ClaimsPrincipal user, EnterpriseRegistry registry, CancellationToken ct) =>
        TypedResults.Created($"/api/v1/enterprises/{id}", await registry.AddCertificateAsync(user.ToActor(), id, input, ct));

    public static async Task<Created<HonourView>> AddHonour(Guid id, HonourInput input, ClaimsPrincipal user, EnterpriseRegistry registry, CancellationToken ct) =>
        TypedResults.Created($"/api/v1/enterprises/{id}", await registry.AddHonourAsync(user.ToActor(), id, input, ct));

    public static async Task<NoContent> RemoveHonour(Guid id, Guid honourId, ClaimsPrincipal user, EnterpriseRegistry registry, CancellationToken ct)
    {
        await registry.RemoveHonourAsync(user.ToActor(), id, honourId, ct);
        return TypedResults.NoContent();
    }

    public static async Task<NoContent> RemoveCertificate(Guid id, Guid certificateId, ClaimsPrincipal user, EnterpriseRegistry registry, CancellationToken ct)
    {
        await registry.RemoveCertificateAsync(user.ToActor(), id, certificateId, ct);
        return TypedResults.NoContent();
    }

    public static async Task<Created<TransformationView>> AddTransformation(Guid id, TransformationInput input, ClaimsPrincipal user, EnterpriseRegistry registry, CancellationToken ct) =>
        TypedResults.Created($"/api/v1/enterprises/{id}", await registry.AddTransformationAsync(user.ToActor(), id, input, ct));

    public static async Task<Ok<TransformationView>> CompleteTransformation(Guid id, Guid projectId, TransformationCompletionInput input, ClaimsPrincipal user, EnterpriseRegistry registry,
        CancellationToken ct) =>
        TypedResults.Ok(await registry.CompleteTransformationAsync(user.ToActor(), id, projectId, input, ct));
}
