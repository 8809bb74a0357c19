using System.Security.Claims;
using Gaoxin.Data;
using Gaoxin.Data.Http;
using Gaoxin.Enterprises.Certification;
using Gaoxin.Enterprises.Transformation;
using Gaoxin.Kernel.Access;
using Gaoxin.Kernel.Paging;
using Gaoxin.Kernel.Zones;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using MiniExcelLibs.Attributes;

namespace Gaoxin.Enterprises.Registry;

public sealed record AnnualReportView(int Year, int? Staff, int? TechStaff, decimal? Sales, decimal? TotalRevenue, decimal? MainBusinessRevenue, decimal? TotalCosts,
    decimal? RdSpend, decimal? RdSpendInChina, decimal? TotalAssets, decimal? NetAssets, decimal? DebtRatio, decimal? HighTechIncome, int ClassOneIp, int ClassTwoIp,
    int AchievementsConverted, decimal EquityRaised, int Awards, int StandardsLed, bool MajorIncident, bool OnCreditList);

public sealed record CertificateView(Guid Id, string Scheme, string Number, DateOnly ValidFrom, DateOnly ValidTo, bool Valid);

public sealed record TransformationView(Guid Id, string Title, TransformationKind Kind, decimal Investment, DateOnly StartedOn, DateOnly? CompletedOn, string? Outcomes);

public sealed record EnterpriseDetail(Guid Id, string Name, string CreditCode, DateOnly RegisteredOn, string? Address, string IndustryCode, ZoneIndustry ZoneIndustry,
    SizeClass SizeClass, bool AboveDesignatedSize, string? ContactName, string? ContactPhone, Guid? OrganisationId, string? Rung,
    IReadOnlyList<AnnualReportView> Years, IReadOnlyList<CertificateView> Certificates, IReadOnlyList<TransformationView> Transformations);

public sealed record CertificateInput(string Scheme, string Number, DateOnly ValidFrom, DateOnly ValidTo);

public sealed record TransformationInput(string Title, TransformationKind Kind, decimal Investment, DateOnly StartedOn, DateOnly? CompletedOn, string? Outcomes);

public sealed record EnterpriseExportRow(
    [property: ExcelColumnName("企业名称")] string Name,
    [property: ExcelColumnName("统一社会信用代码")] string CreditCode,
    [property: ExcelColumnName("行业代码")] string IndustryCode,
    [property: ExcelColumnName("产业")] string Industry,
    [property: ExcelColumnName("规模")] string Size,
    [property: ExcelColumnName("规上")] string AboveSize,
    [property: ExcelColumnName("梯度")] string Rung);

internal static class RegistryEndpoints
{
    public static void Map(IEndpointRouteBuilder api)
    {
        api.MapGet("/", List).WithSummary("企业列表（按产业、梯度、规模、规上筛选）");
        api.MapGet("/export", Export).WithSummary("导出企业列表（Excel）");
        api.MapGet("/transformation-rate", Rate).WithSummary("智改数转率（规上企业）");
        api.MapGet("/{id:guid}", Get).WithSummary("企业详情：档案、年度数据、资质、智改数转");
        api.MapPost("/", Create).Validate<EnterpriseInput>().RequireAuthorization(p => p.RequireRole(EnterpriseAccess.Registrars)).WithSummary("新建企业");
        api.MapPut("/{id:guid}", Update).Validate<EnterpriseInput>().WithSummary("修改企业档案（企业用户仅可改地址与联系人）");
        api.MapPut("/{id:guid}/years/{year:int}", PutYear).WithSummary("录入或修改年度数据");
        api.MapPost("/{id:guid}/certificates", AddCertificate).RequireAuthorization(p => p.RequireRole(EnterpriseAccess.Registrars)).WithSummary("登记资质证书");
        api.MapDelete("/{id:guid}/certificates/{certificateId:guid}", RemoveCertificate).RequireAuthorization(p => p.RequireRole(EnterpriseAccess.Registrars)).WithSummary("删除资质证书");
        api.MapPost("/{id:guid}/transformations", AddTransformation).WithSummary("登记智改数转项目");
    }

    private static async Task<Ok<Page<EnterpriseListItem>>> List(ClaimsPrincipal user, EnterpriseRegistry registry, string? search, ZoneIndustry? industry, SizeClass? sizeClass, bool? aboveSize, string? rung, int? page, int? size, CancellationToken ct) =>
        TypedResults.Ok(await registry.ListAsync(user.ToActor(), new EnterpriseFilter(search, industry, sizeClass, aboveSize, rung), new PageRequest(page, size), ct));

