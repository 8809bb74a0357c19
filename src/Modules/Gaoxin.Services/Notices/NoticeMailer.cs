using System.Globalization;
using System.Text;
using Gaoxin.Data;
using Gaoxin.Kernel.Zones;
using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using MimeKit;

namespace Gaoxin.Services.Notices;

/// <summary>What one delivery pass did.</summary>
public sealed record DeliveryReport(int Sent, int Settled, bool Failed);

/// <summary>
/// Mails pending notices (<see cref="Notice.MailedAt"/> null): each to the recipients who want it at once, and once a day
/// after <see cref="NoticeSchedule.DigestHour"/> a digest to those who want one. A recipient's mail is recorded as a
/// <see cref="NoticeMail"/> after the server took it; a send that fails records nothing and stops the pass, so the next
/// pass tries again (nothing lost). A notice is settled (MailedAt set) once every recipient who wants mail has it.
/// </summary>
public sealed class NoticeMailer(GaoxinDbContext db, TimeProvider time, IOptions<MailSettings> settings, IOptions<NoticeSchedule> schedule, ILogger<NoticeMailer> log)
{
    private const int Batch = 200;

    private sealed record Recipient(string UserId, string Email, string Name, MailMode Mode, ZoneId ZoneId);

    public bool Enabled => settings.Value.Enabled;

    /// <summary>Sends each pending notice to its recipients who chose "immediately".</summary>
    public async Task<DeliveryReport> SendImmediateAsync(CancellationToken ct)
    {
        if (!Enabled)
        {
            return new DeliveryReport(0, 0, false);
        }

        // In batches, oldest first: notices that wait for a digest stay pending all day and must not hold back newer ones.
        var sent = 0;
        var settled = 0;
        var failed = false;
        var seen = new List<Guid>();
        await using var outbox = new Outbox(settings.Value);
        while (!failed)
        {
            var pending = await db.Set<Notice>().Where(n => n.MailedAt == null && !seen.Contains(n.Id))
                .OrderBy(n => n.CreatedAt).ThenBy(n => n.Id).Take(Batch).ToListAsync(ct);
            if (pending.Count == 0)
            {
                break;
            }

            seen.AddRange(pending.Select(n => n.Id));
            var recipients = await RecipientsAsync(pending, ct);
            var mailed = await MailedAsync(pending.Select(n => n.Id).ToList(), ct);
            foreach (var notice in pending)
            {
                foreach (var r in recipients[notice.Id].Where(r => r.Mode == MailMode.Immediately && !mailed.Contains((notice.Id, r.UserId))))
                {
                    if (!await TrySendAsync(outbox, r, $"【企业服务】{notice.Title}", Text(notice), ct))
                    {
                        failed = true;
                        break;
                    }

                    db.Add(new NoticeMail(notice.ZoneId, notice.Id, r.UserId, digest: false, time.GetUtcNow()));
                    mailed.Add((notice.Id, r.UserId));
                    sent++;
                    await db.SaveChangesAsync(ct);
                }

                if (failed)
                {
                    break;
                }
            }

            settled += Settle(pending, recipients, mailed);
            await db.SaveChangesAsync(ct);
        }

        return new DeliveryReport(sent, settled, failed);
    }

