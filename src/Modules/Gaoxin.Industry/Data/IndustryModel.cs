using Gaoxin.Industry.Chains;
using Gaoxin.Industry.Gaps;
using Gaoxin.Industry.Leads;
using Gaoxin.Industry.Projects;
using Microsoft.EntityFrameworkCore;

namespace Gaoxin.Industry.Data;

/// <summary>The module's tables, all prefixed "industry_".</summary>
internal static class IndustryModel
{
    public static void Build(ModelBuilder b)
    {
        b.Entity<IndustryEntry>(e =>
        {
            e.ToTable("industry_industries");
            e.HasKey(x => x.Id);
            e.Property(x => x.Name).HasMaxLength(60);
            e.Property(x => x.Category).HasConversion<string>().HasMaxLength(40);
            e.Property(x => x.Tier).HasConversion<string>().HasMaxLength(20);
            e.HasIndex(x => new { x.ZoneId, x.Name }).IsUnique();
        });

        b.Entity<Chain>(e =>
        {
            e.ToTable("industry_chains");
            e.HasKey(x => x.Id);
            e.Property(x => x.Name).HasMaxLength(80);
            e.Property(x => x.Description).HasMaxLength(1000);
            e.HasIndex(x => new { x.ZoneId, x.Name }).IsUnique();
            e.HasOne<IndustryEntry>().WithMany().HasForeignKey(x => x.IndustryId).OnDelete(DeleteBehavior.Restrict);
        });

        b.Entity<ChainNode>(e =>
        {
            e.ToTable("industry_nodes");
            e.HasKey(x => x.Id);
            e.Property(x => x.Name).HasMaxLength(80);
            e.Property(x => x.Segment).HasConversion<string>().HasMaxLength(20);
            // One name per zone: a link sits in one chain only (NodeInOneChainRule; the index catches a race).
            e.HasIndex(x => new { x.ZoneId, x.Name }).IsUnique();
            e.HasIndex(x => x.ChainId);
            e.HasOne<Chain>().WithMany().HasForeignKey(x => x.ChainId).OnDelete(DeleteBehavior.Cascade);
            e.HasOne<ChainNode>().WithMany().HasForeignKey(x => x.ParentId).OnDelete(DeleteBehavior.Restrict);
        });

        b.Entity<Placement>(e =>
        {
            e.ToTable("industry_placements");
            e.HasKey(x => x.Id);
            e.Property(x => x.EnterpriseName).HasMaxLength(200);
            e.Property(x => x.Product).HasMaxLength(200);
            e.HasIndex(x => new { x.NodeId, x.EnterpriseId }).IsUnique();
            e.HasIndex(x => new { x.ZoneId, x.EnterpriseId });
            e.HasOne<ChainNode>().WithMany().HasForeignKey(x => x.NodeId).OnDelete(DeleteBehavior.Cascade);
            e.HasMany(x => x.Outputs).WithOne().HasForeignKey(x => x.PlacementId).OnDelete(DeleteBehavior.Cascade);
        });

        b.Entity<PlacementOutput>(e =>
        {
            e.ToTable("industry_placement_outputs");
            e.HasKey(x => x.Id);
            e.Property(x => x.Output).HasPrecision(18, 2);
            e.HasIndex(x => new { x.PlacementId, x.Year }).IsUnique();
            e.HasIndex(x => new { x.ZoneId, x.Year });
        });

        b.Entity<IndustrySettings>(e =>
        {
            e.ToTable("industry_settings");
            e.HasKey(x => x.Id);
            e.Property(x => x.StrongMinOutput).HasPrecision(18, 2);
            e.HasIndex(x => new { x.ZoneId, x.ValidFrom }).IsUnique();
            e.Ignore(x => x.Thresholds);
        });

        b.Entity<Lead>(e =>
        {
            e.ToTable("industry_leads");
            e.HasKey(x => x.Id);
            e.Property(x => x.Company).HasMaxLength(200);
            e.Property(x => x.Location).HasMaxLength(100);
            e.Property(x => x.Owner).HasMaxLength(60);
            e.Property(x => x.NextStep).HasMaxLength(300);
            e.Property(x => x.ExpectedInvestment).HasPrecision(18, 2);
            e.Property(x => x.Stage).HasConversion<string>().HasMaxLength(30);
            e.HasIndex(x => new { x.ZoneId, x.Stage });
            e.HasIndex(x => x.NodeId);
            e.HasOne<ChainNode>().WithMany().HasForeignKey(x => x.NodeId).OnDelete(DeleteBehavior.Restrict);
            e.HasMany(x => x.Steps).WithOne().HasForeignKey(x => x.LeadId).OnDelete(DeleteBehavior.Cascade);
        });

        b.Entity<LeadStep>(e =>
        {
            e.ToTable("industry_lead_steps");
            e.HasKey(x => x.Id);
            e.Property(x => x.From).HasConversion<string>().HasMaxLength(30);
            e.Property(x => x.To).HasConversion<string>().HasMaxLength(30);
            e.Property(x => x.Note).HasMaxLength(1000);
            e.Property(x => x.Reason).HasMaxLength(1000);
            e.Property(x => x.By).HasMaxLength(100);
            e.HasIndex(x => new { x.LeadId, x.At });
        });

        b.Entity<MajorProject>(e =>
        {
            e.ToTable("industry_projects");
            e.HasKey(x => x.Id);
            e.Property(x => x.Name).HasMaxLength(200);
            e.Property(x => x.Company).HasMaxLength(200);
            e.Property(x => x.Capacity).HasMaxLength(300);
            e.Property(x => x.Investment).HasPrecision(18, 2);
            e.Property(x => x.Area).HasPrecision(14, 2);
            e.Property(x => x.ExpectedAnnualRevenue).HasPrecision(18, 2);
            e.Property(x => x.Version).IsConcurrencyToken();
            e.HasIndex(x => new { x.ZoneId, x.Name }).IsUnique();
            e.HasMany(x => x.Milestones).WithOne().HasForeignKey(x => x.ProjectId).OnDelete(DeleteBehavior.Cascade);
            e.HasMany(x => x.Years).WithOne().HasForeignKey(x => x.ProjectId).OnDelete(DeleteBehavior.Cascade);
        });

        b.Entity<ProjectMilestone>(e =>
        {
            e.ToTable("industry_milestones");
            e.HasKey(x => x.Id);
            e.Property(x => x.Title).HasMaxLength(200);
            e.HasIndex(x => new { x.ProjectId, x.Due });
        });

        b.Entity<ProjectYear>(e =>
        {
            e.ToTable("industry_project_years");
            e.HasKey(x => x.Id);
            foreach (var p in new[] { nameof(ProjectYear.PromisedInvestment), nameof(ProjectYear.ActualInvestment), nameof(ProjectYear.PromisedRevenue), nameof(ProjectYear.ActualRevenue) })
            {
                e.Property(p).HasPrecision(18, 2);
            }

            e.HasIndex(x => new { x.ProjectId, x.Year }).IsUnique();
        });
    }
}
