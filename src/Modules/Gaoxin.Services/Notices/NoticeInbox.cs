using System.ComponentModel.DataAnnotations;
using Gaoxin.Data;
using Gaoxin.Kernel.Access;
using Gaoxin.Kernel.Paging;
using Gaoxin.Kernel.Rules;
using Gaoxin.Kernel.Zones;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Gaoxin.Services.Notices;

public sealed record NoticeView(Guid Id, NoticeKind Kind, string Title, string Body, string? Link, DateTimeOffset CreatedAt, DateTimeOffset? ReadAt, bool ToOrganisation);

/// <summary>One page of the caller's notices, newest first, with how many are unread in all.</summary>
public sealed record NoticePage(IReadOnlyList<NoticeView> Items, int Number, int Size, int Total, int Unread);

public sealed record NoticePreferencesView(MailMode Mode, bool MailEnabled, string? Email);

public sealed record NoticePreferencesInput(
    [property: Required(ErrorMessage = "请选择邮件接收方式。"), EnumDataType(typeof(MailMode), ErrorMessage = "邮件接收方式无效。")] MailMode? Mode);

/// <summary>
/// The caller's notices (消息中心): those to them and those to their organisation. A notice to an organisation is read
/// once for it (its read mark is shared). Another's notice is not found, never forbidden, so its existence is not told.
/// </summary>
public sealed class NoticeInbox(GaoxinDbContext db, TimeProvider time, IOptions<MailSettings> mail)
{
    public async Task<NoticePage> ListAsync(Actor actor, bool unreadOnly, PageRequest page, CancellationToken ct)
    {
        var mine = Of(actor);
        var unread = await mine.CountAsync(n => n.ReadAt == null, ct);
        var query = unreadOnly ? mine.Where(n => n.ReadAt == null) : mine;
        var total = unreadOnly ? unread : await query.CountAsync(ct);
        var items = await query.OrderByDescending(n => n.CreatedAt).ThenByDescending(n => n.Id).Skip(page.Skip).Take(page.Size)
            .Select(n => new NoticeView(n.Id, n.Kind, n.Title, n.Body, n.Link, n.CreatedAt, n.ReadAt, n.UserId == null))
            .ToListAsync(ct);
        return new NoticePage(items, page.Number, page.Size, total, unread);
    }

    public Task<int> UnreadAsync(Actor actor, CancellationToken ct) => Of(actor).CountAsync(n => n.ReadAt == null, ct);

    public async Task<NoticeView> ReadAsync(Actor actor, Guid id, CancellationToken ct)
    {
        var notice = await Of(actor, tracked: true).FirstOrDefaultAsync(n => n.Id == id, ct) ?? throw Refusal.NotFound("消息");
        if (notice.ReadAt is null)
        {
            notice.MarkRead(time.GetUtcNow());
            await db.SaveChangesAsync(ct);
        }

        return new NoticeView(notice.Id, notice.Kind, notice.Title, notice.Body, notice.Link, notice.CreatedAt, notice.ReadAt, notice.UserId == null);
    }

    /// <summary>Marks every unread notice of the caller read; returns how many.</summary>
    public async Task<int> ReadAllAsync(Actor actor, CancellationToken ct)
    {
        var unread = await Of(actor, tracked: true).Where(n => n.ReadAt == null).ToListAsync(ct);
        var now = time.GetUtcNow();
        foreach (var notice in unread)
        {
            notice.MarkRead(now);
        }

        await db.SaveChangesAsync(ct);
        return unread.Count;
    }

    public async Task<NoticePreferencesView> PreferencesAsync(Actor actor, CancellationToken ct)
    {
        var zone = new ZoneId(actor.ZoneId);
        var mode = await db.Set<NoticePreference>().Where(p => p.ZoneId == zone && p.UserId == actor.UserId).Select(p => (MailMode?)p.Mode).FirstOrDefaultAsync(ct);
        var email = await db.Users.Where(u => u.Id == actor.UserId).Select(u => u.Email).FirstOrDefaultAsync(ct);
        return new NoticePreferencesView(mode ?? NoticePreference.Default, mail.Value.Enabled, email);
    }

    public async Task<NoticePreferencesView> ChooseAsync(Actor actor, NoticePreferencesInput input, CancellationToken ct)
    {
        if (input.Mode is not { } mode || !Enum.IsDefined(mode))
        {
            throw Refusal.Invalid("mode", "请选择邮件接收方式。");
        }

        var zone = new ZoneId(actor.ZoneId);
        var preference = await db.Set<NoticePreference>().FirstOrDefaultAsync(p => p.ZoneId == zone && p.UserId == actor.UserId, ct);
        if (preference is null)
        {
            db.Add(new NoticePreference(zone, actor.UserId, mode, time.GetUtcNow()));
        }
        else
        {
            preference.Choose(mode, time.GetUtcNow());
        }

        await db.SaveChangesAsync(ct);
        return await PreferencesAsync(actor, ct);
    }

    private IQueryable<Notice> Of(Actor actor, bool tracked = false)
    {
        var zone = new ZoneId(actor.ZoneId);
        var source = tracked ? db.Set<Notice>() : db.Set<Notice>().AsNoTracking();
        return source.Where(n => n.ZoneId == zone && (n.UserId == actor.UserId || (n.UserId == null && actor.OrganisationId != null && n.OrganisationId == actor.OrganisationId)));
    }
}