    /// <summary>Once a zone day, from the digest hour: one mail per "daily digest" user listing their notices not yet mailed to them.</summary>
    public async Task<DeliveryReport> SendDigestsAsync(CancellationToken ct)
    {
        var now = ZoneClock.Of(time).Now;
        if (!Enabled || now.Hour < schedule.Value.DigestHour)
        {
            return new DeliveryReport(0, 0, false);
        }

        var today = DateOnly.FromDateTime(now.DateTime);
        var due = await db.Set<NoticePreference>().Where(p => p.Mode == MailMode.DailyDigest && (p.LastDigestOn == null || p.LastDigestOn < today)).ToListAsync(ct);
        var sent = 0;
        var failed = false;
        var touched = new List<Notice>();
        await using var outbox = new Outbox(settings.Value);
        foreach (var preference in due)
        {
            var user = await db.Users.AsNoTracking().Where(u => u.Id == preference.UserId && !u.IsDisabled)
                .Select(u => new { u.Id, u.Email, u.DisplayName, u.OrganisationId }).FirstOrDefaultAsync(ct);
            if (user is null || string.IsNullOrWhiteSpace(user.Email))
            {
                preference.DigestDone(today);
                continue;
            }

            var notices = await db.Set<Notice>()
                .Where(n => n.ZoneId == preference.ZoneId && n.MailedAt == null && (n.UserId == user.Id || (n.UserId == null && n.OrganisationId == user.OrganisationId)))
                .Where(n => !db.Set<NoticeMail>().Any(m => m.NoticeId == n.Id && m.UserId == user.Id))
                .OrderBy(n => n.CreatedAt).Take(Batch).ToListAsync(ct);
            if (notices.Count > 0)
            {
                var recipient = new Recipient(user.Id, user.Email, user.DisplayName, MailMode.DailyDigest, preference.ZoneId);
                if (!await TrySendAsync(outbox, recipient, $"【企业服务】每日消息汇总（{today:yyyy年M月d日}，{notices.Count} 条）", Digest(notices, today), ct))
                {
                    failed = true;
                    break;
                }

                foreach (var notice in notices)
                {
                    db.Add(new NoticeMail(notice.ZoneId, notice.Id, user.Id, digest: true, time.GetUtcNow()));
                }

                touched.AddRange(notices);
                sent++;
            }

            preference.DigestDone(today);
            await db.SaveChangesAsync(ct);
        }

        var distinct = touched.DistinctBy(n => n.Id).ToList();
        var settled = 0;
        if (distinct.Count > 0)
        {
            var recipients = await RecipientsAsync(distinct, ct);
            settled = Settle(distinct, recipients, await MailedAsync(distinct.Select(n => n.Id).ToList(), ct));
            await db.SaveChangesAsync(ct);
        }

        return new DeliveryReport(sent, settled, failed);
    }

    private int Settle(List<Notice> notices, Dictionary<Guid, List<Recipient>> recipients, HashSet<(Guid, string)> mailed)
    {
        var settled = 0;
        foreach (var notice in notices.Where(n => n.MailedAt is null))
        {
            // Settled when nobody who wants mail still waits for it (nobody at all, e.g. every recipient chose "off", settles it too).
            if (recipients[notice.Id].Where(r => r.Mode != MailMode.Off).All(r => mailed.Contains((notice.Id, r.UserId))))
            {
                notice.MarkMailed(time.GetUtcNow());
                settled++;
            }
        }

        return settled;
    }

    private async Task<Dictionary<Guid, List<Recipient>>> RecipientsAsync(List<Notice> notices, CancellationToken ct)
    {
        var userIds = notices.Where(n => n.UserId != null).Select(n => n.UserId!).Distinct().ToList();
        var orgIds = notices.Where(n => n.UserId == null && n.OrganisationId != null).Select(n => n.OrganisationId!.Value).Distinct().ToList();
        var users = await db.Users.AsNoTracking()
            .Where(u => !u.IsDisabled && u.Email != null && (userIds.Contains(u.Id) || (u.OrganisationId != null && orgIds.Contains(u.OrganisationId.Value))))
            .Select(u => new { u.Id, u.Email, u.DisplayName, u.OrganisationId, u.ZoneId }).ToListAsync(ct);
        var ids = users.Select(u => u.Id).ToList();
        var modes = await db.Set<NoticePreference>().AsNoTracking().Where(p => ids.Contains(p.UserId)).ToDictionaryAsync(p => p.UserId, p => p.Mode, ct);
        return notices.ToDictionary(n => n.Id, n => users
            .Where(u => u.ZoneId == n.ZoneId.Value && (n.UserId != null ? u.Id == n.UserId : u.OrganisationId == n.OrganisationId))
            .Select(u => new Recipient(u.Id, u.Email!, u.DisplayName, modes.GetValueOrDefault(u.Id, NoticePreference.Default), n.ZoneId))
            .ToList());
    }

    private async Task<HashSet<(Guid, string)>> MailedAsync(List<Guid> noticeIds, CancellationToken ct) =>
        (await db.Set<NoticeMail>().AsNoTracking().Where(m => noticeIds.Contains(m.NoticeId)).Select(m => new { m.NoticeId, m.UserId }).ToListAsync(ct))
            .Select(m => (m.NoticeId, m.UserId)).ToHashSet();

