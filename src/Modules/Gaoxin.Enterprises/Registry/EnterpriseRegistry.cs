using Gaoxin.Data;
using Gaoxin.Enterprises.Certification;
using Gaoxin.Kernel.Access;
using Gaoxin.Kernel.Paging;
using Gaoxin.Kernel.Zones;
using Microsoft.EntityFrameworkCore;

namespace Gaoxin.Enterprises.Registry;

public sealed record EnterpriseListItem(Guid Id, string Name, string CreditCode, string IndustryCode, ZoneIndustry ZoneIndustry, SizeClass SizeClass, bool AboveDesignatedSize, string? Rung);

internal sealed record SaveYearResult(bool NotFound, bool Forbidden, Dictionary<string, string[]> Errors, AnnualReport? Report);

/// <summary>Filters of the enterprise list.</summary>
public sealed record EnterpriseFilter(string? Search, ZoneIndustry? Industry, SizeClass? Size, bool? AboveSize, string? Rung);

/// <summary>Reads and writes the registry as the acting user may: zone-wide staff, or an enterprise user's own enterprise.</summary>
internal sealed class EnterpriseRegistry(GaoxinDbContext db, TimeProvider clock)
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
        var source = Visible(actor).Include(e => e.Years).Include(e => e.Certificates);
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
        var certificates = e.Certificates.Select(c => new HeldCertificate(c.Scheme, c.Number, c.ValidFrom, c.ValidTo)).ToList();
        return new EnterpriseFacts(e.Id, e.Name, asOf, e.RegisteredOn, years.Select(y => y.ToFigures()).ToList(), flags, certificates, experts);
    }

    /// <summary>Records or replaces one year of figures for an enterprise the actor may change; errors keyed by field.</summary>
    public async Task<SaveYearResult> SaveYearAsync(Actor actor, Guid enterpriseId, AnnualReportInput input, CancellationToken ct)
    {
        var e = await FindAsync(actor, enterpriseId, ct, tracked: true);
        if (e is null)
        {
            return new SaveYearResult(true, false, [], null);
        }

        if (!RecordAccess.MayChange(actor, EnterpriseAccess.Records, e.OrganisationId, e.ZoneId.Value))
        {
            return new SaveYearResult(false, true, [], null);
        }

        var errors = AnnualReportValidation.Validate(input, Today().Year);
        if (errors.Count > 0)
        {
            return new SaveYearResult(false, false, errors, null);
        }

        var report = AnnualReports.Upsert(e, input);
        await db.SaveChangesAsync(ct);
        return new SaveYearResult(false, false, [], report);
    }

    public DateOnly Today() => ZoneClock.Of(clock).Today;
}
