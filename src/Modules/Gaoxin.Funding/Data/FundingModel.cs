using Gaoxin.Funding.Assessment;
using Gaoxin.Funding.Awards;
using Gaoxin.Funding.Instruments;
using Gaoxin.Funding.Ledger;
using Gaoxin.Funding.Policy;
using Gaoxin.Kernel.Money;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Gaoxin.Funding.Data;

/// <summary>The module's tables, all prefixed "funding_". Money is decimal(18,2): exact to the fen.</summary>
internal static class FundingModel
{
    /// <summary>Amounts are <see cref="Money"/> in the entities and the same decimal(18,2) columns in the tables.</summary>
    private static readonly ValueConverter<Money, decimal> Yuan = new(m => m.Yuan, d => Money.Of(d));

    public static void Build(ModelBuilder b)
    {
        b.Entity<FundingPolicy>(p =>
        {
            p.ToTable("funding_policies");
            p.HasKey(x => x.Id);
            p.HasIndex(x => new { x.ZoneId, x.Version }).IsUnique();
            p.Property(x => x.Note).HasMaxLength(500);
            p.Property(x => x.EquityHolder).HasMaxLength(200);
            foreach (var d in typeof(FundingPolicy).GetProperties().Where(x => x.PropertyType == typeof(decimal)))
            {
                p.Property(d.Name).HasPrecision(18, 4);
            }
        });

        b.Entity<LedgerEntry>(e =>
        {
            e.ToTable("funding_ledger_entries");
            e.HasKey(x => x.Sequence);
            e.Property(x => x.Sequence).ValueGeneratedNever();
            e.Property(x => x.Kind).HasConversion<string>().HasMaxLength(30);
            e.Property(x => x.Amount).HasPrecision(18, 2);
            e.Property(x => x.Memo).HasMaxLength(500);
            e.Property(x => x.Actor).HasMaxLength(200);
            e.Property(x => x.PreviousHash).HasMaxLength(64);
            e.Property(x => x.Hash).HasMaxLength(64);
            e.HasIndex(x => new { x.ZoneId, x.FundYear, x.Kind });
            e.HasIndex(x => new { x.ZoneId, x.ProjectId });
            e.HasIndex(x => x.AwardId);
        });

        b.Entity<FundApplication>(a =>
        {
            a.ToTable("funding_applications");
            a.HasKey(x => x.Id);
            a.Property(x => x.ProjectCode).HasMaxLength(60);
            a.Property(x => x.ProjectTitle).HasMaxLength(300);
            a.Property(x => x.CostBreakdown).HasMaxLength(2000);
            a.Property(x => x.Instrument).HasConversion<string>().HasMaxLength(30);
            a.Property(x => x.Stage).HasConversion<string>().HasMaxLength(20);
            a.Property(x => x.Status).HasConversion<string>().HasMaxLength(20);
            a.Property(x => x.Grade).HasMaxLength(2);
            a.Property(x => x.Amount).HasConversion(Yuan).HasPrecision(18, 2);
            a.Property(x => x.EligibleCost).HasConversion(Yuan).HasPrecision(18, 2);
            a.Property(x => x.RecommendedAmount).HasConversion(Yuan).HasPrecision(18, 2);
            a.Property(x => x.ScreeningScore).HasPrecision(9, 2);
            a.Property(x => x.RecommendationNote).HasMaxLength(1000);
            a.Property(x => x.RecommendedBy).HasMaxLength(200);
            a.Property(x => x.DecisionNote).HasMaxLength(1000);
            a.Property(x => x.DecidedBy).HasMaxLength(200);
            a.HasIndex(x => new { x.ZoneId, x.Status });
            a.HasIndex(x => new { x.ZoneId, x.OrganisationId });
            a.HasIndex(x => x.ProjectId);
        });

        b.Entity<Award>(a =>
        {
            a.ToTable("funding_awards");
            a.HasKey(x => x.Id);
            a.Property(x => x.ProjectCode).HasMaxLength(60);
            a.Property(x => x.ProjectTitle).HasMaxLength(300);
            a.Property(x => x.Grade).HasMaxLength(2);
            a.Property(x => x.Amount).HasConversion(Yuan).HasPrecision(18, 2);
            a.Property(x => x.Instrument).HasConversion<string>().HasMaxLength(30);
            a.Property(x => x.Stage).HasConversion<string>().HasMaxLength(20);
            a.Property(x => x.Status).HasConversion<string>().HasMaxLength(20);
            a.Property(x => x.ApprovedBy).HasMaxLength(200);
            a.Property(x => x.CloseReason).HasMaxLength(1000);
            a.HasIndex(x => x.ApplicationId).IsUnique();
            a.HasIndex(x => new { x.ZoneId, x.FundYear });
            a.HasIndex(x => new { x.ZoneId, x.OrganisationId });
            a.HasIndex(x => x.ProjectId);
            a.HasMany(x => x.Tranches).WithOne().HasForeignKey(t => t.AwardId).OnDelete(DeleteBehavior.Restrict);
        });

        b.Entity<Tranche>(t =>
        {
            t.ToTable("funding_tranches");
            t.HasKey(x => x.Id);
            t.Property(x => x.Label).HasMaxLength(60);
            t.Property(x => x.Share).HasPrecision(9, 4);
            t.Property(x => x.Amount).HasConversion(Yuan).HasPrecision(18, 2);
            t.Property(x => x.MilestoneTitle).HasMaxLength(300);
            t.Property(x => x.Status).HasConversion<string>().HasMaxLength(20);
            t.HasIndex(x => new { x.AwardId, x.Number }).IsUnique();
        });

        b.Entity<Payment>(p =>
        {
            p.ToTable("funding_payments");
            p.HasKey(x => x.Id);
            p.Property(x => x.IdempotencyKey).HasMaxLength(100);
            p.HasIndex(x => new { x.ZoneId, x.IdempotencyKey }).IsUnique();
            p.Property(x => x.Amount).HasConversion(Yuan).HasPrecision(18, 2);
            p.Property(x => x.Reference).HasMaxLength(100);
            p.Property(x => x.Status).HasConversion<string>().HasMaxLength(20);
            p.Property(x => x.FailureReason).HasMaxLength(500);
            p.Property(x => x.RecordedBy).HasMaxLength(200);
            p.HasIndex(x => x.TrancheId);
            p.HasIndex(x => x.AwardId);
        });

        b.Entity<EquityInstrument>(i =>
        {
            i.ToTable("funding_instruments");
            i.HasKey(x => x.Id);
            i.HasIndex(x => x.AwardId).IsUnique();
            i.HasIndex(x => new { x.ZoneId, x.Status });
            i.Property(x => x.ProjectTitle).HasMaxLength(300);
            i.Property(x => x.Status).HasConversion<string>().HasMaxLength(20);
            i.Property(x => x.Holder).HasMaxLength(200);
            i.Property(x => x.Trigger).HasConversion<string>().HasMaxLength(20);
            i.Property(x => x.ExitKind).HasConversion<string>().HasMaxLength(20);
            i.Property(x => x.Settlement).HasConversion<string>().HasMaxLength(20);
            i.Property(x => x.Round).HasMaxLength(60);
            i.Property(x => x.Note).HasMaxLength(500);
            i.Property(x => x.Discount).HasPrecision(9, 4);
            i.Property(x => x.ReturnAnnualRate).HasPrecision(9, 4);
            i.Property(x => x.RoundPricePerShare).HasPrecision(18, 6);
            i.Property(x => x.ConversionPrice).HasPrecision(18, 6);
            i.Property(x => x.Shares).HasPrecision(20, 0);
            foreach (var m in new[] { nameof(EquityInstrument.Principal), nameof(EquityInstrument.Proceeds), nameof(EquityInstrument.ReturnCap), nameof(EquityInstrument.Credited) })
            {
                i.Property(m).HasConversion(Yuan).HasPrecision(18, 2);
            }
        });

        b.Entity<Proposals.ConversionProposal>(p =>
        {
            p.ToTable("funding_conversion_proposals");
            p.HasKey(x => x.Id);
            // Once per instrument and round: a retried or racing close cannot make a second.
            p.HasIndex(x => new { x.InstrumentId, x.RoundId }).IsUnique();
            p.HasIndex(x => new { x.ZoneId, x.RoundId });
            p.HasIndex(x => new { x.ZoneId, x.Status });
            p.Property(x => x.ProjectTitle).HasMaxLength(300);
            p.Property(x => x.RoundName).HasMaxLength(60);
            p.Property(x => x.Status).HasConversion<string>().HasMaxLength(20);
            p.Property(x => x.DecidedBy).HasMaxLength(200);
            p.Property(x => x.Reason).HasMaxLength(500);
            p.Property(x => x.PreMoney).HasPrecision(18, 2);
            p.Property(x => x.Principal).HasPrecision(18, 2);
            p.Property(x => x.PricePerShare).HasPrecision(18, 6);
            p.Property(x => x.ConversionPrice).HasPrecision(18, 6);
            p.Property(x => x.Discount).HasPrecision(9, 4);
            p.Property(x => x.Shares).HasPrecision(20, 0);
            p.Property(x => x.StakeOfPreMoney).HasPrecision(18, 6);
        });

        b.Entity<DiligenceReview>(r =>
        {
            r.ToTable("funding_diligence_reviews");
            r.HasKey(x => x.Id);
            r.Property(x => x.Findings).HasMaxLength(4000);
            r.Property(x => x.Status).HasConversion<string>().HasMaxLength(20);
            r.Property(x => x.OpenedBy).HasMaxLength(200);
            r.HasIndex(x => x.InstrumentId);
            r.HasMany(x => x.Approvals).WithOne().HasForeignKey(a => a.ReviewId).OnDelete(DeleteBehavior.Restrict);
        });

        b.Entity<ReviewApproval>(a =>
        {
            a.ToTable("funding_review_approvals");
            a.HasKey(x => x.Id);
            a.Property(x => x.Role).HasMaxLength(40);
            a.Property(x => x.ApproverId).HasMaxLength(100);
            a.Property(x => x.ApproverName).HasMaxLength(200);
            a.Property(x => x.Opinion).HasMaxLength(1000);
            a.HasIndex(x => new { x.ReviewId, x.Role }).IsUnique();
        });

        b.Entity<OperatorAssessment>(a =>
        {
            a.ToTable("funding_assessments");
            a.HasKey(x => x.Id);
            a.HasIndex(x => new { x.ZoneId, x.Year }).IsUnique();
            a.Property(x => x.KpisJson).HasMaxLength(8000);
            a.Property(x => x.Score).HasPrecision(9, 2);
            a.Property(x => x.Factor).HasPrecision(9, 4);
            a.Property(x => x.BaseFee).HasPrecision(18, 2);
            a.Property(x => x.OperatingFunds).HasPrecision(18, 2);
            a.Property(x => x.AssessedBy).HasMaxLength(200);
            a.Property(x => x.Note).HasMaxLength(2000);
        });
    }
}
