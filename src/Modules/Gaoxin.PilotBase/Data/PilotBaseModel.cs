using Gaoxin.PilotBase.Bookings;
using Gaoxin.PilotBase.Catalogue;
using Gaoxin.PilotBase.Facilities;
using Gaoxin.PilotBase.Runs;
using Microsoft.EntityFrameworkCore;

namespace Gaoxin.PilotBase.Data;

/// <summary>The module's tables, all prefixed "pilot_base_". Money is decimal(18,2): exact to the fen.</summary>
internal static class PilotBaseModel
{
    public static void Build(ModelBuilder b)
    {
        Facilities(b);
        Catalogue(b);
        Bookings(b);
        Runs(b);
        SchedulingModel.Build(b);
    }

    private static void Facilities(ModelBuilder b)
    {
        b.Entity<BaseArea>(e =>
        {
            e.ToTable("pilot_base_areas");
            e.HasKey(x => x.Id);
            e.Property(x => x.Code).HasMaxLength(10);
            e.Property(x => x.Name).HasMaxLength(100);
            e.Property(x => x.Description).HasMaxLength(2000);
            e.Property(x => x.Status).HasConversion<string>().HasMaxLength(30);
            e.Property(x => x.FloorArea).HasPrecision(18, 2);
            e.Property(x => x.Investment).HasPrecision(18, 2);
            e.HasIndex(x => new { x.ZoneId, x.Code }).IsUnique();
        });

        b.Entity<Building>(e =>
        {
            e.ToTable("pilot_base_buildings");
            e.HasKey(x => x.Id);
            e.Property(x => x.Name).HasMaxLength(100);
            e.HasOne<BaseArea>().WithMany().HasForeignKey(x => x.AreaId).OnDelete(DeleteBehavior.Restrict);
            e.HasIndex(x => new { x.AreaId, x.Name }).IsUnique();
        });

        b.Entity<Room>(e =>
        {
            e.ToTable("pilot_base_rooms");
            e.HasKey(x => x.Id);
            e.Property(x => x.Name).HasMaxLength(100);
            e.Property(x => x.FloorArea).HasPrecision(18, 2);
            e.HasOne<Building>().WithMany().HasForeignKey(x => x.BuildingId).OnDelete(DeleteBehavior.Restrict);
            e.HasIndex(x => new { x.BuildingId, x.Name }).IsUnique();
        });

        b.Entity<Resource>(e =>
        {
            e.ToTable("pilot_base_resources");
            e.HasKey(x => x.Id);
            e.Property(x => x.Code).HasMaxLength(40);
            e.Property(x => x.Name).HasMaxLength(200);
            e.Property(x => x.Description).HasMaxLength(4000);
            e.Property(x => x.BatchUnit).HasMaxLength(20);
            e.Property(x => x.Kind).HasConversion<string>().HasMaxLength(30);
            e.Property(x => x.Status).HasConversion<string>().HasMaxLength(30);
            e.Property(x => x.Industry).HasConversion<string>().HasMaxLength(40);
            e.Property(x => x.PricePerHour).HasPrecision(18, 2);
            e.Property(x => x.PricePerDay).HasPrecision(18, 2);
            e.Property(x => x.PricePerBatch).HasPrecision(18, 2);
            e.Property(x => x.MaxBatchSize).HasPrecision(18, 4);
            e.Property(x => x.Version).IsConcurrencyToken();
            e.HasOne<BaseArea>().WithMany().HasForeignKey(x => x.AreaId).OnDelete(DeleteBehavior.Restrict);
            e.HasOne<Room>().WithMany().HasForeignKey(x => x.RoomId).OnDelete(DeleteBehavior.Restrict);
            e.HasIndex(x => new { x.ZoneId, x.Code }).IsUnique();
            e.HasIndex(x => new { x.ZoneId, x.Status });
        });

        b.Entity<CapabilityParameter>(e =>
        {
            e.ToTable("pilot_base_capabilities");
            e.HasKey(x => x.Id);
            e.Property(x => x.Kind).HasConversion<string>().HasMaxLength(30);
            e.Property(x => x.Name).HasMaxLength(100);
            e.Property(x => x.Unit).HasMaxLength(20);
            e.Property(x => x.Text).HasMaxLength(200);
            e.Property(x => x.Min).HasPrecision(18, 4);
            e.Property(x => x.Max).HasPrecision(18, 4);
            e.HasOne<Resource>().WithMany().HasForeignKey(x => x.ResourceId).OnDelete(DeleteBehavior.Cascade);
            e.HasIndex(x => new { x.ZoneId, x.Kind, x.Max });
            e.HasIndex(x => x.ResourceId);
        });

        b.Entity<Qualification>(e =>
        {
            e.ToTable("pilot_base_qualifications");
            e.HasKey(x => x.Id);
            e.Property(x => x.Kind).HasConversion<string>().HasMaxLength(20);
            e.Property(x => x.CertificateNo).HasMaxLength(60);
            e.HasOne<Resource>().WithMany().HasForeignKey(x => x.ResourceId).OnDelete(DeleteBehavior.Cascade);
            e.HasIndex(x => x.ResourceId);
        });
    }

