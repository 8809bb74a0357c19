using Gaoxin.Services.Relief;
using Microsoft.EntityFrameworkCore;

namespace Gaoxin.Services.Data;

/// <summary>The relief slice's additions to its tables: the timeline's kind of step and the board's overdue index.</summary>
internal static class ReliefModel
{
    public static void Build(ModelBuilder b)
    {
        b.Entity<ReliefCase>(e =>
        {
            // The board: open cases of the zone by deadline (overdue first).
            e.HasIndex(x => new { x.ZoneId, x.Status, x.Deadline });
        });

        b.Entity<ReliefMeasure>(e =>
        {
            e.Property(x => x.Kind).HasConversion<string>().HasMaxLength(20);
        });
    }
}
