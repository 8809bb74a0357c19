using Gaoxin.Kernel.Money;
using Gaoxin.Platforms.Registry;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Gaoxin.Platforms.Data;

/// <summary>The module's tables, all prefixed with its key. Money is decimal(18,2): exact to the fen.</summary>
internal static class PlatformsModel
{
    private static readonly ValueConverter<Money, decimal> Yuan = new(m => m.Yuan, d => Money.Of(d));

    public static void Build(ModelBuilder b)
    {
        b.Entity<InnovationPlatform>(p =>
        {
            p.ToTable("platforms_platforms");
            p.HasKey(x => x.Id);
            p.Property(x => x.Name).HasMaxLength(120);
            p.Property(x => x.NormalisedName).HasMaxLength(120);
            p.Property(x => x.DocumentNumber).HasMaxLength(60);
            p.Property(x => x.Note).HasMaxLength(500);
            p.Property(x => x.RevocationReason).HasMaxLength(500);
            p.Property(x => x.Type).HasConversion<string>().HasMaxLength(24);
            p.Property(x => x.Level).HasConversion<string>().HasMaxLength(12);
            p.Property(x => x.State).HasConversion<string>().HasMaxLength(12);
            // The duplicate rule explains; the index decides a race (the host answers 409).
            p.HasIndex(x => new { x.ZoneId, x.HostOrganisationId, x.NormalisedName }).IsUnique();
            p.HasIndex(x => new { x.ZoneId, x.Level, x.State });
            p.Property(x => x.Version).IsConcurrencyToken();
            p.HasMany(x => x.CoBuilders).WithOne().HasForeignKey(x => x.PlatformId).OnDelete(DeleteBehavior.Cascade);
            p.HasMany(x => x.Evaluations).WithOne().HasForeignKey(x => x.PlatformId).OnDelete(DeleteBehavior.Cascade);
            p.HasMany(x => x.Equipment).WithOne().HasForeignKey(x => x.PlatformId).OnDelete(DeleteBehavior.Cascade);
        });

        b.Entity<PlatformCoBuilder>(c =>
        {
            c.ToTable("platforms_co_builders");
            c.HasKey(x => x.Id);
            c.Property(x => x.Name).HasMaxLength(100);
            c.HasIndex(x => new { x.ZoneId, x.Name });
        });

        b.Entity<PlatformEvaluation>(e =>
        {
            e.ToTable("platforms_evaluations");
            e.HasKey(x => x.Id);
            e.Property(x => x.Result).HasConversion<string>().HasMaxLength(12);
            e.Property(x => x.Note).HasMaxLength(500);
        });

        b.Entity<SharedEquipment>(e =>
        {
            e.ToTable("platforms_equipment");
            e.HasKey(x => x.Id);
            e.Property(x => x.Name).HasMaxLength(100);
            e.Property(x => x.Model).HasMaxLength(100);
            e.Property(x => x.BookingContact).HasMaxLength(100);
            e.Property(x => x.Value).HasConversion(Yuan).HasPrecision(18, 2);
        });
    }
}
