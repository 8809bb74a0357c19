using System.Net;

namespace Gaoxin.Mobility.Tests;

/// <summary>The module's pages render for the roles that use them (server prerendering), and an operator's detail page refuses another's vehicle.</summary>
public sealed class MobilityPagesTests(SharedApps apps) : IClassFixture<SharedApps>
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Fleet_vehicle_form_and_plate_pages_render(Db db)
    {
        var app = await apps.GetAsync(db);
        var admin = await app.SignedInAsync("admin@zigong.demo");
        var vehicle = await app.SignedInAsync("vehicle@zigong.demo");

        var fleet = await (await admin.GetAsync("/mobility")).Content.ReadAsStringAsync();
        fleet.ShouldContain("fleet-table");
        fleet.ShouldContain("fleet-export");
        (await (await admin.GetAsync("/mobility/plates")).Content.ReadAsStringAsync()).ShouldContain("川CW0001");
        (await (await vehicle.GetAsync("/mobility/vehicles/new")).Content.ReadAsStringAsync()).ShouldContain("vehicle-form-vin");
        (await (await vehicle.GetAsync("/mobility")).Content.ReadAsStringAsync()).ShouldNotContain("fleet-export");

        var list = await (await admin.GetAsync("/api/v1/mobility/vehicles?size=200")).ReadJsonAsync();
        var items = list.GetProperty("items").EnumerateArray().ToList();
        var own = items.First(v => v.GetProperty("operatorName").GetString() == "九识智能").GetProperty("id").GetGuid();
        var other = items.First(v => v.GetProperty("operatorName").GetString() != "九识智能").GetProperty("id").GetGuid();
        var detail = await (await vehicle.GetAsync($"/mobility/vehicles/{own}")).Content.ReadAsStringAsync();
        detail.ShouldContain("vehicle-eligibility");
        detail.ShouldContain("道路测试已完成");
        detail.ShouldContain("insure-add");
        var viewer = await app.SignedInAsync("viewer@zigong.demo");
        (await (await viewer.GetAsync($"/mobility/vehicles/{own}")).Content.ReadAsStringAsync()).ShouldNotContain("insure-add");
        (await (await vehicle.GetAsync($"/mobility/vehicles/{other}")).Content.ReadAsStringAsync()).ShouldContain("vehicle-error");
        (await app.Client().GetAsync("/mobility")).StatusCode.ShouldNotBe(HttpStatusCode.OK);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Road_right_list_detail_with_its_map_and_the_application_form_render_with_actions_by_role(Db db)
    {
        var app = await apps.GetAsync(db);
        var admin = await app.SignedInAsync("admin@zigong.demo");
        var vehicle = await app.SignedInAsync("vehicle@zigong.demo");

        var list = await (await admin.GetAsync("/mobility/rights")).Content.ReadAsStringAsync();
        list.ShouldContain("rights-table");
        list.ShouldContain("高新区城市配送示范");
        list.ShouldContain("rights-export");
        (await (await vehicle.GetAsync("/mobility/rights")).Content.ReadAsStringAsync()).ShouldNotContain("rights-export");

        var rights = (await (await admin.GetAsync("/api/v1/mobility/rights?size=200")).ReadJsonAsync()).GetProperty("items").EnumerateArray().ToList();
        var pending = rights.First(r => r.GetProperty("status").GetString() == "UnderReview" && r.GetProperty("title").GetString()!.Contains("板仓")).GetProperty("id").GetGuid();
        var detail = await (await admin.GetAsync($"/mobility/rights/{pending}")).Content.ReadAsStringAsync();
        detail.ShouldContain("right-map");
        detail.ShouldContain("right-area");
        detail.ShouldContain("自流井区");
        detail.ShouldContain("right-grant");
        detail.ShouldContain("道路测试未完成");
        (await (await vehicle.GetAsync($"/mobility/rights/{pending}")).Content.ReadAsStringAsync()).ShouldNotContain("right-grant");
        var other = rights.First(r => r.GetProperty("operatorName").GetString() != "九识智能").GetProperty("id").GetGuid();
        (await (await vehicle.GetAsync($"/mobility/rights/{other}")).Content.ReadAsStringAsync()).ShouldContain("right-error");
        (await (await vehicle.GetAsync("/mobility/rights/new")).Content.ReadAsStringAsync()).ShouldContain("right-form-title");
    }
}
