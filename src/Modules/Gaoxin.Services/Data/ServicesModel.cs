using Gaoxin.Services.Approvals;
using Gaoxin.Services.Calendar;
using Gaoxin.Services.Catalogue;
using Gaoxin.Services.Departments;
using Gaoxin.Services.Notices;
using Gaoxin.Services.Relief;
using Microsoft.EntityFrameworkCore;

namespace Gaoxin.Services.Data;

/// <summary>The module's tables, all prefixed "services_". Money is decimal(18,2): exact to the fen.</summary>
internal static class ServicesModel
{
    public static void Build(ModelBuilder b)
    {
        Calendar(b);
        Departments(b);
        Catalogue(b);
        Approvals(b);
        Notices(b);
        Relief(b);
        ApprovalsModel.Build(b);
        NoticesModel.Build(b);
        ReliefModel.Build(b);
    }

    private static void Calendar(ModelBuilder b)
    {
        b.Entity<HolidayDay>(e =>
        {
            e.ToTable("services_holiday_days");
            e.HasKey(x => x.Id);
            e.Property(x => x.Kind).HasConversion<string>().HasMaxLength(20);
            e.Property(x => x.Name).HasMaxLength(40);
            e.HasIndex(x => new { x.ZoneId, x.Date }).IsUnique();
        });

        b.Entity<CalendarYear>(e =>
        {
            e.ToTable("services_calendar_years");
            e.HasKey(x => x.Id);
            e.Property(x => x.Source).HasMaxLength(200);
            e.HasIndex(x => new { x.ZoneId, x.Year }).IsUnique();
        });
    }

    private static void Departments(ModelBuilder b)
    {
        b.Entity<Department>(e =>
        {
            e.ToTable("services_departments");
            e.HasKey(x => x.Id);
            e.Property(x => x.Code).HasMaxLength(20);
            e.Property(x => x.Name).HasMaxLength(100);
            e.HasIndex(x => new { x.ZoneId, x.Code }).IsUnique();
        });

        b.Entity<DepartmentMember>(e =>
        {
            e.ToTable("services_department_members");
            e.HasKey(x => x.Id);
            e.Property(x => x.UserId).HasMaxLength(64);
            e.HasOne<Department>().WithMany().HasForeignKey(x => x.DepartmentId).OnDelete(DeleteBehavior.Cascade);
            e.HasIndex(x => new { x.DepartmentId, x.UserId }).IsUnique();
            e.HasIndex(x => new { x.ZoneId, x.UserId });
        });
    }

    private static void Catalogue(ModelBuilder b)
    {
        b.Entity<ServiceItem>(e =>
        {
            e.ToTable("services_items");
            e.HasKey(x => x.Id);
            e.Property(x => x.Code).HasMaxLength(40);
            e.Property(x => x.Name).HasMaxLength(200);
            e.Property(x => x.ResultName).HasMaxLength(200);
            e.Property(x => x.Description).HasMaxLength(2000);
            e.Property(x => x.Result).HasConversion<string>().HasMaxLength(20);
            e.Property(x => x.Fee).HasPrecision(18, 2);
            e.Property(x => x.Version).IsConcurrencyToken();
            e.Ignore(x => x.ClockLimitDays);
            e.HasOne<Department>().WithMany().HasForeignKey(x => x.DepartmentId).OnDelete(DeleteBehavior.Restrict);
            e.HasIndex(x => new { x.ZoneId, x.Code }).IsUnique();
        });

        b.Entity<ItemMaterial>(e =>
        {
            e.ToTable("services_item_materials");
            e.HasKey(x => x.Id);
            e.Property(x => x.Name).HasMaxLength(200);
            e.HasOne<ServiceItem>().WithMany().HasForeignKey(x => x.ItemId).OnDelete(DeleteBehavior.Cascade);
            e.HasIndex(x => new { x.ItemId, x.Order });
        });

        b.Entity<FormField>(e =>
        {
            e.ToTable("services_form_fields");
            e.HasKey(x => x.Id);
            e.Property(x => x.Key).HasMaxLength(40);
            e.Property(x => x.Label).HasMaxLength(100);
            e.Property(x => x.Kind).HasConversion<string>().HasMaxLength(20);
            e.Property(x => x.Min).HasPrecision(18, 2);
            e.Property(x => x.Max).HasPrecision(18, 2);
            e.Property(x => x.Choices).HasMaxLength(1000);
            e.HasOne<ServiceItem>().WithMany().HasForeignKey(x => x.ItemId).OnDelete(DeleteBehavior.Cascade);
            e.HasIndex(x => new { x.ItemId, x.Key }).IsUnique();
        });
    }

