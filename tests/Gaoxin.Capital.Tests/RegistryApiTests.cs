using System.Net;

namespace Gaoxin.Capital.Tests;

/// <summary>The registry over HTTP on both databases: investors and funds, duplicates by normalised name refused.</summary>
public sealed class RegistryApiTests(SharedApps apps)
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Investors_and_funds_are_registered_once_by_normalised_name(Db db)
    {
        var c = await Capital.ForAsync(await apps.GetAsync(db));
        var tag = Guid.NewGuid().ToString("N")[..6];
        var manager = await c.InvestorAsync($"盐都创投{tag}（有限合伙）");

        // Full-width brackets against half-width, spaces: the same investor.
        var again = await c.Operator.PostJsonAsync("/api/v1/capital/investors", new { name = $" 盐都 创投{tag}(有限合伙)", kind = "Angel" });
        again.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await again.ReadJsonAsync()).GetProperty("detail").GetString()!.ShouldContain("已登记");

        var fund = await c.Operator.PostJsonAsync("/api/v1/capital/funds", new { name = $"盐都科创{tag}基金", managerId = manager, size = 300_000_000m, focus = "储能" });
        fund.StatusCode.ShouldBe(HttpStatusCode.Created);
        (await fund.ReadJsonAsync()).GetProperty("managerName").GetString().ShouldBe($"盐都创投{tag}（有限合伙）");
        (await c.Operator.PostJsonAsync("/api/v1/capital/funds", new { name = $"盐都科创{tag}基金", managerId = manager, size = 1m })).StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await c.Operator.PostJsonAsync("/api/v1/capital/funds", new { name = $"无主{tag}基金", managerId = Guid.NewGuid(), size = 1m })).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await c.Operator.PostJsonAsync("/api/v1/capital/funds", new { name = $"零{tag}基金", managerId = manager, size = 0m })).StatusCode.ShouldBe(HttpStatusCode.BadRequest);

        var list = await (await c.Operator.GetAsync($"/api/v1/capital/investors?q={Uri.EscapeDataString("盐都创投" + tag)}")).ReadJsonAsync();
        list.GetProperty("total").GetInt32().ShouldBe(1);
        list.GetProperty("items")[0].GetProperty("funds").GetInt32().ShouldBe(1);
        var funds = await (await c.Operator.GetAsync("/api/v1/capital/funds")).ReadJsonAsync();
        funds.EnumerateArray().Count(f => f.GetProperty("name").GetString() == $"盐都科创{tag}基金").ShouldBe(1);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task The_demo_registry_has_the_zone_funds_and_enterprise_users_cannot_read_it(Db db)
    {
        var app = await apps.GetAsync(db);
        var c = await Capital.ForAsync(app);
        var funds = await (await c.Operator.GetAsync("/api/v1/capital/funds")).ReadJsonAsync();
        funds.EnumerateArray().Select(f => f.GetProperty("name").GetString()).ShouldContain("自贡创新发展投资基金");
        var enterprise = await app.SignedInAsync("enterprise@zigong.demo");
        (await enterprise.GetAsync("/api/v1/capital/investors")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await enterprise.PostJsonAsync("/api/v1/capital/investors", new { name = "越权机构", kind = "Angel" })).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }
}