    private static async Task<IResult> Export(ClaimsPrincipal user, EnterpriseRegistry registry, TimeProvider clock, string? search, ZoneIndustry? industry, SizeClass? sizeClass, bool? aboveSize, string? rung, CancellationToken ct)
    {
        var actor = user.ToActor();
        var filter = new EnterpriseFilter(search, industry, sizeClass, aboveSize, rung);
        var rows = await Gaoxin.Kernel.Paging.Pages.AllAsync(p => registry.ListAsync(actor, filter, p, ct));

        return await ExcelExport.FileAsync(rows.Select(r => new EnterpriseExportRow(r.Name, r.CreditCode, r.IndustryCode, Labels.Industry(r.ZoneIndustry), Labels.Size(r.SizeClass),
            r.AboveDesignatedSize ? "是" : "否", Labels.Rung(r.Rung))), "企业库", clock, ct);
    }

    private static async Task<Ok<TransformationRateResult>> Rate(ClaimsPrincipal user, TransformationRate rate, EnterpriseRegistry registry, CancellationToken ct) =>
        TypedResults.Ok(await rate.ComputeAsync(user.ToActor().ZoneId, registry.Today(), ct));

    private static async Task<Results<Ok<EnterpriseDetail>, NotFound<ProblemBody>>> Get(Guid id, ClaimsPrincipal user, EnterpriseRegistry registry, GaoxinDbContext db, CancellationToken ct)
    {
        var e = await registry.FindAsync(user.ToActor(), id, ct);
        return e is null ? Problems.NotFound() : TypedResults.Ok(await DetailAsync(e, db, registry.Today(), ct));
    }

    internal static async Task<EnterpriseDetail> DetailAsync(Enterprise e, GaoxinDbContext db, DateOnly today, CancellationToken ct)
    {
        var transformations = await db.Set<TransformationProject>().AsNoTracking().Where(p => p.EnterpriseId == e.Id).OrderBy(p => p.StartedOn)
            .Select(p => new TransformationView(p.Id, p.Title, p.Kind, p.Investment, p.StartedOn, p.CompletedOn, p.Outcomes)).ToListAsync(ct);
        var held = e.Certificates.Where(c => c.ValidFrom <= today && c.ValidTo >= today).Select(c => c.Scheme).ToList();
        return new EnterpriseDetail(e.Id, e.Name, e.CreditCode, e.RegisteredOn, e.Address, e.IndustryCode, e.ZoneIndustry, e.SizeClass, e.AboveDesignatedSize,
            e.ContactName, e.ContactPhone, e.OrganisationId, EnterpriseRegistry.RungOf(held)?.ToString(),
            e.Years.OrderByDescending(y => y.Year).Select(View).ToList(),
            e.Certificates.OrderByDescending(c => c.ValidTo).Select(c => new CertificateView(c.Id, c.Scheme.ToString(), c.Number, c.ValidFrom, c.ValidTo, c.ValidFrom <= today && c.ValidTo >= today)).ToList(),
            transformations);
    }

    private static async Task<Results<Created<EnterpriseDetail>, ValidationProblem>> Create(EnterpriseInput input, ClaimsPrincipal user, GaoxinDbContext db, EnterpriseRegistry registry, TimeProvider clock, CancellationToken ct)
    {
        var (errors, e) = await CreateAsync(input, user.ToActor(), db, clock, ct);
        return e is null
            ? Problems.Invalid(errors)
            : TypedResults.Created($"/api/v1/enterprises/{e.Id}", await DetailAsync(e, db, registry.Today(), ct));
    }

    /// <summary>Registers an enterprise (the registrars' page and the API): annotations, credit code, uniqueness, dates.</summary>
    internal static async Task<(Dictionary<string, string[]> Errors, Enterprise? Created)> CreateAsync(EnterpriseInput input, Actor actor, GaoxinDbContext db, TimeProvider clock, CancellationToken ct)
    {
        var results = new List<System.ComponentModel.DataAnnotations.ValidationResult>();
        System.ComponentModel.DataAnnotations.Validator.TryValidateObject(input, new(input), results, validateAllProperties: true);
        var errors = results.SelectMany(r => r.MemberNames.Select(m => (Field: System.Text.Json.JsonNamingPolicy.CamelCase.ConvertName(m), r.ErrorMessage)))
            .GroupBy(x => x.Field).ToDictionary(g => g.Key, g => g.Select(x => x.ErrorMessage ?? "无效。").ToArray());
        if (errors.Count > 0)
        {
            return (errors, null);
        }

        errors = await CheckProfileAsync(input, actor, null, db, clock, ct);
        if (errors.Count > 0)
        {
            return (errors, null);
        }

        var e = new Enterprise { ZoneId = new ZoneId(actor.ZoneId), Name = input.Name.Trim(), CreditCode = input.CreditCode.Trim().ToUpperInvariant(), IndustryCode = input.IndustryCode };
        Apply(e, input, fullProfile: true);
        db.Add(e);
        await db.SaveChangesAsync(ct);
        return (errors, e);
    }

