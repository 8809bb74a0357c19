using Gaoxin.Data;
using Gaoxin.Enterprises.Certification;
using Gaoxin.Enterprises.Transformation;
using Gaoxin.Kernel.Access;
using Gaoxin.Kernel.Paging;
using Gaoxin.Kernel.Rules;
using Gaoxin.Kernel.Zones;
using Microsoft.EntityFrameworkCore;

namespace Gaoxin.Enterprises.Registry;

public sealed record EnterpriseListItem(Guid Id, string Name, string CreditCode, string IndustryCode, ZoneIndustry ZoneIndustry, SizeClass SizeClass, bool AboveDesignatedSize, string? Rung);

/// <summary>Filters of the enterprise list.</summary>
public sealed record EnterpriseFilter(string? Search, ZoneIndustry? Industry, SizeClass? Size, bool? AboveSize, string? Rung);

/// <summary>Reads and writes the registry as the acting user may: zone-wide staff, or an enterprise user's own enterprise.</summary>
internal sealed class EnterpriseRegistry(GaoxinDbContext db, TimeProvider clock, IStoredVerdicts verdicts)
{
    public IQueryable<Enterprise> Visible(Actor actor)
    {
        var zone = new ZoneId(actor.ZoneId);
        var query = db.Set<Enterprise>().Where(e => e.ZoneId == zone);
        if (!actor.Roles.Any(EnterpriseAccess.Records.CanSee.Contains))
        {
            return query.Where(_ => false);
        }

        if (actor.IsOrganisationBound)
        {
            var own = actor.OrganisationId ?? Guid.Empty;
            query = query.Where(e => e.OrganisationId == own);
        }

        return query;
    }

    public async Task<Page<EnterpriseListItem>> ListAsync(Actor actor, EnterpriseFilter filter, PageRequest page, CancellationToken ct)
    {
        var today = Today();
        var query = Visible(actor).AsNoTracking();
        if (!string.IsNullOrWhiteSpace(filter.Search))
        {
            var s = filter.Search.Trim();
            query = query.Where(e => e.Name.Contains(s) || e.CreditCode.Contains(s));
        }

        if (filter.Industry is { } industry)
        {
            query = query.Where(e => e.ZoneIndustry == industry);
        }

        if (filter.Size is { } size)
        {
            query = query.Where(e => e.SizeClass == size);
        }

        if (filter.AboveSize is { } above)
        {
            query = query.Where(e => e.AboveDesignatedSize == above);
        }

        if (Enum.TryParse<SchemeCode>(filter.Rung, ignoreCase: true, out var rung))
        {
            query = query.Where(e => e.Certificates.Any(c => c.Scheme == rung && c.ValidFrom <= today && c.ValidTo >= today));
        }

        var total = await query.CountAsync(ct);
        var rows = await query.OrderBy(e => e.Name).Skip(page.Skip).Take(page.Size)
            .Select(e => new
            {
                e.Id, e.Name, e.CreditCode, e.IndustryCode, e.ZoneIndustry, e.SizeClass, e.AboveDesignatedSize,
                Held = e.Certificates.Where(c => c.ValidFrom <= today && c.ValidTo >= today).Select(c => c.Scheme).ToList(),
            })
            .ToListAsync(ct);
        var items = rows.Select(r => new EnterpriseListItem(r.Id, r.Name, r.CreditCode, r.IndustryCode, r.ZoneIndustry, r.SizeClass, r.AboveDesignatedSize,
            RungOf(r.Held)?.ToString())).ToList();
        return new Page<EnterpriseListItem>(items, page.Number, page.Size, total);
    }

    /// <summary>The highest rung among valid certificates: the SME track outranks nothing on the parallel high-tech track, so both show.</summary>
    public static SchemeCode? RungOf(IReadOnlyCollection<SchemeCode> held)
    {
        SchemeCode[] order = [SchemeCode.LittleGiant, SchemeCode.SpecialisedSme, SchemeCode.InnovativeSme, SchemeCode.HighTech, SchemeCode.TechSme];
        return order.Cast<SchemeCode?>().FirstOrDefault(s => held.Contains(s!.Value));
    }

    public async Task<Enterprise?> FindAsync(Actor actor, Guid id, CancellationToken ct, bool tracked = false)
    {
        var source = Visible(actor).Include(e => e.Years).Include(e => e.Certificates).Include(e => e.Honours);
        return tracked
            ? await source.FirstOrDefaultAsync(e => e.Id == id, ct)
            : await source.AsNoTracking().FirstOrDefaultAsync(e => e.Id == id, ct);
    }

