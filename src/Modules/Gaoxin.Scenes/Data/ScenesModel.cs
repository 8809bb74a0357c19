using Gaoxin.Scenes.Deals;
using Gaoxin.Scenes.Demands;
using Gaoxin.Scenes.SceneBoard;
using Gaoxin.Scenes.Supply;
using Gaoxin.Scenes.TechContracts;
using Microsoft.EntityFrameworkCore;

namespace Gaoxin.Scenes.Data;

/// <summary>The module's tables, all prefixed "scenes_". Money is decimal(18,2): exact to the fen.</summary>
internal static class ScenesModel
{
    public static void Build(ModelBuilder b)
    {
        Scenes(b);
        Demands(b);
        Supply(b);
        Deals(b);
        Contracts(b);
        SceneBoardModel.Build(b);
        MatchingModel.Build(b);
    }

    private static void Scenes(ModelBuilder b)
    {
        b.Entity<Scene>(e =>
        {
            e.ToTable("scenes_scenes");
            e.HasKey(x => x.Id);
            e.Property(x => x.Code).HasMaxLength(20);
            e.Property(x => x.Title).HasMaxLength(100);
            e.Property(x => x.Problem).HasMaxLength(4000);
            e.Property(x => x.Place).HasMaxLength(200);
            e.Property(x => x.OfferNote).HasMaxLength(1000);
            e.Property(x => x.ChainLink).HasMaxLength(50);
            e.Property(x => x.RequiredCertificates).HasMaxLength(200);
            e.Property(x => x.Budget).HasPrecision(18, 2);
            e.Property(x => x.Kind).HasConversion<string>().HasMaxLength(30);
            e.Property(x => x.Industry).HasConversion<string>().HasMaxLength(30);
            e.Property(x => x.Status).HasConversion<string>().HasMaxLength(20);
            e.Property(x => x.Version).IsConcurrencyToken();
            e.HasIndex(x => new { x.ZoneId, x.Code }).IsUnique();
            e.HasIndex(x => new { x.ZoneId, x.Status });
            e.HasMany(x => x.Proposals).WithOne().HasForeignKey(p => p.SceneId).OnDelete(DeleteBehavior.Cascade);
        });

        b.Entity<SceneProposal>(e =>
        {
            e.ToTable("scenes_proposals");
            e.HasKey(x => x.Id);
            e.Property(x => x.TeamName).HasMaxLength(100);
            e.Property(x => x.Summary).HasMaxLength(4000);
            e.Property(x => x.Certificates).HasMaxLength(200);
            e.Property(x => x.QuotedAmount).HasPrecision(18, 2);
            e.Property(x => x.DecisionNote).HasMaxLength(1000);
            e.Property(x => x.TrialResult).HasMaxLength(2000);
            e.Property(x => x.Status).HasConversion<string>().HasMaxLength(20);
            e.Property(x => x.Adoption).HasConversion<string>().HasMaxLength(20);
            e.Property(x => x.Version).IsConcurrencyToken();
            e.HasIndex(x => new { x.ZoneId, x.ProposerOrganisationId });
            e.HasIndex(x => new { x.SceneId, x.ProposerOrganisationId });
        });
    }

    private static void Demands(ModelBuilder b)
    {
        b.Entity<Demand>(e =>
        {
            e.ToTable("scenes_demands");
            e.HasKey(x => x.Id);
            e.Property(x => x.Code).HasMaxLength(20);
            e.Property(x => x.Title).HasMaxLength(100);
            e.Property(x => x.Problem).HasMaxLength(4000);
            e.Property(x => x.DuplicateText).HasMaxLength(4200);
            e.Property(x => x.ChainLink).HasMaxLength(50);
            e.Property(x => x.BudgetMin).HasPrecision(18, 2);
            e.Property(x => x.BudgetMax).HasPrecision(18, 2);
            e.Property(x => x.ModerationNote).HasMaxLength(1000);
            e.Property(x => x.Industry).HasConversion<string>().HasMaxLength(30);
            e.Property(x => x.Status).HasConversion<string>().HasMaxLength(20);
            e.Property(x => x.Version).IsConcurrencyToken();
            e.HasIndex(x => new { x.ZoneId, x.Code }).IsUnique();
            e.HasIndex(x => new { x.ZoneId, x.Status });
            e.HasIndex(x => new { x.ZoneId, x.PosterOrganisationId });
        });
    }

