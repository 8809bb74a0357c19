using Gaoxin.Data;
using Gaoxin.Kernel.Access;
using Gaoxin.Kernel.Zones;
using Gaoxin.Services.Approvals;
using Gaoxin.Services.Calendar;
using Gaoxin.Services.Catalogue;
using Gaoxin.Services.Notices;
using Gaoxin.Services.ServicePage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Gaoxin.Services.Tests.Notices;

/// <summary>The demo enterprise's one page: its applications with their clocks, its matched policies, what is due, its notices; and the due sweep.</summary>
public sealed class ServicePageTests
{
    /// <summary>Friday 20 March 2026, 10:00 in the zone.</summary>
    private static readonly DateTimeOffset AsOf = new(2026, 3, 20, 2, 0, 0, TimeSpan.Zero);

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task The_demo_enterprise_sees_its_clocks_policies_notices_and_what_comes_due(Db db)
    {
        var clock = new FakeTimeProvider(AsOf);
        await using var app = await NoticeApps.StartAsync(db, smtpPort: null, time: clock);
        await app.ClearDemoApplicationsAsync();
        var org = await app.OrganisationAsync(NoticeApps.Enterprise);
        await SubmitAsync(app, org.Id, org.ZoneId);
        var enterprise = await app.SignedInAsync(NoticeApps.EnterpriseUser);

        var page = await PageAsync(app, org.Id);
        page.Name.ShouldBe(NoticeApps.Enterprise);
        page.AsOf.ShouldBe(new DateOnly(2026, 3, 20));
        page.CalendarProvisional.ShouldBeFalse();
        var application = page.Applications.ShouldHaveSingleItem();
        application.Number.ShouldBe("SQ2026-P001");
        var filing = application.Items.Single(i => i.Item == "企业投资项目备案");
        filing.DueOn.ShouldBe(new DateOnly(2026, 3, 25), "3 working days after Friday the 20th: Mon 23, Tue 24, Wed 25");
        filing.RemainingDays.ShouldBe(3);
        filing.Paused.ShouldBeFalse();
        var planning = application.Items.Single(i => i.Item == "建设用地规划许可证核发");
        planning.Paused.ShouldBeTrue();
        planning.RemainingDays.ShouldBe(14, "frozen at the 14 working days left on 10 March when it was returned for correction");
        page.RegistryAvailable.ShouldBeTrue();
        page.Policies.ShouldNotBeEmpty();
        page.PolicyAmount.ShouldBeGreaterThan(0m);
        page.Notices.Count.ShouldBe(4);
        page.Notices[0].Title.ShouldBe("到期提醒：年度数据填报");
        page.Due.ShouldNotContain(d => d.Kind == DueKind.TechSmeEvaluation, "registered for 2026 in March 2026");
        page.Due.ShouldNotContain(d => d.Kind == DueKind.AnnualData, "the 2025 data is filed");

        var json = await (await enterprise.GetAsync($"/api/v1/services/enterprises/{org.Id}/page")).ReadJsonAsync();
        json.GetProperty("applications")[0].GetProperty("items").GetArrayLength().ShouldBe(2);

        // A year on: the 2027 evaluation is due by 31 March and the 2026 data is not filed.
        clock.SetUtcNow(new DateTimeOffset(2027, 3, 1, 2, 0, 0, TimeSpan.Zero));
        page = await PageAsync(app, org.Id);
        page.CalendarProvisional.ShouldBeTrue("no 2027 holiday arrangement is loaded");
        var techSme = page.Due.Single(d => d.Kind == DueKind.TechSmeEvaluation);
        techSme.DueOn.ShouldBe(new DateOnly(2027, 3, 31));
        techSme.DaysLeft.ShouldBe(30);
        techSme.Rule.ShouldBe(nameof(TechSmeEvaluationDueRule));
        var annual = page.Due.Single(d => d.Kind == DueKind.AnnualData);
        annual.DueOn.ShouldBe(new DateOnly(2027, 6, 30));
        annual.Standing.ShouldBe(DueStanding.Due);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task The_due_sweep_reminds_at_30_and_7_days_each_once(Db db)
    {
        var clock = new FakeTimeProvider(AsOf);
        await using var app = await NoticeApps.StartAsync(db, smtpPort: null, time: clock);
        await app.ClearDemoApplicationsAsync();
        var org = await app.OrganisationAsync(NoticeApps.Enterprise);

        clock.SetUtcNow(new DateTimeOffset(2027, 3, 1, 2, 0, 0, TimeSpan.Zero));
        await SweepAsync(app);
        (await RemindersAsync(app, org.Id)).ShouldBe(1, "30 days before 31 March");
        await SweepAsync(app);
        (await RemindersAsync(app, org.Id)).ShouldBe(1, "once");

        clock.SetUtcNow(new DateTimeOffset(2027, 3, 24, 2, 0, 0, TimeSpan.Zero));
        await SweepAsync(app);
        await SweepAsync(app);
        (await RemindersAsync(app, org.Id)).ShouldBe(2, "and 7 days before, once");

        var enterprise = await app.SignedInAsync(NoticeApps.EnterpriseUser);
        var list = await (await enterprise.GetAsync("/api/v1/services/notices")).ReadJsonAsync();
        list.GetProperty("items")[0].GetProperty("kind").GetString().ShouldBe("Due");
        list.GetProperty("items")[0].GetProperty("body").GetString()!.ShouldContain("还有 7 天");
    }

    private static Task<int> RemindersAsync(GaoxinApp app, Guid org) =>
        app.InScopeAsync(db => db.Set<Notice>().CountAsync(n => n.OrganisationId == org && n.Kind == NoticeKind.Due && n.Title == "到期提醒：科技型中小企业评价"));

    private static Task<int> SweepAsync(GaoxinApp app) =>
        app.WithServicesAsync(sp => sp.GetServices<IDailyNoticeSweep>().Single().SweepAsync(CancellationToken.None));

    private static Task<EnterpriseServicePageView> PageAsync(GaoxinApp app, Guid org) =>
        app.WithServicesAsync(async sp =>
        {
            var admin = await sp.GetRequiredService<GaoxinDbContext>().Users.SingleAsync(u => u.Email == "admin@zigong.demo");
            var actor = new Actor(admin.Id, admin.DisplayName, new HashSet<string> { Roles.ZoneAdmin }, admin.OrganisationId, admin.ZoneId);
            return await sp.GetRequiredService<EnterpriseServicePage>().ForAsync(actor, org, CancellationToken.None);
        });

    /// <summary>An application of two items: a filing accepted today, and a planning permit accepted on 2 March and returned for correction on 10 March.</summary>
    private static Task<int> SubmitAsync(GaoxinApp app, Guid org, ZoneId zone) =>
        app.WithServicesAsync(async sp =>
        {
            var db = sp.GetRequiredService<GaoxinDbContext>();
            var calendar = await sp.GetRequiredService<ZoneCalendar>().ForZoneAsync(zone, CancellationToken.None);
            var items = await db.Set<ServiceItem>().Where(i => i.ZoneId == zone && (i.Code == "SV-001" || i.Code == "SV-006")).ToDictionaryAsync(i => i.Code);
            var application = new ServiceApplication(zone, "SQ2026-P001", org, "钠电池扩产项目", "{}", "enterprise@zigong.demo", AsOf);
            var filing = new ApplicationItem(zone, application.Id, items["SV-001"].Id, items["SV-001"].DepartmentId, 3, new DateOnly(2026, 3, 20), calendar);
            var planning = new ApplicationItem(zone, application.Id, items["SV-006"].Id, items["SV-006"].DepartmentId, 20, new DateOnly(2026, 3, 2), calendar);
            planning.PauseForCorrection(new DateOnly(2026, 3, 10), calendar, "宗地图不清晰", "officer", AsOf);
            db.AddRange(application, filing, planning);
            return await db.SaveChangesAsync();
        });
}