    private static void Catalogue(ModelBuilder b)
    {
        b.Entity<PilotService>(e =>
        {
            e.ToTable("pilot_base_services");
            e.HasKey(x => x.Id);
            e.Property(x => x.Code).HasMaxLength(40);
            e.Property(x => x.Name).HasMaxLength(200);
            e.Property(x => x.Description).HasMaxLength(4000);
            e.Property(x => x.Deliverables).HasMaxLength(2000);
            e.Property(x => x.Category).HasConversion<string>().HasMaxLength(40);
            e.Property(x => x.PriceUnit).HasConversion<string>().HasMaxLength(20);
            e.Property(x => x.TypicalHours).HasPrecision(10, 2);
            e.Property(x => x.Price).HasPrecision(18, 2);
            e.HasIndex(x => new { x.ZoneId, x.Code }).IsUnique();
        });

        b.Entity<ServiceResource>(e =>
        {
            e.ToTable("pilot_base_service_resources");
            e.HasKey(x => new { x.ServiceId, x.ResourceId });
            e.HasOne<PilotService>().WithMany().HasForeignKey(x => x.ServiceId).OnDelete(DeleteBehavior.Cascade);
            e.HasOne<Resource>().WithMany().HasForeignKey(x => x.ResourceId).OnDelete(DeleteBehavior.Restrict);
        });
    }

    private static void Bookings(ModelBuilder b)
    {
        b.Entity<Booking>(e =>
        {
            // No zero-length or inverted range, on both databases; overlaps are refused by the migration's exclusion constraint (PostgreSQL) or trigger (SQLite).
            e.ToTable("pilot_base_bookings", t => t.HasCheckConstraint("CK_pilot_base_bookings_range", "\"StartsAt\" < \"EndsAt\""));
            e.HasKey(x => x.Id);
            e.Property(x => x.Kind).HasConversion<string>().HasMaxLength(20);
            e.Property(x => x.Status).HasConversion<string>().HasMaxLength(20);
            e.Property(x => x.Customer).HasConversion<string>().HasMaxLength(20);
            e.Property(x => x.CustomerName).HasMaxLength(200);
            e.Property(x => x.Purpose).HasMaxLength(1000);
            e.Property(x => x.RequestedBy).HasMaxLength(100);
            e.Property(x => x.DecidedBy).HasMaxLength(100);
            e.Property(x => x.DecisionNote).HasMaxLength(1000);
            e.Property(x => x.BatchSize).HasPrecision(18, 4);
            e.Property(x => x.Price).HasPrecision(18, 2);
            e.Property(x => x.Version).IsConcurrencyToken();
            e.HasOne<Resource>().WithMany().HasForeignKey(x => x.ResourceId).OnDelete(DeleteBehavior.Restrict);
            e.HasOne<PilotService>().WithMany().HasForeignKey(x => x.ServiceId).OnDelete(DeleteBehavior.Restrict);
            // The calendar's and the conflict check's path: one resource's holding rows by time.
            e.HasIndex(x => new { x.ResourceId, x.StartsAt, x.EndsAt });
            e.HasIndex(x => new { x.ZoneId, x.Status });
            e.HasIndex(x => new { x.ZoneId, x.OrganisationId });
        });
    }

