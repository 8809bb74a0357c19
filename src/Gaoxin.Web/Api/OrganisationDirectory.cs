using Gaoxin.Data;
using Gaoxin.Data.Platform;
using Gaoxin.Kernel.Access;
using Gaoxin.Kernel.Paging;
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
