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
        var today = DateOnly.FromDateTime(clock.GetUtcNow().ToOffset(TimeSpan.FromHours(8)).DateTime);
        var certified = await db.Set<Enterprise>().CountAsync(e => e.ZoneId == zone && e.Certificates.Any(c =>
            (c.Scheme == SchemeCode.HighTech || c.Scheme == SchemeCode.TechSme) && c.ValidFrom <= today && c.ValidTo >= today), cancellationToken);
        var transformation = await rate.ComputeAsync(zoneId, today, cancellationToken);
        return
        [
            new(Text.Certified, certified.ToString(CultureInfo.CurrentCulture), Text.Firms, 50, Text.CertifiedNote),
            new(Text.AboveSize, transformation.AboveSize.ToString(CultureInfo.CurrentCulture), Text.Firms, 60),
            new(Text.Rate, transformation.Display, null, 70, string.Format(CultureInfo.CurrentCulture, Text.RateNote, transformation.Transformed, transformation.AboveSize)),
        ];
    }

    private static class Text
    {
        public static string Certified => EnterprisesText.Get("Figure.Certified");

        public static string CertifiedNote => EnterprisesText.Get("Figure.CertifiedNote");

        public static string AboveSize => EnterprisesText.Get("Figure.AboveSize");

        public static string Rate => EnterprisesText.Get("Figure.Rate");

        public static string RateNote => EnterprisesText.Get("Figure.RateNote");

        public static string Firms => EnterprisesText.Get("Unit.Firms");
    }
}
