using System.Globalization;
using Gaoxin.Data;
using Gaoxin.Data.Modules;
using Gaoxin.Enterprises.Certification;
using Gaoxin.Enterprises.Registry;
using Gaoxin.Enterprises.Transformation;
using Gaoxin.Kernel.Zones;
using Microsoft.EntityFrameworkCore;

namespace Gaoxin.Enterprises;

/// <summary>The registry's figures on the home page: certified enterprises, enterprises above size, the 智改数转 rate.</summary>
internal sealed class EnterpriseFigures(GaoxinDbContext db, TransformationRate rate, TimeProvider clock) : IHeadlineFigureSource
{
    public async Task<IReadOnlyList<HeadlineFigure>> GetAsync(Guid zoneId, CancellationToken cancellationToken)
    {
        var zone = new ZoneId(zoneId);
        var today = ZoneClock.Of(clock).Today;
        var certified = await db.Set<Enterprise>().CountAsync(e => e.ZoneId == zone && e.Certificates.Any(c =>
            (c.Scheme == SchemeCode.HighTech || c.Scheme == SchemeCode.TechSme) && c.ValidFrom <= today && c.ValidTo >= today), cancellationToken);
        var transformation = await rate.ComputeAsync(zoneId, today, cancellationToken);
        return
        [
            new(EnterprisesText.Get("Figure.Certified"), certified.ToString(CultureInfo.CurrentCulture), EnterprisesText.Get("Unit.Firms"), 50, EnterprisesText.Get("Figure.CertifiedNote")),
            new(EnterprisesText.Get("Figure.AboveSize"), transformation.AboveSize.ToString(CultureInfo.CurrentCulture), EnterprisesText.Get("Unit.Firms"), 60),
            new(EnterprisesText.Get("Figure.Rate"), transformation.Display, null, 70, string.Format(CultureInfo.CurrentCulture, EnterprisesText.Get("Figure.RateNote"), transformation.Transformed, transformation.AboveSize)),
        ];
    }
}
