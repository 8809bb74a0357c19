using System.Net;
using Gaoxin.Scenes.Demands;
using Microsoft.EntityFrameworkCore;
using static Gaoxin.Scenes.Tests.Demands.DemandTestKit;

namespace Gaoxin.Scenes.Tests.Demands;

/// <summary>Technical demands through the HTTP API on both databases: moderation, anonymity, duplicates, bad input, scoping.</summary>
public sealed class DemandApiTests(SharedApps apps) : IClassFixture<SharedApps>
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_posting_waits_for_moderation_unseen_by_others_then_is_published_or_refused_with_a_reason(Db db)
    {
        var app = await apps.GetAsync(db);
        var enterprise = await app.SignedInAsync("enterprise@zigong.demo");
        var vehicle = await app.SignedInAsync("vehicle@zigong.demo");
        var op = await app.SignedInAsync("operator@zigong.demo");
        var anonymous = app.Client();

        var posted = await OkAsync(await enterprise.PostJsonAsync(DemandsPath, Body(app)), HttpStatusCode.Created);
        posted.GetProperty("status").GetString().ShouldBe("Pending");
        posted.GetProperty("code").GetString()!.ShouldMatch($@"^XQ-{Today(app).Year}-\d{{3}}$");
        posted.GetProperty("posterOrganisationId").GetGuid().ShouldBe(await OrganisationAsync(app, "兴储世纪"));
        var id = posted.GetProperty("id").GetGuid();

        // Pending: another firm, a viewer and the public do not see it; the poster and the operator do.
        (await vehicle.GetAsync($"{DemandsPath}/{id}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await (await app.SignedInAsync("viewer@zigong.demo")).GetAsync($"{DemandsPath}/{id}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await anonymous.GetAsync($"/api/v1/scenes/public/demands/{id}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await OkAsync(await op.GetAsync($"{DemandsPath}?status=Pending&pageSize=100"))).GetProperty("items").EnumerateArray().ShouldContain(d => d.GetProperty("id").GetGuid() == id);
        (await OkAsync(await enterprise.GetAsync($"{DemandsPath}/{id}"))).GetProperty("mayEdit").GetBoolean().ShouldBeTrue();

        // Only operators moderate; a refusal needs its reason.
        (await enterprise.PostJsonAsync($"{DemandsPath}/{id}/publish", new { })).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        var noReason = await op.PostJsonAsync($"{DemandsPath}/{id}/reject", new { reason = "" });
        noReason.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await noReason.ReadJsonAsync()).GetProperty("errors").GetProperty("reason").ToString().ShouldContain("理由");

        var published = await OkAsync(await op.PostJsonAsync($"{DemandsPath}/{id}/publish", new { note = "内容完整，予以发布。" }));
        published.GetProperty("status").GetString().ShouldBe("Published");
        (await OkAsync(await vehicle.GetAsync($"{DemandsPath}/{id}"))).GetProperty("posterName").GetString().ShouldBe("兴储世纪");
        (await OkAsync(await anonymous.GetAsync($"/api/v1/scenes/public/demands/{id}"))).GetProperty("poster").GetString().ShouldBe("兴储世纪");
        (await op.PostJsonAsync($"{DemandsPath}/{id}/publish", new { })).StatusCode.ShouldBe(HttpStatusCode.Conflict);

        // An edit of a published demand sends it back to moderation (and off the public pages).
        var edit = Body(app, title: "修改后" + Unique(10));
        edit["version"] = published.GetProperty("version").GetInt32();
        (await OkAsync(await enterprise.PutJsonAsync($"{DemandsPath}/{id}", edit))).GetProperty("status").GetString().ShouldBe("Pending");
        (await anonymous.GetAsync($"/api/v1/scenes/public/demands/{id}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);

        var rejected = await OkAsync(await op.PostJsonAsync($"{DemandsPath}/{id}/reject", new { reason = "指标不明确，请补充。" }));
        rejected.GetProperty("status").GetString().ShouldBe("Rejected");
        (await OkAsync(await enterprise.GetAsync($"{DemandsPath}/{id}"))).GetProperty("moderationNote").GetString().ShouldBe("指标不明确，请补充。");
        (await enterprise.PutJsonAsync($"{DemandsPath}/{id}", Body(app))).StatusCode.ShouldBe(HttpStatusCode.Conflict);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task An_anonymous_poster_is_named_only_to_itself_and_the_operators(Db db)
    {
        var app = await apps.GetAsync(db);
        var enterprise = await app.SignedInAsync("enterprise@zigong.demo");
        var op = await app.SignedInAsync("operator@zigong.demo");
        var body = Body(app);
        body["anonymous"] = true;
        var id = (await OkAsync(await enterprise.PostJsonAsync(DemandsPath, body), HttpStatusCode.Created)).GetProperty("id").GetGuid();
        await OkAsync(await op.PostJsonAsync($"{DemandsPath}/{id}/publish", new { }));
        var own = await OrganisationAsync(app, "兴储世纪");

        (await OkAsync(await enterprise.GetAsync($"{DemandsPath}/{id}"))).GetProperty("posterName").GetString().ShouldBe("兴储世纪");
        (await OkAsync(await op.GetAsync($"{DemandsPath}/{id}"))).GetProperty("posterName").GetString().ShouldBe("兴储世纪");
        foreach (var who in new[] { "vehicle@zigong.demo", "institute@zigong.demo", "viewer@zigong.demo" })
        {
            var client = await app.SignedInAsync(who);
            var seen = await OkAsync(await client.GetAsync($"{DemandsPath}/{id}"));
            seen.GetProperty("posterName").GetString().ShouldBe("匿名企业", who);
            seen.GetProperty("posterOrganisationId").ValueKind.ShouldBe(System.Text.Json.JsonValueKind.Null, who);
            // Filtering by the poster does not unmask it either.
            (await OkAsync(await client.GetAsync($"{DemandsPath}?poster={own}&pageSize=100"))).GetProperty("items").EnumerateArray()
                .ShouldNotContain(d => d.GetProperty("id").GetGuid() == id, who);
        }

        var anonymous = app.Client();
        var text = await (await anonymous.GetAsync($"/api/v1/scenes/public/demands/{id}")).Content.ReadAsStringAsync();
        text.ShouldContain("匿名企业");
        text.ShouldNotContain("兴储世纪");
        text.ShouldNotContain(own.ToString());
        var list = await (await anonymous.GetAsync($"/api/v1/scenes/public/demands?q={Uri.EscapeDataString((string)body["title"]!)}")).Content.ReadAsStringAsync();
        list.ShouldContain("匿名企业");
        list.ShouldNotContain("兴储世纪");
        foreach (var file in new[] { "demands.csv", "demands.json" })
        {
            var open = await (await anonymous.GetAsync($"/api/v1/scenes/open-data/{file}")).Content.ReadAsStringAsync();
            open.ShouldContain((string)body["title"]!);
            open.ShouldNotContain(own.ToString());
            // The core demo's 珈钠能源 and 优必选 post anonymously too: no anonymous poster's name is in the open data.
            open.ShouldNotContain("珈钠能源");
            open.ShouldNotContain("优必选");
        }
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_repeated_posting_is_refused_naming_the_earlier_then_posted_when_acknowledged_and_merged(Db db)
    {
        var app = await apps.GetAsync(db);
        var enterprise = await app.SignedInAsync("enterprise@zigong.demo");
        var vehicle = await app.SignedInAsync("vehicle@zigong.demo");
        var op = await app.SignedInAsync("operator@zigong.demo");
        var first = Body(app);
        var earlier = await OkAsync(await enterprise.PostJsonAsync(DemandsPath, first), HttpStatusCode.Created);
        var earlierId = earlier.GetProperty("id").GetGuid();
        var before = await CountAsync<Demand>(app);

        // The same words with punctuation and a space changed.
        var again = Body(app, title: first["title"] + "。", problem: " " + first["problem"]);
        var refused = await enterprise.PostJsonAsync(DemandsPath, again);
        refused.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        var problem = await refused.ReadJsonAsync();
        problem.GetProperty("duplicateOf").GetProperty("id").GetGuid().ShouldBe(earlierId);
        problem.GetProperty("duplicateOf").GetProperty("code").GetString().ShouldBe(earlier.GetProperty("code").GetString());
        problem.GetProperty("detail").GetString()!.ShouldContain(earlier.GetProperty("code").GetString()!);
        problem.GetProperty("rule").GetString().ShouldBe("DuplicatePostingRule");
        (await CountAsync<Demand>(app)).ShouldBe(before);

        // Acknowledging another demand is not acknowledging this one.
        again["acknowledgeDuplicateOf"] = Guid.NewGuid();
        (await enterprise.PostJsonAsync(DemandsPath, again)).StatusCode.ShouldBe(HttpStatusCode.Conflict);
        again["acknowledgeDuplicateOf"] = earlierId;
        var later = await OkAsync(await enterprise.PostJsonAsync(DemandsPath, again), HttpStatusCode.Created);
        var laterId = later.GetProperty("id").GetGuid();

        // Another firm cannot merge them; the operator can, and the newer one is closed into the earlier.
        (await vehicle.PostJsonAsync($"{DemandsPath}/{earlierId}/merge", new { targetId = laterId })).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        var merged = await OkAsync(await op.PostJsonAsync($"{DemandsPath}/{earlierId}/merge", new { targetId = laterId }));
        merged.GetProperty("id").GetGuid().ShouldBe(laterId);
        merged.GetProperty("status").GetString().ShouldBe("Closed");
        merged.GetProperty("mergedIntoId").GetGuid().ShouldBe(earlierId);
        merged.GetProperty("mergedIntoCode").GetString().ShouldBe(earlier.GetProperty("code").GetString());
        (await OkAsync(await op.GetAsync($"{DemandsPath}/{earlierId}"))).GetProperty("status").GetString().ShouldBe("Pending");
        (await op.PostJsonAsync($"{DemandsPath}/{earlierId}/merge", new { targetId = laterId })).StatusCode.ShouldBe(HttpStatusCode.Conflict);

        // The poster merges its own two postings.
        var third = await OkAsync(await enterprise.PostJsonAsync(DemandsPath, Body(app, title: first["title"] + "！", problem: (string)first["problem"]! + "。")
            .Also(b => b["acknowledgeDuplicateOf"] = earlierId)), HttpStatusCode.Created);
        (await OkAsync(await enterprise.PostJsonAsync($"{DemandsPath}/{third.GetProperty("id").GetGuid()}/merge", new { targetId = earlierId })))
            .GetProperty("mergedIntoId").GetGuid().ShouldBe(earlierId);
    }

    public static TheoryData<Db, string, object?, string> BadInputs()
    {
        var data = new TheoryData<Db, string, object?, string>();
        foreach (var db in TestDatabase.Providers.Select(p => (Db)p[0]))
        {
            data.Add(db, "title", "", "title");
            data.Add(db, "title", "   ", "title");
            data.Add(db, "title", new string('长', 101), "title");
            data.Add(db, "problem", new string('长', 4001), "problem");
            data.Add(db, "problem", "<script>alert(1)</script>正极材料循环寿命不足，需要改性技术提升到 85% 以上。", "problem");
            data.Add(db, "title", "正极<b>材料</b>", "title");
            data.Add(db, "chainLink", "<i>正极</i>", "chainLink");
            data.Add(db, "problem", "正极材料\0循环寿命不足，需要改性技术提升到百分之八十五以上。", "problem");
            data.Add(db, "budgetMin", 900_000m, "budgetMax");
            data.Add(db, "budgetMin", -1m, "budgetMin");
            data.Add(db, "budgetMax", 10_000_000_000.01m, "budgetMax");
            data.Add(db, "deadline", "past", "deadline");
            data.Add(db, "deadline", "far", "deadline");
            data.Add(db, "industry", null, "industry");
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(BadInputs))]
    public async Task Bad_input_is_a_clear_400_and_nothing_is_saved(Db db, string field, object? value, string errorField)
    {
        var app = await apps.GetAsync(db);
        var enterprise = await app.SignedInAsync("enterprise@zigong.demo");
        var body = Body(app);
        body[field] = value switch
        {
            "past" => Today(app).AddDays(-1).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            "far" => Today(app).AddYears(3).AddDays(1).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            _ => value,
        };
        var before = await CountAsync<Demand>(app);

        var response = await enterprise.PostJsonAsync(DemandsPath, body);

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest, await response.Content.ReadAsStringAsync());
        var problem = await response.ReadJsonAsync();
        problem.GetProperty("errors").TryGetProperty(errorField, out var messages).ShouldBeTrue(problem.ToString());
        messages.ToString().ShouldMatch(@"[\u4e00-\u9fa5]");
        (await CountAsync<Demand>(app)).ShouldBe(before);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_firm_cannot_touch_another_s_demand_post_for_another_or_reach_another_zone(Db db)
    {
        var app = await apps.GetAsync(db);
        var enterprise = await app.SignedInAsync("enterprise@zigong.demo");
        var vehicle = await app.SignedInAsync("vehicle@zigong.demo");
        var op = await app.SignedInAsync("operator@zigong.demo");
        var id = (await OkAsync(await enterprise.PostJsonAsync(DemandsPath, Body(app)), HttpStatusCode.Created)).GetProperty("id").GetGuid();
        await OkAsync(await op.PostJsonAsync($"{DemandsPath}/{id}/publish", new { }));

        // Published, so the other firm sees it, but may neither edit nor close it.
        (await vehicle.PutJsonAsync($"{DemandsPath}/{id}", Body(app))).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await vehicle.PostJsonAsync($"{DemandsPath}/{id}/close", new { })).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await op.PutJsonAsync($"{DemandsPath}/{id}", Body(app))).StatusCode.ShouldBe(HttpStatusCode.Forbidden);

        // A firm posts for itself only; an operator must name a zone firm (not an institute).
        var forOther = Body(app);
        forOther["posterOrganisationId"] = await OrganisationAsync(app, "九识智能");
        (await enterprise.PostJsonAsync(DemandsPath, forOther)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await OkAsync(await op.PostJsonAsync(DemandsPath, forOther), HttpStatusCode.Created)).GetProperty("posterName").GetString().ShouldBe("九识智能");
        var forInstitute = Body(app);
        forInstitute["posterOrganisationId"] = await OrganisationAsync(app, "四川轻化工大学");
        (await op.PostJsonAsync(DemandsPath, forInstitute)).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await op.PostJsonAsync(DemandsPath, Body(app))).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await (await app.SignedInAsync("institute@zigong.demo")).PostJsonAsync(DemandsPath, Body(app))).StatusCode.ShouldBe(HttpStatusCode.Forbidden);

        // The poster closes its own.
        (await OkAsync(await enterprise.PostJsonAsync($"{DemandsPath}/{id}/close", new { }))).GetProperty("status").GetString().ShouldBe("Closed");

        // Another zone's demand is not found, for reading, moderating or merging.
        var moved = (await OkAsync(await enterprise.PostJsonAsync(DemandsPath, Body(app)), HttpStatusCode.Created)).GetProperty("id").GetGuid();
        var otherZone = Guid.NewGuid();
        await app.InScopeAsync(ctx => ctx.Database.ExecuteSqlAsync($"UPDATE scenes_demands SET \"ZoneId\" = {otherZone} WHERE \"Id\" = {moved}"));
        (await op.GetAsync($"{DemandsPath}/{moved}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await op.PostJsonAsync($"{DemandsPath}/{moved}/publish", new { })).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        var fresh = (await OkAsync(await enterprise.PostJsonAsync(DemandsPath, Body(app)), HttpStatusCode.Created)).GetProperty("id").GetGuid();
        (await op.PostJsonAsync($"{DemandsPath}/{fresh}/merge", new { targetId = moved })).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_demand_past_its_deadline_cannot_be_published_and_the_demo_s_expired_one_reads_expired(Db db)
    {
        var app = await apps.GetAsync(db);
        var enterprise = await app.SignedInAsync("enterprise@zigong.demo");
        var op = await app.SignedInAsync("operator@zigong.demo");
        var id = (await OkAsync(await enterprise.PostJsonAsync(DemandsPath, Body(app)), HttpStatusCode.Created)).GetProperty("id").GetGuid();
        var yesterday = Today(app).AddDays(-1);
        await app.InScopeAsync(ctx => ctx.Database.ExecuteSqlAsync($"UPDATE scenes_demands SET \"Deadline\" = {yesterday} WHERE \"Id\" = {id}"));

        var refused = await op.PostJsonAsync($"{DemandsPath}/{id}/publish", new { });
        refused.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await refused.ReadJsonAsync()).GetProperty("detail").GetString()!.ShouldContain("截止日期");

        var expired = (await OkAsync(await op.GetAsync($"{DemandsPath}?q=XQ-2025-009"))).GetProperty("items")[0];
        expired.GetProperty("expired").GetBoolean().ShouldBeTrue();
        expired.GetProperty("statusText").GetString().ShouldBe("已过期");
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Operators_export_the_list_and_lists_page_at_most_a_hundred(Db db)
    {
        var app = await apps.GetAsync(db);
        var op = await app.SignedInAsync("operator@zigong.demo");
        var export = await op.GetAsync($"{DemandsPath}/export?status=Published");
        export.StatusCode.ShouldBe(HttpStatusCode.OK);
        export.Content.Headers.ContentType!.MediaType.ShouldBe("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        (await (await app.SignedInAsync("enterprise@zigong.demo")).GetAsync($"{DemandsPath}/export")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await OkAsync(await op.GetAsync($"{DemandsPath}?pageSize=1000"))).GetProperty("size").GetInt32().ShouldBe(100);
    }
}

internal static class TestExtensions
{
    public static T Also<T>(this T value, Action<T> act)
    {
        act(value);
        return value;
    }
}
