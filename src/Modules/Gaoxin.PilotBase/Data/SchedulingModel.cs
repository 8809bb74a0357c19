using Gaoxin.PilotBase.Facilities;
using Gaoxin.PilotBase.Scheduling;
using Microsoft.EntityFrameworkCore;

namespace Gaoxin.PilotBase.Data;

/// <summary>The scheduling helper's tables: proposals and their placed runs.</summary>
internal static class SchedulingModel
{
    public static void Build(ModelBuilder b)
    {
        b.Entity<ScheduleProposal>(e =>
        {
            e.ToTable("pilot_base_schedule_proposals");
            e.HasKey(x => x.Id);
            e.Property(x => x.CreatedBy).HasMaxLength(100);
            e.Property(x => x.AcceptedBy).HasMaxLength(100);
            e.Property(x => x.Status).HasConversion<string>().HasMaxLength(20);
            e.Property(x => x.Version).IsConcurrencyToken();
            e.HasIndex(x => new { x.ZoneId, x.CreatedAt });
        });

        b.Entity<ProposalItem>(e =>
        {
            e.ToTable("pilot_base_schedule_items");
            e.HasKey(x => x.Id);
            e.Property(x => x.Key).HasMaxLength(40);
            e.Property(x => x.Title).HasMaxLength(200);
            e.Property(x => x.CustomerName).HasMaxLength(200);
            e.Property(x => x.Customer).HasConversion<string>().HasMaxLength(20);
            e.Property(x => x.Price).HasPrecision(18, 2);
            e.HasOne<ScheduleProposal>().WithMany().HasForeignKey(x => x.ProposalId).OnDelete(DeleteBehavior.Cascade);
            e.HasOne<Resource>().WithMany().HasForeignKey(x => x.ResourceId).OnDelete(DeleteBehavior.Restrict);
            e.HasIndex(x => x.ProposalId);
        });
    }
}
