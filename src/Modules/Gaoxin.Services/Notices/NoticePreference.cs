using Gaoxin.Kernel.Zones;

namespace Gaoxin.Services.Notices;

/// <summary>How a user's notices reach them by e-mail (they are always in the app).</summary>
public enum MailMode
{
    /// <summary>即时发送: each notice as it comes.</summary>
    Immediately = 1,
    /// <summary>每日汇总: one e-mail a day listing the day's notices.</summary>
    DailyDigest = 2,
    /// <summary>不发送邮件</summary>
    Off = 3,
}

/// <summary>A user's choice of e-mail delivery (消息设置). A user without one gets <see cref="Default"/>.</summary>
public sealed class NoticePreference : IZoneScoped
{
    /// <summary>Notices reach people who never chose: immediately.</summary>
    public const MailMode Default = MailMode.Immediately;

    private NoticePreference()
    {
        UserId = string.Empty;
    }

    public NoticePreference(ZoneId zoneId, string userId, MailMode mode, DateTimeOffset at)
    {
        ZoneId = zoneId;
        UserId = userId;
        Mode = mode;
        UpdatedAt = at;
    }

    public Guid Id { get; private set; } = Guid.CreateVersion7();

    public ZoneId ZoneId { get; private set; }

    public string UserId { get; private set; }

    public MailMode Mode { get; private set; }

    public DateTimeOffset UpdatedAt { get; private set; }

    /// <summary>The zone day of the last digest sent (or found empty), so a digest goes once a day.</summary>
    public DateOnly? LastDigestOn { get; private set; }

    public void Choose(MailMode mode, DateTimeOffset at)
    {
        Mode = mode;
        UpdatedAt = at;
    }

    public void DigestDone(DateOnly day) => LastDigestOn = day;
}

/// <summary>
/// One notice mailed to one recipient (alone or in a digest). A notice to an organisation goes to each of its users; these
/// rows make each recipient's mail happen once, and a failed send (no row) is simply retried on the next pass.
/// </summary>
public sealed class NoticeMail : IZoneScoped
{
    private NoticeMail()
    {
        UserId = string.Empty;
    }

    public NoticeMail(ZoneId zoneId, Guid noticeId, string userId, bool digest, DateTimeOffset sentAt)
    {
        ZoneId = zoneId;
        NoticeId = noticeId;
        UserId = userId;
        Digest = digest;
        SentAt = sentAt;
    }

    public Guid Id { get; private set; } = Guid.CreateVersion7();

    public ZoneId ZoneId { get; private set; }

    public Guid NoticeId { get; private set; }

    public string UserId { get; private set; }

    public bool Digest { get; private set; }

    public DateTimeOffset SentAt { get; private set; }
}
