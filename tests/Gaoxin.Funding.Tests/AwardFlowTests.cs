using System.Net;
using System.Text.Json;
using Gaoxin.Funding.Awards;
using Gaoxin.Funding.Ledger;
using Microsoft.EntityFrameworkCore;

namespace Gaoxin.Funding.Tests;

/// <summary>Applications → recommendation → approval → tranches over HTTP, on both databases.</summary>
public sealed class AwardFlowTests(FundingApps apps)
{
    private static decimal Dec(JsonElement e, string name) => e.GetProperty(name).GetDecimal();

    /// <summary>A double click sends the same application twice at once: one is accepted, the other refused by its rule; once decided, it may come again.</summary>
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task The_same_application_sent_twice_at_once_is_accepted_once_and_after_a_decision_may_come_again(Db db)
    {
        var app = await apps.GetAsync(db);
        var fund = await Fund.ForAsync(app);
        var year = await fund.FreshYearAsync();
        var project = await fund.ProjectAsync();
        var body = new { projectId = project, fundYear = year, amount = 150_000m, eligibleCost = 1_000_000m, costBreakdown = "中试设备 70%，材料 30%", instrument = "Grant" };

        var both = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => fund.Enterprise.PostJsonAsync("/api/v1/funding/applications", body)));

        both.Count(r => r.StatusCode == HttpStatusCode.Created).ShouldBe(1);
        var refused = both.Where(r => r.StatusCode != HttpStatusCode.Created).ToList();
        refused.ShouldAllBe(r => r.StatusCode == HttpStatusCode.UnprocessableEntity);
        (await refused[0].ReadJsonAsync()).GetProperty("rule").GetString().ShouldBe("NoDuplicateOpenApplicationRule");
        var mine = await app.App.InScopeAsync(ctx => ctx.Set<FundApplication>().AsNoTracking().Where(a => a.ProjectId == project).ToListAsync());
        mine.Count.ShouldBe(1);

        // One fen apart is another application; after the first is declined (with its reason) the same may be sent again.
        (await fund.Enterprise.PostJsonAsync("/api/v1/funding/applications", body with { amount = 150_000.01m })).StatusCode.ShouldBe(HttpStatusCode.Created);
        var noReason = await fund.Operator.PostJsonAsync($"/api/v1/funding/applications/{mine[0].Id}/reject", new { note = " " });
        noReason.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await fund.Operator.PostJsonAsync($"/api/v1/funding/applications/{mine[0].Id}/reject", new { note = "成本依据不足" })).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await fund.Enterprise.PostJsonAsync("/api/v1/funding/applications", body)).StatusCode.ShouldBe(HttpStatusCode.Created);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task An_award_commits_money_and_tranches_wait_for_accepted_milestones(Db db)
    {
        var app = await apps.GetAsync(db);
        var fund = await Fund.ForAsync(app);
        var year = await fund.FreshYearAsync();
        var project = await fund.ProjectAsync(score: 80m); // grade B: ceiling 3,000,000, 40% of cost

        var award = await fund.AwardAsync(project, year, 2_000_000m, eligible: 5_000_000m);
        award.GetProperty("grade").GetString().ShouldBe("B");
        award.GetProperty("policyVersion").GetInt32().ShouldBeGreaterThan(0);
        var tranches = award.GetProperty("tranches").EnumerateArray().ToList();
        tranches.Select(t => Dec(t, "amount")).ShouldBe([800_000m, 800_000m, 400_000m]);
        var id = award.GetProperty("id").GetString()!;

        var position = await fund.PositionAsync(year);
        Dec(position, "committed").ShouldBe(2_000_000m);
        Dec(position, "available").ShouldBe(18_000_000m);

        // Signing tranche pays at once; the pilot tranche waits for its milestone.
        (await fund.PayAsync(id, 1, 800_000m)).StatusCode.ShouldBe(HttpStatusCode.Created);
        var gated = await fund.PayAsync(id, 2, 800_000m);
        gated.StatusCode.ShouldBe(HttpStatusCode.UnprocessableEntity);
        var problem = await gated.ReadJsonAsync();
        problem.GetProperty("rule").GetString().ShouldBe("TrancheMilestoneAcceptedRule");
        problem.GetProperty("detail").GetString()!.ShouldContain("中试线建成");

        await app.Relay.AcceptAsync(project, "中试线建成");
        (await fund.PayAsync(id, 2, 300_000m)).StatusCode.ShouldBe(HttpStatusCode.Created); // partial
        var over = await fund.PayAsync(id, 2, 500_000.01m);
        over.StatusCode.ShouldBe(HttpStatusCode.UnprocessableEntity);
        (await over.ReadJsonAsync()).GetProperty("rule").GetString().ShouldBe("WithinTrancheRule");

        var failed = await fund.PayAsync(id, 2, 500_000m, succeeded: false);
        failed.StatusCode.ShouldBe(HttpStatusCode.Created);
        (await failed.ReadJsonAsync()).GetProperty("status").GetString().ShouldBe("Failed");
        (await fund.PayAsync(id, 2, 500_000m)).StatusCode.ShouldBe(HttpStatusCode.Created);

        var view = await fund.GetAwardAsync(id);
        Dec(view, "paid").ShouldBe(1_600_000m);
        view.GetProperty("tranches")[1].GetProperty("status").GetString().ShouldBe("Paid");
        view.GetProperty("payments").GetArrayLength().ShouldBe(4);
        Dec(await fund.PositionAsync(year), "disbursed").ShouldBe(1_600_000m);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_year_nobody_budgeted_has_the_policys_annual_budget_which_its_first_award_writes_to_the_ledger(Db db)
    {
        var app = await apps.GetAsync(db);
        var fund = await Fund.ForAsync(app);
        var annual = Dec(await (await fund.Admin.GetAsync("/api/v1/funding/policy")).ReadJsonAsync(), "annualBudget");
        annual.ShouldBeGreaterThan(1_000_000m);
        var year = app.FreshYear();

        var before = await fund.PositionAsync(year);
        Dec(before, "budget").ShouldBe(annual);
        Dec(before, "available").ShouldBe(annual);
        (await app.App.InScopeAsync(ctx => ctx.Set<LedgerEntry>().CountAsync(e => e.FundYear == year))).ShouldBe(0);

        await fund.AwardAsync(await fund.ProjectAsync(), year, 1_000_000m);
        var entries = await app.App.InScopeAsync(ctx => ctx.Set<LedgerEntry>().AsNoTracking().Where(e => e.FundYear == year).OrderBy(e => e.Sequence).ToListAsync());
        entries.Select(e => (e.Kind, e.Amount)).ShouldBe([(EntryKind.BudgetSet, annual), (EntryKind.AwardCommitted, 1_000_000m)]);
        var after = await fund.PositionAsync(year);
        Dec(after, "budget").ShouldBe(annual);
        Dec(after, "available").ShouldBe(annual - 1_000_000m);

        // A budget set by the zone rules over the policy's, for better or worse.
        var small = app.FreshYear();
        (await fund.Admin.PutJsonAsync($"/api/v1/funding/years/{small}/budget", new { amount = 50_000m })).StatusCode.ShouldBe(HttpStatusCode.OK);
        Dec(await fund.PositionAsync(small), "budget").ShouldBe(50_000m);
        var application = await fund.ApplyAsync(await fund.ProjectAsync(), small, 100_000m);
        var refused = await fund.Operator.PostJsonAsync($"/api/v1/funding/applications/{application}/recommend", new { note = "符合条件" });
        refused.StatusCode.ShouldBe(HttpStatusCode.UnprocessableEntity);
        (await refused.ReadJsonAsync()).GetProperty("rule").GetString().ShouldBe("WithinYearBudgetRule");
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_double_submitted_payment_is_paid_once(Db db)
    {
        var app = await apps.GetAsync(db);
        var fund = await Fund.ForAsync(app);
        var year = await fund.FreshYearAsync();
        var id = (await fund.AwardAsync(await fund.ProjectAsync(), year, 1_000_000m)).GetProperty("id").GetString()!;

        var key = "pay-" + Guid.NewGuid().ToString("N");
        var both = await Task.WhenAll(fund.PayAsync(id, 1, 400_000m, key), fund.PayAsync(id, 1, 400_000m, key));
        both.Select(r => r.StatusCode).Order().ShouldBe([HttpStatusCode.OK, HttpStatusCode.Created]);
        (await fund.PayAsync(id, 1, 400_000m, key)).StatusCode.ShouldBe(HttpStatusCode.OK);

        Dec(await fund.PositionAsync(year), "disbursed").ShouldBe(400_000m);
        (await fund.GetAwardAsync(id)).GetProperty("payments").GetArrayLength().ShouldBe(1);
        var reuse = await fund.PayAsync(id, 1, 1_000m, key);
        reuse.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await reuse.ReadJsonAsync()).GetProperty("detail").GetString()!.ShouldContain("幂等键");
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_payment_dated_tomorrow_is_refused_and_pays_nothing_while_one_dated_today_is_paid(Db db)
    {
        var app = await apps.GetAsync(db);
        var fund = await Fund.ForAsync(app);
        var year = await fund.FreshYearAsync();
        var id = (await fund.AwardAsync(await fund.ProjectAsync(), year, 1_000_000m)).GetProperty("id").GetString()!;

        var tomorrow = await fund.PayAsync(id, 1, 100_000m, paidOn: Fund.ChinaToday.AddDays(1));
        tomorrow.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await tomorrow.ReadJsonAsync()).GetProperty("errors").GetProperty("paidOn")[0].GetString().ShouldBe("拨付日期不能早于批准日期，也不能晚于今天。");
        Dec(await fund.PositionAsync(year), "disbursed").ShouldBe(0m);

        (await fund.PayAsync(id, 1, 100_000m, paidOn: Fund.ChinaToday)).StatusCode.ShouldBe(HttpStatusCode.Created);
        Dec(await fund.PositionAsync(year), "disbursed").ShouldBe(100_000m);
    }

    /// <summary>
    /// Approvals and payments read their record only in the batch, under the fund's lock: what is missing there, or is
    /// another zone's, is not found and changes nothing.
    /// </summary>
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Approving_or_paying_what_is_missing_or_another_zones_is_not_found_and_changes_nothing(Db db)
    {
        var app = await apps.GetAsync(db);
        var fund = await Fund.ForAsync(app);
        var year = await fund.FreshYearAsync(2_000_000m);
        var award = (await fund.AwardAsync(await fund.ProjectAsync(), year, 1_000_000m)).GetProperty("id").GetString()!;
        var recommended = await fund.RecommendedAsync(await fund.ProjectAsync(), year, 500_000m);

        (await fund.PayAsync(award, 9, 100_000m)).StatusCode.ShouldBe(HttpStatusCode.NotFound, "the award has no ninth tranche");
        (await fund.PayAsync(Guid.NewGuid().ToString(), 1, 100_000m)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await fund.ApproveAsync(Guid.NewGuid().ToString())).StatusCode.ShouldBe(HttpStatusCode.NotFound);

        // Both records moved to another zone: this zone's admin may neither approve nor pay them.
        var otherZone = Guid.NewGuid();
        var (applicationId, awardId) = (Guid.Parse(recommended), Guid.Parse(award));
        await app.App.InScopeAsync(async ctx =>
            await ctx.Database.ExecuteSqlAsync($"UPDATE funding_applications SET \"ZoneId\" = {otherZone} WHERE \"Id\" = {applicationId}")
            + await ctx.Database.ExecuteSqlAsync($"UPDATE funding_awards SET \"ZoneId\" = {otherZone} WHERE \"Id\" = {awardId}"));
        var approve = await fund.ApproveAsync(recommended);
        approve.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await approve.ReadJsonAsync()).GetProperty("detail").GetString()!.ShouldContain("资金申请");
        (await fund.PayAsync(award, 1, 100_000m)).StatusCode.ShouldBe(HttpStatusCode.NotFound);

        var position = await fund.PositionAsync(year);
        Dec(position, "committed").ShouldBe(1_000_000m);
        Dec(position, "disbursed").ShouldBe(0m);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Cancelling_releases_the_unpaid_rest_to_the_budget(Db db)
    {
        var app = await apps.GetAsync(db);
        var fund = await Fund.ForAsync(app);
        var year = await fund.FreshYearAsync(5_000_000m);
        var project = await fund.ProjectAsync();
        var other = await fund.RecommendedAsync(await fund.ProjectAsync(), year, 0.01m, eligible: 1m);
        var id = (await fund.AwardAsync(project, year, 5_000_000m)).GetProperty("id").GetString()!;
        (await fund.PayAsync(id, 1, 2_000_000m)).StatusCode.ShouldBe(HttpStatusCode.Created);

        // The year is full: the other recommended award is refused by the budget rule, naming what remains.
        var refused = await fund.ApproveAsync(other);
        refused.StatusCode.ShouldBe(HttpStatusCode.UnprocessableEntity);
        var problem = await refused.ReadJsonAsync();
        problem.GetProperty("rule").GetString().ShouldBe("WithinYearBudgetRule");
        problem.GetProperty("figures").GetProperty("remaining").GetString().ShouldBe("0.00 元");

        var cancel = await fund.Admin.PostJsonAsync($"/api/v1/funding/awards/{id}/cancel", new { reason = "企业主动终止项目" });
        cancel.StatusCode.ShouldBe(HttpStatusCode.OK);
        var cancelled = await cancel.ReadJsonAsync();
        cancelled.GetProperty("status").GetString().ShouldBe("Cancelled");
        Dec(cancelled, "released").ShouldBe(3_000_000m);

        var position = await fund.PositionAsync(year);
        Dec(position, "committed").ShouldBe(2_000_000m);
        Dec(position, "disbursed").ShouldBe(2_000_000m);
        Dec(position, "available").ShouldBe(3_000_000m);
        (await fund.PayAsync(id, 2, 1m)).StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await fund.ApproveAsync(other)).StatusCode.ShouldBe(HttpStatusCode.Created);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task The_project_cap_holds_across_years_and_the_grade_ceiling_per_award(Db db)
    {
        var app = await apps.GetAsync(db);
        var fund = await Fund.ForAsync(app);
        var y1 = await fund.FreshYearAsync();
        var y2 = await fund.FreshYearAsync();
        var project = await fund.ProjectAsync(score: 85m); // exactly the A threshold

        (await fund.AwardAsync(project, y1, 3_000_000m)).GetProperty("grade").GetString().ShouldBe("A");
        var over = await fund.ApproveAsync(await fund.RecommendedAsync(project, y2, 1_000_000m));
        over.StatusCode.ShouldBe(HttpStatusCode.Created);
        var recommendOver = await fund.Operator.PostJsonAsync($"/api/v1/funding/applications/{await fund.ApplyAsync(project, y2, 1_000_000.01m)}/recommend", new { });
        recommendOver.StatusCode.ShouldBe(HttpStatusCode.UnprocessableEntity);
        var problem = await recommendOver.ReadJsonAsync();
        problem.GetProperty("rule").GetString().ShouldBe("WithinProjectCapRule");
        problem.GetProperty("figures").GetProperty("remaining").GetString().ShouldBe("1,000,000.00 元");
        (await fund.AwardAsync(project, y2, 1_000_000m)).GetProperty("amount").GetDecimal().ShouldBe(1_000_000m); // exactly at the cap

        var c = await fund.ProjectAsync(score: 60m);
        var ceiling = await fund.Operator.PostJsonAsync($"/api/v1/funding/applications/{await fund.ApplyAsync(c, y1, 1_000_000.01m)}/recommend", new { });
        (await ceiling.ReadJsonAsync()).GetProperty("rule").GetString().ShouldBe("WithinGradeCeilingRule");
        // 59.99: screened below the C line (the relay grades it N); the operator selected it with a reason, the fund still refuses.
        var low = await fund.Operator.PostJsonAsync($"/api/v1/funding/applications/{await fund.ApplyAsync(await fund.ProjectAsync(score: 59.99m), y1, 1_000m)}/recommend", new { });
        (await low.ReadJsonAsync()).GetProperty("rule").GetString().ShouldBe("WithinGradeCeilingRule");
        var share = await fund.Operator.PostJsonAsync($"/api/v1/funding/applications/{await fund.ApplyAsync(c, y1, 300_000.01m, eligible: 1_000_000m)}/recommend", new { });
        (await share.ReadJsonAsync()).GetProperty("rule").GetString().ShouldBe("WithinFundableShareRule");
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Bad_amounts_are_refused_in_chinese_and_change_nothing(Db db)
    {
        var app = await apps.GetAsync(db);
        var fund = await Fund.ForAsync(app);
        var year = await fund.FreshYearAsync();
        var project = await fund.ProjectAsync();
        // Counted for this project only: other tests share the app and apply at the same time.
        var before = await app.App.InScopeAsync(ctx => ctx.Set<Awards.FundApplication>().CountAsync(a => a.ProjectId == project));

        foreach (var (amount, words) in new[] { (1000.001m, "2 位小数"), (-5m, "大于零"), (0m, "大于零"), (50_000_000_000m, "合理范围") })
        {
            var r = await fund.Enterprise.PostJsonAsync("/api/v1/funding/applications", new { projectId = project, fundYear = year, amount, eligibleCost = 1_000_000m, costBreakdown = "设备", instrument = "Grant" });
            r.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
            var body = await r.ReadJsonAsync();
            body.GetProperty("title").GetString().ShouldBe("请求数据有误");
            body.GetProperty("errors").GetProperty("amount")[0].GetString()!.ShouldContain(words);
        }

        var id = (await fund.AwardAsync(project, year, 100_000m)).GetProperty("id").GetString()!;
        var pay = await fund.PayAsync(id, 1, 10.555m);
        pay.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await app.App.InScopeAsync(ctx => ctx.Set<Awards.FundApplication>().CountAsync(a => a.ProjectId == project))).ShouldBe(before + 1);
        Dec(await fund.PositionAsync(year), "disbursed").ShouldBe(0m);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Enterprises_see_only_their_own_applications_and_awards(Db db)
    {
        var app = await apps.GetAsync(db);
        var fund = await Fund.ForAsync(app);
        var year = await fund.FreshYearAsync();
        var own = (await fund.AwardAsync(await fund.ProjectAsync(), year, 100_000m)).GetProperty("id").GetString()!;
        var otherProject = (await app.Relay.CreateAsync(app.Organisations["珈钠能源"], 90m)).Id;
        var otherApp = await fund.ApplyAsync(otherProject, year, 100_000m, as_: fund.Operator);
        (await fund.Operator.PostJsonAsync($"/api/v1/funding/applications/{otherApp}/recommend", new { })).StatusCode.ShouldBe(HttpStatusCode.OK);
        var other = (await (await fund.ApproveAsync(otherApp)).ReadJsonAsync()).GetProperty("id").GetString()!;

        (await fund.Enterprise.GetAsync($"/api/v1/funding/awards/{own}")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await fund.Enterprise.GetAsync($"/api/v1/funding/awards/{other}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await fund.Enterprise.GetAsync($"/api/v1/funding/applications/{otherApp}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        // This test's own year: other tests add many awards for the same enterprise.
        var list = await (await fund.Enterprise.GetAsync($"/api/v1/funding/awards?year={year}&size=200")).ReadJsonAsync();
        list.GetProperty("items").EnumerateArray().Select(a => a.GetProperty("id").GetString()).ShouldContain(own);
        list.GetProperty("items").EnumerateArray().Select(a => a.GetProperty("id").GetString()).ShouldNotContain(other);
        var apps_ = await (await fund.Enterprise.GetAsync("/api/v1/funding/applications?size=200")).ReadJsonAsync();
        apps_.GetProperty("items").EnumerateArray().ShouldAllBe(a => a.GetProperty("organisationId").GetGuid() == app.EnterpriseOrg);

        // Applying for another organisation's project, and the books and decisions, are not for enterprises.
        var foreign = await fund.Enterprise.PostJsonAsync("/api/v1/funding/applications", new { projectId = otherProject, fundYear = year, amount = 1000m, eligibleCost = 10000m, costBreakdown = "设备", instrument = "Grant" });
        foreign.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await fund.Enterprise.GetAsync($"/api/v1/funding/ledger")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await fund.Enterprise.GetAsync($"/api/v1/funding/dashboard")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await fund.Enterprise.PostJsonAsync($"/api/v1/funding/applications/{otherApp}/approve", new { })).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await fund.Operator.PostJsonAsync($"/api/v1/funding/applications/{otherApp}/approve", new { })).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        var viewer = await app.App.SignedInAsync("viewer@zigong.demo");
        (await viewer.GetAsync("/api/v1/funding/dashboard")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await viewer.PutJsonAsync($"/api/v1/funding/years/{year}/budget", new { amount = 1m })).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await app.App.Client().GetAsync("/api/v1/funding/awards")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Every_balance_equals_a_recomputation_from_the_entries(Db db)
    {
        var app = await apps.GetAsync(db);
        var fund = await Fund.ForAsync(app);
        var year = await fund.FreshYearAsync(8_000_000m);
        var a = (await fund.AwardAsync(await fund.ProjectAsync(), year, 1_234_567.89m)).GetProperty("id").GetString()!;
        var b = (await fund.AwardAsync(await fund.ProjectAsync(), year, 2_000_000m)).GetProperty("id").GetString()!;
        await fund.PayAsync(a, 1, 493_827.16m);
        await fund.PayAsync(b, 1, 100_000.01m);
        await fund.Admin.PostJsonAsync($"/api/v1/funding/awards/{b}/cancel", new { reason = "测试撤销" });
        (await fund.Admin.PutJsonAsync($"/api/v1/funding/years/{year}/budget", new { amount = 9_000_000m })).StatusCode.ShouldBe(HttpStatusCode.OK);

        var entries = await app.App.InScopeAsync(ctx => ctx.Set<LedgerEntry>().AsNoTracking().Where(e => e.FundYear == year && e.ZoneId == new Gaoxin.Kernel.Zones.ZoneId(app.ZoneId)).ToListAsync());
        // Recomputed here by walking the entries one by one, not by the module's query.
        decimal budget = 0, committed = 0, paid = 0;
        foreach (var e in entries)
        {
            switch (e.Kind)
            {
                case EntryKind.BudgetSet: budget += e.Amount; break;
                case EntryKind.AwardCommitted: committed += e.Amount; break;
                case EntryKind.CommitmentReleased: committed -= e.Amount; break;
                case EntryKind.TranchePaid: paid += e.Amount; break;
            }
        }

        budget.ShouldBe(9_000_000m);
        committed.ShouldBe(1_234_567.89m + 100_000.01m);
        paid.ShouldBe(493_827.16m + 100_000.01m);
        var position = await fund.PositionAsync(year);
        Dec(position, "budget").ShouldBe(budget);
        Dec(position, "committed").ShouldBe(committed);
        Dec(position, "disbursed").ShouldBe(paid);
        Dec(position, "available").ShouldBe(budget - committed);
        var tooLow = await fund.Admin.PutJsonAsync($"/api/v1/funding/years/{year}/budget", new { amount = committed - 0.01m });
        (await tooLow.ReadJsonAsync()).GetProperty("rule").GetString().ShouldBe("BudgetCoversCommitmentsRule");
    }
}
