using Gaoxin.Capital.Registry;
using Gaoxin.Capital.Rounds;
using Microsoft.EntityFrameworkCore;

namespace Gaoxin.Capital.Data;

/// <summary>The module's tables, all prefixed with its key. Money is decimal(18,2): exact to the fen.</summary>
internal static class CapitalModel
{
    public static void Build(ModelBuilder b)
    {
        b.Entity<Investor>(e =>
        {
            e.ToTable("capital_investors");
            e.HasKey(x => x.Id);
            e.Property(x => x.Name).HasMaxLength(200);
            e.Property(x => x.NormalisedName).HasMaxLength(200);
            e.Property(x => x.Kind).HasConversion<string>().HasMaxLength(30);
            e.Property(x => x.Contact).HasMaxLength(200);
            // Duplicates refused by the desk; the index stands behind it under a race (409).
            e.HasIndex(x => new { x.ZoneId, x.NormalisedName }).IsUnique();
        });

        b.Entity<VentureFund>(e =>
        {
            e.ToTable("capital_funds");
            e.HasKey(x => x.Id);
            e.Property(x => x.Name).HasMaxLength(200);
            e.Property(x => x.NormalisedName).HasMaxLength(200);
            e.Property(x => x.Size).HasPrecision(18, 2);
            e.Property(x => x.Focus).HasMaxLength(500);
            e.HasIndex(x => new { x.ZoneId, x.NormalisedName }).IsUnique();
            e.HasIndex(x => x.ManagerId);
        });

        b.Entity<FinancingRound>(e =>
        {
            e.ToTable("capital_rounds");
            e.HasKey(x => x.Id);
            e.Property(x => x.CompanyName).HasMaxLength(200);
            e.Property(x => x.ProjectTitle).HasMaxLength(300);
            e.Property(x => x.Name).HasMaxLength(40);
            e.Property(x => x.PreMoney).HasPrecision(18, 2);
            e.Property(x => x.Amount).HasPrecision(18, 2);
            e.Property(x => x.PostMoney).HasPrecision(18, 2);
            e.Property(x => x.PreMoneyShares).HasPrecision(18, 2);
            e.Property(x => x.State).HasConversion<string>().HasMaxLength(20);
            e.Property(x => x.CreatedBy).HasMaxLength(200);
            e.Property(x => x.ClosedBy).HasMaxLength(200);
            e.Property(x => x.CancelReason).HasMaxLength(500);
            e.Property(x => x.Version).IsConcurrencyToken();
            e.Ignore(x => x.PricePerShare);
            e.HasMany(x => x.Investors).WithOne().HasForeignKey(x => x.RoundId);
            e.HasIndex(x => new { x.ZoneId, x.CompanyOrganisationId });
            e.HasIndex(x => new { x.ZoneId, x.State, x.ClosedOn });
        });

        b.Entity<RoundInvestor>(e =>
        {
            e.ToTable("capital_round_investors");
            e.HasKey(x => x.Id);
            e.Property(x => x.InvestorName).HasMaxLength(200);
            e.Property(x => x.Amount).HasPrecision(18, 2);
            e.HasIndex(x => new { x.RoundId, x.InvestorId }).IsUnique();
        });
    }
}
