using Gaoxin.Sample.Requests;
using Microsoft.EntityFrameworkCore;

namespace Gaoxin.Sample.Data;

/// <summary>The module's tables, all prefixed with its key. Money is decimal(18,2): exact to the fen.</summary>
internal static class SampleModel
{
    public static void Build(ModelBuilder b)
    {
        b.Entity<SampleRequest>(r =>
        {
            r.ToTable("sample_requests");
            r.HasKey(x => x.Id);
            r.Property(x => x.Title).HasMaxLength(200);
            r.Property(x => x.Amount).HasPrecision(18, 2);
            r.Property(x => x.Status).HasConversion<string>().HasMaxLength(20);
            r.HasIndex(x => new { x.ZoneId, x.Status });
        });
    }
}
