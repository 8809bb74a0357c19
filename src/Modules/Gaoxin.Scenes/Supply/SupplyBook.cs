using Gaoxin.Contracts;
using Gaoxin.Data;
using Gaoxin.Data.Http;
using Gaoxin.Data.Platform;
using Gaoxin.Kernel.Access;
using Gaoxin.Kernel.Paging;
using Gaoxin.Kernel.Rules;
using Gaoxin.Kernel.Zones;
using Gaoxin.Scenes.Demands;
using Microsoft.EntityFrameworkCore;

namespace Gaoxin.Scenes.Supply;

/// <summary>
/// The supply the marketplace lists (产品与专家): firms and institutes list their own products, operators any organisation's;
/// operators keep the experts. Everyone signed in reads the products on offer; experts who have not consented are shown
/// to the operators only.
/// </summary>
public sealed class SupplyBook(GaoxinDbContext db, TimeProvider time)
{
    private static bool IsOperator(Actor actor) => DemandBoard.IsOperator(actor);

    public async Task<Page<ProductView>> ProductsAsync(Actor actor, string? q, ZoneIndustry? industry, Guid? organisationId, bool includeWithdrawn, PageRequest page, CancellationToken ct)
    {
        var zone = new ZoneId(actor.ZoneId);
        var query = db.Set<Product>().AsNoTracking().Where(p => p.ZoneId == zone);
        if (!includeWithdrawn)
        {
            query = query.Where(p => !p.Withdrawn);
        }
        else if (!IsOperator(actor))
        {
            // Withdrawn products are the maker's own history.
            var own = actor.OrganisationId;
            query = query.Where(p => !p.Withdrawn || p.OrganisationId == own);
        }

        if (industry is { } i)
        {
            query = query.Where(p => p.Industry == i);
        }

        if (organisationId is { } o)
        {
            query = query.Where(p => p.OrganisationId == o);
        }

        if (!string.IsNullOrWhiteSpace(q))
        {
            var s = q.Trim();
            var makers = db.Organisations.Where(x => x.ZoneId == zone && x.Name.Contains(s)).Select(x => x.Id);
            query = query.Where(p => p.Name.Contains(s) || p.Description.Contains(s) || (p.ChainLink != null && p.ChainLink.Contains(s)) || makers.Contains(p.OrganisationId));
        }

        var total = await query.CountAsync(ct);
        var rows = await query.OrderByDescending(p => p.ListedOn).ThenBy(p => p.Name).ThenBy(p => p.Id).Skip(page.Skip).Take(page.Size).ToListAsync(ct);
        return new Page<ProductView>(await ProductViewsAsync(actor, rows, ct), page.Number, page.Size, total);
    }

    public async Task<ProductView> ProductAsync(Actor actor, Guid id, CancellationToken ct)
    {
        var row = await db.Set<Product>().AsNoTracking().SingleOrDefaultAsync(p => p.Id == id && p.ZoneId == new ZoneId(actor.ZoneId)
            && (!p.Withdrawn || p.OrganisationId == actor.OrganisationId || IsOperator(actor)), ct) ?? throw Refusal.NotFound("产品");
        return (await ProductViewsAsync(actor, [row], ct))[0];
    }

    public async Task<ProductView> ListProductAsync(Actor actor, ProductInput input, CancellationToken ct)
    {
        var maker = await MakerAsync(actor, input.OrganisationId, ct);
        CheckProduct(input);
        var row = new Product
        {
            ZoneId = new ZoneId(actor.ZoneId), OrganisationId = maker, Name = input.Name.Trim(), Description = input.Description.Trim(), Industry = input.Industry!.Value,
            ChainLink = Blank(input.ChainLink), Readiness = input.Readiness!.Value, Certificates = Blank(input.Certificates), ListedOn = ZoneClock.Of(time).Today,
        };
        db.Add(row);
        await db.SaveChangesAsync(ct);
        return (await ProductViewsAsync(actor, [row], ct))[0];
    }

    /// <summary>The maker or an operator edits a product on offer, with the version read (a stale one gets 409).</summary>
    public async Task<ProductView> EditProductAsync(Actor actor, Guid id, ProductInput input, CancellationToken ct)
    {
        var row = await OwnProductAsync(actor, id, ct);
        if (input.OrganisationId is { } named && named != row.OrganisationId)
        {
            throw Refusal.Invalid("organisationId", "产品的供给单位不能修改。");
        }

        CheckProduct(input);
        if (input.Version is not { } version)
        {
            throw Refusal.Invalid("version", "请带上所读取的版本号。");
        }

        if (version != row.Version)
        {
            throw Refusal.Conflict("该产品已被他人修改，请刷新后重试。");
        }

        if (row.Withdrawn)
        {
            throw Refusal.Conflict("已下架的产品不能修改。");
        }

        row.Name = input.Name.Trim();
        row.Description = input.Description.Trim();
        row.Industry = input.Industry!.Value;
        row.ChainLink = Blank(input.ChainLink);
        row.Readiness = input.Readiness!.Value;
        row.Certificates = Blank(input.Certificates);
        row.Version++;
        await SaveAsync(ct);
        return (await ProductViewsAsync(actor, [row], ct))[0];
    }

