using Gaoxin.Enterprises.Evaluations;
using Gaoxin.Enterprises.Policies;
using Gaoxin.Enterprises.Registry;
using Gaoxin.Enterprises.Transformation;
using Microsoft.EntityFrameworkCore;

namespace Gaoxin.Enterprises.Data;

/// <summary>The module's tables, all prefixed "enterprises_".</summary>
internal static class EnterprisesModel
{
    public static void Build(ModelBuilder b)
    {
        b.Entity<Enterprise>(e =>
        {
            e.ToTable("enterprises_enterprises");
            e.HasKey(x => x.Id);
            e.Property(x => x.Name).HasMaxLength(200);
            e.Property(x => x.CreditCode).HasMaxLength(18);
            e.HasIndex(x => new { x.ZoneId, x.CreditCode }).IsUnique();
            e.HasIndex(x => new { x.ZoneId, x.Name });
            e.HasIndex(x => x.OrganisationId);
            e.Property(x => x.Address).HasMaxLength(300);
            e.Property(x => x.IndustryCode).HasMaxLength(5);
            e.Property(x => x.ZoneIndustry).HasConversion<string>().HasMaxLength(40);
            e.Property(x => x.SizeClass).HasConversion<string>().HasMaxLength(20);
            e.Property(x => x.ContactName).HasMaxLength(50);
            e.Property(x => x.ContactPhone).HasMaxLength(30);
            e.HasMany(x => x.Years).WithOne().HasForeignKey(y => y.EnterpriseId).OnDelete(DeleteBehavior.Cascade);
            e.HasMany(x => x.Certificates).WithOne().HasForeignKey(c => c.EnterpriseId).OnDelete(DeleteBehavior.Cascade);
            e.HasMany(x => x.Honours).WithOne().HasForeignKey(h => h.EnterpriseId).OnDelete(DeleteBehavior.Cascade);
        });

        b.Entity<AnnualReport>(y =>
        {
            y.ToTable("enterprises_annual_reports");
            y.HasKey(x => x.Id);
            y.HasIndex(x => new { x.EnterpriseId, x.Year }).IsUnique();
            foreach (var money in new[] { nameof(AnnualReport.Sales), nameof(AnnualReport.TotalRevenue), nameof(AnnualReport.MainBusinessRevenue), nameof(AnnualReport.TotalCosts), nameof(AnnualReport.RdSpend), nameof(AnnualReport.RdSpendInChina), nameof(AnnualReport.TotalAssets), nameof(AnnualReport.NetAssets), nameof(AnnualReport.HighTechIncome), nameof(AnnualReport.EquityRaised) })
            {
                y.Property(money).HasPrecision(18, 2);
            }

            y.Property(x => x.DebtRatio).HasPrecision(9, 6);
        });

        b.Entity<EnterpriseHonour>(h =>
        {
            h.ToTable("enterprises_honours");
            h.HasKey(x => x.Id);
            h.Property(x => x.Kind).HasConversion<string>().HasMaxLength(40);
            h.Property(x => x.Name).HasMaxLength(200);
            h.HasIndex(x => x.EnterpriseId);
        });

        b.Entity<EnterpriseCertificate>(c =>
        {
            c.ToTable("enterprises_certificates");
            c.HasKey(x => x.Id);
            c.Property(x => x.Scheme).HasConversion<string>().HasMaxLength(30);
            c.Property(x => x.Number).HasMaxLength(60);
            c.HasIndex(x => new { x.EnterpriseId, x.Scheme, x.Number }).IsUnique();
            c.HasIndex(x => new { x.ZoneId, x.ValidTo });
        });

        b.Entity<ExpertScore>(s =>
        {
            s.ToTable("enterprises_expert_scores");
            s.HasKey(x => x.Id);
            s.Property(x => x.Scheme).HasConversion<string>().HasMaxLength(30);
            s.Property(x => x.Item).HasMaxLength(60);
            s.Property(x => x.ReviewerId).HasMaxLength(60);
            s.Property(x => x.Score).HasPrecision(5, 2);
            s.HasIndex(x => new { x.EnterpriseId, x.Scheme, x.Item }).IsUnique();
        });

        b.Entity<TransformationProject>(t =>
        {
            t.ToTable("enterprises_transformations");
            t.HasKey(x => x.Id);
            t.Property(x => x.Title).HasMaxLength(200);
            t.Property(x => x.Kind).HasConversion<string>().HasMaxLength(20);
            t.Property(x => x.Investment).HasPrecision(18, 2);
            t.Property(x => x.Outcomes).HasMaxLength(2000);
            t.HasIndex(x => new { x.ZoneId, x.EnterpriseId });
        });

        b.Entity<SupportPolicy>(p =>
        {
            p.ToTable("enterprises_policies");
            p.HasKey(x => x.Id);
            p.Property(x => x.Name).HasMaxLength(200);
            p.Property(x => x.Summary).HasMaxLength(2000);
            p.Property(x => x.Document).HasMaxLength(100);
            p.Property(x => x.Eligibility).HasMaxLength(4000);
            p.Property(x => x.Amount).HasMaxLength(1000);
            p.HasIndex(x => new { x.ZoneId, x.Name }).IsUnique();
        });

        b.Entity<EvaluationRecord>(r =>
        {
            r.ToTable("enterprises_evaluations");
            r.HasKey(x => x.Id);
            r.Property(x => x.Scheme).HasConversion<string>().HasMaxLength(30);
            r.Property(x => x.SchemeVersion).HasMaxLength(40);
            r.Property(x => x.Verdict).HasConversion<string>().HasMaxLength(30);
            r.Property(x => x.Total).HasPrecision(6, 2);
            r.Property(x => x.MaxReachable).HasPrecision(6, 2);
            r.Property(x => x.Shortfall).HasPrecision(6, 2);
            r.Property(x => x.FirstGap).HasMaxLength(500);
            r.HasIndex(x => new { x.EnterpriseId, x.Scheme }).IsUnique();
            r.HasIndex(x => new { x.ZoneId, x.Scheme, x.Shortfall });
        });
    }
}
