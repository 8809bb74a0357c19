using System.Net;
using System.Text.Json;
using Gaoxin.Data;
using Gaoxin.Kernel.Zones;
using Gaoxin.Scenes.Deals;
using Gaoxin.Scenes.Demands;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Gaoxin.Scenes.Tests.Deals;

/// <summary>Deals through the HTTP API on both databases: opening, one deal per pair, steps by the operator and the parties, stalling, scoping.</summary>
public sealed class DealsApiTests(SharedApps apps) : IClassFixture<SharedApps>
{
    internal const string Deals = "/api/v1/scenes/deals";

    internal static async Task<JsonElement> OkAsync(HttpResponseMessage response, HttpStatusCode status = HttpStatusCode.OK)
    {
        response.StatusCode.ShouldBe(status, await response.Content.ReadAsStringAsync());
        return await response.ReadJsonAsync();
    }

    internal static Task<Guid> OrganisationAsync(GaoxinApp app, string name) =>
        app.InScopeAsync(db => db.Organisations.Where(o => o.Name == name).Select(o => o.Id).SingleAsync());

    internal static DateOnly Today(GaoxinApp app) => ZoneClock.Of(app.Services.GetRequiredService<TimeProvider>()).Today;

    /// <summary>A published demand of its own (unique code) posted by <paramref name="poster"/>, so the test does not meet the demo's deals.</summary>
    internal static Task<Guid> PublishedDemandAsync(GaoxinApp app, string poster) => app.InScopeAsync(async db =>
    {
        var org = await db.Organisations.SingleAsync(o => o.Name == poster);
        var code = "T-" + Guid.NewGuid().ToString("N")[..12];
        var demand = new Demand { ZoneId = org.ZoneId, Code = code, PosterOrganisationId = org.Id, Title = "测试需求 " + code, Problem = "测试用技术需求。", PostedOn = Today(app), Deadline = Today(app).AddDays(90) };
        demand.Publish(Today(app), null);
        db.Add(demand);
        await db.SaveChangesAsync();
        return demand.Id;
    });

    internal static async Task<Guid> OpenAsync(GaoxinApp app, HttpClient admin, Guid demandId, string supplier) =>
        (await OkAsync(await admin.PostJsonAsync(Deals, new { side = "Demand", demandId, supplyKind = "Enterprise", supplyId = await OrganisationAsync(app, supplier), matchScore = 0.82m, matchReasons = "正极材料；钠离子电池" }),
            HttpStatusCode.Created)).GetProperty("id").GetGuid();

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_deal_is_opened_from_a_match_and_moves_forward_by_the_operator_and_the_parties(Db db)
    {
        var app = await apps.GetAsync(db);
        var admin = await app.SignedInAsync("admin@zigong.demo");
        var enterprise = await app.SignedInAsync("enterprise@zigong.demo");
        var institute = await app.SignedInAsync("institute@zigong.demo");
        var demandId = await PublishedDemandAsync(app, "兴储世纪");

        var opened = await OkAsync(await admin.PostJsonAsync(Deals, new { side = "Demand", demandId, supplyKind = "Enterprise", supplyId = await OrganisationAsync(app, "四川轻化工大学"), matchScore = 0.82m }), HttpStatusCode.Created);
        opened.GetProperty("stage").GetString().ShouldBe("Matched");
        opened.GetProperty("buyerName").GetString().ShouldBe("兴储世纪");
        opened.GetProperty("sellerName").GetString().ShouldBe("四川轻化工大学");
        opened.GetProperty("stalled").GetBoolean().ShouldBeFalse();
        var id = opened.GetProperty("id").GetGuid();

        // One deal per (demand, supply): the second names the first.
        var again = await admin.PostJsonAsync(Deals, new { side = "Demand", demandId, supplyKind = "Enterprise", supplyId = await OrganisationAsync(app, "四川轻化工大学") });
        again.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await again.Content.ReadAsStringAsync()).ShouldContain(id.ToString());

        var today = Today(app).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        await OkAsync(await admin.PostJsonAsync($"{Deals}/{id}/steps", new { stage = "Introduced", on = today, note = "创新中心引荐双方。" }), HttpStatusCode.Created);
        // The parties may record meeting and negotiating, not an introduction or a drop.
        (await enterprise.PostJsonAsync($"{Deals}/{id}/steps", new { stage = "Dropped", on = today, note = "不谈了。" })).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        await OkAsync(await institute.PostJsonAsync($"{Deals}/{id}/steps", new { stage = "Met", on = today, note = "双方在学校实验室会面。" }), HttpStatusCode.Created);
        var detail = await OkAsync(await enterprise.PostJsonAsync($"{Deals}/{id}/steps", new { stage = "Negotiating", on = today, note = "开始商务谈判。" }), HttpStatusCode.Created);
        detail.GetProperty("deal").GetProperty("stage").GetString().ShouldBe("Negotiating");
        detail.GetProperty("steps").EnumerateArray().Select(s => s.GetProperty("stage").GetString()).ShouldBe(["Matched", "Introduced", "Met", "Negotiating"]);