    private static async Task<Results<Ok<EnterpriseDetail>, NotFound<ProblemBody>, ForbidHttpResult, ValidationProblem>> Update(Guid id, EnterpriseInput input, ClaimsPrincipal user, GaoxinDbContext db, EnterpriseRegistry registry, TimeProvider clock, CancellationToken ct)
    {
        var actor = user.ToActor();
        var e = await registry.FindAsync(actor, id, ct, tracked: true);
        if (e is null)
        {
            return Problems.NotFound();
        }

        if (!RecordAccess.MayChange(actor, EnterpriseAccess.Records, e.OrganisationId, e.ZoneId.Value))
        {
            return TypedResults.Forbid();
        }

        var registrar = actor.Roles.Any(EnterpriseAccess.Registrars.Contains);
        var errors = await CheckProfileAsync(input, actor, e.Id, db, clock, ct);
        if (!registrar && (input.Name.Trim() != e.Name || !string.Equals(input.CreditCode.Trim(), e.CreditCode, StringComparison.OrdinalIgnoreCase)))
        {
            errors["name"] = ["企业名称和统一社会信用代码由园区登记，如需更正请联系管委会。"];
        }

        if (errors.Count > 0)
        {
            return Problems.Invalid(errors);
        }

        Apply(e, input, fullProfile: registrar);
        await db.SaveChangesAsync(ct);
        return TypedResults.Ok(await DetailAsync(e, db, registry.Today(), ct));
    }

    private static async Task<Dictionary<string, string[]>> CheckProfileAsync(EnterpriseInput input, Actor actor, Guid? self, GaoxinDbContext db, TimeProvider clock, CancellationToken ct)
    {
        var errors = new Dictionary<string, string[]>();
        if (!CreditCodes.TryNormalise(input.CreditCode, out var code, out var error))
        {
            errors["creditCode"] = [error];
        }
        else
        {
            var zone = new ZoneId(actor.ZoneId);
            if (await db.Set<Enterprise>().AnyAsync(x => x.ZoneId == zone && x.CreditCode == code && x.Id != self, ct))
            {
                errors["creditCode"] = [$"统一社会信用代码 {code} 已登记在另一家企业名下。"];
            }
        }

        if (input.RegisteredOn == default || input.RegisteredOn > ZoneClock.Of(clock).Today)
        {
            errors["registeredOn"] = ["注册日期无效。"];
        }

        if (input.YearsInNicheMarket is < 0 or > 200)
        {
            errors["yearsInNicheMarket"] = ["细分市场年限应在 0–200 之间。"];
        }

        return errors;
    }

    private static void Apply(Enterprise e, EnterpriseInput input, bool fullProfile)
    {
        e.Address = input.Address;
        e.ContactName = input.ContactName;
        e.ContactPhone = input.ContactPhone;
        if (!fullProfile)
        {
            return;
        }

        e.Name = input.Name.Trim();
        e.CreditCode = input.CreditCode.Trim().ToUpperInvariant();
        e.RegisteredOn = input.RegisteredOn;
        e.IndustryCode = input.IndustryCode;
        e.ZoneIndustry = input.ZoneIndustry;
        e.SizeClass = input.SizeClass;
        e.AboveDesignatedSize = input.AboveDesignatedSize;
        e.OrganisationId = input.OrganisationId;
        e.InKeyHighTechField = input.InKeyHighTechField;
        e.OwnsCoreIp = input.OwnsCoreIp;
        e.InStrategicEmergingCatalogue = input.InStrategicEmergingCatalogue;
        e.YearsInNicheMarket = input.YearsInNicheMarket;
        e.NationalAwardLast5Years = input.NationalAwardLast5Years;
        e.ProvincialAwardLast3Years = input.ProvincialAwardLast3Years;
        e.ProvincialRdInstitution = input.ProvincialRdInstitution;
        e.LedStandardLast5Years = input.LedStandardLast5Years;
    }