    public async Task<ProductView> WithdrawProductAsync(Actor actor, Guid id, CancellationToken ct)
    {
        var row = await OwnProductAsync(actor, id, ct);
        row.Withdraw(ZoneClock.Of(time).Today);
        await SaveAsync(ct);
        return (await ProductViewsAsync(actor, [row], ct))[0];
    }

    public async Task<Page<ExpertView>> ExpertsAsync(Actor actor, string? q, ZoneIndustry? industry, PageRequest page, CancellationToken ct)
    {
        var query = db.Set<Expert>().AsNoTracking().Where(e => e.ZoneId == new ZoneId(actor.ZoneId));
        if (!IsOperator(actor))
        {
            query = query.Where(e => e.ConsentToIntroductions);
        }

        if (industry is { } i)
        {
            query = query.Where(e => e.Industry == i);
        }

        if (!string.IsNullOrWhiteSpace(q))
        {
            var s = q.Trim();
            query = query.Where(e => e.Name.Contains(s) || e.Affiliation.Contains(s) || e.Expertise.Contains(s));
        }

        var total = await query.CountAsync(ct);
        var rows = await query.OrderBy(e => e.Name).ThenBy(e => e.Id).Skip(page.Skip).Take(page.Size).ToListAsync(ct);
        return new Page<ExpertView>(rows.Select(ExpertView).ToList(), page.Number, page.Size, total);
    }

    public async Task<ExpertView> AddExpertAsync(Actor actor, ExpertInput input, CancellationToken ct)
    {
        RequireOperator(actor);
        await CheckExpertAsync(actor, input, ct);
        var row = new Expert
        {
            ZoneId = new ZoneId(actor.ZoneId), Name = input.Name.Trim(), Title = Blank(input.Title), Affiliation = input.Affiliation.Trim(), OrganisationId = input.OrganisationId,
            Industry = input.Industry!.Value, Expertise = input.Expertise.Trim(), ConsentToIntroductions = input.ConsentToIntroductions,
        };
        db.Add(row);
        await db.SaveChangesAsync(ct);
        return ExpertView(row);
    }

    public async Task<ExpertView> EditExpertAsync(Actor actor, Guid id, ExpertInput input, CancellationToken ct)
    {
        RequireOperator(actor);
        var row = await db.Set<Expert>().SingleOrDefaultAsync(e => e.Id == id && e.ZoneId == new ZoneId(actor.ZoneId), ct) ?? throw Refusal.NotFound("专家");
        await CheckExpertAsync(actor, input, ct);
        if (input.Version is { } v && v != row.Version)
        {
            throw Refusal.Conflict("该专家信息已被他人修改，请刷新后重试。");
        }

        row.Name = input.Name.Trim();
        row.Title = Blank(input.Title);
        row.Affiliation = input.Affiliation.Trim();
        row.OrganisationId = input.OrganisationId;
        row.Industry = input.Industry!.Value;
        row.Expertise = input.Expertise.Trim();
        row.ConsentToIntroductions = input.ConsentToIntroductions;
        row.Version++;
        await SaveAsync(ct);
        return ExpertView(row);
    }

    /// <summary>The zone's organisations that may list products (for an operator's form).</summary>
    public Task<List<(Guid Id, string Name)>> MakersAsync(Actor actor, CancellationToken ct) =>
        db.Organisations.AsNoTracking().Where(o => o.ZoneId == new ZoneId(actor.ZoneId)
                && (o.Kind == OrganisationKind.Enterprise || o.Kind == OrganisationKind.VehicleOperator || o.Kind == OrganisationKind.Institute))
            .OrderBy(o => o.Name).Select(o => new ValueTuple<Guid, string>(o.Id, o.Name)).ToListAsync(ct);

    internal static ProductExportRow ExportRow(ProductView p) => new(p.Name, p.OrganisationName, p.IndustryText, p.ChainLink ?? string.Empty, p.Readiness,
        p.Certificates ?? string.Empty, DemandBoard.Day(p.ListedOn), p.Withdrawn ? "是" : string.Empty, p.Description);

    internal static ExpertExportRow ExportRow(ExpertView e) => new(e.Name, e.Title ?? string.Empty, e.Affiliation, e.IndustryText, e.ConsentToIntroductions ? "是" : "否", e.Expertise);