        // Never backwards, and never in the future.
        (await admin.PostJsonAsync($"{Deals}/{id}/steps", new { stage = "Met", on = today, note = "再次会面。" })).StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await admin.PostJsonAsync($"{Deals}/{id}/steps", new { stage = "Dropped", on = Today(app).AddDays(1).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), note = "终止。" }))
            .StatusCode.ShouldBe(HttpStatusCode.BadRequest);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Ids_outside_the_zone_or_the_module_are_refused_and_firms_see_only_their_deals(Db db)
    {
        var app = await apps.GetAsync(db);
        var admin = await app.SignedInAsync("admin@zigong.demo");
        var enterprise = await app.SignedInAsync("enterprise@zigong.demo");
        var vehicle = await app.SignedInAsync("vehicle@zigong.demo");
        var demandId = await PublishedDemandAsync(app, "兴储世纪");

        (await admin.PostJsonAsync(Deals, new { side = "Demand", demandId = Guid.NewGuid(), supplyKind = "Enterprise", supplyId = await OrganisationAsync(app, "九识智能") })).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await admin.PostJsonAsync(Deals, new { side = "Scene", demandId, supplyKind = "Enterprise", supplyId = await OrganisationAsync(app, "九识智能") })).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await admin.PostJsonAsync(Deals, new { side = "Demand", demandId, supplyKind = "Product", supplyId = Guid.NewGuid() })).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await enterprise.PostJsonAsync(Deals, new { side = "Demand", demandId, supplyKind = "Enterprise", supplyId = await OrganisationAsync(app, "九识智能") })).StatusCode.ShouldBe(HttpStatusCode.Forbidden);

        var id = await OpenAsync(app, admin, demandId, "九识智能");

        // Another zone's deal is not found, not even by the admin.
        var foreign = await app.InScopeAsync(async d =>
        {
            var deal = new Deal { ZoneId = new ZoneId(Guid.NewGuid()), Side = DemandSide.Demand, DemandId = Guid.NewGuid(), BuyerOrganisationId = Guid.NewGuid(), SupplyKind = SupplyKind.Enterprise, SupplyId = Guid.NewGuid() };
            d.Add(deal);
            await d.SaveChangesAsync();
            return deal.Id;
        });
        (await admin.GetAsync($"{Deals}/{foreign}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await admin.PostJsonAsync($"{Deals}/{foreign}/steps", new { stage = "Introduced", on = Today(app).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), note = "引荐。" }))
            .StatusCode.ShouldBe(HttpStatusCode.NotFound);

        // 兴储世纪 (buyer) and 九识智能 (seller) see the deal; 四川轻化工大学 would not. The enterprise's list holds only its own deals.
        (await enterprise.GetAsync($"{Deals}/{id}")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await vehicle.GetAsync($"{Deals}/{id}")).StatusCode.ShouldBe(HttpStatusCode.OK);
        var institute = await app.SignedInAsync("institute@zigong.demo");
        (await institute.GetAsync($"{Deals}/{id}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        var own = await OrganisationAsync(app, "兴储世纪");
        var list = await OkAsync(await enterprise.GetAsync($"{Deals}?pageSize=100"));
        list.GetProperty("items").EnumerateArray().ShouldAllBe(d => d.GetProperty("buyerOrganisationId").GetGuid() == own || d.GetProperty("sellerOrganisationId").GetGuid() == own);
        list.GetProperty("items").EnumerateArray().ShouldContain(d => d.GetProperty("id").GetGuid() == id);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_deal_with_thirty_quiet_days_is_still_moving_and_with_thirty_one_it_is_stalled(Db db)
    {
        var app = await apps.GetAsync(db);
        var admin = await app.SignedInAsync("admin@zigong.demo");
        var thirty = await OpenAsync(app, admin, await PublishedDemandAsync(app, "兴储世纪"), "九识智能");
        var thirtyOne = await OpenAsync(app, admin, await PublishedDemandAsync(app, "兴储世纪"), "九识智能");
        await app.InScopeAsync(async d =>
        {
            foreach (var (id, days) in new[] { (thirty, 30), (thirtyOne, 31) })
            {
                var deal = await d.Set<Deal>().SingleAsync(x => x.Id == id);
                deal.LastStepOn = Today(app).AddDays(-days);
            }

            return await d.SaveChangesAsync();
        });

        var stalled = await OkAsync(await admin.GetAsync($"{Deals}?stalled=true&pageSize=100"));
        var ids = stalled.GetProperty("items").EnumerateArray().Select(x => x.GetProperty("id").GetGuid()).ToList();
        ids.ShouldContain(thirtyOne);
        ids.ShouldNotContain(thirty);
        stalled.GetProperty("items").EnumerateArray().ShouldAllBe(x => x.GetProperty("stalled").GetBoolean());
        var moving = await OkAsync(await admin.GetAsync($"{Deals}?stalled=false&pageSize=100"));
        moving.GetProperty("items").EnumerateArray().Select(x => x.GetProperty("id").GetGuid()).ShouldNotContain(thirtyOne);
        (await OkAsync(await admin.GetAsync($"{Deals}/{thirtyOne}"))).GetProperty("deal").GetProperty("stalled").GetBoolean().ShouldBeTrue();
        (await OkAsync(await admin.GetAsync($"{Deals}/{thirty}"))).GetProperty("deal").GetProperty("stalled").GetBoolean().ShouldBeFalse();

        var export = await admin.GetAsync($"{Deals}/export?stalled=true");
        export.StatusCode.ShouldBe(HttpStatusCode.OK);
        export.Content.Headers.ContentType!.MediaType.ShouldBe(Gaoxin.Data.Http.ExcelExport.ContentType);
    }
}