    /// <summary>Builds what the rules read: figures (oldest first), flags from the profile and the years, certificates, expert scores.</summary>
    public async Task<EnterpriseFacts> FactsAsync(Enterprise e, CancellationToken ct)
    {
        var experts = await db.Set<ExpertScore>().AsNoTracking().Where(s => s.EnterpriseId == e.Id)
            .ToDictionaryAsync(s => s.Item, s => s.Score, ct);
        return ToFacts(e, Today(), experts);
    }

    public static EnterpriseFacts ToFacts(Enterprise e, DateOnly asOf, IReadOnlyDictionary<string, decimal> experts)
    {
        var years = e.Years.OrderBy(y => y.Year).ToList();
        var recent = years.Where(y => y.Year >= asOf.Year - 1).ToList();
        var flags = new EnterpriseFlags(
            ResidentInMainland: true,
            ProductsRestricted: false,
            MajorIncidentPreviousOrCurrentYear: recent.Any(y => y.MajorIncident),
            OnAbnormalOrDishonestList: recent.Any(y => y.OnCreditList),
            InKeyHighTechField: e.InKeyHighTechField,
            OwnsCoreIp: e.OwnsCoreIp,
            InStrategicEmergingCatalogue: e.InStrategicEmergingCatalogue,
            YearsInNicheMarket: e.YearsInNicheMarket,
            NationalAwardLast5Years: e.NationalAwardLast5Years,
            ProvincialAwardLast3Years: e.ProvincialAwardLast3Years,
            ProvincialRdInstitution: e.ProvincialRdInstitution,
            LedStandardLast5Years: e.LedStandardLast5Years || years.Where(y => y.Year >= asOf.Year - 5).Any(y => y.StandardsLed > 0));
        flags = Honours.Apply(flags, e.Honours.Select(h => new HeldHonour(h.Kind, h.AwardedOn, h.Rank, h.ValidTo)).ToList(), asOf);
        var certificates = e.Certificates.Select(c => new HeldCertificate(c.Scheme, c.Number, c.ValidFrom, c.ValidTo)).ToList();
        return new EnterpriseFacts(e.Id, e.Name, asOf, e.RegisteredOn, years.Select(y => y.ToFigures()).ToList(), flags, certificates, experts);
    }

    /// <summary>The enterprise as the actor may see it; refused as not found otherwise.</summary>
    public async Task<Enterprise> GetAsync(Actor actor, Guid id, CancellationToken ct, bool tracked = false) =>
        await FindAsync(actor, id, ct, tracked) ?? throw Refusal.NotFound("企业");

    /// <summary>An enterprise the actor may change: not found when unseen, forbidden when seen but not theirs to change.</summary>
    private async Task<Enterprise> ChangeableAsync(Actor actor, Guid id, bool tracked, CancellationToken ct)
    {
        var e = await GetAsync(actor, id, ct, tracked);
        if (!RecordAccess.MayChange(actor, EnterpriseAccess.Records, e.OrganisationId, e.ZoneId.Value))
        {
            throw Refusal.Forbidden();
        }

        return e;
    }

    /// <summary>Profile, years, certificates (valid today or not) and 智改数转 projects: what the API and the enterprise page show.</summary>
    public async Task<EnterpriseDetail> DetailAsync(Enterprise e, CancellationToken ct)
    {
        var today = Today();
        var transformations = (await db.Set<TransformationProject>().AsNoTracking().Where(p => p.EnterpriseId == e.Id).OrderBy(p => p.StartedOn).ToListAsync(ct))
            .Select(p => p.View()).ToList();
        var held = e.Certificates.Where(c => c.ValidFrom <= today && c.ValidTo >= today).Select(c => c.Scheme).ToList();
        return new EnterpriseDetail(e.Id, e.Name, e.CreditCode, e.RegisteredOn, e.Address, e.IndustryCode, e.ZoneIndustry, e.SizeClass, e.AboveDesignatedSize,
            e.ContactName, e.ContactPhone, e.OrganisationId, RungOf(held)?.ToString(),
            e.Years.OrderByDescending(y => y.Year).Select(AnnualReportView.Of).ToList(),
            e.Certificates.OrderByDescending(c => c.ValidTo).Select(c => new CertificateView(c.Id, c.Scheme.ToString(), c.Number, c.ValidFrom, c.ValidTo, c.ValidFrom <= today && c.ValidTo >= today)).ToList(),
            transformations,
            e.Honours.OrderByDescending(h => h.AwardedOn).Select(h => new HonourView(h.Id, h.Kind, h.Name, h.AwardedOn, h.Rank, h.ValidTo)).ToList());
    }

