using Gaoxin.Indicators.Series;
using Microsoft.EntityFrameworkCore;

namespace Gaoxin.Indicators.Data;

/// <summary>The module's tables, all prefixed "indicators_".</summary>
internal static class IndicatorsModel
{
    public static void Build(ModelBuilder b)
    {
        b.Entity<IndicatorDefinition>(e =>
        {
            e.ToTable("indicators_definitions");
            e.HasKey(x => x.Id);
            e.Property(x => x.Code).HasMaxLength(30);
            e.Property(x => x.Name).HasMaxLength(100);
            e.Property(x => x.Unit).HasMaxLength(10);
            e.Property(x => x.Note).HasMaxLength(500);
            e.HasIndex(x => new { x.ZoneId, x.Code }).IsUnique();
        });

        b.Entity<ReportingPeriod>(e =>
        {
            e.ToTable("indicators_periods");
            e.HasKey(x => x.Id);
            e.HasIndex(x => new { x.ZoneId, x.Year, x.Month }).IsUnique();
        });

        b.Entity<IndicatorValue>(e =>
        {
            e.ToTable("indicators_values");
            e.HasKey(x => x.Id);
            e.Property(x => x.Value).HasPrecision(20, 4);
            e.Property(x => x.ComparableGrowth).HasPrecision(9, 4);
            e.Property(x => x.Source).HasMaxLength(200);
            // One value per indicator and period (OneValuePerPeriodRule; the index catches a race).
            e.HasIndex(x => new { x.DefinitionId, x.PeriodId }).IsUnique();
            e.HasIndex(x => new { x.ZoneId, x.PeriodId });
            e.HasOne<IndicatorDefinition>().WithMany().HasForeignKey(x => x.DefinitionId).OnDelete(DeleteBehavior.Restrict);
            e.HasOne<ReportingPeriod>().WithMany().HasForeignKey(x => x.PeriodId).OnDelete(DeleteBehavior.Restrict);
        });

        b.Entity<IndicatorTarget>(e =>
        {
            e.ToTable("indicators_targets");
            e.HasKey(x => x.Id);
            e.Property(x => x.Value).HasPrecision(20, 4);
            e.Property(x => x.Document).HasMaxLength(200);
            e.HasIndex(x => new { x.DefinitionId, x.Year }).IsUnique();
            e.HasIndex(x => x.ZoneId);
            e.HasOne<IndicatorDefinition>().WithMany().HasForeignKey(x => x.DefinitionId).OnDelete(DeleteBehavior.Restrict);
        });
    }
}
