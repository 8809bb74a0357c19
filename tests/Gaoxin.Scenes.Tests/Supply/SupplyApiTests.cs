using System.Net;
using Gaoxin.Scenes.Supply;
using Microsoft.EntityFrameworkCore;
using static Gaoxin.Scenes.Tests.Demands.DemandTestKit;

namespace Gaoxin.Scenes.Tests.Supply;

/// <summary>Products and experts through the HTTP API on both databases: who lists what, versions, withdrawal, consent, bad input.</summary>
public sealed class SupplyApiTests(SharedApps apps) : IClassFixture<SharedApps>
{
    private const string Products = "/api/v1/scenes/products";
    private const string Experts = "/api/v1/scenes/experts";

    private static object Product(string name, int? version = null, Guid? organisationId = null) => new
    {
        name, description = "产品介绍" + Unique(30), industry = "NewEnergy", readiness = 8, chainLink = "储能系统", certificates = "CE、UL9540A", organisationId, version,
    };

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_firm_lists_edits_with_its_version_and_withdraws_its_own_product_but_not_another_s(Db db)
    {
        var app = await apps.GetAsync(db);
        var enterprise = await app.SignedInAsync("enterprise@zigong.demo");
        var institute = await app.SignedInAsync("institute@zigong.demo");
        var op = await app.SignedInAsync("operator@zigong.demo");
        var name = "储能柜" + Unique(6);

        var listed = await OkAsync(await enterprise.PostJsonAsync(Products, Product(name)), HttpStatusCode.Created);
        listed.GetProperty("organisationName").GetString().ShouldBe("兴储世纪");
        var id = listed.GetProperty("id").GetGuid();
        (await enterprise.PostJsonAsync(Products, Product("他人产品" + Unique(4), organisationId: await OrganisationAsync(app, "九识智能")))).StatusCode.ShouldBe(HttpStatusCode.Forbidden);

        // Everyone signed in finds it; another organisation may not change it.
        (await OkAsync(await institute.GetAsync($"{Products}?q={Uri.EscapeDataString(name)}"))).GetProperty("total").GetInt32().ShouldBe(1);
        (await institute.PutJsonAsync($"{Products}/{id}", Product(name, 0))).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await institute.PostJsonAsync($"{Products}/{id}/withdraw", new { })).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await (await app.SignedInAsync("viewer@zigong.demo")).PostJsonAsync(Products, Product(name))).StatusCode.ShouldBe(HttpStatusCode.Forbidden);

        // An edit needs the version read; a stale one is 409.
        (await enterprise.PutJsonAsync($"{Products}/{id}", Product(name + "二代"))).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var edited = await OkAsync(await enterprise.PutJsonAsync($"{Products}/{id}", Product(name + "二代", 0)));
        edited.GetProperty("version").GetInt32().ShouldBe(1);
        (await enterprise.PutJsonAsync($"{Products}/{id}", Product(name + "三代", 0))).StatusCode.ShouldBe(HttpStatusCode.Conflict);

        // Withdrawn: off the list, still the maker's history.
        (await OkAsync(await op.PostJsonAsync($"{Products}/{id}/withdraw", new { }))).GetProperty("withdrawn").GetBoolean().ShouldBeTrue();
        (await OkAsync(await institute.GetAsync($"{Products}?q={Uri.EscapeDataString(name)}"))).GetProperty("total").GetInt32().ShouldBe(0);
        (await institute.GetAsync($"{Products}/{id}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await OkAsync(await enterprise.GetAsync($"{Products}?q={Uri.EscapeDataString(name)}&includeWithdrawn=true"))).GetProperty("total").GetInt32().ShouldBe(1);
        (await enterprise.PostJsonAsync($"{Products}/{id}/withdraw", new { })).StatusCode.ShouldBe(HttpStatusCode.Conflict);

        // An institute lists for itself; an operator for a named zone organisation.
        (await OkAsync(await institute.PostJsonAsync(Products, Product("检测服务" + Unique(4))), HttpStatusCode.Created)).GetProperty("organisationName").GetString().ShouldBe("四川轻化工大学");
        (await op.PostJsonAsync(Products, Product("运营代录" + Unique(4)))).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await OkAsync(await op.PostJsonAsync(Products, Product("运营代录" + Unique(4), organisationId: await OrganisationAsync(app, "九识智能"))), HttpStatusCode.Created))
            .GetProperty("organisationName").GetString().ShouldBe("九识智能");
        (await op.GetAsync($"{Products}/export")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Bad_product_input_and_another_zone_s_product_are_refused(Db db)
    {
        var app = await apps.GetAsync(db);
        var enterprise = await app.SignedInAsync("enterprise@zigong.demo");
        var before = await CountAsync<Product>(app);
        foreach (var bad in new object[]
        {
            new { name = "", description = "产品介绍" + Unique(20), industry = "NewEnergy", readiness = 8 },
            new { name = "<b>储能</b>", description = "产品介绍" + Unique(20), industry = "NewEnergy", readiness = 8 },
            new { name = "储能柜", description = new string('长', 4001), industry = "NewEnergy", readiness = 8 },
            new { name = "储能柜", description = "产品介绍" + Unique(20), industry = "NewEnergy", readiness = 10 },
        })
        {
            (await enterprise.PostJsonAsync(Products, bad)).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        }

        (await CountAsync<Product>(app)).ShouldBe(before);
        var id = (await OkAsync(await enterprise.PostJsonAsync(Products, Product("外区产品" + Unique(4))), HttpStatusCode.Created)).GetProperty("id").GetGuid();
        var otherZone = Guid.NewGuid();
        await app.InScopeAsync(ctx => ctx.Database.ExecuteSqlAsync($"UPDATE scenes_products SET \"ZoneId\" = {otherZone} WHERE \"Id\" = {id}"));
        (await enterprise.PutJsonAsync($"{Products}/{id}", Product("外区产品", 0))).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await (await app.SignedInAsync("operator@zigong.demo")).GetAsync($"{Products}/{id}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Operators_keep_the_experts_and_only_consenting_experts_are_shown_to_others(Db db)
    {
        var app = await apps.GetAsync(db);
        var op = await app.SignedInAsync("operator@zigong.demo");
        var enterprise = await app.SignedInAsync("enterprise@zigong.demo");
        var name = "专家" + Unique(4);
        var body = new { name, affiliation = "四川大学", expertise = "钠离子电池正极材料与电解液研究方向" + Unique(5), industry = "NewEnergy", consentToIntroductions = false };

        (await enterprise.PostJsonAsync(Experts, body)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        var added = await OkAsync(await op.PostJsonAsync(Experts, body), HttpStatusCode.Created);
        var id = added.GetProperty("id").GetGuid();
        (await OkAsync(await op.GetAsync($"{Experts}?q={Uri.EscapeDataString(name)}"))).GetProperty("total").GetInt32().ShouldBe(1);
        (await OkAsync(await enterprise.GetAsync($"{Experts}?q={Uri.EscapeDataString(name)}"))).GetProperty("total").GetInt32().ShouldBe(0);

        await OkAsync(await op.PutJsonAsync($"{Experts}/{id}", new { name, affiliation = "四川大学", expertise = body.expertise, industry = "NewEnergy", consentToIntroductions = true, version = 0 }));
        (await OkAsync(await enterprise.GetAsync($"{Experts}?q={Uri.EscapeDataString(name)}"))).GetProperty("total").GetInt32().ShouldBe(1);
        (await op.PutJsonAsync($"{Experts}/{id}", new { name, affiliation = "四川大学", expertise = body.expertise, industry = "NewEnergy", version = 0 })).StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await op.PostJsonAsync(Experts, new { name = "某某", affiliation = "<a>单位</a>", expertise = "电池管理系统研究" + Unique(5), industry = "NewEnergy" })).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await op.GetAsync($"{Experts}/export")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await enterprise.GetAsync($"{Experts}/export")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }
}