    /// <summary>Registers an enterprise (the registrars' page and the API): annotations, credit code, uniqueness, dates.</summary>
    public async Task<Enterprise> CreateAsync(Actor actor, EnterpriseInput input, CancellationToken ct)
    {
        // Every field's problem at once: the form shows the credit code's and the date's together.
        var errors = Gaoxin.Data.Http.RequestValidation.Errors(input);
        foreach (var (field, messages) in await CheckProfileAsync(input, actor, null, ct))
        {
            errors[field] = errors.TryGetValue(field, out var earlier) ? [.. earlier, .. messages] : messages;
        }

        if (errors.Count > 0)
        {
            throw Refusal.Invalid(errors);
        }

        var e = new Enterprise { ZoneId = new ZoneId(actor.ZoneId), Name = input.Name.Trim(), CreditCode = input.CreditCode.Trim().ToUpperInvariant(), IndustryCode = input.IndustryCode };
        Apply(e, input, fullProfile: true);
        db.Add(e);
        await verdicts.StageAsync([e], ct, NoExpertScores);
        await db.SaveChangesAsync(ct);
        return e;
    }

    /// <summary>Changes the profile; enterprise users change only their address and contact, the zone's registrars everything.</summary>
    public async Task<Enterprise> UpdateAsync(Actor actor, Guid id, EnterpriseInput input, CancellationToken ct)
    {
        var e = await ChangeableAsync(actor, id, tracked: true, ct);
        var registrar = actor.Roles.Any(EnterpriseAccess.Registrars.Contains);
        var errors = await CheckProfileAsync(input, actor, e.Id, ct);
        if (!registrar && (input.Name.Trim() != e.Name || !string.Equals(input.CreditCode.Trim(), e.CreditCode, StringComparison.OrdinalIgnoreCase)))
        {
            errors["name"] = ["企业名称和统一社会信用代码由园区登记，如需更正请联系管委会。"];
        }

        if (errors.Count > 0)
        {
            throw Refusal.Invalid(errors);
        }

        Apply(e, input, fullProfile: registrar);
        await verdicts.StageAsync([e], ct);
        await db.SaveChangesAsync(ct);
        return e;
    }

    private async Task<Dictionary<string, string[]>> CheckProfileAsync(EnterpriseInput input, Actor actor, Guid? self, CancellationToken ct)
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

        if (input.RegisteredOn == default || input.RegisteredOn > Today())
        {
            errors["registeredOn"] = ["注册日期无效。"];
        }

        // The organisation whose users act for the enterprise: one of the zone's (else the link would hand the record to anyone).
        if (input.OrganisationId is { } orgId && !await db.Organisations.AnyAsync(o => o.Id == orgId && o.ZoneId == new ZoneId(actor.ZoneId), ct))
        {
            errors["organisationId"] = ["机构不存在或不属于本园区。"];
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

    /// <summary>Records or replaces one year of figures for an enterprise the actor may change; bad figures are refused by field.</summary>
    public async Task<AnnualReportView> SaveYearAsync(Actor actor, Guid enterpriseId, AnnualReportInput input, CancellationToken ct)
    {
        var e = await ChangeableAsync(actor, enterpriseId, tracked: true, ct);
        var errors = AnnualReportValidation.Validate(input, Today().Year);
        if (errors.Count > 0)
        {
            throw Refusal.Invalid(errors);
        }

        var report = AnnualReports.Upsert(e, input);
        await verdicts.StageAsync([e], ct);
        await db.SaveChangesAsync(ct);
        return AnnualReportView.Of(report);
    }

    /// <summary>Records a certificate (registrars, from the API or the enterprise page); bad input is refused by field.</summary>
    public async Task<CertificateView> AddCertificateAsync(Actor actor, Guid id, CertificateInput input, CancellationToken ct)
    {
        var e = await GetAsync(actor, id, ct, tracked: true);
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
            throw Refusal.Invalid(errors);
        }

        var certificate = new EnterpriseCertificate { ZoneId = e.ZoneId, EnterpriseId = e.Id, Scheme = scheme, Number = input.Number.Trim(), ValidFrom = input.ValidFrom, ValidTo = input.ValidTo };
        e.Certificates.Add(certificate);
        await verdicts.StageAsync([e], ct);
        await db.SaveChangesAsync(ct);
        var today = Today();
        return new CertificateView(certificate.Id, scheme.ToString(), certificate.Number, certificate.ValidFrom, certificate.ValidTo,
            certificate.ValidFrom <= today && certificate.ValidTo >= today);
    }

