using System.Net;
using System.Text.Json;
using Gaoxin.Contracts;
using Gaoxin.Contracts.TechTransfer;
using Gaoxin.Data;
using Gaoxin.Kernel.Zones;
using Gaoxin.Scenes.Demands;
using Gaoxin.Scenes.SceneBoard;
using Gaoxin.Scenes.Supply;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Gaoxin.Scenes.Tests.Matching;

/// <summary>The matching endpoints on the demo zone: ranked supply with reasons, both ways, scoped to the caller, anonymous
/// posters hidden, and a saved item matchable right after its save.</summary>
public sealed class MatchingApiTests(SharedApps apps) : IClassFixture<SharedApps>
{
    private static async Task<T> ReadAsync<T>(GaoxinApp app, Func<GaoxinDbContext, Task<T>> read)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await read(scope.ServiceProvider.GetRequiredService<GaoxinDbContext>());
    }

    private static Task<Demand> DemandAsync(GaoxinApp app, string code) =>
        ReadAsync(app, db => db.Set<Demand>().AsNoTracking().SingleAsync(d => d.Code == code));

    private static async Task<JsonElement> OkJsonAsync(HttpResponseMessage response)
    {
        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        return await response.ReadJsonAsync();
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_firm_s_demand_gets_ranked_supply_with_terms_and_reasons(Db db)
    {
        var app = await apps.GetAsync(db);
        var demand = await DemandAsync(app, "XQ-2025-001");
        var client = await app.SignedInAsync("enterprise@zigong.demo");

        var json = await OkJsonAsync(await client.GetAsync($"/api/v1/scenes/matches/demands/{demand.Id}?top=10"));

        var hits = json.GetProperty("hits").EnumerateArray().ToList();
        hits.ShouldNotBeEmpty();
        hits.Count.ShouldBeLessThanOrEqualTo(10);
        var scores = hits.Select(h => h.GetProperty("score").GetDouble()).ToList();
        scores.ShouldBe(scores.OrderByDescending(s => s).ToList());
        var expert = hits.Single(h => h.GetProperty("title").GetString()!.StartsWith("李明远", StringComparison.Ordinal));
        expert.GetProperty("kind").GetString().ShouldBe("Expert");
        expert.GetProperty("matchedTerms").EnumerateArray().Select(t => t.GetString()).ShouldContain("正极材料");
        expert.GetProperty("reasons").EnumerateArray().Select(r => r.GetProperty("text").GetString()).ShouldContain("同属新能源产业");
        hits.ShouldNotContain(h => h.GetProperty("kind").GetString() == "Demand" || h.GetProperty("kind").GetString() == "Scene");
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Only_the_owner_and_the_operators_see_a_demand_s_matches_and_another_zone_s_id_is_not_found(Db db)
    {
        var app = await apps.GetAsync(db);
        var demand = await DemandAsync(app, "XQ-2025-001");
        var url = $"/api/v1/scenes/matches/demands/{demand.Id}";

        (await (await app.SignedInAsync("vehicle@zigong.demo")).GetAsync(url)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await (await app.SignedInAsync("viewer@zigong.demo")).GetAsync(url)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await (await app.SignedInAsync("operator@zigong.demo")).GetAsync(url)).StatusCode.ShouldBe(HttpStatusCode.OK);
        var admin = await app.SignedInAsync("admin@zigong.demo");
        (await admin.GetAsync($"/api/v1/scenes/matches/demands/{Guid.NewGuid()}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await admin.GetAsync($"/api/v1/scenes/matches/scenes/{Guid.NewGuid()}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await admin.GetAsync($"/api/v1/scenes/matches/products/{Guid.NewGuid()}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await admin.GetAsync($"/api/v1/scenes/matches/achievements/{Guid.NewGuid()}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await admin.GetAsync($"{url}?top=51")).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await admin.GetAsync($"{url}?top=0")).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await admin.GetAsync($"{url}?kinds=Nothing")).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task An_anonymous_poster_is_hidden_from_everyone_but_the_operators(Db db)
    {
        var app = await apps.GetAsync(db);
        var demand = await DemandAsync(app, "XQ-2025-002");
        demand.Anonymous.ShouldBeTrue();
        const string url = "/api/v1/scenes/search?q=生物质硬碳负极首次效率&kinds=Demand";

        foreach (var email in new[] { "enterprise@zigong.demo", "institute@zigong.demo", "viewer@zigong.demo" })
        {
            var raw = await (await (await app.SignedInAsync(email)).GetAsync(url)).Content.ReadAsStringAsync();
            raw.ShouldContain(demand.Id.ToString());
            raw.ShouldNotContain("珈钠");
            raw.ShouldNotContain(demand.PosterOrganisationId.ToString());
        }

        var admin = await OkJsonAsync(await (await app.SignedInAsync("admin@zigong.demo")).GetAsync(url));
        admin.GetProperty("items").EnumerateArray().Single(h => h.GetProperty("id").GetGuid() == demand.Id)
            .GetProperty("organisationName").GetString()!.ShouldContain("珈钠");
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_product_saved_is_matchable_right_after_its_save_and_a_withdrawn_one_is_not(Db db)
    {
        var app = await apps.GetAsync(db);
        var admin = await app.SignedInAsync("admin@zigong.demo");
        (await admin.GetAsync("/api/v1/scenes/search?q=储能")).StatusCode.ShouldBe(HttpStatusCode.OK);
        var name = $"氧化锆陶瓷柱塞泵{Guid.NewGuid():N}"[..14];
        var demand = await DemandAsync(app, "XQ-2025-001");
        var product = new Product
        {
            ZoneId = demand.ZoneId, OrganisationId = demand.PosterOrganisationId, Name = name, Description = "耐腐蚀氧化锆陶瓷柱塞泵，用于电解液输送。",
            Industry = ZoneIndustry.Traditional, ChainLink = "泵阀", Readiness = 9, ListedOn = new DateOnly(2026, 1, 1),
        };
        await ReadAsync(app, async d => { d.Add(product); return await d.SaveChangesAsync(); });

        var found = await OkJsonAsync(await admin.GetAsync("/api/v1/scenes/search?q=氧化锆陶瓷柱塞泵&kinds=Product"));
        found.GetProperty("items").EnumerateArray().Select(h => h.GetProperty("id").GetGuid()).ShouldContain(product.Id);

        await ReadAsync(app, async d =>
        {
            var p = await d.Set<Product>().SingleAsync(x => x.Id == product.Id);
            p.Withdraw(new DateOnly(2026, 2, 1));
            return await d.SaveChangesAsync();
        });
        var gone = await OkJsonAsync(await admin.GetAsync("/api/v1/scenes/search?q=氧化锆陶瓷柱塞泵&kinds=Product"));
        gone.GetProperty("items").EnumerateArray().Select(h => h.GetProperty("id").GetGuid()).ShouldNotContain(product.Id);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Supply_finds_demands_and_scenes_the_other_way(Db db)
    {
        var app = await apps.GetAsync(db);
        var product = await ReadAsync(app, d => d.Set<Product>().AsNoTracking().FirstAsync(p => p.Name.Contains("无人配送车")));
        var vehicle = await app.SignedInAsync("vehicle@zigong.demo");

        var json = await OkJsonAsync(await vehicle.GetAsync($"/api/v1/scenes/matches/products/{product.Id}"));
        var hits = json.GetProperty("hits").EnumerateArray().ToList();
        hits.ShouldNotBeEmpty();
        hits.ShouldAllBe(h => h.GetProperty("kind").GetString() == "Demand" || h.GetProperty("kind").GetString() == "Scene");
        // The demo's logistics and patrol scenes are past their call (closed, adopted); the one unmanned-vehicle scene still
        // taking proposals is environmental monitoring, and a delivery vehicle matches it before any factory demand.
        var monitoring = await ReadAsync(app, d => d.Set<Scene>().AsNoTracking().SingleAsync(s => s.Kind == SceneKind.EnvironmentalMonitoring));
        hits[0].GetProperty("id").GetGuid().ShouldBe(monitoring.Id, string.Join(" | ", hits.Select(h => h.GetProperty("title").GetString() + " " + h.GetProperty("score").GetDouble())));

        await using var scope = app.Services.CreateAsyncScope();
        var relay = scope.ServiceProvider.GetRequiredService<IRelayAchievements>();
        var zone = product.ZoneId.Value;
        var achievements = await relay.ListAsync(zone, CancellationToken.None);
        achievements.ShouldNotBeEmpty();
        var admin = await app.SignedInAsync("admin@zigong.demo");
        (await admin.GetAsync($"/api/v1/scenes/matches/achievements/{achievements[0].Id}")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await vehicle.GetAsync($"/api/v1/scenes/matches/achievements/{achievements.First(a => a.OwnerOrganisationId != product.OrganisationId).Id}"))
            .StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }
}
