using Gaoxin.Scenes.Matching;
using Microsoft.EntityFrameworkCore;

namespace Gaoxin.Scenes.Data;

/// <summary>The matching slice's table: the notices sent, one row per (demand side, supply side) pair.</summary>
internal static class MatchingModel
{
    public static void Build(ModelBuilder b) =>
        b.Entity<MatchNotice>(e =>
        {
            e.ToTable("scenes_match_notices");
            e.HasKey(x => x.Id);
            e.Property(x => x.DemandKind).HasConversion<string>().HasMaxLength(20);
            e.Property(x => x.SupplyKind).HasConversion<string>().HasMaxLength(20);
            e.HasIndex(x => new { x.ZoneId, x.DemandKind, x.DemandId, x.SupplyKind, x.SupplyId }).IsUnique();
        });
}
