using Gaoxin.Data;
using Gaoxin.Data.Platform;
using Gaoxin.Kernel.Zones;
using Gaoxin.Services.Notices;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Gaoxin.Services.Tests.Notices;

/// <summary>Starting the demo app with mail pointed at a test SMTP port, and posting notices as a feature would.</summary>
internal static class NoticeApps
{
    public const string Enterprise = "兴储世纪";
    public const string EnterpriseUser = "enterprise@zigong.demo";

    /// <param name="smtpPort">null: no mail server configured (mail off).</param>
    /// <param name="pollSeconds">The delivery loop's period; an hour keeps it out of a test that drives the mailer itself.</param>
    public static Task<GaoxinApp> StartAsync(Db db, int? smtpPort, int pollSeconds = 3600, TimeProvider? time = null) =>
        GaoxinApp.StartAsync(db, services: s =>
        {
            s.PostConfigure<MailSettings>(o =>
            {
                o.Host = smtpPort is null ? null : "127.0.0.1";
                o.Port = smtpPort ?? 25;
                o.From = "自贡高新区企业服务 <noreply@zigong.demo>";
            });
            s.PostConfigure<NoticeSchedule>(o =>
            {
                o.PollSeconds = pollSeconds;
                o.DigestHour = 0;
                o.DueSweep = false;
            });
            if (time is not null)
            {
                s.AddSingleton(time);
            }
        });

    /// <summary>The page's known set stands alone: the demo's year of applications is cleared.</summary>
    public static Task<int> ClearDemoApplicationsAsync(this GaoxinApp app) =>
        app.InScopeAsync(async db =>
        {
            await db.Set<Gaoxin.Services.Approvals.ResultDocument>().ExecuteDeleteAsync();
            await db.Set<Gaoxin.Services.Approvals.ApplicationItem>().ExecuteDeleteAsync();
            return await db.Set<Gaoxin.Services.Approvals.ServiceApplication>().ExecuteDeleteAsync();
        });

    public static async Task<T> WithServicesAsync<T>(this GaoxinApp app, Func<IServiceProvider, Task<T>> work)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await work(scope.ServiceProvider);
    }

    public static Task<Organisation> OrganisationAsync(this GaoxinApp app, string name) =>
        app.InScopeAsync(db => db.Set<Organisation>().AsNoTracking().SingleAsync(o => o.Name == name));

    /// <summary>Posts a notice to an organisation through the noticeboard and saves it, as a feature's change would.</summary>
    public static Task<Guid> PostToAsync(this GaoxinApp app, string organisation, string title, string body = "测试消息正文。", NoticeKind kind = NoticeKind.Application) =>
        app.WithServicesAsync(async sp =>
        {
            var db = sp.GetRequiredService<GaoxinDbContext>();
            var org = await db.Set<Organisation>().AsNoTracking().SingleAsync(o => o.Name == organisation);
            var notice = sp.GetRequiredService<Noticeboard>().ToOrganisation(org.ZoneId, kind, org.Id, title, body, "/services/my");
            await db.SaveChangesAsync();
            return notice.Id;
        });

    public static Task<Notice> NoticeAsync(this GaoxinApp app, Guid id) =>
        app.InScopeAsync(db => db.Set<Notice>().AsNoTracking().SingleAsync(n => n.Id == id));

    public static Task<DeliveryReport> SendImmediateAsync(this GaoxinApp app) =>
        app.WithServicesAsync(sp => sp.GetRequiredService<NoticeMailer>().SendImmediateAsync(CancellationToken.None));

    public static Task<DeliveryReport> SendDigestsAsync(this GaoxinApp app) =>
        app.WithServicesAsync(sp => sp.GetRequiredService<NoticeMailer>().SendDigestsAsync(CancellationToken.None));
}