    /// <summary>Records an award or title (registrars); the direct certification routes read it at the next evaluation.</summary>
    public async Task<HonourView> AddHonourAsync(Actor actor, Guid id, HonourInput input, CancellationToken ct)
    {
        var e = await GetAsync(actor, id, ct, tracked: true);
        var errors = new Dictionary<string, string[]>();
        if (!Enum.IsDefined(input.Kind))
        {
            errors["kind"] = ["荣誉类型无效。"];
        }

        if (string.IsNullOrWhiteSpace(input.Name) || input.Name.Trim().Length > 200)
        {
            errors["name"] = ["荣誉或奖项名称不能为空，且不超过 200 个字符。"];
        }

        if (input.AwardedOn > Today() || input.AwardedOn.Year < 1949)
        {
            errors["awardedOn"] = ["获得日期不能晚于今天，也不能早于 1949 年。"];
        }

        if (input.Rank is < 1 or > 100)
        {
            errors["rank"] = ["完成单位排名应为 1 到 100 之间的整数。"];
        }

        if (input.ValidTo is { } until && until < input.AwardedOn)
        {
            errors["validTo"] = ["有效期止不能早于获得日期。"];
        }

        if (errors.Count > 0)
        {
            throw Refusal.Invalid(errors);
        }

        var honour = new EnterpriseHonour { ZoneId = e.ZoneId, EnterpriseId = e.Id, Kind = input.Kind, Name = input.Name.Trim(), AwardedOn = input.AwardedOn, Rank = input.Rank, ValidTo = input.ValidTo };
        e.Honours.Add(honour);
        await verdicts.StageAsync([e], ct);
        await db.SaveChangesAsync(ct);
        return new HonourView(honour.Id, honour.Kind, honour.Name, honour.AwardedOn, honour.Rank, honour.ValidTo);
    }

    public async Task RemoveHonourAsync(Actor actor, Guid id, Guid honourId, CancellationToken ct)
    {
        var e = await GetAsync(actor, id, ct, tracked: true);
        var honour = e.Honours.FirstOrDefault(h => h.Id == honourId) ?? throw Refusal.NotFound("荣誉记录");
        e.Honours.Remove(honour);
        db.Remove(honour);
        await verdicts.StageAsync([e], ct);
        await db.SaveChangesAsync(ct);
    }

    public async Task RemoveCertificateAsync(Actor actor, Guid id, Guid certificateId, CancellationToken ct)
    {
        var e = await GetAsync(actor, id, ct, tracked: true);
        var certificate = e.Certificates.FirstOrDefault(c => c.Id == certificateId) ?? throw Refusal.NotFound("资质证书");
        e.Certificates.Remove(certificate);
        db.Remove(certificate);
        await verdicts.StageAsync([e], ct);
        await db.SaveChangesAsync(ct);
    }

    /// <summary>Records a 智改数转 project (registrars or the enterprise itself).</summary>
    public async Task<TransformationView> AddTransformationAsync(Actor actor, Guid id, TransformationInput input, CancellationToken ct)
    {
        var e = await ChangeableAsync(actor, id, tracked: false, ct);
        var project = TransformationProject.Record(e.ZoneId, e.Id, input, Today());
        db.Add(project);
        await db.SaveChangesAsync(ct);
        return project.View();
    }

    /// <summary>Marks one of the enterprise's running 智改数转 projects complete (registrars or the enterprise itself).</summary>
    public async Task<TransformationView> CompleteTransformationAsync(Actor actor, Guid id, Guid projectId, TransformationCompletionInput input, CancellationToken ct)
    {
        var e = await ChangeableAsync(actor, id, tracked: false, ct);
        var project = await db.Set<TransformationProject>().FirstOrDefaultAsync(p => p.Id == projectId && p.EnterpriseId == e.Id && p.ZoneId == e.ZoneId, ct)
            ?? throw Refusal.NotFound("智改数转项目");
        project.Complete(input, Today());
        await db.SaveChangesAsync(ct);
        return project.View();
    }

    public DateOnly Today() => ZoneClock.Of(clock).Today;

    private static readonly IReadOnlyDictionary<string, decimal> NoExpertScores = new Dictionary<string, decimal>();
}
