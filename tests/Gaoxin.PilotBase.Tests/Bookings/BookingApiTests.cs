using System.Net;
using System.Text.Json;
using Gaoxin.Contracts.TechTransfer;
using Gaoxin.Kernel.Zones;
using Gaoxin.PilotBase.Bookings;
using Gaoxin.PilotBase.Catalogue;
using Gaoxin.PilotBase.Facilities;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Gaoxin.PilotBase.Tests.Bookings;

/// <summary>Bookings through the HTTP API on both databases: every rule at its boundary, the race, scoping and the queue.</summary>
public sealed class BookingApiTests(SharedApps apps) : IClassFixture<SharedApps>
{
    private const string Bookings = "/api/v1/pilot-base/bookings";

    /// <summary>Far enough ahead that the demo's clock never reaches it; each test books a resource of its own.</summary>
    private static readonly DateTimeOffset Nine = new(2031, 3, 3, 9, 0, 0, TimeSpan.FromHours(8));

    private static async Task<ZoneId> DemoZoneAsync(GaoxinApp app) =>
        await app.InScopeAsync(ctx => ctx.Set<Resource>().Where(r => r.Code == "A-PL-01").Select(r => r.ZoneId).FirstAsync());

    private static async Task<Guid> NewResourceAsync(GaoxinApp app, ZoneId? zone = null, ResourceStatus status = ResourceStatus.Available, decimal? maxBatch = 100m)
    {
        var z = zone ?? await DemoZoneAsync(app);
        return await app.InScopeAsync(async ctx =>
        {
            var area = await ctx.Set<BaseArea>().FirstOrDefaultAsync(a => a.ZoneId == z);
            if (area is null)
            {
                area = new BaseArea(z, "A", "A 区", AreaStatus.Operating, 1000m, 0m);
                ctx.Add(area);
            }

            var resource = new Resource(z, area.Id, "T-" + Guid.NewGuid().ToString("N")[..10], "测试设备", ResourceKind.Equipment)
            {
                PricePerHour = 800m, MaxBatchSize = maxBatch, BatchUnit = "kg",
            };
            if (status != ResourceStatus.Available)
            {
                resource.ChangeStatus(status);
            }

            ctx.Add(resource);
            await ctx.SaveChangesAsync();
            return resource.Id;
        });
    }

    private static object Request(Guid resourceId, DateTimeOffset from, DateTimeOffset to, string? customer = "宜宾测试公司", decimal? batch = null) =>
        new { resourceId, startsAt = from, endsAt = to, purpose = "测试", customerName = customer, batchSize = batch };

