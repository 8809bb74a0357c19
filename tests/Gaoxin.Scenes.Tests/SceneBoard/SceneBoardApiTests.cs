using System.Net;
using System.Text.Json;
using Gaoxin.Kernel.Zones;
using Gaoxin.Scenes.SceneBoard;
using Microsoft.EntityFrameworkCore;

namespace Gaoxin.Scenes.Tests.SceneBoard;

/// <summary>Scenes, proposals and trials over HTTP: the whole proposal life, the rules as refusals, scoping, codes and bad input.</summary>
public sealed class SceneBoardApiTests(SharedApps apps) : IClassFixture<SharedApps>
{
    private const string Base = "/api/v1/scenes/scenes";

    private static DateOnly Today => ZoneClock.Of(TimeProvider.System).Today;

    private static string Day(DateOnly d) => d.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    private static Dictionary<string, object?> Scene(string title, int dueInDays = 30, int? trialDays = 200, string offers = "TestSite, Budget", decimal? budget = 500_000m,
        string? certificates = "道路测试牌照", int minReadiness = 6, Guid? owner = null, int? version = null) => new()
    {
        ["title"] = title, ["kind"] = "LogisticsDelivery", ["problem"] = "园区末端配送运力不足，需要无人配送车按时窗完成短驳。", ["place"] = "测试园区主干道",
        ["ownerOrganisationId"] = owner, ["offers"] = offers, ["budget"] = budget, ["offerNote"] = "开放路权", ["industry"] = "IntelligentManufacturing",
        ["chainLink"] = "无人驾驶", ["minReadiness"] = minReadiness, ["requiredCertificates"] = certificates, ["proposalsDueOn"] = Day(Today.AddDays(dueInDays)),
        ["trialEndsBy"] = trialDays is { } t ? Day(Today.AddDays(t)) : null, ["version"] = version,
    };

    private static object Proposal(int readiness = 8, string? certificates = "道路测试牌照、CCC", string summary = "投放两台 L4 级无人配送车按时窗完成短驳配送。", int? version = null) =>
        new { teamName = (string?)null, summary, readiness, certificates, productId = (Guid?)null, quotedAmount = 300_000m, version };

    private static async Task<JsonElement> OkJsonAsync(HttpResponseMessage response, HttpStatusCode expected = HttpStatusCode.OK)
    {
        var body = await response.Content.ReadAsStringAsync();
        response.StatusCode.ShouldBe(expected, body);
        return JsonDocument.Parse(body).RootElement.Clone();
    }

    private static async Task<JsonElement> CreatePublishedAsync(HttpClient admin, string title, int dueInDays = 30)
    {
        var created = await OkJsonAsync(await admin.PostJsonAsync(Base, Scene(title, dueInDays)), HttpStatusCode.Created);
        return await OkJsonAsync(await admin.PostAsync(new Uri($"{Base}/{created.GetProperty("id").GetGuid()}/publish", UriKind.Relative), null));
    }