    private static void Supply(ModelBuilder b)
    {
        b.Entity<Product>(e =>
        {
            e.ToTable("scenes_products");
            e.HasKey(x => x.Id);
            e.Property(x => x.Name).HasMaxLength(100);
            e.Property(x => x.Description).HasMaxLength(4000);
            e.Property(x => x.ChainLink).HasMaxLength(50);
            e.Property(x => x.Certificates).HasMaxLength(200);
            e.Property(x => x.Industry).HasConversion<string>().HasMaxLength(30);
            e.Property(x => x.Version).IsConcurrencyToken();
            e.HasIndex(x => new { x.ZoneId, x.OrganisationId });
        });

        b.Entity<Expert>(e =>
        {
            e.ToTable("scenes_experts");
            e.HasKey(x => x.Id);
            e.Property(x => x.Name).HasMaxLength(40);
            e.Property(x => x.Title).HasMaxLength(60);
            e.Property(x => x.Affiliation).HasMaxLength(100);
            e.Property(x => x.Expertise).HasMaxLength(2000);
            e.Property(x => x.Industry).HasConversion<string>().HasMaxLength(30);
            e.Property(x => x.Version).IsConcurrencyToken();
            e.HasIndex(x => x.ZoneId);
        });
    }

    private static void Deals(ModelBuilder b)
    {
        b.Entity<Deal>(e =>
        {
            e.ToTable("scenes_deals");
            e.HasKey(x => x.Id);
            e.Property(x => x.Side).HasConversion<string>().HasMaxLength(20);
            e.Property(x => x.SupplyKind).HasConversion<string>().HasMaxLength(20);
            e.Property(x => x.Stage).HasConversion<string>().HasMaxLength(20);
            e.Property(x => x.MatchScore).HasPrecision(9, 4);
            e.Property(x => x.MatchReasons).HasMaxLength(2000);
            e.Property(x => x.Version).IsConcurrencyToken();
            e.HasIndex(x => new { x.ZoneId, x.Side, x.DemandId, x.SupplyKind, x.SupplyId }).IsUnique();
            e.HasIndex(x => new { x.ZoneId, x.Stage, x.LastStepOn });
            e.HasMany(x => x.Steps).WithOne().HasForeignKey(s => s.DealId).OnDelete(DeleteBehavior.Cascade);
        });

        b.Entity<DealStep>(e =>
        {
            e.ToTable("scenes_deal_steps");
            e.HasKey(x => x.Id);
            e.Property(x => x.Stage).HasConversion<string>().HasMaxLength(20);
            e.Property(x => x.Note).HasMaxLength(1000);
            e.Property(x => x.ActorName).HasMaxLength(100);
        });
    }

    private static void Contracts(ModelBuilder b)
    {
        b.Entity<TechContract>(e =>
        {
            e.ToTable("scenes_tech_contracts");
            e.HasKey(x => x.Id);
            e.Property(x => x.Title).HasMaxLength(200);
            e.Property(x => x.Kind).HasConversion<string>().HasMaxLength(20);
            e.Property(x => x.Amount).HasPrecision(18, 2);
            e.Property(x => x.TechnologyAmount).HasPrecision(18, 2);
            e.Property(x => x.RegistrationNumber).HasMaxLength(30);
            e.Property(x => x.Version).IsConcurrencyToken();
            e.HasIndex(x => new { x.ZoneId, x.RegistrationNumber }).IsUnique();
            e.HasIndex(x => new { x.ZoneId, x.RegisteredOn });
            e.HasMany(x => x.Payments).WithOne().HasForeignKey(p => p.ContractId).OnDelete(DeleteBehavior.Cascade);
        });

        b.Entity<ContractPayment>(e =>
        {
            e.ToTable("scenes_contract_payments");
            e.HasKey(x => x.Id);
            e.Property(x => x.Amount).HasPrecision(18, 2);
        });
    }
}