    private static async Task<JsonElement> CreatedAsync(HttpResponseMessage response)
    {
        response.StatusCode.ShouldBe(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return (await response.ReadJsonAsync())[0];
    }

    private static async Task<string> RefusedAsync(HttpResponseMessage response, HttpStatusCode status, string? rule = null)
    {
        var body = await response.Content.ReadAsStringAsync();
        response.StatusCode.ShouldBe(status, body);
        var problem = JsonDocument.Parse(body).RootElement;
        if (rule is not null)
        {
            problem.GetProperty("rule").GetString().ShouldBe(rule);
        }

        return problem.GetProperty("detail").GetString()!;
    }

    private static Task<int> HoldingRowsAsync(GaoxinApp app, Guid resourceId) =>
        app.InScopeAsync(ctx => ctx.Set<Booking>().CountAsync(b => b.ResourceId == resourceId && b.HoldsSlot));

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Touching_ranges_pass_one_minute_of_overlap_is_refused_naming_the_booking_that_holds_the_slot(Db db)
    {
        var app = await apps.GetAsync(db);
        var op = await app.SignedInAsync("operator@zigong.demo");
        var resource = await NewResourceAsync(app);

        var first = await CreatedAsync(await op.PostJsonAsync(Bookings, Request(resource, Nine, Nine.AddHours(2))));
        first.GetProperty("status").GetString().ShouldBe("Pending");
        first.GetProperty("customer").GetString().ShouldBe("External");
        first.GetProperty("price").GetDecimal().ShouldBe(1_600m, "two started hours at 800 元");
        await CreatedAsync(await op.PostJsonAsync(Bookings, Request(resource, Nine.AddHours(2), Nine.AddHours(3))));
        await CreatedAsync(await op.PostJsonAsync(Bookings, Request(resource, Nine.AddHours(-1), Nine)));

        var detail = await RefusedAsync(await op.PostJsonAsync(Bookings, Request(resource, Nine.AddHours(2).AddMinutes(-1), Nine.AddHours(4))), HttpStatusCode.Conflict);
        detail.ShouldContain(first.GetProperty("id").GetGuid().ToString(), Case.Insensitive, "the refusal names the booking it collides with");
        detail.ShouldContain("2031-03-03 09:00");

        await RefusedAsync(await op.PostJsonAsync(Bookings, Request(resource, Nine.AddHours(1), Nine.AddHours(1))), HttpStatusCode.UnprocessableEntity, nameof(PositiveRangeRule));
        (await HoldingRowsAsync(app, resource)).ShouldBe(3);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_maintenance_window_holds_the_resource_like_a_booking_at_its_edges_and_releases_it_when_removed(Db db)
    {
        var app = await apps.GetAsync(db);
        var op = await app.SignedInAsync("operator@zigong.demo");
        var resource = await NewResourceAsync(app);

        var window = await op.PostJsonAsync("/api/v1/pilot-base/maintenance-windows", new { resourceId = resource, startsAt = Nine, endsAt = Nine.AddHours(8), purpose = "季度保养" });
        window.StatusCode.ShouldBe(HttpStatusCode.Created, await window.Content.ReadAsStringAsync());
        var windowId = (await window.ReadJsonAsync()).GetProperty("id").GetGuid();

        await CreatedAsync(await op.PostJsonAsync(Bookings, Request(resource, Nine.AddHours(8), Nine.AddHours(9))));
        await CreatedAsync(await op.PostJsonAsync(Bookings, Request(resource, Nine.AddHours(-1), Nine)));
        var detail = await RefusedAsync(await op.PostJsonAsync(Bookings, Request(resource, Nine.AddHours(8).AddMinutes(-1), Nine.AddHours(10))), HttpStatusCode.Conflict);
        detail.ShouldContain("维护窗口");
        detail.ShouldContain(windowId.ToString(), Case.Insensitive);

        // A window over an existing booking is refused the same way, naming the booking.
        var booked = await CreatedAsync(await op.PostJsonAsync(Bookings, Request(resource, Nine.AddDays(1), Nine.AddDays(1).AddHours(2))));
        var clash = await op.PostJsonAsync("/api/v1/pilot-base/maintenance-windows", new { resourceId = resource, startsAt = Nine.AddDays(1).AddHours(1), endsAt = Nine.AddDays(1).AddHours(5), purpose = "校准" });
        (await RefusedAsync(clash, HttpStatusCode.Conflict)).ShouldContain(booked.GetProperty("id").GetGuid().ToString(), Case.Insensitive);

        (await op.DeleteAsync(new Uri($"/api/v1/pilot-base/maintenance-windows/{windowId}", UriKind.Relative))).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        await CreatedAsync(await op.PostJsonAsync(Bookings, Request(resource, Nine.AddHours(2), Nine.AddHours(4))));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Past_ranges_retired_or_maintained_resources_and_oversized_batches_are_refused_by_rule_and_another_zones_resource_is_not_found(Db db)
    {
        var app = await apps.GetAsync(db);
        var op = await app.SignedInAsync("operator@zigong.demo");
        var resource = await NewResourceAsync(app);
        var now = DateTimeOffset.UtcNow;

        await RefusedAsync(await op.PostJsonAsync(Bookings, Request(resource, now.AddMinutes(-5), now.AddHours(1))), HttpStatusCode.UnprocessableEntity, nameof(NotInPastRule));
        await RefusedAsync(await op.PostJsonAsync(Bookings, Request(resource, Nine, Nine.AddHours(1), batch: 100.5m)), HttpStatusCode.UnprocessableEntity, nameof(WithinBatchCapacityRule));
        await CreatedAsync(await op.PostJsonAsync(Bookings, Request(resource, Nine, Nine.AddHours(1), batch: 100m)));

        var retired = await NewResourceAsync(app, status: ResourceStatus.Retired);
        (await RefusedAsync(await op.PostJsonAsync(Bookings, Request(retired, Nine, Nine.AddHours(1))), HttpStatusCode.UnprocessableEntity, nameof(ResourceBookableRule))).ShouldContain("已停用");
        var maintained = await NewResourceAsync(app, status: ResourceStatus.Maintenance);
        await RefusedAsync(await op.PostJsonAsync(Bookings, Request(maintained, Nine, Nine.AddHours(1))), HttpStatusCode.UnprocessableEntity, nameof(ResourceBookableRule));

        var elsewhere = await NewResourceAsync(app, ZoneId.New());
        await RefusedAsync(await op.PostJsonAsync(Bookings, Request(elsewhere, Nine, Nine.AddHours(1))), HttpStatusCode.NotFound);
        (await op.GetAsync($"/api/v1/pilot-base/resources/{elsewhere}/calendar")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await HoldingRowsAsync(app, elsewhere)).ShouldBe(0);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_service_booking_takes_all_its_resources_or_none(Db db)
    {
        var app = await apps.GetAsync(db);
        var op = await app.SignedInAsync("operator@zigong.demo");
        var zone = await DemoZoneAsync(app);
        var (r1, r2) = (await NewResourceAsync(app), await NewResourceAsync(app));
        var serviceId = await app.InScopeAsync(async ctx =>
        {
            var s = new PilotService(zone, "S-T-" + Guid.NewGuid().ToString("N")[..8], "测试服务", ServiceCategory.PerformanceTesting, "测试", 8m, 5_000m, PriceUnit.Fixed, "报告");
            ctx.AddRange(s, new ServiceResource(zone, s.Id, r1), new ServiceResource(zone, s.Id, r2));
            await ctx.SaveChangesAsync();
            return s.Id;
        });
        var holder = await CreatedAsync(await op.PostJsonAsync(Bookings, Request(r2, Nine.AddHours(3), Nine.AddHours(5))));

        var refused = await op.PostJsonAsync(Bookings, new { serviceId, startsAt = Nine, endsAt = Nine.AddHours(4), purpose = "服务测试", customerName = "宜宾测试公司" });
        (await RefusedAsync(refused, HttpStatusCode.Conflict)).ShouldContain(holder.GetProperty("id").GetGuid().ToString(), Case.Insensitive);
        (await HoldingRowsAsync(app, r1)).ShouldBe(0, "nothing partial: the free resource was not taken either");

        var booked = await op.PostJsonAsync(Bookings, new { serviceId, startsAt = Nine.AddHours(5), endsAt = Nine.AddHours(9), purpose = "服务测试", customerName = "宜宾测试公司" });
        booked.StatusCode.ShouldBe(HttpStatusCode.Created, await booked.Content.ReadAsStringAsync());
        var rows = (await booked.ReadJsonAsync()).EnumerateArray().ToList();
        rows.Select(r => r.GetProperty("resourceId").GetGuid()).ShouldBe([r1, r2], ignoreOrder: true);
        rows.Sum(r => r.GetProperty("price").GetDecimal()).ShouldBe(5_000m, "a service is priced once");
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Enterprises_book_for_themselves_and_see_only_their_own_others_show_as_occupied(Db db)
    {
        var app = await apps.GetAsync(db);
        var enterprise = await app.SignedInAsync("enterprise@zigong.demo");
        var institute = await app.SignedInAsync("institute@zigong.demo");
        var op = await app.SignedInAsync("operator@zigong.demo");
        var resource = await NewResourceAsync(app);
        var zone = await DemoZoneAsync(app);
        var own = await app.InScopeAsync(ctx => ctx.Organisations.Where(o => o.Name == "兴储世纪").Select(o => o.Id).SingleAsync());

        var mine = await CreatedAsync(await enterprise.PostJsonAsync(Bookings, Request(resource, Nine, Nine.AddHours(2), customer: null)));
        mine.GetProperty("organisationId").GetGuid().ShouldBe(own);
        mine.GetProperty("customer").GetString().ShouldBe("Enterprise");
        var theirs = await CreatedAsync(await institute.PostJsonAsync(Bookings, Request(resource, Nine.AddHours(2), Nine.AddHours(4), customer: null)));
        theirs.GetProperty("customer").GetString().ShouldBe("Institute");

        // Booking for someone else, or for another organisation's relay project, is refused.
        (await enterprise.PostJsonAsync(Bookings, Request(resource, Nine.AddDays(1), Nine.AddDays(1).AddHours(1), customer: "别人家"))).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        var foreignProject = await app.InScopeAsync(async _ =>
        {
            using var scope = app.Services.CreateScope();
            var projects = await scope.ServiceProvider.GetRequiredService<IRelayProjects>().ListAsync(zone.Value, null, CancellationToken.None);
            return projects.First(p => p.LeadOrganisationId != own && p.CompanyOrganisationId != own).Id;
        });
        (await enterprise.PostJsonAsync(Bookings, new { resourceId = resource, startsAt = Nine.AddDays(1), endsAt = Nine.AddDays(1).AddHours(1), purpose = "测试", projectId = foreignProject }))
            .StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await enterprise.PostJsonAsync(Bookings, new { resourceId = resource, startsAt = Nine.AddDays(1), endsAt = Nine.AddDays(1).AddHours(1), purpose = "测试", projectId = Guid.NewGuid() }))
            .StatusCode.ShouldBe(HttpStatusCode.NotFound);

        var list = await (await enterprise.GetAsync($"{Bookings}?size=200")).ReadJsonAsync();
        var items = list.GetProperty("items").EnumerateArray().ToList();
        items.ShouldNotBeEmpty();
        items.ShouldAllBe(b => b.GetProperty("organisationId").GetGuid() == own);
        items.ShouldContain(b => b.GetProperty("id").GetGuid() == mine.GetProperty("id").GetGuid());
        (await enterprise.GetAsync($"{Bookings}/{theirs.GetProperty("id").GetGuid()}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);

        var calendar = await (await enterprise.GetAsync($"/api/v1/pilot-base/resources/{resource}/calendar?date=2031-03-03&view=week")).ReadJsonAsync();
        var slots = calendar.GetProperty("slots").EnumerateArray().ToList();
        slots.Count.ShouldBe(2);
        slots[0].GetProperty("own").GetBoolean().ShouldBeTrue();
        slots[0].GetProperty("label").GetString().ShouldBe("测试");
        slots[1].GetProperty("own").GetBoolean().ShouldBeFalse();
        slots[1].GetProperty("label").GetString().ShouldBe("已占用");
        slots[1].GetProperty("id").ValueKind.ShouldBe(JsonValueKind.Null);

        var operatorView = await (await op.GetAsync($"/api/v1/pilot-base/resources/{resource}/calendar?date=2031-03-01&view=month")).ReadJsonAsync();
        operatorView.GetProperty("slots").EnumerateArray().Select(s => s.GetProperty("label").GetString()).ShouldBe(["兴储世纪：测试", "四川轻化工大学：测试"]);

        var check = await (await enterprise.GetAsync($"{Bookings}/conflicts?resourceId={resource}&startsAt={Uri.EscapeDataString(Nine.AddHours(1).ToString("O"))}&endsAt={Uri.EscapeDataString(Nine.AddHours(3).ToString("O"))}")).ReadJsonAsync();
        check.GetProperty("free").GetBoolean().ShouldBeFalse();
        check.GetProperty("conflicts").GetArrayLength().ShouldBe(2);
        var free = await (await enterprise.GetAsync($"{Bookings}/conflicts?resourceId={resource}&startsAt={Uri.EscapeDataString(Nine.AddHours(4).ToString("O"))}&endsAt={Uri.EscapeDataString(Nine.AddHours(5).ToString("O"))}")).ReadJsonAsync();
        free.GetProperty("free").GetBoolean().ShouldBeTrue();
        free.GetProperty("price").GetDecimal().ShouldBe(800m);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task The_operator_queue_approves_rejects_with_a_reason_and_the_booker_cancels_its_own(Db db)
    {
        var app = await apps.GetAsync(db);
        var enterprise = await app.SignedInAsync("enterprise@zigong.demo");
        var op = await app.SignedInAsync("operator@zigong.demo");
        var resource = await NewResourceAsync(app);
        var a = (await CreatedAsync(await enterprise.PostJsonAsync(Bookings, Request(resource, Nine, Nine.AddHours(1), customer: null)))).GetProperty("id").GetGuid();
        var b = (await CreatedAsync(await enterprise.PostJsonAsync(Bookings, Request(resource, Nine.AddHours(1), Nine.AddHours(2), customer: null)))).GetProperty("id").GetGuid();

        var queue = await (await op.GetAsync($"{Bookings}?status=Pending&resourceId={resource}")).ReadJsonAsync();
        queue.GetProperty("total").GetInt32().ShouldBe(2);

        (await enterprise.PostJsonAsync($"{Bookings}/{a}/approve", new { })).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await (await op.PostJsonAsync($"{Bookings}/{a}/approve", new { })).ReadJsonAsync()).GetProperty("status").GetString().ShouldBe("Approved");
        (await op.PostJsonAsync($"{Bookings}/{a}/approve", new { })).StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await op.PostJsonAsync($"{Bookings}/{b}/reject", new { reason = "" })).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await (await op.PostJsonAsync($"{Bookings}/{b}/reject", new { reason = "资料不全" })).ReadJsonAsync()).GetProperty("status").GetString().ShouldBe("Rejected");
        (await op.PostJsonAsync($"{Bookings}/{a}/no-show", new { note = (string?)null })).StatusCode.ShouldBe(HttpStatusCode.Conflict, "not started yet");

        var cancelled = await (await enterprise.PostJsonAsync($"{Bookings}/{a}/cancel", new { note = "计划调整" })).ReadJsonAsync();
        cancelled.GetProperty("status").GetString().ShouldBe("Cancelled");
        cancelled.GetProperty("cancelledLate").GetBoolean().ShouldBeFalse("years ahead of the start");
        (await HoldingRowsAsync(app, resource)).ShouldBe(0);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task The_demo_has_a_year_of_bookings_with_every_kind_of_customer_maintenance_windows_and_the_enterprises_own(Db db)
    {
        var app = await apps.GetAsync(db);
        var zone = await DemoZoneAsync(app);
        var demo = await app.InScopeAsync(async ctx =>
        {
            var demoResources = ctx.Set<Resource>().Where(r => r.ZoneId == zone && r.Code.StartsWith("A-")).Select(r => r.Id);
            return await ctx.Set<Booking>().AsNoTracking().Where(b => demoResources.Contains(b.ResourceId)).ToListAsync();
        });
        demo.Count.ShouldBeGreaterThan(1_000);
        (demo.Max(b => b.EndsAt) - demo.Min(b => b.StartsAt)).TotalDays.ShouldBeGreaterThan(350);
        demo.Select(b => b.Customer).Distinct().Count().ShouldBe(5, "enterprises, institutes, relay projects, outside firms and the base's maintenance");
        demo.Count(b => b.Kind == BookingKind.Maintenance).ShouldBeGreaterThan(20);
        demo.ShouldContain(b => b.Status == BookingStatus.NoShow);
        demo.ShouldContain(b => b.Status == BookingStatus.Cancelled);
        demo.ShouldContain(b => b.Status == BookingStatus.Pending);

        var enterprise = await app.SignedInAsync("enterprise@zigong.demo");
        var own = await (await enterprise.GetAsync($"{Bookings}?size=5")).ReadJsonAsync();
        own.GetProperty("total").GetInt32().ShouldBeGreaterThan(10, "the demo enterprise's own bookings fill its list");
    }

    /// <summary>200 requests for one slot at once: the database lets exactly one in; every other is told who holds it.</summary>
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Two_hundred_concurrent_bookings_of_one_slot_exactly_one_wins_and_199_are_refused_naming_the_winner(Db db)
    {
        var app = await apps.GetAsync(db);
        var op = await app.SignedInAsync("operator@zigong.demo");
        var resource = await NewResourceAsync(app);
        using var start = new SemaphoreSlim(0);
        var tasks = Enumerable.Range(0, 200).Select(async i =>
        {
            await start.WaitAsync();
            var response = await op.PostJsonAsync(Bookings, Request(resource, Nine.AddMinutes(i % 7), Nine.AddHours(2), customer: $"客户{i}"));
            return (response.StatusCode, Body: await response.Content.ReadAsStringAsync());
        }).ToList();
        start.Release(200);
        var results = await Task.WhenAll(tasks);

        var winners = results.Where(r => r.StatusCode == HttpStatusCode.Created).ToList();
        winners.Count.ShouldBe(1, string.Join("\n", results.Where(r => r.StatusCode != HttpStatusCode.Conflict).Select(r => $"{r.StatusCode}: {r.Body}").Distinct().Take(5)));
        var winner = JsonDocument.Parse(winners[0].Body).RootElement[0].GetProperty("id").GetGuid().ToString();
        var losers = results.Where(r => r.StatusCode == HttpStatusCode.Conflict).ToList();
        losers.Count.ShouldBe(199);
        losers.ShouldAllBe(r => r.Body.Contains(winner, StringComparison.OrdinalIgnoreCase));
        (await app.InScopeAsync(ctx => ctx.Set<Booking>().CountAsync(b => b.ResourceId == resource))).ShouldBe(1);
    }
}
