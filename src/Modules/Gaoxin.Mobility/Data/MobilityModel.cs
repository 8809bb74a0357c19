using Gaoxin.Mobility.Fleet;
using Gaoxin.Mobility.Policy;
using Gaoxin.Mobility.Rights;
using Gaoxin.Mobility.Telemetry;
using Microsoft.EntityFrameworkCore;

namespace Gaoxin.Mobility.Data;

/// <summary>The module's tables, all prefixed with its key. Money is decimal(18,2): exact to the fen.</summary>
internal static class MobilityModel
{
    public static void Build(ModelBuilder b)
    {
        b.Entity<MobilityPolicy>(p =>
        {
            p.ToTable("mobility_policies");
            p.HasKey(x => x.Id);
            p.HasIndex(x => new { x.ZoneId, x.Version }).IsUnique();
            p.Property(x => x.Note).HasMaxLength(500);
            p.Property(x => x.InsuranceMinimum).HasPrecision(18, 2);
            p.Property(x => x.RoadTestHours).HasPrecision(10, 1);
            p.Property(x => x.RoadTestKm).HasPrecision(12, 1);
            p.Property(x => x.PlatePrefix).HasMaxLength(8);
            p.Property(x => x.AddedBy).HasMaxLength(64);
        });

        b.Entity<Vehicle>(v =>
        {
            v.ToTable("mobility_vehicles");
            v.HasKey(x => x.Id);
            v.HasIndex(x => new { x.ZoneId, x.Vin }).IsUnique();
            v.HasIndex(x => new { x.ZoneId, x.OperatorId });
            v.Property(x => x.Vin).HasMaxLength(17);
            v.Property(x => x.Model).HasMaxLength(100);
            v.Property(x => x.Level).HasConversion<string>().HasMaxLength(4);
            v.Property(x => x.Sensors).HasMaxLength(500);
            // One MDS device id names one vehicle of the zone.
            v.HasIndex(x => new { x.ZoneId, x.DeviceId }).IsUnique();
            v.HasMany(x => x.Insurance).WithOne().HasForeignKey(x => x.VehicleId).OnDelete(DeleteBehavior.Cascade);
            v.HasMany(x => x.Staff).WithOne().HasForeignKey(x => x.VehicleId).OnDelete(DeleteBehavior.Cascade);
            v.HasMany(x => x.RoadTests).WithOne().HasForeignKey(x => x.VehicleId).OnDelete(DeleteBehavior.Cascade);
        });

        b.Entity<InsurancePolicy>(i =>
        {
            i.ToTable("mobility_insurance_policies");
            i.HasKey(x => x.Id);
            i.Property(x => x.Insurer).HasMaxLength(100);
            i.Property(x => x.PolicyNumber).HasMaxLength(60);
            i.Property(x => x.Amount).HasPrecision(18, 2);
        });

        b.Entity<StaffAssignment>(s =>
        {
            s.ToTable("mobility_staff_assignments");
            s.HasKey(x => x.Id);
            s.Property(x => x.Name).HasMaxLength(40);
            s.Property(x => x.Phone).HasMaxLength(20);
            s.Property(x => x.Role).HasConversion<string>().HasMaxLength(20);
        });

        b.Entity<RoadTestEntry>(r =>
        {
            r.ToTable("mobility_road_tests");
            r.HasKey(x => x.Id);
            r.Property(x => x.Hours).HasPrecision(10, 1);
            r.Property(x => x.Km).HasPrecision(12, 1);
            r.Property(x => x.Field).HasMaxLength(100);
        });

        b.Entity<Plate>(p =>
        {
            p.ToTable("mobility_plates");
            p.HasKey(x => x.Id);
            p.Property(x => x.Number).HasMaxLength(16);
            p.Property(x => x.Status).HasConversion<string>().HasMaxLength(12);
            // A number is the zone's for ever (a revoked one is not issued again); a vehicle has at most one plate that is not revoked.
            p.HasIndex(x => new { x.ZoneId, x.Number }).IsUnique();
            p.HasIndex(x => x.VehicleId).IsUnique().HasFilter("\"Status\" <> 'Revoked'").HasDatabaseName("IX_mobility_plates_one_live_per_vehicle");
            p.HasIndex(x => new { x.ZoneId, x.OperatorId });
            p.HasMany(x => x.History).WithOne().HasForeignKey(x => x.PlateId).OnDelete(DeleteBehavior.Cascade);
        });

        b.Entity<PlateEvent>(e =>
        {
            e.ToTable("mobility_plate_events");
            e.HasKey(x => x.Id);
            e.Property(x => x.Kind).HasConversion<string>().HasMaxLength(12);
            e.Property(x => x.ByUserId).HasMaxLength(64);
            e.Property(x => x.ByName).HasMaxLength(100);
            e.Property(x => x.Reason).HasMaxLength(500);
        });

        b.Entity<RoadRight>(r =>
        {
            r.ToTable("mobility_road_rights");
            r.HasKey(x => x.Id);
            r.HasIndex(x => new { x.ZoneId, x.OperatorId });
            r.HasIndex(x => new { x.ZoneId, x.Status });
            r.Property(x => x.Title).HasMaxLength(100);
            r.Property(x => x.Scenario).HasConversion<string>().HasMaxLength(24);
            r.Property(x => x.Status).HasConversion<string>().HasMaxLength(12);
            // Of two decisions at once, one wins: the second finds the version changed and is answered 409.
            r.Property(x => x.Version).IsConcurrencyToken();
            r.HasMany(x => x.Vehicles).WithOne().HasForeignKey(x => x.RoadRightId).OnDelete(DeleteBehavior.Cascade);
            r.HasMany(x => x.Areas).WithOne().HasForeignKey(x => x.RoadRightId).OnDelete(DeleteBehavior.Cascade);
            r.HasMany(x => x.Windows).WithOne().HasForeignKey(x => x.RoadRightId).OnDelete(DeleteBehavior.Cascade);
            r.HasMany(x => x.History).WithOne().HasForeignKey(x => x.RoadRightId).OnDelete(DeleteBehavior.Cascade);
        });

        b.Entity<RoadRightVehicle>(v =>
        {
            v.ToTable("mobility_road_right_vehicles");
            v.HasKey(x => x.Id);
            v.HasIndex(x => new { x.RoadRightId, x.VehicleId }).IsUnique();
            v.HasIndex(x => x.VehicleId);
        });

        b.Entity<RoadRightArea>(a =>
        {
            a.ToTable("mobility_road_right_areas");
            a.HasKey(x => x.Id);
            a.Property(x => x.Name).HasMaxLength(50);
            a.Property(x => x.GeoJson).HasMaxLength(100_000);
        });

        b.Entity<RoadRightWindow>(w =>
        {
            w.ToTable("mobility_road_right_windows");
            w.HasKey(x => x.Id);
        });

        b.Entity<RoadRightEvent>(e =>
        {
            e.ToTable("mobility_road_right_events");
            e.HasKey(x => x.Id);
            e.Property(x => x.Kind).HasConversion<string>().HasMaxLength(16);
            e.Property(x => x.After).HasConversion<string>().HasMaxLength(12);
            e.Property(x => x.ByUserId).HasMaxLength(64);
            e.Property(x => x.ByName).HasMaxLength(100);
            e.Property(x => x.Reason).HasMaxLength(500);
        });
            b.Entity<OperatorToken>(t =>
        {
            t.ToTable("mobility_operator_tokens");
            t.HasKey(x => x.Id);
            t.HasIndex(x => x.Hash).IsUnique();
            t.HasIndex(x => new { x.ZoneId, x.OperatorId });
            t.Property(x => x.Name).HasMaxLength(50);
            t.Property(x => x.Hash).HasMaxLength(64);
            t.Property(x => x.Hint).HasMaxLength(12);
            t.Property(x => x.CreatedBy).HasMaxLength(64);
            t.Property(x => x.RevokedBy).HasMaxLength(64);
        });

        b.Entity<TelemetryPoint>(p =>
        {
            p.ToTable("mobility_telemetry_points");
            p.HasKey(x => x.Id);
            // A point sent again is found by its id and not stored twice.
            p.HasIndex(x => x.TelemetryId).IsUnique();
            p.HasIndex(x => new { x.VehicleId, x.At });
        });

        b.Entity<VehicleEvent>(e =>
        {
            e.ToTable("mobility_vehicle_events");
            e.HasKey(x => x.Id);
            e.HasIndex(x => x.EventId).IsUnique();
            e.HasIndex(x => new { x.VehicleId, x.At });
            e.Property(x => x.State).HasConversion<string>().HasMaxLength(16);
            e.Property(x => x.EventTypes).HasMaxLength(500);
        });

        b.Entity<Violation>(v =>
        {
            v.ToTable("mobility_violations");
            v.HasKey(x => x.Id);
            v.HasIndex(x => new { x.ZoneId, x.OperatorId, x.LastAt });
            v.HasIndex(x => new { x.VehicleId, x.Status });
            v.Property(x => x.Rule).HasMaxLength(40);
            v.Property(x => x.Message).HasMaxLength(500);
            v.Property(x => x.Status).HasConversion<string>().HasMaxLength(8);
            v.Property(x => x.EvidenceJson).HasMaxLength(10_000);
            v.Ignore(x => x.Evidence);
        });
    }
}
