using System.Net;

namespace Gaoxin.Capital.Tests;

/// <summary>Financing rounds over HTTP on both databases: the figures' rules, one close, scoping, export.</summary>
public sealed class RoundsApiTests(SharedApps apps)
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Inconsistent_figures_are_refused_by_name_and_nothing_is_stored(Db db)
    {
        var c = await Capital.ForAsync(await apps.GetAsync(db));
        var a = await c.InvestorAsync();
        var b = await c.InvestorAsync();
        var before = (await (await c.Operator.GetAsync("/api/v1/capital/rounds")).ReadJsonAsync()).GetProperty("total").GetInt32();

        async Task RefusedAsync(object body, string rule)
        {
            var r = await c.Operator.PostJsonAsync("/api/v1/capital/rounds", body);
            r.StatusCode.ShouldBe(HttpStatusCode.UnprocessableEntity, await r.Content.ReadAsStringAsync());
            (await r.ReadJsonAsync()).GetProperty("rule").GetString().ShouldBe(rule);
        }

        await RefusedAsync(Capital.Round(c.EnterpriseOrg, [(a, 12_000_000m), (b, 8_000_000m)], post: 120_000_000.01m), "PostMoneyAddsUpRule");
        var off = Capital.Round(c.EnterpriseOrg, [(a, 12_000_000m), (b, 8_000_000m)]);
        var body = System.Text.Json.JsonSerializer.SerializeToNode(off)!.AsObject();
        body["amount"] = 20_000_000.01m;
        body["postMoney"] = 120_000_000.01m;
        await RefusedAsync(body, "InvestorsSumToAmountRule");
        await RefusedAsync(Capital.Round(c.EnterpriseOrg, [(a, 0m)], pre: 1m), "AmountsWithinMoneyRule");
        // Beyond the fen the request is refused as input (400) before any rule runs.
        (await c.Operator.PostJsonAsync("/api/v1/capital/rounds", Capital.Round(c.EnterpriseOrg, [(a, 100.001m)]))).StatusCode.ShouldBe(HttpStatusCode.BadRequest);

        // Unknown or foreign ids, duplicates, missing fields: 400, never 500.
        (await c.Operator.PostJsonAsync("/api/v1/capital/rounds", Capital.Round(Guid.NewGuid(), [(a, 1m)]))).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await c.Operator.PostJsonAsync("/api/v1/capital/rounds", Capital.Round(c.EnterpriseOrg, [(Guid.NewGuid(), 1m)]))).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await c.Operator.PostJsonAsync("/api/v1/capital/rounds", Capital.Round(c.EnterpriseOrg, [(a, 1m), (a, 1m)]))).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await c.Operator.PostJsonAsync("/api/v1/capital/rounds", Capital.Round(c.EnterpriseOrg, [(a, 1m)], shares: 0m))).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await c.Operator.PostJsonAsync("/api/v1/capital/rounds", new { name = "A 轮" })).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await c.Operator.PostJsonAsync("/api/v1/capital/rounds", Capital.Round(c.EnterpriseOrg, [(a, 1m)], name: new string('轮', 41)))).StatusCode.ShouldBe(HttpStatusCode.BadRequest);

        (await (await c.Operator.GetAsync("/api/v1/capital/rounds")).ReadJsonAsync()).GetProperty("total").GetInt32().ShouldBe(before);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_round_closes_once_not_in_the_future_and_a_race_has_one_winner(Db db)
    {
        var c = await Capital.ForAsync(await apps.GetAsync(db));
        var id = await c.DraftAsync(c.OtherEnterprise);
        var future = await c.Operator.PostJsonAsync($"/api/v1/capital/rounds/{id}/close", new { closedOn = Capital.Day(Capital.ChinaToday.AddDays(2)) });
        future.StatusCode.ShouldBe(HttpStatusCode.UnprocessableEntity);
        (await future.ReadJsonAsync()).GetProperty("rule").GetString().ShouldBe("CloseDateNotFutureRule");

        var closed = await c.Operator.PostJsonAsync($"/api/v1/capital/rounds/{id}/close", new { closedOn = Capital.Day(Capital.ChinaToday.AddDays(-1)) });
        closed.StatusCode.ShouldBe(HttpStatusCode.OK, await closed.Content.ReadAsStringAsync());
        var round = await closed.ReadJsonAsync();
        round.GetProperty("state").GetString().ShouldBe("Closed");
        round.GetProperty("pricePerShare").GetDecimal().ShouldBe(10m);
        (await c.Operator.PostJsonAsync($"/api/v1/capital/rounds/{id}/close", new { closedOn = Capital.Day(Capital.ChinaToday) })).StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await c.Operator.PostJsonAsync($"/api/v1/capital/rounds/{id}/cancel", new { reason = "误录" })).StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await (await c.Operator.GetAsync($"/api/v1/capital/rounds/{id}")).ReadJsonAsync()).GetProperty("closedOn").GetString().ShouldBe(Capital.Day(Capital.ChinaToday.AddDays(-1)));

        // Six closes of one draft at once: one wins, the others are told it is done (409), none fails.
        var racing = await c.DraftAsync(c.OtherEnterprise);
        var clients = await Task.WhenAll(Enumerable.Range(0, 6).Select(_ => c.App.SignedInAsync("operator@zigong.demo")));
        var answers = await Task.WhenAll(clients.Select(cl => cl.PostJsonAsync($"/api/v1/capital/rounds/{racing}/close", new { closedOn = Capital.Day(Capital.ChinaToday) })));
        answers.Count(a => a.StatusCode == HttpStatusCode.OK).ShouldBe(1);
        answers.Count(a => a.StatusCode == HttpStatusCode.Conflict).ShouldBe(5, string.Join(",", answers.Select(a => (int)a.StatusCode)));

        var cancelled = await c.DraftAsync(c.OtherEnterprise);
        (await c.Operator.PostJsonAsync($"/api/v1/capital/rounds/{cancelled}/cancel", new { reason = "" })).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var cancel = await c.Operator.PostJsonAsync($"/api/v1/capital/rounds/{cancelled}/cancel", new { reason = "投资方退出" });
        (await cancel.ReadJsonAsync()).GetProperty("state").GetString().ShouldBe("Cancelled");
        (await c.Operator.PostJsonAsync($"/api/v1/capital/rounds/{cancelled}/close", new { closedOn = Capital.Day(Capital.ChinaToday) })).StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await c.Operator.PostJsonAsync($"/api/v1/capital/rounds/{Guid.NewGuid()}/close", new { closedOn = Capital.Day(Capital.ChinaToday) })).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task An_enterprise_user_sees_its_own_company_rounds_only(Db db)
    {
        var app = await apps.GetAsync(db);
        var c = await Capital.ForAsync(app);
        var mine = await c.DraftAsync(c.EnterpriseOrg);
        var theirs = await c.DraftAsync(c.OtherEnterprise);
        var enterprise = await app.SignedInAsync("enterprise@zigong.demo");

        (await enterprise.GetAsync($"/api/v1/capital/rounds/{mine}")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await enterprise.GetAsync($"/api/v1/capital/rounds/{theirs}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        var list = await (await enterprise.GetAsync("/api/v1/capital/rounds?size=200")).ReadJsonAsync();
        var companies = list.GetProperty("items").EnumerateArray().Select(r => r.GetProperty("companyName").GetString()).Distinct().ToList();
        companies.ShouldBe(["兴储世纪"]);
        (await enterprise.PostJsonAsync($"/api/v1/capital/rounds/{mine}/close", new { closedOn = Capital.Day(Capital.ChinaToday) })).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await enterprise.GetAsync("/api/v1/capital/rounds/export")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);

        var export = await c.Operator.GetAsync("/api/v1/capital/rounds/export?state=Draft");
        export.StatusCode.ShouldBe(HttpStatusCode.OK);
        export.Content.Headers.ContentType!.MediaType.ShouldBe("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        (await export.Content.ReadAsByteArrayAsync()).Length.ShouldBeGreaterThan(0);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task The_pages_render_for_staff_and_the_enterprise(Db db)
    {
        var app = await apps.GetAsync(db);
        var admin = await app.SignedInAsync("admin@zigong.demo");
        var rounds = await (await admin.GetAsync("/capital/rounds")).Content.ReadAsStringAsync();
        rounds.ShouldContain("rounds-table");
        rounds.ShouldContain("rounds-export");
        (await (await admin.GetAsync("/capital/investors")).Content.ReadAsStringAsync()).ShouldContain("自贡创新发展投资基金");
        (await (await admin.GetAsync("/capital/rounds/new")).Content.ReadAsStringAsync()).ShouldContain("round-form-save");
        var c = await Capital.ForAsync(app);
        var id = await c.DraftAsync(c.EnterpriseOrg);
        (await (await admin.GetAsync($"/capital/rounds/{id}")).Content.ReadAsStringAsync()).ShouldContain("round-close");
        var enterprise = await app.SignedInAsync("enterprise@zigong.demo");
        (await (await enterprise.GetAsync($"/capital/rounds/{id}")).Content.ReadAsStringAsync()).ShouldNotContain("round-close");
    }
}
