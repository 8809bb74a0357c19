using System.Globalization;
using Gaoxin.Data;
using Gaoxin.Data.Modules;
using Gaoxin.Kernel.Access;
using Gaoxin.Kernel.Zones;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Gaoxin.Web.Hosting;

/// <summary>The platform's own headline figures: who takes part in the zone, counted from the organisation registry.</summary>
internal sealed class PlatformHeadlineFigures(GaoxinDbContext db, IStringLocalizer<SharedResource> l) : IHeadlineFigureSource
{
    public async Task<IReadOnlyList<HeadlineFigure>> GetAsync(Guid zoneId, CancellationToken cancellationToken)
    {
        var zone = new ZoneId(zoneId);
        var byKind = await db.Organisations.AsNoTracking().Where(o => o.ZoneId == zone)
            .GroupBy(o => o.Kind).Select(g => new { g.Key, Count = g.Count() })
            .ToDictionaryAsync(x => x.Key, x => x.Count, cancellationToken);
        var users = await db.Users.CountAsync(u => u.ZoneId == zoneId && !u.IsDisabled, cancellationToken);
        var center = await db.Organisations.AsNoTracking()
            .Where(o => o.ZoneId == zone && o.Kind == OrganisationKind.InnovationCenter && o.EstablishedOn != null)
            .OrderBy(o => o.EstablishedOn).Select(o => new { o.Name, o.EstablishedOn }).FirstOrDefaultAsync(cancellationToken);

        int Count(params OrganisationKind[] kinds) => kinds.Sum(k => byKind.GetValueOrDefault(k));
        var figures = new List<HeadlineFigure>
        {
            new(l["Figure.Enterprises"], Count(OrganisationKind.Enterprise, OrganisationKind.VehicleOperator).ToString(CultureInfo.CurrentCulture), l["Unit.Count"], 10),
            new(l["Figure.Institutes"], Count(OrganisationKind.Institute).ToString(CultureInfo.CurrentCulture), l["Unit.Count"], 20),
            new(l["Figure.ActiveUsers"], users.ToString(CultureInfo.CurrentCulture), l["Unit.People"], 30, ZoneInternal: true),
        };
        if (center?.EstablishedOn is { } opened)
        {
            figures.Add(new(l["Figure.CenterOpened"], opened.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), null, 40, center.Name));
        }

        return figures;
    }
}
