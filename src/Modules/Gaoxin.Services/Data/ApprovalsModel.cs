using Gaoxin.Services.Approvals;
using Microsoft.EntityFrameworkCore;

namespace Gaoxin.Services.Data;

/// <summary>The approvals slice's own tables: the result documents kept with applications.</summary>
internal static class ApprovalsModel
{
    public static void Build(ModelBuilder b)
    {
        b.Entity<ResultDocument>(e =>
        {
            e.ToTable("services_result_documents");
            e.HasKey(x => x.Id);
            e.Property(x => x.DocumentNumber).HasMaxLength(80);
            e.Property(x => x.FileName).HasMaxLength(200);
            e.HasOne<ServiceApplication>().WithMany().HasForeignKey(x => x.ApplicationId).OnDelete(DeleteBehavior.Cascade);
            e.HasOne<ApplicationItem>().WithMany().HasForeignKey(x => x.ApplicationItemId).OnDelete(DeleteBehavior.Cascade);
            e.HasIndex(x => x.ApplicationItemId).IsUnique();
            e.HasIndex(x => x.ApplicationId);
        });
    }
}
