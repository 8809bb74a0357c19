using System.Net;
using Gaoxin.Kernel.Access;
using Gaoxin.Kernel.Rules;
using Gaoxin.Scenes.Deals;
using Gaoxin.Scenes.SceneBoard;
using Gaoxin.Scenes.Supply;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Gaoxin.Scenes.Tests.Deals;

/// <summary>
/// The new-deal form's pickers (the services /scenes/deals/new calls): the demand side by scene or demand code and title, the
/// supply side by product, expert, organisation or achievement name — labels never ids; and a deal on a relay achievement.
/// </summary>
public sealed class DealChoicesTests(SharedApps apps) : IClassFixture<SharedApps>
{
    private static async Task<Actor> ActorAsync(GaoxinApp app, string role, string? organisation = null)
    {
        var zone = await app.InScopeAsync(db => db.Organisations.Select(o => o.ZoneId).FirstAsync());
        Guid? org = organisation is null ? null : await DealsApiTests.OrganisationAsync(app, organisation);
        return new Actor("test-" + role, "测试" + role, new HashSet<string> { role }, org, zone.Value);
    }

    private static async Task<T> DeskAsync<T>(GaoxinApp app, Func<DealDesk, Task<T>> work)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await work(scope.ServiceProvider.GetRequiredService<DealDesk>());
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task The_pickers_search_by_title_or_name_and_show_no_ids(Db db)
    {
        var app = await apps.GetAsync(db);
        var ct = TestContext.Current.CancellationToken;
        var admin = await ActorAsync(app, Roles.ZoneAdmin);

        // The report's logistics scene, by a word of its title; by its id it comes back with its code and title.
        var scenes = await DeskAsync(app, d => d.DemandChoicesAsync(admin, DemandSide.Scene, "物流", null, ct));
        var logistics = scenes.ShouldHaveSingleItem();
        logistics.Label.ShouldStartWith("CJ-2025-001 ");
        logistics.Label.ShouldContain("物流");
        (await DeskAsync(app, d => d.DemandChoicesAsync(admin, DemandSide.Scene, null, logistics.Id, ct))).ShouldHaveSingleItem().Label.ShouldBe(logistics.Label);

        // Demands: only published ones (the demo's pending demand is not offered).
        var demands = await DeskAsync(app, d => d.DemandChoicesAsync(admin, DemandSide.Demand, null, null, ct));
        demands.ShouldNotBeEmpty();
        var pending = await app.InScopeAsync(x => x.Set<Gaoxin.Scenes.Demands.Demand>().Where(m => m.Status == Gaoxin.Scenes.Demands.DemandStatus.Pending).Select(m => m.Id).ToListAsync());
        demands.ShouldAllBe(c => !pending.Contains(c.Id));

        // Supply: a product by its name, an expert by name with affiliation, an organisation, an achievement by title.
        var product = await app.InScopeAsync(x => x.Set<Product>().Where(p => !p.Withdrawn).OrderBy(p => p.Name).FirstAsync());
        (await DeskAsync(app, d => d.SupplyChoicesAsync(admin, SupplyKind.Product, product.Name, null, ct))).ShouldContain(c => c.Id == product.Id && c.Label == product.Name);
        var expert = await app.InScopeAsync(x => x.Set<Expert>().OrderBy(e => e.Name).FirstAsync());
        (await DeskAsync(app, d => d.SupplyChoicesAsync(admin, SupplyKind.Expert, null, expert.Id, ct))).ShouldHaveSingleItem().Label.ShouldBe($"{expert.Name}（{expert.Affiliation}）");
        (await DeskAsync(app, d => d.SupplyChoicesAsync(admin, SupplyKind.Enterprise, "轻化工", null, ct))).ShouldContain(c => c.Label == "四川轻化工大学");
        var achievements = await DeskAsync(app, d => d.SupplyChoicesAsync(admin, SupplyKind.Achievement, null, null, ct));
        achievements.ShouldNotBeEmpty();

        // Every label is words, never an id.
        foreach (var c in scenes.Concat(demands).Concat(achievements))
        {
            c.Label.ShouldNotContain(c.Id.ToString());
            Guid.TryParse(c.Label, out _).ShouldBeFalse();
        }

        // The form is the operators': an enterprise user is refused.
        var enterprise = await ActorAsync(app, Roles.EnterpriseUser, "兴储世纪");
        await Should.ThrowAsync<Refusal>(() => DeskAsync(app, d => d.DemandChoicesAsync(enterprise, DemandSide.Scene, null, null, ct)));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_deal_on_a_relay_achievement_names_its_owner_as_seller_and_shows_its_title(Db db)
    {
        var app = await apps.GetAsync(db);
        var admin = await app.SignedInAsync("admin@zigong.demo");
        var institute = await app.SignedInAsync("institute@zigong.demo");
        var title = "测试成果 " + Guid.NewGuid().ToString("N")[..8];
        var achievement = (await DealsApiTests.OkAsync(await institute.PostJsonAsync("/api/v1/tech-transfer/achievements", new { title, kind = "KnowHow", readiness = 6 })))
            .GetProperty("id").GetGuid();
        var demandId = await DealsApiTests.PublishedDemandAsync(app, "兴储世纪");

        var opened = await DealsApiTests.OkAsync(await admin.PostJsonAsync(DealsApiTests.Deals, new { side = "Demand", demandId, supplyKind = "Achievement", supplyId = achievement }),
            HttpStatusCode.Created);
        opened.GetProperty("sellerName").GetString().ShouldBe("四川轻化工大学");
        opened.GetProperty("supplyName").GetString().ShouldBe(title);

        var missing = await admin.PostJsonAsync(DealsApiTests.Deals, new { side = "Demand", demandId, supplyKind = "Achievement", supplyId = Guid.NewGuid() });
        missing.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await missing.Content.ReadAsStringAsync()).ShouldContain("科技成果不存在于本园区");
    }
}