    private static async Task<Results<Ok<AnnualReportView>, NotFound<ProblemBody>, ForbidHttpResult, ValidationProblem>> PutYear(Guid id, int year, AnnualReportInput input, ClaimsPrincipal user, EnterpriseRegistry registry, CancellationToken ct)
    {
        if (input.Year != year)
        {
            return Problems.Invalid(new() { ["year"] = [$"请求体中的年度 {input.Year} 与地址中的年度 {year} 不一致。"] });
        }

        var result = await registry.SaveYearAsync(user.ToActor(), id, input, ct);
        return result switch
        {
            { NotFound: true } => Problems.NotFound(),
            { Forbidden: true } => TypedResults.Forbid(),
            { Errors.Count: > 0 } => Problems.Invalid(result.Errors),
            _ => TypedResults.Ok(View(result.Report!)),
        };
    }

    internal static AnnualReportView View(AnnualReport r) => new(r.Year, r.Staff, r.TechStaff, r.Sales, r.TotalRevenue, r.MainBusinessRevenue, r.TotalCosts,
        r.RdSpend, r.RdSpendInChina, r.TotalAssets, r.NetAssets, r.DebtRatio, r.HighTechIncome, r.ClassOneIp, r.ClassTwoIp,
        r.AchievementsConverted, r.EquityRaised, r.Awards, r.StandardsLed, r.MajorIncident, r.OnCreditList);

    private static async Task<Results<Created<CertificateView>, NotFound<ProblemBody>, ValidationProblem>> AddCertificate(Guid id, CertificateInput input, ClaimsPrincipal user, GaoxinDbContext db, EnterpriseRegistry registry, CancellationToken ct)
    {
        var (notFound, errors, view) = await AddCertificateAsync(user.ToActor(), id, input, db, registry, ct);
        return notFound ? Problems.NotFound() : errors.Count > 0 ? Problems.Invalid(errors) : TypedResults.Created($"/api/v1/enterprises/{id}", view!);
    }

    /// <summary>Records a certificate (registrars, from the API or the enterprise page); errors keyed by field.</summary>
    internal static async Task<(bool NotFound, Dictionary<string, string[]> Errors, CertificateView? Created)> AddCertificateAsync(Actor actor, Guid id, CertificateInput input, GaoxinDbContext db, EnterpriseRegistry registry, CancellationToken ct)
    {
        var e = await registry.FindAsync(actor, id, ct, tracked: true);
        if (e is null)
        {
            return (true, [], null);
        }

        var errors = new Dictionary<string, string[]>();
        if (!Enum.TryParse<SchemeCode>(input.Scheme, ignoreCase: true, out var scheme) || !Enum.IsDefined(scheme))
        {
            errors["scheme"] = [$"资质类型“{input.Scheme}”无效：应为 {string.Join("、", Enum.GetNames<SchemeCode>())}。"];
        }

        if (string.IsNullOrWhiteSpace(input.Number) || input.Number.Length > 60)
        {
            errors["number"] = ["证书编号不能为空，且不超过 60 个字符。"];
        }

        if (input.ValidTo < input.ValidFrom)
        {
            errors["validTo"] = ["有效期止不能早于有效期起。"];
        }

        if (errors.Count == 0 && e.Certificates.Any(c => c.Scheme == scheme && c.Number == input.Number.Trim()))
        {
            errors["number"] = ["该证书已登记。"];
        }

        if (errors.Count > 0)
        {
            return (false, errors, null);
        }

        var certificate = new EnterpriseCertificate { ZoneId = e.ZoneId, EnterpriseId = e.Id, Scheme = scheme, Number = input.Number.Trim(), ValidFrom = input.ValidFrom, ValidTo = input.ValidTo };
        e.Certificates.Add(certificate);
        await db.SaveChangesAsync(ct);
        var today = registry.Today();
        return (false, errors, new CertificateView(certificate.Id, scheme.ToString(), certificate.Number, certificate.ValidFrom, certificate.ValidTo,
            certificate.ValidFrom <= today && certificate.ValidTo >= today));
    }

    private static async Task<Results<NoContent, NotFound<ProblemBody>>> RemoveCertificate(Guid id, Guid certificateId, ClaimsPrincipal user, GaoxinDbContext db, EnterpriseRegistry registry, CancellationToken ct)
    {
        var e = await registry.FindAsync(user.ToActor(), id, ct, tracked: true);
        var certificate = e?.Certificates.FirstOrDefault(c => c.Id == certificateId);
        if (e is null || certificate is null)
        {
            return Problems.NotFound();
        }

        db.Remove(certificate);
        await db.SaveChangesAsync(ct);
        return TypedResults.NoContent();
    }