    private static void Runs(ModelBuilder b)
    {
        b.Entity<PilotRun>(e =>
        {
            e.ToTable("pilot_base_runs");
            e.HasKey(x => x.Id);
            e.Property(x => x.BatchCode).HasMaxLength(60);
            e.Property(x => x.ProjectCode).HasMaxLength(30);
            e.Property(x => x.ProjectTitle).HasMaxLength(200);
            e.Property(x => x.Inputs).HasMaxLength(4000);
            e.Property(x => x.Summary).HasMaxLength(4000);
            e.Property(x => x.RecordedBy).HasMaxLength(100);
            e.Property(x => x.DecidedBy).HasMaxLength(100);
            e.Property(x => x.DecisionNote).HasMaxLength(1000);
            e.Property(x => x.Outcome).HasConversion<string>().HasMaxLength(20);
            e.Property(x => x.Status).HasConversion<string>().HasMaxLength(20);
            e.Property(x => x.YieldPercent).HasPrecision(7, 4);
            e.Property(x => x.Version).IsConcurrencyToken();
            e.HasIndex(x => new { x.ZoneId, x.ProjectId });
            e.HasIndex(x => new { x.ZoneId, x.OrganisationId });
            e.HasIndex(x => new { x.ZoneId, x.LeadOrganisationId });
            e.HasIndex(x => new { x.ZoneId, x.BatchCode }).IsUnique();
        });

        b.Entity<RunMeasurement>(e =>
        {
            e.ToTable("pilot_base_run_measurements");
            e.HasKey(x => x.Id);
            e.Property(x => x.Name).HasMaxLength(100);
            e.Property(x => x.Unit).HasMaxLength(20);
            e.Property(x => x.TargetMin).HasPrecision(18, 4);
            e.Property(x => x.TargetMax).HasPrecision(18, 4);
            e.Property(x => x.Actual).HasPrecision(18, 4);
            e.HasOne<PilotRun>().WithMany().HasForeignKey(x => x.RunId).OnDelete(DeleteBehavior.Cascade);
            e.HasIndex(x => x.RunId);
        });

        b.Entity<RunResource>(e =>
        {
            e.ToTable("pilot_base_run_resources");
            e.HasKey(x => new { x.RunId, x.ResourceId });
            e.HasOne<PilotRun>().WithMany().HasForeignKey(x => x.RunId).OnDelete(DeleteBehavior.Cascade);
            e.HasOne<Resource>().WithMany().HasForeignKey(x => x.ResourceId).OnDelete(DeleteBehavior.Restrict);
            e.HasOne<Booking>().WithMany().HasForeignKey(x => x.BookingId).OnDelete(DeleteBehavior.Restrict);
        });

        b.Entity<RunReport>(e =>
        {
            e.ToTable("pilot_base_run_reports");
            e.HasKey(x => x.Id);
            e.Property(x => x.FileName).HasMaxLength(200);
            e.Property(x => x.ContentType).HasMaxLength(100);
            e.Property(x => x.Sha256).HasMaxLength(64);
            e.HasOne<PilotRun>().WithMany().HasForeignKey(x => x.RunId).OnDelete(DeleteBehavior.Cascade);
            e.HasIndex(x => x.RunId);
        });
    }
}
