using System.Net;

namespace Gaoxin.PilotBase.Tests.Catalogue;

/// <summary>The service catalogue: operators keep it; a firm outside the zone reads the published part without signing in.</summary>
public sealed class CatalogueTests(SharedApps apps) : IClassFixture<SharedApps>
{
    private const string Base = "/api/v1/pilot-base";

    private static object Service(string code, bool published, IEnumerable<Guid> resources, decimal price = 5_000m) => new
    {
        code, name = "内部评估服务 " + code, category = "PerformanceTesting", description = "仅供内部评估", typicalHours = 8m, price, priceUnit = "Batch",
        deliverables = "评估报告", published, resourceIds = resources.ToArray(),
    };

    private static async Task<Guid> ResourceIdAsync(HttpClient client, string code) =>
        (await (await client.GetAsync($"{Base}/resources?q={code}")).ReadJsonAsync()).GetProperty("items").EnumerateArray()
            .Single(r => r.GetProperty("code").GetString() == code).GetProperty("id").GetGuid();

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Operators_create_edit_and_delete_services_with_their_resources_and_a_duplicate_code_or_negative_price_is_refused(Db db)
    {
        var app = await apps.GetAsync(db);
        var op = await app.SignedInAsync("operator@zigong.demo");
        var furnace = await ResourceIdAsync(op, "A-EQ-10");
        var lab = await ResourceIdAsync(op, "A-LAB-02");
        var code = "S-CRUD-" + db;
        var created = await op.PostJsonAsync(Base + "/services", Service(code, true, [furnace]));
        created.StatusCode.ShouldBe(HttpStatusCode.Created, await created.Content.ReadAsStringAsync());
        var id = (await created.ReadJsonAsync()).GetProperty("id").GetGuid();

        var duplicate = await op.PostJsonAsync(Base + "/services", Service(code, true, [furnace]));
        duplicate.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await duplicate.Content.ReadAsStringAsync()).ShouldContain(code);
        var negative = await op.PostJsonAsync(Base + "/services", Service("S-NEG-" + db, true, [], price: -0.01m));
        negative.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await negative.Content.ReadAsStringAsync()).ShouldContain("价格不能为负数");

        var edited = await op.PutJsonAsync($"{Base}/services/{id}", Service(code, false, [lab]));
        edited.StatusCode.ShouldBe(HttpStatusCode.OK, await edited.Content.ReadAsStringAsync());
        var view = await edited.ReadJsonAsync();
        view.GetProperty("published").GetBoolean().ShouldBeFalse();
        view.GetProperty("resources").EnumerateArray().Select(r => r.GetProperty("code").GetString()).ShouldBe(["A-LAB-02"]);

        // Only operators see an unpublished service among the signed in.
        var enterprise = await app.SignedInAsync("enterprise@zigong.demo");
        (await (await enterprise.GetAsync(Base + "/services")).ReadJsonAsync()).EnumerateArray().ShouldNotContain(s => s.GetProperty("code").GetString() == code);
        (await enterprise.GetAsync($"{Base}/services/{id}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await enterprise.PostJsonAsync(Base + "/services", Service("S-ENT-" + db, true, []))).StatusCode.ShouldBe(HttpStatusCode.Forbidden);

        (await op.DeleteAsync(new Uri($"{Base}/services/{id}", UriKind.Relative))).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        (await op.GetAsync($"{Base}/services/{id}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task The_public_catalogue_is_read_without_signing_in_and_shows_no_unpublished_service(Db db)
    {
        var app = await apps.GetAsync(db);
        var op = await app.SignedInAsync("admin@zigong.demo");
        var secret = "S-HIDDEN-" + db;
        (await op.PostJsonAsync(Base + "/services", Service(secret, false, [await ResourceIdAsync(op, "A-EQ-10")]))).StatusCode.ShouldBe(HttpStatusCode.Created);

        var anonymous = app.Client();
        var response = await anonymous.GetAsync(Base + "/catalogue");
        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        var text = await response.Content.ReadAsStringAsync();
        text.ShouldNotContain(secret);
        text.ShouldNotContain("内部评估");
        var catalogue = await response.ReadJsonAsync();
        catalogue.GetProperty("zoneCode").GetString().ShouldBe("zigong");
        var services = catalogue.GetProperty("services").EnumerateArray().ToList();
        services.Count.ShouldBeGreaterThanOrEqualTo(8);
        services.Where(s => s.TryGetProperty("id", out _) || s.TryGetProperty("published", out _)).ShouldBeEmpty("no internal id or flag leaves");

        // A firm finds the sintering trial with the furnace's range and the lab's qualifications.
        var sintering = services.Single(s => s.GetProperty("code").GetString() == "S-04");
        var furnace = sintering.GetProperty("resources").EnumerateArray().Single(r => r.GetProperty("code").GetString() == "A-EQ-10");
        furnace.GetProperty("capabilities").EnumerateArray().ShouldContain(c => c.GetProperty("kind").GetString() == "Temperature" && c.GetProperty("max").GetDecimal() == 1600m);
        var lab = sintering.GetProperty("resources").EnumerateArray().Single(r => r.GetProperty("code").GetString() == "A-LAB-02");
        lab.GetProperty("qualifications").EnumerateArray().Select(q => q.GetProperty("kind").GetString()).ShouldBe(["Cma", "Cnas"]);

        (await anonymous.GetAsync(Base + "/catalogue?zone=zigong&category=SmallBatchTrial")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await anonymous.GetAsync(Base + "/catalogue?zone=nowhere")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        // The rest of the base stays behind the sign-in.
        (await anonymous.GetAsync(Base + "/services")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await anonymous.GetAsync(Base + "/resources")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task The_public_catalogue_page_renders_for_an_anonymous_visitor(Db db)
    {
        var app = await apps.GetAsync(db);
        var response = await app.Client().GetAsync("/pilot-base/catalogue");
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var html = await response.Content.ReadAsStringAsync();
        html.ShouldContain("硬质合金小批量试产");
        html.ShouldContain("1600");
        html.ShouldNotContain("S-HIDDEN");
    }
}