    private static async Task<Results<Created<TransformationView>, NotFound<ProblemBody>, ForbidHttpResult, ValidationProblem>> AddTransformation(Guid id, TransformationInput input, ClaimsPrincipal user, GaoxinDbContext db, EnterpriseRegistry registry, CancellationToken ct)
    {
        var (notFound, forbidden, errors, view) = await AddTransformationAsync(user.ToActor(), id, input, db, registry, ct);
        if (notFound)
        {
            return Problems.NotFound();
        }

        return forbidden ? TypedResults.Forbid() : errors.Count > 0 ? Problems.Invalid(errors) : TypedResults.Created($"/api/v1/enterprises/{id}", view!);
    }

    /// <summary>Records a 智改数转 project (registrars or the enterprise itself); errors keyed by field.</summary>
    internal static async Task<(bool NotFound, bool Forbidden, Dictionary<string, string[]> Errors, TransformationView? Created)> AddTransformationAsync(Actor actor, Guid id, TransformationInput input, GaoxinDbContext db, EnterpriseRegistry registry, CancellationToken ct)
    {
        var e = await registry.FindAsync(actor, id, ct);
        if (e is null)
        {
            return (true, false, [], null);
        }

        if (!RecordAccess.MayChange(actor, EnterpriseAccess.Records, e.OrganisationId, e.ZoneId.Value))
        {
            return (false, true, [], null);
        }

        var errors = new Dictionary<string, string[]>();
        if (string.IsNullOrWhiteSpace(input.Title) || input.Title.Length > 200)
        {
            errors["title"] = ["项目名称不能为空，且不超过 200 个字符。"];
        }

        if (!Enum.IsDefined(input.Kind))
        {
            errors["kind"] = ["项目类型无效。"];
        }

        if (input.Investment < 0)
        {
            errors["investment"] = ["投资额不能为负数。"];
        }

        if (input.CompletedOn < input.StartedOn)
        {
            errors["completedOn"] = ["完成日期不能早于开始日期。"];
        }

        if (input.CompletedOn > registry.Today())
        {
            errors["completedOn"] = ["完成日期不能晚于今天：尚未完成的项目请留空。"];
        }

        if (errors.Count > 0)
        {
            return (false, false, errors, null);
        }

        var project = new TransformationProject
        {
            ZoneId = e.ZoneId, EnterpriseId = e.Id, Title = input.Title.Trim(), Kind = input.Kind, Investment = input.Investment,
            StartedOn = input.StartedOn, CompletedOn = input.CompletedOn, Outcomes = input.Outcomes,
        };
        db.Add(project);
        await db.SaveChangesAsync(ct);
        return (false, false, errors, new TransformationView(project.Id, project.Title, project.Kind, project.Investment, project.StartedOn, project.CompletedOn, project.Outcomes));
    }
}

/// <summary>Copies validated input onto a stored year; shared by the API, the pages and the import.</summary>
internal static class AnnualReports
{
    /// <summary>The enterprise's report for the input's year, added if new, with the input's figures.</summary>
    public static AnnualReport Upsert(Enterprise e, AnnualReportInput input)
    {
        var report = e.Years.FirstOrDefault(y => y.Year == input.Year);
        if (report is null)
        {
            report = new AnnualReport { ZoneId = e.ZoneId, EnterpriseId = e.Id, Year = input.Year };
            e.Years.Add(report);
        }

        Apply(report, input);
        return report;
    }

    public static void Apply(AnnualReport r, AnnualReportInput i)
    {
        r.Staff = i.Staff;
        r.TechStaff = i.TechStaff;
        r.Sales = i.Sales;
        r.TotalRevenue = i.TotalRevenue;
        r.MainBusinessRevenue = i.MainBusinessRevenue;
        r.TotalCosts = i.TotalCosts;
        r.RdSpend = i.RdSpend;
        r.RdSpendInChina = i.RdSpendInChina;
        r.TotalAssets = i.TotalAssets;
        r.NetAssets = i.NetAssets;
        r.DebtRatio = i.DebtRatio;
        r.HighTechIncome = i.HighTechIncome;
        r.ClassOneIp = i.ClassOneIp;
        r.ClassTwoIp = i.ClassTwoIp;
        r.AchievementsConverted = i.AchievementsConverted;
        r.EquityRaised = i.EquityRaised;
        r.Awards = i.Awards;
        r.StandardsLed = i.StandardsLed;
        r.MajorIncident = i.MajorIncident;
        r.OnCreditList = i.OnCreditList;
    }
}
