using System.Net;
using System.Text;
using System.Text.Json;
using Gaoxin.Kernel.Zones;

namespace Gaoxin.Platforms.Tests;

/// <summary>The registry over HTTP on a real database, both providers, with the demo zone's 111 platforms.</summary>
public sealed class PlatformsApiTests(SharedApps apps) : IClassFixture<SharedApps>
{
    private const string Api = "/api/v1/platforms";

    private static DateOnly Today => ZoneClock.Of(TimeProvider.System).Today;

    private static object Body(string name, Guid host, string level = "Provincial", string? document = "川科基〔2024〕9号", DateOnly? on = null, int? version = null,
        object[]? coBuilders = null) =>
        new { name, type = "EngineeringCentre", level, hostOrganisationId = host, recognisedOn = on ?? new DateOnly(2024, 5, 10), documentNumber = document,
            coBuilders = coBuilders ?? new object[] { new { name = "四川大学" }, new { name = "西南交通大学" } }, note = (string?)null, version };

    private static async Task<Guid> HostAsync(HttpClient admin, string name = "华西能源工业股份有限公司")
    {
        var items = (await (await admin.GetAsync($"{Api}?size=200")).ReadJsonAsync()).GetProperty("items").EnumerateArray();
        return items.First(i => i.GetProperty("hostName").GetString() == name).GetProperty("hostOrganisationId").GetGuid();
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task The_demo_has_87_provincial_or_above_and_13_co_builders_and_the_counts_equal_the_registry(Db db)
    {
        // Its own app: the class's shared one gains platforms from the other tests, in whatever order they run.
        TestDatabase.SkipUnlessAvailable(db);
        await using var app = await GaoxinApp.StartAsync(db);
        var admin = await app.SignedInAsync("admin@zigong.demo");
        var counts = await (await admin.GetAsync($"{Api}/counts")).ReadJsonAsync();
        counts.GetProperty("provincialOrAbove").GetInt32().ShouldBe(87);
        counts.GetProperty("coBuilders").GetInt32().ShouldBe(13);
        counts.GetProperty("overdue").GetInt32().ShouldBeGreaterThan(0);

        var sum = 0;
        foreach (var level in counts.GetProperty("byLevel").EnumerateArray())
        {
            var listed = await (await admin.GetAsync($"{Api}?level={level.GetProperty("level").GetString()}&state=Active&size=1")).ReadJsonAsync();
            listed.GetProperty("total").GetInt32().ShouldBe(level.GetProperty("count").GetInt32());
            sum += level.GetProperty("count").GetInt32();
        }

        counts.GetProperty("total").GetInt32().ShouldBe(sum);
        var active = (await (await admin.GetAsync($"{Api}?state=Active&size=200")).ReadJsonAsync()).GetProperty("items").EnumerateArray().ToList();
        active.Count.ShouldBe(sum);
        active.SelectMany(p => p.GetProperty("coBuilders").EnumerateArray().Select(c => c.GetString())).Distinct().Count().ShouldBe(13);
        active.Count(p => p.GetProperty("overdue").GetBoolean()).ShouldBe(counts.GetProperty("overdue").GetInt32());
        (await (await admin.GetAsync($"{Api}?state=Revoked")).ReadJsonAsync()).GetProperty("total").GetInt32().ShouldBe(2);

        var home = await (await admin.GetAsync("/")).Content.ReadAsStringAsync();
        home.ShouldContain("省级及以上创新平台");
        home.ShouldContain("87 <small>个</small>");
        home.ShouldContain("13 <small>家</small>");

        var cockpit = (await (await admin.GetAsync("/api/v1/indicators/cockpit")).ReadJsonAsync()).GetProperty("platforms").GetProperty("figures");
        cockpit.GetProperty("provincialOrAbove").GetInt32().ShouldBe(87);
        cockpit.GetProperty("coBuilders").GetInt32().ShouldBe(13);
        cockpit.GetProperty("evaluationsOverdue").GetInt32().ShouldBe(counts.GetProperty("overdue").GetInt32());
        (await (await admin.GetAsync("/cockpit")).Content.ReadAsStringAsync()).ShouldContain("platforms-provincial-or-above");
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Registering_refuses_duplicates_missing_documents_future_dates_and_stale_versions(Db db)
    {
        var app = await apps.GetAsync(db);
        var admin = await app.SignedInAsync("admin@zigong.demo");
        var host = await HostAsync(admin);
        var name = $"四川省电站锅炉清洁燃烧工程技术研究中心{(int)db}";

        var created = await admin.PostJsonAsync(Api, Body(name, host));
        created.StatusCode.ShouldBe(HttpStatusCode.Created, await created.Content.ReadAsStringAsync());
        var platform = await created.ReadJsonAsync();
        var id = platform.GetProperty("id").GetGuid();
        platform.GetProperty("nextEvaluationDue").GetString().ShouldBe("2027-05-10");
        platform.GetProperty("evaluationCycleYears").GetInt32().ShouldBe(3);

        async Task Refused(object body, string rule)
        {
            var response = await admin.PostJsonAsync(Api, body);
            response.StatusCode.ShouldBe((HttpStatusCode)422, await response.Content.ReadAsStringAsync());
            (await response.ReadJsonAsync()).GetProperty("rule").GetString().ShouldBe(rule);
        }

        await Refused(Body(" " + name.Replace("锅炉", "锅 炉", StringComparison.Ordinal) + "　", host), "DuplicatePlatformRule");
        await Refused(Body(name + "二期", host, document: " "), "DocumentNumberRequiredRule");
        await Refused(Body(name + "二期", host, level: "National", document: null), "DocumentNumberRequiredRule");
        await Refused(Body(name + "二期", host, on: Today.AddDays(1)), "RecognisedNotInFutureRule");
        (await admin.PostJsonAsync(Api, Body(name + "二期", host, on: Today))).StatusCode.ShouldBe(HttpStatusCode.Created);
        (await admin.PostJsonAsync(Api, Body(name + "市级", host, level: "Municipal", document: null))).StatusCode.ShouldBe(HttpStatusCode.Created);
        // The same name under another host is another platform.
        (await admin.PostJsonAsync(Api, Body(name, await HostAsync(admin, "兴储世纪")))).StatusCode.ShouldBe(HttpStatusCode.Created);

        var edited = await admin.PutJsonAsync($"{Api}/{id}", Body(name, host, version: 0, coBuilders: [new { name = "清华大学" }]));
        edited.StatusCode.ShouldBe(HttpStatusCode.OK, await edited.Content.ReadAsStringAsync());
        (await edited.ReadJsonAsync()).GetProperty("version").GetInt32().ShouldBe(1);
        (await admin.PutJsonAsync($"{Api}/{id}", Body(name, host, version: 0))).StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await admin.PostJsonAsync($"{Api}/{id}/revoke", new { reason = "迟到的撤销", version = 0 })).StatusCode.ShouldBe(HttpStatusCode.Conflict);

        var early = await admin.PostJsonAsync($"{Api}/{id}/evaluations", new { evaluatedOn = new DateOnly(2024, 5, 9), result = "Good" });
        early.StatusCode.ShouldBe((HttpStatusCode)422);
        (await early.ReadJsonAsync()).GetProperty("rule").GetString().ShouldBe("EvaluationDateRule");

        (await admin.PostJsonAsync($"{Api}/{id}/equipment", new { name = "扫描电镜", valueYuan = 0.001m, openToOthers = false })).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var withEquipment = await admin.PostJsonAsync($"{Api}/{id}/equipment", new { name = "扫描电镜", model = "SU8010", valueYuan = 2_800_000.50m, openToOthers = true, bookingContact = "0813-5505123" });
        withEquipment.StatusCode.ShouldBe(HttpStatusCode.OK);
        var equipment = (await withEquipment.ReadJsonAsync()).GetProperty("equipment")[0];
        equipment.GetProperty("valueYuan").GetDecimal().ShouldBe(2_800_000.50m);
        var removed = await admin.DeleteAsync(new Uri($"{Api}/{id}/equipment/{equipment.GetProperty("id").GetGuid()}", UriKind.Relative));
        (await removed.ReadJsonAsync()).GetProperty("equipment").GetArrayLength().ShouldBe(0);

        var failed = await (await admin.PostJsonAsync($"{Api}/{id}/evaluations", new { evaluatedOn = Today, result = "Fail", note = "未达条件" })).ReadJsonAsync();
        failed.GetProperty("state").GetString().ShouldBe("Revoked");
        failed.GetProperty("mayEdit").GetBoolean().ShouldBeFalse();
        (await admin.PostJsonAsync($"{Api}/{id}/evaluations", new { evaluatedOn = Today, result = "Good" })).StatusCode.ShouldBe(HttpStatusCode.Conflict);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Hostile_input_is_refused_with_4xx_and_nothing_is_written(Db db)
    {
        var app = await apps.GetAsync(db);
        var admin = await app.SignedInAsync("admin@zigong.demo");
        var host = await HostAsync(admin);
        var before = (await (await admin.GetAsync($"{Api}?size=1")).ReadJsonAsync()).GetProperty("total").GetInt32();

        async Task BadRequest(string json)
        {
            var response = await admin.PostAsync(new Uri(Api, UriKind.Relative), new StringContent(json, Encoding.UTF8, "application/json"));
            ((int)response.StatusCode).ShouldBe(400, json);
        }

        await BadRequest("{");
        await BadRequest("[]");
        await BadRequest($$"""{"name":"甲","type":"EngineeringCentre","level":"Galactic","hostOrganisationId":"{{host}}","recognisedOn":"2024-01-01","documentNumber":"x"}""");
        await BadRequest($$"""{"name":"{{new string('长', 121)}}","type":"EngineeringCentre","level":"Provincial","hostOrganisationId":"{{host}}","recognisedOn":"2024-01-01","documentNumber":"x"}""");
        await BadRequest($$"""{"name":"甲\u0000乙","type":"EngineeringCentre","level":"Provincial","hostOrganisationId":"{{host}}","recognisedOn":"2024-01-01","documentNumber":"x"}""");
        await BadRequest("""{"name":"甲","type":"EngineeringCentre","level":"Provincial","hostOrganisationId":"00000000-0000-0000-0000-000000000000","recognisedOn":"2024-01-01","documentNumber":"x"}""");
        await BadRequest($$"""{"name":"甲","type":"EngineeringCentre","level":"Provincial","hostOrganisationId":"{{Guid.CreateVersion7()}}","recognisedOn":"2024-01-01","documentNumber":"x"}""");
        await BadRequest($$"""{"name":"甲","type":"EngineeringCentre","level":"Provincial","hostOrganisationId":"{{host}}","recognisedOn":"2024-13-01","documentNumber":"x"}""");
        await BadRequest($$"""{"name":"甲","type":"EngineeringCentre","level":"Provincial","hostOrganisationId":"{{host}}","recognisedOn":"2024-01-01","documentNumber":"x","coBuilders":[{"name":"四川大学"},{"name":" 四川大学"}]}""");
        await BadRequest($$"""{"name":"甲","type":"EngineeringCentre","level":"Provincial","hostOrganisationId":"{{host}}","recognisedOn":"2024-01-01","documentNumber":"x","coBuilders":[{"name":"某院","organisationId":"{{Guid.CreateVersion7()}}"}]}""");
        var id = (await (await admin.GetAsync($"{Api}?size=1")).ReadJsonAsync()).GetProperty("items")[0].GetProperty("id").GetGuid();
        (await admin.PostJsonAsync($"{Api}/{id}/equipment", new { name = "天价设备", valueYuan = 100_000_000_000_000_000m, openToOthers = false })).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await admin.PostJsonAsync($"{Api}/{id}/equipment", new { name = "负值设备", valueYuan = -1m, openToOthers = false })).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await admin.PostJsonAsync($"{Api}/{id}/revoke", new { reason = "" })).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await admin.GetAsync($"{Api}/not-a-guid")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await admin.GetAsync($"{Api}/{Guid.CreateVersion7()}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await admin.GetAsync($"{Api}?level=Galactic")).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await (await admin.GetAsync($"{Api}?size=1")).ReadJsonAsync()).GetProperty("total").GetInt32().ShouldBe(before);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task An_enterprise_reads_only_the_platforms_it_hosts_and_changes_none(Db db)
    {
        var app = await apps.GetAsync(db);
        var admin = await app.SignedInAsync("admin@zigong.demo");
        var enterprise = await app.SignedInAsync("enterprise@zigong.demo");
        var mine = (await (await enterprise.GetAsync($"{Api}?size=200")).ReadJsonAsync()).GetProperty("items").EnumerateArray().ToList();
        mine.Count.ShouldBeGreaterThan(0);
        mine.ShouldAllBe(p => p.GetProperty("hostName").GetString() == "兴储世纪");
        var all = (await (await admin.GetAsync($"{Api}?size=200")).ReadJsonAsync()).GetProperty("items").EnumerateArray().ToList();
        var other = all.First(p => p.GetProperty("hostName").GetString() != "兴储世纪").GetProperty("id").GetGuid();
        var own = mine[0].GetProperty("id").GetGuid();

        (await enterprise.GetAsync($"{Api}/{own}")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await enterprise.GetAsync($"{Api}/{other}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await enterprise.GetAsync($"{Api}/counts")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await enterprise.GetAsync($"{Api}/export")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await enterprise.PostJsonAsync($"{Api}/{own}/revoke", new { reason = "自行撤销" })).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await (await enterprise.GetAsync($"/platforms/{other}")).Content.ReadAsStringAsync()).ShouldContain("platform-error");
        var page = await (await enterprise.GetAsync($"/platforms/{own}")).Content.ReadAsStringAsync();
        page.ShouldContain("platform-facts");
        page.ShouldNotContain("revoke-save");
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task The_public_directory_is_anonymous_lists_the_87_and_shows_no_internal_fields(Db db)
    {
        var app = await apps.GetAsync(db);
        var anonymous = app.Client();
        var response = await anonymous.GetAsync($"{Api}/public/directory");
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var raw = await response.Content.ReadAsStringAsync();
        using var json = JsonDocument.Parse(raw);
        json.RootElement.GetProperty("zoneCode").GetString().ShouldBe("zigong");
        var items = json.RootElement.GetProperty("items").EnumerateArray().ToList();
        items.Count.ShouldBeGreaterThanOrEqualTo(87);
        items.ShouldAllBe(i => i.GetProperty("levelText").GetString() == "国家级" || i.GetProperty("levelText").GetString() == "省级");
        foreach (var field in new[] { "\"id\"", "documentNumber", "version", "evaluations", "hostOrganisationId", "bookingContact", "valueYuan", "note" })
        {
            raw.ShouldNotContain(field, Case.Insensitive);
        }

        (await anonymous.GetAsync($"{Api}/public/directory?zone=nowhere")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await anonymous.GetAsync(Api)).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);

        var page = await anonymous.GetAsync("/open/platforms");
        page.StatusCode.ShouldBe(HttpStatusCode.OK);
        var html = await page.Content.ReadAsStringAsync();
        html.ShouldContain("open-platforms-table");
        html.ShouldContain("省级及以上创新平台");
        (await (await anonymous.GetAsync("/open/platforms?q=%E7%A1%AC%E8%B4%A8%E5%90%88%E9%87%91")).Content.ReadAsStringAsync()).ShouldContain("硬质合金");
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task The_list_detail_and_form_pages_render_for_the_staff(Db db)
    {
        var app = await apps.GetAsync(db);
        var admin = await app.SignedInAsync("admin@zigong.demo");
        var list = await (await admin.GetAsync("/platforms")).Content.ReadAsStringAsync();
        list.ShouldContain("platforms-table");
        list.ShouldContain("platforms-reset");
        list.ShouldContain("platforms-pager");
        list.ShouldContain("platforms-export");
        var id = (await (await admin.GetAsync($"{Api}?size=1")).ReadJsonAsync()).GetProperty("items")[0].GetProperty("id").GetGuid();
        var detail = await (await admin.GetAsync($"/platforms/{id}")).Content.ReadAsStringAsync();
        detail.ShouldContain("platform-facts");
        detail.ShouldContain("evaluation-save");
        (await (await admin.GetAsync("/platforms/new")).Content.ReadAsStringAsync()).ShouldContain("platform-form-name");
        (await (await admin.GetAsync($"/platforms/{id}/edit")).Content.ReadAsStringAsync()).ShouldContain("platform-form-save");
        var viewer = await app.SignedInAsync("viewer@zigong.demo");
        (await (await viewer.GetAsync("/platforms")).Content.ReadAsStringAsync()).ShouldNotContain("platforms-new");
    }
}