    private static ExpertView ExpertView(Expert e) => new(e.Id, e.Name, e.Title, e.OrganisationId, e.Affiliation, e.Industry, DemandLabels.Of(e.Industry), e.Expertise,
        e.ConsentToIntroductions, e.Version);

    private static void RequireOperator(Actor actor)
    {
        if (!IsOperator(actor))
        {
            throw Refusal.Forbidden("只有管委会或创新中心可以维护专家库。");
        }
    }

    private static string? Blank(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();

    private static void CheckProduct(ProductInput input) =>
        ThrowIfAny(RequestValidation.Errors(input), ("name", input.Name), ("description", input.Description), ("chainLink", input.ChainLink), ("certificates", input.Certificates));

    private async Task CheckExpertAsync(Actor actor, ExpertInput input, CancellationToken ct)
    {
        ThrowIfAny(RequestValidation.Errors(input), ("name", input.Name), ("affiliation", input.Affiliation), ("expertise", input.Expertise), ("title", input.Title));
        if (input.OrganisationId is { } o && !await db.Organisations.AnyAsync(x => x.Id == o && x.ZoneId == new ZoneId(actor.ZoneId), ct))
        {
            throw Refusal.Invalid("organisationId", "工作单位不存在于本园区。");
        }
    }

    /// <summary>The annotations' errors plus markup in any text, and blank required texts, reported together.</summary>
    private static void ThrowIfAny(Dictionary<string, string[]> errors, params (string Field, string? Text)[] texts)
    {
        var plain = new PlainTextRule();
        foreach (var (field, text) in texts)
        {
            if (plain.Check(new PlainTextFacts(text)) is { Passed: false } o)
            {
                errors[field] = [.. errors.GetValueOrDefault(field, []), o.Message];
            }
        }

        RequestValidation.ThrowIfAny(errors);
    }

    private async Task<Guid> MakerAsync(Actor actor, Guid? named, CancellationToken ct)
    {
        if (actor.IsOrganisationBound)
        {
            if (!ScenesAccess.Suppliers.Any(actor.IsIn) || actor.OrganisationId is not { } own || (named is { } n && n != own))
            {
                throw Refusal.Forbidden("只能为本单位发布产品。");
            }

            return own;
        }

        if (!IsOperator(actor))
        {
            throw Refusal.Forbidden();
        }

        var id = named ?? throw Refusal.Invalid("organisationId", "请选择供给单位。");
        return await db.Organisations.AnyAsync(o => o.Id == id && o.ZoneId == new ZoneId(actor.ZoneId), ct) ? id : throw Refusal.Invalid("organisationId", "供给单位不存在于本园区。");
    }

    /// <summary>A product the caller may change: its maker's, or any for an operator; another's is not found (404).</summary>
    private async Task<Product> OwnProductAsync(Actor actor, Guid id, CancellationToken ct)
    {
        var row = await db.Set<Product>().SingleOrDefaultAsync(p => p.Id == id && p.ZoneId == new ZoneId(actor.ZoneId), ct) ?? throw Refusal.NotFound("产品");
        if (IsOperator(actor))
        {
            return row;
        }

        if (actor.IsOrganisationBound && ScenesAccess.Suppliers.Any(actor.IsIn) && actor.OrganisationId == row.OrganisationId)
        {
            return row;
        }

        // Another organisation's product is on offer to read, not to change: not found, as for any record the caller may not act on.
        throw Refusal.NotFound("产品");
    }

    private async Task SaveAsync(CancellationToken ct)
    {
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            throw Refusal.Conflict("该记录已被他人修改，请刷新后重试。");
        }
    }

    private async Task<List<ProductView>> ProductViewsAsync(Actor actor, IReadOnlyList<Product> rows, CancellationToken ct)
    {
        var ids = rows.Select(r => r.OrganisationId).Distinct().ToList();
        var names = await db.Organisations.AsNoTracking().Where(o => ids.Contains(o.Id)).ToDictionaryAsync(o => o.Id, o => o.Name, ct);
        var op = IsOperator(actor);
        return rows.Select(p => new ProductView(p.Id, p.OrganisationId, names.GetValueOrDefault(p.OrganisationId, string.Empty), p.Name, p.Description, p.Industry,
            DemandLabels.Of(p.Industry), p.ChainLink, p.Readiness, p.Certificates, p.ListedOn, p.Withdrawn, p.Version,
            !p.Withdrawn && (op || (actor.IsOrganisationBound && ScenesAccess.Suppliers.Any(actor.IsIn) && actor.OrganisationId == p.OrganisationId)))).ToList();
    }
}