    private static Task<HttpResponseMessage> PostAsync(HttpClient client, string url, object? body = null) =>
        body is null ? client.PostAsync(new Uri(url, UriKind.Relative), null) : client.PostJsonAsync(url, body);

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_scene_goes_from_draft_through_proposal_shortlist_and_trial_to_adoption_by_purchase(Db db)
    {
        var app = await apps.GetAsync(db);
        var admin = await app.SignedInAsync("admin@zigong.demo");
        var vehicle = await app.SignedInAsync("vehicle@zigong.demo");
        var enterprise = await app.SignedInAsync("enterprise@zigong.demo");
        var title = "全程测试场景 " + Guid.NewGuid().ToString("N")[..8];

        var draft = await OkJsonAsync(await admin.PostJsonAsync(Base, Scene(title)), HttpStatusCode.Created);
        var id = draft.GetProperty("id").GetGuid();
        draft.GetProperty("status").GetString().ShouldBe("Draft");
        draft.GetProperty("code").GetString()!.ShouldMatch(@$"^CJ-{Today.Year}-\d{{3}}$");
        draft.GetProperty("ownerName").GetString().ShouldBe("自贡高新区管委会");

        // A draft is the owner's and the operators' only; nobody proposes on it.
        (await vehicle.GetAsync($"{Base}/{id}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await vehicle.PostJsonAsync($"{Base}/{id}/proposals", Proposal())).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await vehicle.PostAsync(new Uri($"{Base}/{id}/publish", UriKind.Relative), null)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);

        var published = await OkJsonAsync(await PostAsync(admin, $"{Base}/{id}/publish"));
        published.GetProperty("status").GetString().ShouldBe("Published");
        published.GetProperty("publishedOn").GetString().ShouldBe(Day(Today));

        // The rules refuse a proposal below the readiness or without the certificates.
        var low = await vehicle.PostJsonAsync($"{Base}/{id}/proposals", Proposal(readiness: 5));
        low.StatusCode.ShouldBe(HttpStatusCode.UnprocessableEntity);
        (await low.Content.ReadAsStringAsync()).ShouldContain("ReadinessRule");
        var unlicensed = await vehicle.PostJsonAsync($"{Base}/{id}/proposals", Proposal(certificates: "CCC"));
        unlicensed.StatusCode.ShouldBe(HttpStatusCode.UnprocessableEntity);
        (await unlicensed.Content.ReadAsStringAsync()).ShouldContain("道路测试牌照");

        var proposal = await OkJsonAsync(await vehicle.PostJsonAsync($"{Base}/{id}/proposals", Proposal()), HttpStatusCode.Created);
        var pid = proposal.GetProperty("id").GetGuid();
        proposal.GetProperty("proposerName").GetString().ShouldBe("九识智能");
        (await vehicle.PostJsonAsync($"{Base}/{id}/proposals", Proposal())).StatusCode.ShouldBe(HttpStatusCode.Conflict);

        // The proposer edits before the shortlist; another firm sees the count only and cannot decide.
        var edited = await OkJsonAsync(await vehicle.PutJsonAsync($"{Base}/{id}/proposals/{pid}", Proposal(summary: "投放三台 L4 级无人配送车按时窗完成短驳配送。", version: proposal.GetProperty("version").GetInt32())));
        edited.GetProperty("summary").GetString()!.ShouldContain("三台");
        var seen = await OkJsonAsync(await enterprise.GetAsync($"{Base}/{id}/proposals"));
        seen.GetProperty("total").GetInt32().ShouldBe(1);
        seen.GetProperty("items").GetArrayLength().ShouldBe(0);
        (await enterprise.PostJsonAsync($"{Base}/{id}/proposals/{pid}/shortlist", new { note = "越权" })).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await enterprise.PutJsonAsync($"{Base}/{id}/proposals/{pid}", Proposal(version: edited.GetProperty("version").GetInt32()))).StatusCode.ShouldBe(HttpStatusCode.NotFound);

        // A scene with a proposal in is no longer edited.
        (await admin.PutJsonAsync($"{Base}/{id}", Scene(title, version: published.GetProperty("version").GetInt32()))).StatusCode.ShouldBe(HttpStatusCode.Conflict);

        (await OkJsonAsync(await admin.PostJsonAsync($"{Base}/{id}/proposals/{pid}/shortlist", new { note = "牌照齐全" }))).GetProperty("status").GetString().ShouldBe("Shortlisted");
        (await PostAsync(vehicle, $"{Base}/{id}/proposals/{pid}/withdraw")).StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await admin.PostJsonAsync($"{Base}/{id}/proposals/{pid}/adopt", new { amount = 1000m })).StatusCode.ShouldBe(HttpStatusCode.Conflict);

        var trial = await OkJsonAsync(await admin.PostJsonAsync($"{Base}/{id}/proposals/{pid}/trial", new { startedOn = Day(Today) }));
        trial.GetProperty("status").GetString().ShouldBe("InTrial");

        // The trial's day lies between its start and the scene's trial deadline; findings are required.
        (await admin.PostJsonAsync($"{Base}/{id}/proposals/{pid}/trial-result", new { passed = true, findings = "准时率 98%", endedOn = Day(Today.AddDays(-1)) }))
            .StatusCode.ShouldBe(HttpStatusCode.UnprocessableEntity);
        (await admin.PostJsonAsync($"{Base}/{id}/proposals/{pid}/trial-result", new { passed = true, findings = "准时率 98%", endedOn = Day(Today.AddDays(201)) }))
            .StatusCode.ShouldBe(HttpStatusCode.UnprocessableEntity);
        (await admin.PostJsonAsync($"{Base}/{id}/proposals/{pid}/trial-result", new { passed = true, findings = "", endedOn = Day(Today.AddDays(60)) }))
            .StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var passed = await OkJsonAsync(await admin.PostJsonAsync($"{Base}/{id}/proposals/{pid}/trial-result",
            new { passed = true, findings = "验证 60 天：行驶 3,200 公里，准时率 98.1%。", endedOn = Day(Today.AddDays(200)) }));
        passed.GetProperty("status").GetString().ShouldBe("TrialPassed");

        // The proposer reads its own proposal with the trial's findings.
        var own = await OkJsonAsync(await vehicle.GetAsync($"{Base}/{id}/proposals"));
        own.GetProperty("items")[0].GetProperty("trialResult").GetString()!.ShouldContain("准时率 98.1%");

        var adopted = await OkJsonAsync(await admin.PostJsonAsync($"{Base}/{id}/proposals/{pid}/adopt", new { amount = 280_000m }));
        adopted.GetProperty("status").GetString().ShouldBe("Adopted");
        adopted.GetProperty("adoption").GetString().ShouldBe("Purchase");
        adopted.GetProperty("purchaseAmount").GetDecimal().ShouldBe(280_000m);
        (await OkJsonAsync(await admin.GetAsync($"{Base}/{id}"))).GetProperty("status").GetString().ShouldBe("Adopted");
        (await admin.PostJsonAsync($"{Base}/{id}/proposals/{pid}/adopt", new { amount = 1m })).StatusCode.ShouldBe(HttpStatusCode.Conflict);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_decline_needs_a_reason_and_a_withdrawn_proposal_frees_the_organisation_to_propose_again(Db db)
    {
        var app = await apps.GetAsync(db);
        var admin = await app.SignedInAsync("admin@zigong.demo");
        var vehicle = await app.SignedInAsync("vehicle@zigong.demo");
        var scene = await CreatePublishedAsync(admin, "撤回与不入围测试 " + Guid.NewGuid().ToString("N")[..8]);
        var id = scene.GetProperty("id").GetGuid();

        var first = await OkJsonAsync(await vehicle.PostJsonAsync($"{Base}/{id}/proposals", Proposal()), HttpStatusCode.Created);
        (await OkJsonAsync(await PostAsync(vehicle, $"{Base}/{id}/proposals/{first.GetProperty("id").GetGuid()}/withdraw"))).GetProperty("status").GetString().ShouldBe("Withdrawn");
        var second = await OkJsonAsync(await vehicle.PostJsonAsync($"{Base}/{id}/proposals", Proposal()), HttpStatusCode.Created);
        var pid = second.GetProperty("id").GetGuid();

        var noReason = await admin.PostJsonAsync($"{Base}/{id}/proposals/{pid}/decline", new { note = " " });
        noReason.StatusCode.ShouldBe(HttpStatusCode.UnprocessableEntity);
        (await noReason.Content.ReadAsStringAsync()).ShouldContain("OutcomeReasonRule");
        var declined = await OkJsonAsync(await admin.PostJsonAsync($"{Base}/{id}/proposals/{pid}/decline", new { note = "续航不满足要求" }));
        declined.GetProperty("status").GetString().ShouldBe("Declined");
        declined.GetProperty("decisionNote").GetString().ShouldBe("续航不满足要求");
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_scene_past_its_deadline_refuses_proposals_with_the_day_it_closed(Db db)
    {
        var app = await apps.GetAsync(db);
        var admin = await app.SignedInAsync("admin@zigong.demo");
        var institute = await app.SignedInAsync("institute@zigong.demo");
        var created = await OkJsonAsync(await admin.PostJsonAsync(Base, Scene("过期场景 " + Guid.NewGuid().ToString("N")[..8], certificates: null)), HttpStatusCode.Created);
        var id = created.GetProperty("id").GetGuid();
        await OkJsonAsync(await PostAsync(admin, $"{Base}/{id}/publish"));
        var yesterday = Today.AddDays(-1);
        await app.InScopeAsync(ctx => ctx.Set<Scene>().Where(s => s.Id == id).ExecuteUpdateAsync(u => u.SetProperty(s => s.ProposalsDueOn, yesterday)));

        var late = await institute.PostJsonAsync($"{Base}/{id}/proposals", Proposal(certificates: null));
        late.StatusCode.ShouldBe(HttpStatusCode.UnprocessableEntity);
        var body = await late.Content.ReadAsStringAsync();
        body.ShouldContain("ProposalWindowRule");
        body.ShouldContain($"已于 {Day(yesterday)} 截止");
        (await app.InScopeAsync(ctx => ctx.Set<SceneProposal>().CountAsync(p => p.SceneId == id))).ShouldBe(0);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_firm_writes_its_own_scene_as_a_draft_that_others_do_not_see_and_another_zone_s_scene_is_not_found(Db db)
    {
        var app = await apps.GetAsync(db);
        var admin = await app.SignedInAsync("admin@zigong.demo");
        var enterprise = await app.SignedInAsync("enterprise@zigong.demo");
        var vehicle = await app.SignedInAsync("vehicle@zigong.demo");
        var title = "企业自有场景 " + Guid.NewGuid().ToString("N")[..8];

        // A firm cannot write a scene for another organisation.
        var committee = (await OkJsonAsync(await admin.GetAsync($"{Base}?q=CJ-2025-001"))).GetProperty("items")[0].GetProperty("ownerOrganisationId").GetGuid();
        (await enterprise.PostJsonAsync(Base, Scene(title, owner: committee))).StatusCode.ShouldBe(HttpStatusCode.BadRequest);

        var own = await OkJsonAsync(await enterprise.PostJsonAsync(Base, Scene(title)), HttpStatusCode.Created);
        var id = own.GetProperty("id").GetGuid();
        own.GetProperty("ownerName").GetString().ShouldBe("兴储世纪");
        own.GetProperty("status").GetString().ShouldBe("Draft");
        (await PostAsync(enterprise, $"{Base}/{id}/publish")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await vehicle.GetAsync($"{Base}/{id}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await OkJsonAsync(await vehicle.GetAsync($"{Base}?q={title}"))).GetProperty("total").GetInt32().ShouldBe(0);
        (await OkJsonAsync(await admin.GetAsync($"{Base}?q={title}"))).GetProperty("total").GetInt32().ShouldBe(1);

        // The firm edits its draft with the version it read; a stale version is refused.
        var version = own.GetProperty("version").GetInt32();
        (await OkJsonAsync(await enterprise.PutJsonAsync($"{Base}/{id}", Scene(title + " 修订", version: version)))).GetProperty("title").GetString().ShouldBe(title + " 修订");
        (await enterprise.PutJsonAsync($"{Base}/{id}", Scene(title, version: version))).StatusCode.ShouldBe(HttpStatusCode.Conflict);

        // The operators publish it; 九识智能 cannot close or withdraw it (not its scene to manage: 404, as for proposals).
        await OkJsonAsync(await PostAsync(admin, $"{Base}/{id}/publish"));
        (await PostAsync(vehicle, $"{Base}/{id}/withdraw")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await OkJsonAsync(await PostAsync(enterprise, $"{Base}/{id}/close"))).GetProperty("status").GetString().ShouldBe("Closed");

        // Moved to another zone, the scene is not found for anyone here.
        var elsewhere = new ZoneId(Guid.NewGuid());
        await app.InScopeAsync(ctx => ctx.Set<Scene>().Where(s => s.Id == id).ExecuteUpdateAsync(u => u.SetProperty(s => s.ZoneId, elsewhere)));
        (await admin.GetAsync($"{Base}/{id}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await admin.GetAsync($"{Base}/{id}/proposals")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await PostAsync(admin, $"{Base}/{id}/withdraw")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Concurrent_creates_get_distinct_codes(Db db)
    {
        var app = await apps.GetAsync(db);
        var admin = await app.SignedInAsync("admin@zigong.demo");
        var operatorUser = await app.SignedInAsync("operator@zigong.demo");
        var stamp = Guid.NewGuid().ToString("N")[..8];
        var responses = await Task.WhenAll(Enumerable.Range(0, 8).Select(i => (i % 2 == 0 ? admin : operatorUser).PostJsonAsync(Base, Scene($"并发场景 {stamp} {i}"))));
        foreach (var r in responses)
        {
            r.StatusCode.ShouldBe(HttpStatusCode.Created, await r.Content.ReadAsStringAsync());
        }

        var codes = await Task.WhenAll(responses.Select(async r => (await r.ReadJsonAsync()).GetProperty("code").GetString()));
        codes.ShouldBeUnique();
    }

    private static readonly (string Field, string Value)[] BadTexts =
    [
        ("title", "<script>alert(1)</script>标题"),
        ("problem", "问题描述足够长<img src=x onerror=alert(1)>"),
        ("title", ""),
        ("problem", new string('长', 4001)),
        ("place", "园区\0主干道"),
        ("offerNote", "<b>开放</b>路权"),
        ("requiredCertificates", new string('证', 201)),
    ];

    public static IEnumerable<object[]> BadScenes =>
        from provider in TestDatabase.Providers from bad in BadTexts.Select((b, i) => i) select new object[] { provider[0], bad };

    [Theory]
    [MemberData(nameof(BadScenes))]
    public async Task Bad_text_in_a_scene_is_refused_in_Chinese_and_nothing_is_saved(Db db, int bad)
    {
        var (field, value) = BadTexts[bad];
        var app = await apps.GetAsync(db);
        var admin = await app.SignedInAsync("admin@zigong.demo");
        var title = "坏输入场景 " + Guid.NewGuid().ToString("N")[..8];
        var body = Scene(title);
        body[field] = value;
        var response = await admin.PostJsonAsync(Base, body);
        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var problem = await response.ReadJsonAsync();
        problem.GetProperty("errors").EnumerateObject().Select(e => e.Name).ShouldContain(field);
        problem.GetProperty("errors").GetProperty(field)[0].GetString()!.ShouldMatch(@"\p{IsCJKUnifiedIdeographs}");
        (await app.InScopeAsync(ctx => ctx.Set<Scene>().CountAsync(s => s.Title == (field == "title" ? value : title)))).ShouldBe(0);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Money_on_offer_needs_a_budget_and_dates_out_of_order_are_refused(Db db)
    {
        var app = await apps.GetAsync(db);
        var admin = await app.SignedInAsync("admin@zigong.demo");
        var vehicle = await app.SignedInAsync("vehicle@zigong.demo");
        var title = "规则场景 " + Guid.NewGuid().ToString("N")[..8];
        (await admin.PostJsonAsync(Base, Scene(title, budget: null))).StatusCode.ShouldBe(HttpStatusCode.UnprocessableEntity);
        (await admin.PostJsonAsync(Base, Scene(title, offers: "PurchaseCommitment", budget: null))).StatusCode.ShouldBe(HttpStatusCode.UnprocessableEntity);
        (await admin.PostJsonAsync(Base, Scene(title, budget: -1m))).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await admin.PostJsonAsync(Base, Scene(title, dueInDays: -1))).StatusCode.ShouldBe(HttpStatusCode.UnprocessableEntity);
        (await admin.PostJsonAsync(Base, Scene(title, dueInDays: 30, trialDays: 29))).StatusCode.ShouldBe(HttpStatusCode.UnprocessableEntity);
        (await app.InScopeAsync(ctx => ctx.Set<Scene>().CountAsync(s => s.Title == title))).ShouldBe(0);

        // HTML in a proposal is refused too, and nothing is saved.
        var scene = await CreatePublishedAsync(admin, title);
        var id = scene.GetProperty("id").GetGuid();
        (await vehicle.PostJsonAsync($"{Base}/{id}/proposals", Proposal(summary: "<script>x</script>方案概要足够长"))).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await app.InScopeAsync(ctx => ctx.Set<SceneProposal>().CountAsync(p => p.SceneId == id))).ShouldBe(0);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task The_list_pages_filters_and_exports(Db db)
    {
        var app = await apps.GetAsync(db);
        var viewer = await app.SignedInAsync("viewer@zigong.demo");
        var page = await OkJsonAsync(await viewer.GetAsync($"{Base}?pageSize=2&page=1"));
        page.GetProperty("items").GetArrayLength().ShouldBe(2);
        page.GetProperty("total").GetInt32().ShouldBeGreaterThanOrEqualTo(5);
        var factories = await OkJsonAsync(await viewer.GetAsync($"{Base}?kind=Factory&pageSize=500"));
        factories.GetProperty("size").GetInt32().ShouldBe(100);
        factories.GetProperty("items").EnumerateArray().ShouldAllBe(s => s.GetProperty("kind").GetString() == "Factory");
        var export = await viewer.GetAsync($"{Base}/export?kind=Factory");
        export.StatusCode.ShouldBe(HttpStatusCode.OK);
        export.Content.Headers.ContentType!.MediaType.ShouldBe("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    }
}