    private static void Approvals(ModelBuilder b)
    {
        b.Entity<ServiceApplication>(e =>
        {
            e.ToTable("services_applications");
            e.HasKey(x => x.Id);
            e.Property(x => x.Number).HasMaxLength(40);
            e.Property(x => x.Title).HasMaxLength(200);
            e.Property(x => x.FieldValues).HasMaxLength(20_000);
            e.Property(x => x.SubmittedBy).HasMaxLength(100);
            e.Property(x => x.Status).HasConversion<string>().HasMaxLength(20);
            e.Property(x => x.Version).IsConcurrencyToken();
            e.HasIndex(x => new { x.ZoneId, x.Number }).IsUnique();
            e.HasIndex(x => new { x.ZoneId, x.ApplicantId, x.Status });
        });

        b.Entity<ApplicationItem>(e =>
        {
            e.ToTable("services_application_items");
            e.HasKey(x => x.Id);
            e.Property(x => x.Status).HasConversion<string>().HasMaxLength(20);
            e.Property(x => x.DeferredMaterial).HasMaxLength(200);
            e.Property(x => x.DecisionReason).HasMaxLength(2000);
            e.Property(x => x.DecidedBy).HasMaxLength(100);
            e.Property(x => x.Version).IsConcurrencyToken();
            e.Ignore(x => x.IsOpen);
            e.HasOne<ServiceApplication>().WithMany().HasForeignKey(x => x.ApplicationId).OnDelete(DeleteBehavior.Cascade);
            e.HasOne<ServiceItem>().WithMany().HasForeignKey(x => x.ServiceItemId).OnDelete(DeleteBehavior.Restrict);
            e.HasOne<Department>().WithMany().HasForeignKey(x => x.DepartmentId).OnDelete(DeleteBehavior.Restrict);
            e.HasIndex(x => new { x.ApplicationId, x.ServiceItemId }).IsUnique();
            // The department queue: open items of a department by due day.
            e.HasIndex(x => new { x.ZoneId, x.DepartmentId, x.Status, x.DueOn });
        });
    }

    private static void Notices(ModelBuilder b)
    {
        b.Entity<Notice>(e =>
        {
            e.ToTable("services_notices");
            e.HasKey(x => x.Id);
            e.Property(x => x.Kind).HasConversion<string>().HasMaxLength(20);
            e.Property(x => x.UserId).HasMaxLength(64);
            e.Property(x => x.Title).HasMaxLength(200);
            e.Property(x => x.Body).HasMaxLength(4000);
            e.Property(x => x.Link).HasMaxLength(400);
            e.HasIndex(x => new { x.ZoneId, x.UserId, x.CreatedAt });
            e.HasIndex(x => new { x.ZoneId, x.OrganisationId, x.CreatedAt });
            e.HasIndex(x => x.MailedAt);
        });
    }

    private static void Relief(ModelBuilder b)
    {
        b.Entity<ReliefCase>(e =>
        {
            e.ToTable("services_relief_cases");
            e.HasKey(x => x.Id);
            e.Property(x => x.Number).HasMaxLength(40);
            e.Property(x => x.Description).HasMaxLength(4000);
            e.Property(x => x.ReportedBy).HasMaxLength(100);
            e.Property(x => x.ClosingNote).HasMaxLength(2000);
            e.Property(x => x.Category).HasConversion<string>().HasMaxLength(20);
            e.Property(x => x.Source).HasConversion<string>().HasMaxLength(20);
            e.Property(x => x.Status).HasConversion<string>().HasMaxLength(20);
            e.Property(x => x.Version).IsConcurrencyToken();
            e.HasOne<Department>().WithMany().HasForeignKey(x => x.DepartmentId).OnDelete(DeleteBehavior.Restrict);
            e.HasIndex(x => new { x.ZoneId, x.Number }).IsUnique();
            e.HasIndex(x => new { x.ZoneId, x.Status, x.Category });
            e.HasIndex(x => new { x.ZoneId, x.EnterpriseId });
        });

        b.Entity<ReliefMeasure>(e =>
        {
            e.ToTable("services_relief_measures");
            e.HasKey(x => x.Id);
            e.Property(x => x.Text).HasMaxLength(2000);
            e.Property(x => x.RecordedBy).HasMaxLength(100);
            e.HasOne<ReliefCase>().WithMany().HasForeignKey(x => x.CaseId).OnDelete(DeleteBehavior.Cascade);
            e.HasIndex(x => x.CaseId);
        });
    }
}
