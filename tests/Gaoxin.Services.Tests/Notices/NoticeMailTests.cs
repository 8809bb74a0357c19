using Gaoxin.Data;
using Gaoxin.Services.Notices;
using Microsoft.EntityFrameworkCore;

namespace Gaoxin.Services.Tests.Notices;

/// <summary>Notices mailed through a real SMTP server running in the test process: immediately, as a daily digest, and after the server was down.</summary>
public sealed class NoticeMailTests
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_notice_to_an_enterprise_is_mailed_at_once_to_its_user_and_only_once(Db db)
    {
        await using var smtp = new InProcessSmtpServer();
        await smtp.StartAsync();
        await using var app = await NoticeApps.StartAsync(db, smtp.Port);

        var id = await app.PostToAsync(NoticeApps.Enterprise, "办件已办结：SQ2026-T001", "您申请的“企业投资项目备案”已准予办理。");
        var first = await app.SendImmediateAsync();

        first.Failed.ShouldBeFalse();
        var mails = smtp.To(NoticeApps.EnterpriseUser).Where(m => (m.Subject ?? "").Contains("SQ2026-T001", StringComparison.Ordinal)).ToList();
        mails.Count.ShouldBe(1);
        mails[0].Subject.ShouldBe("【企业服务】办件已办结：SQ2026-T001");
        (mails[0].TextBody ?? "").ShouldContain("您申请的“企业投资项目备案”已准予办理。");
        mails[0].From.Mailboxes.Single().Address.ShouldBe("noreply@zigong.demo");
        (await app.NoticeAsync(id)).MailedAt.ShouldNotBeNull();

        var again = await app.SendImmediateAsync();
        again.Sent.ShouldBe(0);
        smtp.To(NoticeApps.EnterpriseUser).Count(m => (m.Subject ?? "").Contains("SQ2026-T001", StringComparison.Ordinal)).ShouldBe(1);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_user_who_chose_the_daily_digest_gets_one_mail_listing_the_days_notices(Db db)
    {
        await using var smtp = new InProcessSmtpServer();
        await smtp.StartAsync();
        await using var app = await NoticeApps.StartAsync(db, smtp.Port);
        var enterprise = await app.SignedInAsync(NoticeApps.EnterpriseUser);
        (await enterprise.PutJsonAsync("/api/v1/services/notices/preferences", new { mode = "DailyDigest" })).EnsureSuccessStatusCode();

        var a = await app.PostToAsync(NoticeApps.Enterprise, "补正通知：SQ2026-T002");
        var b = await app.PostToAsync(NoticeApps.Enterprise, "到期提醒：科技型中小企业评价", kind: NoticeKind.Due);
        await app.SendImmediateAsync();

        smtp.To(NoticeApps.EnterpriseUser).ShouldBeEmpty("a digest user gets nothing immediately");
        (await app.NoticeAsync(a)).MailedAt.ShouldBeNull("it waits for the digest");

        var digest = await app.SendDigestsAsync();
        digest.Sent.ShouldBe(1);
        var mail = smtp.To(NoticeApps.EnterpriseUser).ShouldHaveSingleItem();
        mail.Subject.ShouldStartWith("【企业服务】每日消息汇总");
        (mail.TextBody ?? "").ShouldContain("补正通知：SQ2026-T002");
        (mail.TextBody ?? "").ShouldContain("到期提醒：科技型中小企业评价");
        (await app.NoticeAsync(a)).MailedAt.ShouldNotBeNull();
        (await app.NoticeAsync(b)).MailedAt.ShouldNotBeNull();

        (await app.SendDigestsAsync()).Sent.ShouldBe(0, "one digest a day");
        smtp.To(NoticeApps.EnterpriseUser).Count.ShouldBe(1);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_notice_posted_while_the_mail_server_is_down_is_sent_by_the_delivery_loop_once_it_is_up(Db db)
    {
        var port = InProcessSmtpServer.FreePort();
        await using var app = await NoticeApps.StartAsync(db, port, pollSeconds: 1);

        var id = await app.PostToAsync(NoticeApps.Enterprise, "办件已受理：SQ2026-T003");
        await Task.Delay(TimeSpan.FromSeconds(3));
        (await app.NoticeAsync(id)).MailedAt.ShouldBeNull("the server is down: nothing is marked sent");
        (await app.InScopeAsync(db => db.Set<NoticeMail>().CountAsync(m => m.NoticeId == id))).ShouldBe(0);

        await using var smtp = new InProcessSmtpServer(port);
        await smtp.StartAsync();
        var mails = await smtp.WaitForAsync(NoticeApps.EnterpriseUser, 1, TimeSpan.FromSeconds(30));

        mails.ShouldContain(m => m.Subject == "【企业服务】办件已受理：SQ2026-T003");
        for (var i = 0; i < 50 && (await app.NoticeAsync(id)).MailedAt is null; i++)
        {
            await Task.Delay(100);
        }

        (await app.NoticeAsync(id)).MailedAt.ShouldNotBeNull();
    }
}
