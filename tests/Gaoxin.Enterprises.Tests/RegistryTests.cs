using System.Net;
using Gaoxin.Enterprises.Demo;

namespace Gaoxin.Enterprises.Tests;

public sealed class RegistryTests(SharedApps apps)
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task The_demo_zone_shows_93_of_114_above_size_transformed(Db db)
    {
        var app = await apps.GetAsync(db);
        var viewer = await app.SignedInAsync("viewer@zigong.demo");
        var rate = await (await viewer.GetAsync("/api/v1/enterprises/transformation-rate")).ReadJsonAsync();
        rate.GetProperty("aboveSize").GetInt32().ShouldBe(114);
        rate.GetProperty("transformed").GetInt32().ShouldBe(93);
        rate.GetProperty("display").GetString().ShouldBe("81.58%");
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task An_enterprise_user_sees_only_its_own_enterprise(Db db)
    {
        var app = await apps.GetAsync(db);
        var viewer = await app.SignedInAsync("viewer@zigong.demo");
        var all = await (await viewer.GetAsync("/api/v1/enterprises/?size=200&search=有限公司")).ReadJsonAsync();
        all.GetProperty("total").GetInt32().ShouldBeGreaterThan(EnterprisesDemoSeeder.Certified);
        var other = all.GetProperty("items").EnumerateArray().First(e => e.GetProperty("name").GetString()!.StartsWith("珈钠", StringComparison.Ordinal)).GetProperty("id").GetString();

        var enterprise = await app.SignedInAsync("enterprise@zigong.demo");
        var own = await (await enterprise.GetAsync("/api/v1/enterprises/")).ReadJsonAsync();
        own.GetProperty("items").EnumerateArray().Select(e => e.GetProperty("name").GetString()).ShouldBe(["兴储世纪有限公司"]);
        (await enterprise.GetAsync($"/api/v1/enterprises/{other}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        var ownId = own.GetProperty("items")[0].GetProperty("id").GetString();
        var detail = await (await enterprise.GetAsync($"/api/v1/enterprises/{ownId}")).ReadJsonAsync();
        detail.GetProperty("years").GetArrayLength().ShouldBe(3);
        (await enterprise.GetAsync("/api/v1/enterprises/import/template")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }
}
