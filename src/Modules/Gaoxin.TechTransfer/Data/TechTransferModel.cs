using Gaoxin.TechTransfer.Achievements;
using Gaoxin.TechTransfer.Plans;
using Gaoxin.TechTransfer.Projects;
using Gaoxin.TechTransfer.Screening;
using Microsoft.EntityFrameworkCore;

namespace Gaoxin.TechTransfer.Data;

/// <summary>The module's tables, all prefixed "tech_transfer_".</summary>
internal static class TechTransferModel
{
    public static void Build(ModelBuilder b)
    {
        b.Entity<Achievement>(e =>
        {
            e.ToTable("tech_transfer_achievements");
            e.HasKey(x => x.Id);
            e.Property(x => x.Title).HasMaxLength(200);
            e.Property(x => x.Summary).HasMaxLength(2000);
            e.Property(x => x.Origin).HasConversion<string>().HasMaxLength(20);
            e.Property(x => x.Kind).HasConversion<string>().HasMaxLength(30);
            e.Property(x => x.Industry).HasConversion<string>().HasMaxLength(40);
            e.HasIndex(x => new { x.ZoneId, x.OwnerOrganisationId });
            e.HasIndex(x => new { x.ZoneId, x.Title });
            e.HasMany(x => x.Patents).WithOne().HasForeignKey(p => p.AchievementId).OnDelete(DeleteBehavior.Cascade);
        });

        b.Entity<AchievementPatent>(e =>
        {
            e.ToTable("tech_transfer_achievement_patents");
            e.HasKey(x => x.Id);
            e.Property(x => x.Number).HasMaxLength(20);
            e.HasIndex(x => new { x.AchievementId, x.Number }).IsUnique();
            e.HasIndex(x => new { x.ZoneId, x.Number });
        });

        b.Entity<Project>(e =>
        {
            e.ToTable("tech_transfer_projects");
            e.HasKey(x => x.Id);
            e.Property(x => x.Code).HasMaxLength(30);
            e.HasIndex(x => new { x.ZoneId, x.Code }).IsUnique();
            e.Property(x => x.Title).HasMaxLength(200);
            e.Property(x => x.Summary).HasMaxLength(2000);
            e.Property(x => x.Team).HasMaxLength(1000);
            e.Property(x => x.CompanyName).HasMaxLength(200);
            e.Property(x => x.Industry).HasConversion<string>().HasMaxLength(40);
            e.Property(x => x.Origin).HasConversion<string>().HasMaxLength(20);
            e.Property(x => x.Stage).HasConversion<string>().HasMaxLength(30);
            e.Property(x => x.FurthestStage).HasConversion<string>().HasMaxLength(30);
            e.Property(x => x.TerminationReason).HasMaxLength(500);
            e.Property(x => x.ScreeningScore).HasPrecision(6, 2);
            e.Property(x => x.Grade).HasMaxLength(2);
            e.Property(x => x.Version).IsConcurrencyToken();
            e.HasIndex(x => new { x.ZoneId, x.Stage });
            e.HasIndex(x => new { x.ZoneId, x.EntryYear });
            e.HasIndex(x => x.LeadOrganisationId);
            e.HasIndex(x => x.CompanyOrganisationId);
            e.HasMany(x => x.Achievements).WithOne().HasForeignKey(a => a.ProjectId).OnDelete(DeleteBehavior.Cascade);
            e.HasMany(x => x.Support).WithOne().HasForeignKey(s => s.ProjectId).OnDelete(DeleteBehavior.Cascade);
        });

        b.Entity<ProjectAchievement>(e =>
        {
            e.ToTable("tech_transfer_project_achievements");
            e.HasKey(x => x.Id);
            e.HasIndex(x => new { x.ProjectId, x.AchievementId }).IsUnique();
            e.HasIndex(x => x.AchievementId);
            e.HasOne<Achievement>().WithMany().HasForeignKey(x => x.AchievementId).OnDelete(DeleteBehavior.Restrict);
        });

        b.Entity<SupportRequest>(e =>
        {
            e.ToTable("tech_transfer_support_requests");
            e.HasKey(x => x.Id);
            e.Property(x => x.Kind).HasConversion<string>().HasMaxLength(20);
            e.Property(x => x.Details).HasMaxLength(1000);
            e.Property(x => x.AmountAsked).HasPrecision(18, 2);
            e.Property(x => x.Granted).HasMaxLength(500);
        });

        b.Entity<ProjectEvent>(e =>
        {
            e.ToTable("tech_transfer_project_events");
            e.HasKey(x => x.Id);
            e.Property(x => x.Kind).HasConversion<string>().HasMaxLength(30);
            e.Property(x => x.FromStage).HasConversion<string>().HasMaxLength(30);
            e.Property(x => x.ToStage).HasConversion<string>().HasMaxLength(30);
            e.Property(x => x.Text).HasMaxLength(1000);
            e.Property(x => x.ActorName).HasMaxLength(100);
            e.HasIndex(x => new { x.ProjectId, x.At });
            // Covering: the stage-time average reads the index only, already grouped by stage.
            e.HasIndex(x => new { x.ZoneId, x.Kind, x.FromStage, x.DaysInFromStage });
            e.HasOne<Project>().WithMany().HasForeignKey(x => x.ProjectId).OnDelete(DeleteBehavior.Cascade);
        });

        b.Entity<OutcomeReport>(e =>
        {
            e.ToTable("tech_transfer_outcome_reports");
            e.HasKey(x => x.Id);
            e.Property(x => x.RevenueToDate).HasPrecision(18, 2);
            e.Property(x => x.AnnualOutput).HasPrecision(18, 2);
            e.HasIndex(x => new { x.ProjectId, x.ReportedOn });
            // Covering: new output per year reads the index only.
            e.HasIndex(x => new { x.ZoneId, x.ProjectId, x.ReportedOn, x.AnnualOutput });
            e.HasOne<Project>().WithMany().HasForeignKey(x => x.ProjectId).OnDelete(DeleteBehavior.Cascade);
        });

        b.Entity<SuccessDefinition>(e =>
        {
            e.ToTable("tech_transfer_success_definitions");
            e.HasKey(x => x.Id);
            e.Property(x => x.RevenueThreshold).HasPrecision(18, 2);
            e.Property(x => x.AnnualOutputTarget).HasPrecision(18, 2);
            e.HasIndex(x => new { x.ZoneId, x.EffectiveFrom }).IsUnique();
        });

        b.Entity<PilotPlan>(e =>
        {
            e.ToTable("tech_transfer_pilot_plans");
            e.HasKey(x => x.Id);
            e.Property(x => x.Objectives).HasMaxLength(2000);
            e.Property(x => x.Facility).HasConversion<string>().HasMaxLength(10);
            e.Property(x => x.Budget).HasPrecision(18, 2);
            e.HasIndex(x => x.ProjectId).IsUnique();
            e.HasOne<Project>().WithMany().HasForeignKey(x => x.ProjectId).OnDelete(DeleteBehavior.Cascade);
        });

        b.Entity<IndustrializationPlan>(e =>
        {
            e.ToTable("tech_transfer_industrialization_plans");
            e.HasKey(x => x.Id);
            e.Property(x => x.Company).HasMaxLength(200);
            e.Property(x => x.Capacity).HasMaxLength(500);
            e.Property(x => x.TargetSales).HasPrecision(18, 2);
            e.Property(x => x.TargetOutput).HasPrecision(18, 2);
            e.HasIndex(x => x.ProjectId).IsUnique();
            e.HasOne<Project>().WithMany().HasForeignKey(x => x.ProjectId).OnDelete(DeleteBehavior.Cascade);
        });

        b.Entity<Milestone>(e =>
        {
            e.ToTable("tech_transfer_milestones");
            e.HasKey(x => x.Id);
            e.Property(x => x.Plan).HasConversion<string>().HasMaxLength(20);
            e.Property(x => x.State).HasConversion<string>().HasMaxLength(20);
            e.Property(x => x.Title).HasMaxLength(200);
            e.Property(x => x.AcceptanceCriteria).HasMaxLength(1000);
            e.Property(x => x.Evidence).HasMaxLength(2000);
            e.Property(x => x.DecisionNote).HasMaxLength(1000);
            e.HasIndex(x => new { x.ProjectId, x.Plan, x.Due });
            e.HasOne<Project>().WithMany().HasForeignKey(x => x.ProjectId).OnDelete(DeleteBehavior.Cascade);
        });

        b.Entity<ScreeningRound>(e =>
        {
            e.ToTable("tech_transfer_rounds");
            e.HasKey(x => x.Id);
            e.Property(x => x.Title).HasMaxLength(200);
            e.Property(x => x.Status).HasConversion<string>().HasMaxLength(20);
            e.Property(x => x.GradeA).HasPrecision(6, 2);
            e.Property(x => x.GradeB).HasPrecision(6, 2);
            e.Property(x => x.GradeC).HasPrecision(6, 2);
            e.Property(x => x.Version).IsConcurrencyToken();
            e.HasIndex(x => new { x.ZoneId, x.Deadline });
            e.HasMany(x => x.Criteria).WithOne().HasForeignKey(c => c.RoundId).OnDelete(DeleteBehavior.Cascade);
            e.HasMany(x => x.Reviewers).WithOne().HasForeignKey(c => c.RoundId).OnDelete(DeleteBehavior.Cascade);
            e.HasMany(x => x.Entries).WithOne().HasForeignKey(c => c.RoundId).OnDelete(DeleteBehavior.Cascade);
        });

        b.Entity<RoundCriterion>(e =>
        {
            e.ToTable("tech_transfer_round_criteria");
            e.HasKey(x => x.Id);
            e.Property(x => x.Key).HasMaxLength(40);
            e.Property(x => x.Name).HasMaxLength(100);
            e.Property(x => x.Weight).HasPrecision(6, 2);
            e.HasIndex(x => new { x.RoundId, x.Key }).IsUnique();
        });

        b.Entity<RoundReviewer>(e =>
        {
            e.ToTable("tech_transfer_round_reviewers");
            e.HasKey(x => x.Id);
            e.Property(x => x.UserId).HasMaxLength(64);
            e.Property(x => x.Name).HasMaxLength(100);
            e.HasIndex(x => new { x.RoundId, x.UserId }).IsUnique();
            e.HasIndex(x => x.UserId);
        });

        b.Entity<RoundEntry>(e =>
        {
            e.ToTable("tech_transfer_round_entries");
            e.HasKey(x => x.Id);
            e.Property(x => x.Score).HasPrecision(6, 2);
            e.Property(x => x.Grade).HasMaxLength(2);
            e.Property(x => x.Decision).HasConversion<string>().HasMaxLength(20);
            e.Property(x => x.Reason).HasMaxLength(1000);
            e.HasIndex(x => new { x.RoundId, x.ProjectId }).IsUnique();
            e.HasIndex(x => x.ProjectId);
            e.HasOne<Project>().WithMany().HasForeignKey(x => x.ProjectId).OnDelete(DeleteBehavior.Restrict);
        });

        b.Entity<ConflictDeclaration>(e =>
        {
            e.ToTable("tech_transfer_conflicts");
            e.HasKey(x => x.Id);
            e.Property(x => x.UserId).HasMaxLength(64);
            e.Property(x => x.Reason).HasMaxLength(500);
            e.HasIndex(x => new { x.RoundId, x.ProjectId, x.UserId }).IsUnique();
            e.HasOne<ScreeningRound>().WithMany().HasForeignKey(x => x.RoundId).OnDelete(DeleteBehavior.Cascade);
        });

        b.Entity<Review>(e =>
        {
            e.ToTable("tech_transfer_reviews");
            e.HasKey(x => x.Id);
            e.Property(x => x.UserId).HasMaxLength(64);
            e.Property(x => x.Total).HasPrecision(6, 2);
            e.Property(x => x.Comment).HasMaxLength(2000);
            e.HasIndex(x => new { x.RoundId, x.ProjectId, x.UserId }).IsUnique();
            e.HasOne<ScreeningRound>().WithMany().HasForeignKey(x => x.RoundId).OnDelete(DeleteBehavior.Cascade);
            e.HasMany(x => x.Scores).WithOne().HasForeignKey(s => s.ReviewId).OnDelete(DeleteBehavior.Cascade);
        });

        b.Entity<ReviewScore>(e =>
        {
            e.ToTable("tech_transfer_review_scores");
            e.HasKey(x => x.Id);
            e.Property(x => x.CriterionKey).HasMaxLength(40);
            e.Property(x => x.Score).HasPrecision(6, 2);
            e.HasIndex(x => new { x.ReviewId, x.CriterionKey }).IsUnique();
        });

        b.Entity<ContractConversion>(e =>
        {
            e.ToTable("tech_transfer_contract_conversions");
            e.HasKey(x => x.Id);
            e.Property(x => x.RegistrationNumber).HasMaxLength(30);
            e.HasIndex(x => new { x.ZoneId, x.ContractId }).IsUnique();
            e.HasIndex(x => new { x.ZoneId, x.ProjectId });
            e.HasIndex(x => new { x.ZoneId, x.AchievementId });
        });
    }
}
