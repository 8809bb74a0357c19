using System.Net;
using Gaoxin.Kernel.Zones;
using Gaoxin.PilotBase.Bookings;
using Gaoxin.PilotBase.Catalogue;
using Gaoxin.PilotBase.Facilities;
using Gaoxin.PilotBase.Utilisation;
using Microsoft.Extensions.DependencyInjection;

namespace Gaoxin.PilotBase.Tests.Utilisation;

/// <summary>Utilisation and revenue from real rows on both databases: what counts, what does not, and the month split.</summary>
public sealed class UtilisationReportTests(SharedApps apps) : IClassFixture<SharedApps>
{
    private static readonly TimeSpan Cst = TimeSpan.FromHours(8);

    private static DateTimeOffset At(int month, int day, int hour) => new(2026, month, day, hour, 0, 0, Cst);

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Hours_and_revenue_follow_the_stated_definitions(Db db)
    {
        await using var app = await GaoxinApp.StartAsync(db, seedDemo: false);
        var zone = new ZoneId(Guid.CreateVersion7());
        await app.InScopeAsync(async ctx =>
        {
            var area = new BaseArea(zone, "A", "A 区", AreaStatus.Operating, 1000m, 0m);
            var building = new BaseArea(zone, "B", "B 区", AreaStatus.UnderConstruction, 1000m, 0m);
            var oven = new Resource(zone, area.Id, "A-T-01", "烘箱", ResourceKind.Equipment);
            var line = new Resource(zone, area.Id, "A-T-02", "中试线", ResourceKind.PilotLine);
            var future = new Resource(zone, building.Id, "B-T-01", "在建线", ResourceKind.PilotLine);
            var service = new PilotService(zone, "S-T", "烘烤验证", ServiceCategory.ProcessValidation, "—", 8m, 800m, PriceUnit.Fixed, "报告");
            ctx.AddRange(area, building, oven, line, future, service);

            Booking Hold(Resource r, BookingKind kind, DateTimeOffset from, DateTimeOffset to, CustomerKind customer, decimal price, BookingStatus? status)
            {
                var b = new Booking(zone, r.Id, kind, from, to, customer, "测试", "test", At(1, 1, 8).ToUniversalTime()) { Price = price, ServiceId = kind == BookingKind.Booking ? service.Id : null };
                if (status is { } s)
                {
                    b.Decide(s, "test", At(1, 2, 8).ToUniversalTime(), null);
                }

                ctx.Add(b);
                return b;
            }

            Hold(oven, BookingKind.Booking, At(3, 31, 18), At(4, 1, 10), CustomerKind.Enterprise, 1_000m, BookingStatus.Approved); // 2 h in March, starts in March
            Hold(oven, BookingKind.Maintenance, At(3, 2, 8), At(3, 2, 14), CustomerKind.Base, 0m, null);                       // 6 h out of available
            Hold(oven, BookingKind.Booking, At(3, 3, 8), At(3, 3, 12), CustomerKind.External, 700m, BookingStatus.Completed);   // 4 h, revenue
            Hold(oven, BookingKind.Booking, At(3, 4, 8), At(3, 4, 11), CustomerKind.Institute, 900m, null);                     // pending: 3 h, no revenue
            Hold(oven, BookingKind.Booking, At(3, 4, 8), At(3, 4, 20), CustomerKind.Enterprise, 5_000m, BookingStatus.Cancelled); // released: nothing
            Hold(line, BookingKind.Booking, At(3, 5, 8), At(3, 5, 20), CustomerKind.Enterprise, 2_000m, BookingStatus.Approved);  // 12 h
            await ctx.SaveChangesAsync();
            return 0;
        });

        await using var scope = app.Services.CreateAsyncScope();
        var report = scope.ServiceProvider.GetRequiredService<UtilisationReport>();
        var march = await report.ForAsync(zone.Value, 2026, 3, CancellationToken.None);

        march.Resources.Select(r => r.Code).ShouldBe(["A-T-01", "A-T-02"], "only operating areas' resources");
        var oven = march.Resources[0];
        oven.OpenHours.ShouldBe(312m);
        oven.MaintenanceHours.ShouldBe(6m);
        oven.AvailableHours.ShouldBe(306m);
        oven.BookedHours.ShouldBe(9m, "2 h of the month-crossing booking + 4 completed + 3 pending; the cancelled one is released");
        oven.IdleHours.ShouldBe(297m);
        oven.Utilisation.ShouldBe(Math.Round(9m / 306m, 4));
        march.Areas.Single().BookedHours.ShouldBe(21m);
        march.Areas.Single().AvailableHours.ShouldBe(618m);
        march.Months.Single(m => m.Month == 4).BookedHours.ShouldBe(2m, "the crossing booking's April hours count in April");

        march.Revenue.ShouldBe(3_700m, "approved 1,000 + completed 700 + approved 2,000; pending and cancelled excluded");
        march.ByCustomer.Select(c => (c.Customer, c.Revenue)).ShouldBe([(CustomerKind.Enterprise, 3_000m), (CustomerKind.External, 700m)]);
        march.ByService.Single().Service.ShouldBe("烘烤验证");
        march.ByService.Single().Bookings.ShouldBe(3);

        var april = await report.ForAsync(zone.Value, 2026, 4, CancellationToken.None);
        april.Revenue.ShouldBe(0m, "revenue belongs to the month the booking starts in");
        april.Resources[0].BookedHours.ShouldBe(2m);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task The_dashboard_data_and_its_export_answer_zone_roles_and_the_cockpit_shows_the_base(Db db)
    {
        var app = await apps.GetAsync(db);
        var viewer = await app.SignedInAsync("viewer@zigong.demo");
        var view = await (await viewer.GetAsync("/api/v1/pilot-base/utilisation/2026?month=3")).ReadJsonAsync();
        view.GetProperty("resources").GetArrayLength().ShouldBeGreaterThanOrEqualTo(20);
        view.GetProperty("months").GetArrayLength().ShouldBe(12);
        view.GetProperty("definition").GetString()!.ShouldContain("可用时长");

        var export = await viewer.GetAsync("/api/v1/pilot-base/utilisation/2026/export");
        export.StatusCode.ShouldBe(HttpStatusCode.OK);
        export.Content.Headers.ContentType!.MediaType.ShouldBe(Gaoxin.Data.Http.ExcelExport.ContentType);

        var enterprise = await app.SignedInAsync("enterprise@zigong.demo");
        (await enterprise.GetAsync("/api/v1/pilot-base/utilisation/2026")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await viewer.GetAsync("/api/v1/pilot-base/utilisation/2026?month=13")).StatusCode.ShouldBe(HttpStatusCode.BadRequest);

        var cockpit = await (await viewer.GetAsync("/api/v1/indicators/cockpit")).ReadJsonAsync();
        var panel = cockpit.GetProperty("pilotBase");
        panel.GetProperty("enabled").GetBoolean().ShouldBeTrue();
        panel.GetProperty("figures").GetProperty("resourcesTotal").GetInt32().ShouldBeGreaterThanOrEqualTo(20);
    }
}
