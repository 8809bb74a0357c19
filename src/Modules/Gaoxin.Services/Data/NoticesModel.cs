using Gaoxin.Services.Notices;
using Gaoxin.Services.ServicePage;
using Microsoft.EntityFrameworkCore;

namespace Gaoxin.Services.Data;

/// <summary>The enterprise page and notices slice's tables: e-mail preferences, mails sent per recipient, due reminders posted.</summary>
internal static class NoticesModel
{
    public static void Build(ModelBuilder b)
    {
        b.Entity<NoticePreference>(e =>
        {
            e.ToTable("services_notice_preferences");
            e.HasKey(x => x.Id);
            e.Property(x => x.UserId).HasMaxLength(64);
            e.Property(x => x.Mode).HasConversion<string>().HasMaxLength(20);
            e.HasIndex(x => new { x.ZoneId, x.UserId }).IsUnique();
            e.HasIndex(x => new { x.Mode, x.LastDigestOn });
        });

        b.Entity<NoticeMail>(e =>
        {
            e.ToTable("services_notice_mails");
            e.HasKey(x => x.Id);
            e.Property(x => x.UserId).HasMaxLength(64);
            e.HasOne<Notice>().WithMany().HasForeignKey(x => x.NoticeId).OnDelete(DeleteBehavior.Cascade);
            e.HasIndex(x => new { x.NoticeId, x.UserId }).IsUnique();
        });

        b.Entity<DueReminder>(e =>
        {
            e.ToTable("services_due_reminders");
            e.HasKey(x => x.Id);
            e.Property(x => x.Key).HasMaxLength(200);
            e.HasIndex(x => new { x.ZoneId, x.OrganisationId, x.Key, x.Stage }).IsUnique();
        });
    }
}