    private async Task<bool> TrySendAsync(Outbox outbox, Recipient to, string subject, string body, CancellationToken ct)
    {
        try
        {
            await outbox.SendAsync(to.Email, to.Name, subject, body, ct);
            return true;
        }
        catch (Exception ex) when (ex is IOException or System.Net.Sockets.SocketException or MailKit.ProtocolException or MailKit.CommandException
                                       or MailKit.ServiceNotConnectedException or MailKit.ServiceNotAuthenticatedException or AuthenticationException
                                       or TimeoutException or FormatException or ParseException)
        {
            log.LogWarning(ex, "消息邮件发送失败（{Server}），稍后重试。", settings.Value.Host);
            return false;
        }
    }

    private static string Text(Notice notice)
    {
        var at = ZoneClock.InZone(notice.CreatedAt);
        var body = new StringBuilder();
        body.AppendLine(notice.Title).AppendLine();
        body.AppendLine(notice.Body).AppendLine();
        body.AppendLine(CultureInfo.InvariantCulture, $"时间：{at:yyyy-MM-dd HH:mm}");
        if (notice.Link is { Length: > 0 } link)
        {
            body.AppendLine(CultureInfo.InvariantCulture, $"详情：{link}");
        }

        body.AppendLine().AppendLine("本邮件由自贡高新区企业服务平台自动发送，请勿回复。可在平台“消息设置”中更改接收方式。");
        return body.ToString();
    }

    private static string Digest(List<Notice> notices, DateOnly day)
    {
        var body = new StringBuilder();
        body.AppendLine(CultureInfo.InvariantCulture, $"您有 {notices.Count} 条消息（截至 {day:yyyy年M月d日}）：").AppendLine();
        var i = 0;
        foreach (var n in notices)
        {
            body.AppendLine(CultureInfo.InvariantCulture, $"{++i}. {n.Title}（{ZoneClock.InZone(n.CreatedAt):MM-dd HH:mm}）");
            body.AppendLine(CultureInfo.InvariantCulture, $"   {n.Body}");
        }

        body.AppendLine().AppendLine("本邮件由自贡高新区企业服务平台自动发送，请勿回复。可在平台“消息设置”中更改接收方式。");
        return body.ToString();
    }

    /// <summary>One SMTP connection per pass, opened at the first mail.</summary>
    private sealed class Outbox(MailSettings settings) : IAsyncDisposable
    {
        private SmtpClient? _client;

        public async Task SendAsync(string email, string name, string subject, string body, CancellationToken ct)
        {
            var message = new MimeMessage();
            message.From.Add(MailboxAddress.Parse(settings.From));
            message.To.Add(new MailboxAddress(name, email));
            message.Subject = subject;
            message.Body = new TextPart("plain") { Text = body };
            var client = await ConnectAsync(ct);
            await client.SendAsync(message, ct);
        }

        private async Task<SmtpClient> ConnectAsync(CancellationToken ct)
        {
            if (_client is { IsConnected: true })
            {
                return _client;
            }

            _client?.Dispose();
            _client = new SmtpClient { Timeout = 15_000 };
            var security = !settings.UseTls ? SecureSocketOptions.None : settings.Port == 465 ? SecureSocketOptions.SslOnConnect : SecureSocketOptions.StartTls;
            await _client.ConnectAsync(settings.Host ?? string.Empty, settings.Port, security, ct);
            if (!string.IsNullOrEmpty(settings.UserName))
            {
                await _client.AuthenticateAsync(settings.UserName, settings.Password ?? string.Empty, ct);
            }

            return _client;
        }

        public async ValueTask DisposeAsync()
        {
            if (_client is null)
            {
                return;
            }

            if (_client.IsConnected)
            {
                try
                {
                    await _client.DisconnectAsync(quit: true);
                }
                catch (Exception ex) when (ex is IOException or MailKit.ProtocolException or MailKit.CommandException)
                {
                    // The mails went; a server that drops the connection at QUIT changes nothing.
                }
            }

            _client.Dispose();
        }
    }
}
