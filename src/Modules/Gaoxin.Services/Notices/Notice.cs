using Gaoxin.Kernel.Zones;

namespace Gaoxin.Services.Notices;

/// <summary>What a notice is about, so that a user can choose which ones reach them by e-mail.</summary>
public enum NoticeKind
{
    /// <summary>办件进度（受理、补正、办结）</summary>
    Application = 1,
    /// <summary>时限预警</summary>
    ClockWarning = 2,
    /// <summary>超期督办</summary>
    Escalation = 3,
    /// <summary>到期提醒（证书、评价、年报、里程碑）</summary>
    Due = 4,
    /// <summary>纾困诉求</summary>
    Relief = 5,
    /// <summary>政策匹配</summary>
    Policy = 6,
    /// <summary>供需匹配（需求找成果）</summary>
    Matching = 7,
}

/// <summary>
/// A message to one user or to every user of one organisation (站内消息). Written in the same transaction as the change it
/// reports; delivery by e-mail happens after, so a mail server that is down loses nothing.
/// </summary>
public sealed class Notice : IZoneScoped
{
    private Notice()
    {
        Title = Body = string.Empty;
    }

    public Notice(ZoneId zoneId, NoticeKind kind, string? userId, Guid? organisationId, string title, string body, string? link, DateTimeOffset createdAt)
    {
        ZoneId = zoneId;
        Kind = kind;
        UserId = userId;
        OrganisationId = organisationId;
        Title = title;
        Body = body;
        Link = link;
        CreatedAt = createdAt;
    }

    public Guid Id { get; private set; } = Guid.CreateVersion7();

    public ZoneId ZoneId { get; private set; }

    public NoticeKind Kind { get; private set; }

    /// <summary>The one user it is for; null when it is for the whole organisation.</summary>
    public string? UserId { get; private set; }

    /// <summary>The organisation whose users all receive it, when <see cref="UserId"/> is null.</summary>
    public Guid? OrganisationId { get; private set; }

    public string Title { get; private set; }

    public string Body { get; private set; }

    /// <summary>The page it is about ("/services/applications/…").</summary>
    public string? Link { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset? ReadAt { get; private set; }

    /// <summary>When it went out by e-mail (alone or in a digest); null while it waits.</summary>
    public DateTimeOffset? MailedAt { get; private set; }

    public void MarkRead(DateTimeOffset at) => ReadAt ??= at;

    public void MarkMailed(DateTimeOffset at) => MailedAt ??= at;
}

/// <summary>The one way a feature posts a notice: added to the caller's unit of work, saved with its change.</summary>
public sealed class Noticeboard(Gaoxin.Data.GaoxinDbContext db, TimeProvider time)
{
    public Notice ToUser(ZoneId zoneId, NoticeKind kind, string userId, string title, string body, string? link = null) =>
        Add(new Notice(zoneId, kind, userId, null, title, body, link, time.GetUtcNow()));

    public Notice ToOrganisation(ZoneId zoneId, NoticeKind kind, Guid organisationId, string title, string body, string? link = null) =>
        Add(new Notice(zoneId, kind, null, organisationId, title, body, link, time.GetUtcNow()));

    private Notice Add(Notice notice)
    {
        db.Set<Notice>().Add(notice);
        return notice;
    }
}
