using Gaoxin.Data;
using Gaoxin.Data.Platform;
using Gaoxin.Kernel.Access;
using Gaoxin.Kernel.Paging;
using Gaoxin.Kernel.Rules;
using Gaoxin.Kernel.Zones;
using Microsoft.EntityFrameworkCore;

namespace Gaoxin.Web.Api;

/// <summary>Reads organisations as the acting user may see them: the whole zone, or only their own organisation.</summary>
public sealed class OrganisationDirectory(GaoxinDbContext db)
{
    public async Task<Page<OrganisationResponse>> ListAsync(Actor actor, string? search, OrganisationKind? kind, PageRequest page, CancellationToken ct)
    {
        var query = Visible(actor, db.Organisations.AsNoTracking());
        if (!string.IsNullOrWhiteSpace(search))
        {
            var s = search.Trim();
            query = query.Where(o => o.Name.Contains(s) || (o.Note != null && o.Note.Contains(s)));
        }

        if (kind is not null)
        {
            query = query.Where(o => o.Kind == kind);
        }

        var total = await query.CountAsync(ct);
        var items = await query.OrderBy(o => o.Kind).ThenBy(o => o.Name).Skip(page.Skip).Take(page.Size)
            .Select(o => new OrganisationResponse(o.Id, o.Name, o.Kind, o.CreditCode, o.EstablishedOn, o.Note))
            .ToListAsync(ct);
        return new Page<OrganisationResponse>(items, page.Number, page.Size, total);
    }

    public async Task<Organisation?> FindVisibleAsync(Actor actor, Guid id, CancellationToken ct, bool tracked = false)
    {
        var source = tracked ? db.Organisations : db.Organisations.AsNoTracking();
        var org = await source.FirstOrDefaultAsync(o => o.Id == id, ct);
        return org is not null && RecordAccess.MaySee(actor, PlatformEndpoints.OrganisationAccess, org.Id, org.ZoneId.Value) ? org : null;
    }

    /// <summary>Creates an organisation (zone admin); a duplicate name or an invalid credit code is refused, field by field.</summary>
    public async Task<(Dictionary<string, string[]> Errors, Organisation? Created)> CreateAsync(Actor actor, OrganisationRequest request, CancellationToken ct)
    {
        var errors = new Dictionary<string, string[]>();
        var zone = new ZoneId(actor.ZoneId);
        var name = request.Name?.Trim() ?? string.Empty;
        if (name.Length < 2)
        {
            errors["name"] = ["机构名称应为 2–200 个字符。"];
        }
        else if (await db.Organisations.AnyAsync(o => o.ZoneId == zone && o.Name == name, ct))
        {
            errors["name"] = [$"机构“{name}”已存在。"];
        }

        if (request.Kind is null)
        {
            errors["kind"] = ["机构类型不能为空。"];
        }

        if (CheckCreditCode(request.CreditCode) is { } codeError)
        {
            errors["creditCode"] = [codeError];
        }

        if (errors.Count > 0)
        {
            return (errors, null);
        }

        var org = new Organisation
        {
            ZoneId = zone, Name = name, Kind = request.Kind!.Value, EstablishedOn = request.EstablishedOn, Note = request.Note,
            CreditCode = string.IsNullOrWhiteSpace(request.CreditCode) ? null : request.CreditCode.Trim().ToUpperInvariant(),
        };
        db.Organisations.Add(org);
        await db.SaveChangesAsync(ct);
        return (errors, org);
    }

    /// <summary>
    /// Changes an organisation: the zone admin any of the zone's, a bound user their own (not its name or type: the admin
    /// decides who is who). Problems come back field by field; an unknown or unseen organisation is 404.
    /// </summary>
    public async Task<(Dictionary<string, string[]> Errors, Organisation? Changed)> UpdateAsync(Actor actor, Guid id, OrganisationRequest request, CancellationToken ct)
    {
        var org = await FindVisibleAsync(actor, id, ct, tracked: true) ?? throw Refusal.NotFound("机构");
        if (!RecordAccess.MayChange(actor, PlatformEndpoints.OrganisationAccess, org.Id, org.ZoneId.Value))
        {
            throw Refusal.Forbidden();
        }

        var errors = new Dictionary<string, string[]>();
        var name = request.Name?.Trim() ?? string.Empty;
        if (name.Length is < 2 or > 200)
        {
            errors["name"] = ["机构名称应为 2–200 个字符。"];
        }
        else if (!actor.IsIn(Roles.ZoneAdmin) && (org.Name != name || org.Kind != request.Kind))
        {
            errors["name"] = ["机构名称和类型只能由管委会管理员修改。"];
        }
        else if (name != org.Name && await db.Organisations.AnyAsync(o => o.ZoneId == org.ZoneId && o.Name == name && o.Id != org.Id, ct))
        {
            errors["name"] = [$"机构“{name}”已存在。"];
        }

        if (request.Kind is null)
        {
            errors["kind"] = ["机构类型不能为空。"];
        }

        if (CheckCreditCode(request.CreditCode) is { } codeError)
        {
            errors["creditCode"] = [codeError];
        }

        if (request.Note is { Length: > 1000 })
        {
            errors["note"] = ["备注不能超过 1000 个字符。"];
        }

        if (errors.Count > 0)
        {
            return (errors, null);
        }

        org.Name = name;
        org.Kind = request.Kind!.Value;
        org.CreditCode = string.IsNullOrWhiteSpace(request.CreditCode) ? null : request.CreditCode.Trim().ToUpperInvariant();
        org.EstablishedOn = request.EstablishedOn;
        org.Note = request.Note;
        await db.SaveChangesAsync(ct);
        return (errors, org);
    }

    /// <summary>An optional 统一社会信用代码 must pass the GB 32100 check; null when fine.</summary>
    public static string? CheckCreditCode(string? code) =>
        string.IsNullOrWhiteSpace(code) || Gaoxin.Kernel.Registry.UnifiedSocialCreditCode.TryParse(code.Trim().ToUpperInvariant(), out _, out var error) ? null : error;

    /// <summary>The list filter that matches <see cref="RecordAccess.MaySee"/> for organisations.</summary>
    private static IQueryable<Organisation> Visible(Actor actor, IQueryable<Organisation> source)
    {
        var zone = new ZoneId(actor.ZoneId);
        var query = source.Where(o => o.ZoneId == zone);
        if (actor.IsOrganisationBound)
        {
            var own = actor.OrganisationId ?? Guid.Empty;
            query = query.Where(o => o.Id == own);
        }

        return query;
    }
}
