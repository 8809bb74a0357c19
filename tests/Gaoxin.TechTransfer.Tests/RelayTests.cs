using System.Net;
using Gaoxin.Contracts.TechTransfer;
using Gaoxin.TechTransfer.Projects;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using static Gaoxin.TechTransfer.Tests.RelayApi;

namespace Gaoxin.TechTransfer.Tests;

public sealed class RelayTests(SharedApps apps)
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_project_goes_from_proposal_through_screening_to_pilot_only_with_both_plans(Db db)
    {
        var app = await apps.GetAsync(db);
        var institute = await app.SignedInAsync("institute@zigong.demo");
        var op = await app.SignedInAsync("operator@zigong.demo");
        var tag = Guid.NewGuid().ToString("N")[..6];
        var achievement = await AchievementAsync(institute, $"钠电正极{tag}");
        var project = await ProjectAsync(institute, $"钠电正极产业化{tag}", achievement);
        var id = project.GetProperty("id").GetGuid();
        project.GetProperty("stage").GetString().ShouldBe("Proposed");

        // The operator cannot select by hand: selection is the round's decision.
        var manual = await ProblemAsync(await op.PostJsonAsync($"/api/v1/tech-transfer/projects/{id}/move", new { to = "Selected" }), HttpStatusCode.UnprocessableEntity);
        manual.GetProperty("rule").GetString().ShouldBe("TransitionAllowedRule");

        var reviewers = await ReviewersAsync(op);
        reviewers.Count.ShouldBe(5);
        var round = await OpenRoundAsync(op, $"测试轮次{tag}", reviewers.Select(r => r.Id), [id], DateTimeOffset.UtcNow.AddDays(7));
        var roundId = round.GetProperty("id").GetGuid();
        (await (await op.GetAsync($"/api/v1/tech-transfer/projects/{id}")).ReadJsonAsync()).GetProperty("stage").GetString().ShouldBe("Screening");

        decimal[] totals = [90, 88, 86, 84, 40];
        foreach (var (reviewer, total) in reviewers.Zip(totals))
        {
            var client = await app.SignedInAsync(reviewer.Email);
            (await client.PutJsonAsync($"/api/v1/tech-transfer/rounds/{roundId}/projects/{id}/review", Scores(total))).StatusCode.ShouldBe(HttpStatusCode.OK);
        }

        var decided = await (await op.PostJsonAsync($"/api/v1/tech-transfer/rounds/{roundId}/projects/{id}/decision", new { decision = "Selected" })).ReadJsonAsync();
        var entry = decided.GetProperty("entries")[0];
        entry.GetProperty("score").GetDecimal().ShouldBe(86m); // 40 and 90 dropped: five reviewers
        entry.GetProperty("grade").GetString().ShouldBe("A");
        entry.GetProperty("rank").GetInt32().ShouldBe(1);
        decided.GetProperty("status").GetString().ShouldBe("Decided");

        var toPilot = await ProblemAsync(await op.PostJsonAsync($"/api/v1/tech-transfer/projects/{id}/move", new { to = "PilotIncubation" }), HttpStatusCode.UnprocessableEntity);
        toPilot.GetProperty("rule").GetString().ShouldBe("BothPlansBeforePilotRule");
        toPilot.GetProperty("detail").GetString()!.ShouldContain("产业化方案");
        var unchanged = await (await op.GetAsync($"/api/v1/tech-transfer/projects/{id}")).ReadJsonAsync();
        unchanged.GetProperty("stage").GetString().ShouldBe("Selected");

        (await institute.PutJsonAsync($"/api/v1/tech-transfer/projects/{id}/pilot-plan", new { objectives = "良率 90%", facility = "BaseA", budget = 3_000_000m })).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await institute.PostJsonAsync($"/api/v1/tech-transfer/projects/{id}/milestones", new { plan = "Pilot", title = "中试线调试", due = "2027-03-01", acceptanceCriteria = "检测报告" })).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await ProblemAsync(await op.PostJsonAsync($"/api/v1/tech-transfer/projects/{id}/move", new { to = "PilotIncubation" }), HttpStatusCode.UnprocessableEntity))
            .GetProperty("rule").GetString().ShouldBe("BothPlansBeforePilotRule");
        (await institute.PutJsonAsync($"/api/v1/tech-transfer/projects/{id}/industrialization-plan", new { company = "自贡钠电科技", capacity = "年产 1 GWh", targetSales = 50_000_000m, targetOutput = 80_000_000m })).StatusCode.ShouldBe(HttpStatusCode.OK);
        var withMilestone = await (await institute.PostJsonAsync($"/api/v1/tech-transfer/projects/{id}/milestones", new { plan = "Industrialization", title = "首批销售", due = "2027-12-01", acceptanceCriteria = "销售合同" })).ReadJsonAsync();
        var version = withMilestone.GetProperty("version").GetInt32();

        var moved = await (await op.PostJsonAsync($"/api/v1/tech-transfer/projects/{id}/move", new { to = "PilotIncubation", expectedVersion = version })).ReadJsonAsync();
        moved.GetProperty("stage").GetString().ShouldBe("PilotIncubation");
        moved.GetProperty("pilotStartedOn").GetString().ShouldNotBeNull();

        // Pilot milestones must be accepted before industrial incubation.
        var pilotMilestone = moved.GetProperty("milestones").EnumerateArray().First(m => m.GetProperty("plan").GetString() == "Pilot").GetProperty("id").GetGuid();
        (await ProblemAsync(await op.PostJsonAsync($"/api/v1/tech-transfer/projects/{id}/move", new { to = "IndustrialIncubation" }), HttpStatusCode.UnprocessableEntity))
            .GetProperty("rule").GetString().ShouldBe("IndustrialIncubationReadyRule");
        (await ProblemAsync(await op.PostJsonAsync($"/api/v1/tech-transfer/projects/{id}/milestones/{pilotMilestone}/decision", new { accept = true }), HttpStatusCode.UnprocessableEntity))
            .GetProperty("rule").GetString().ShouldBe("MilestoneNeedsEvidenceRule");
        (await institute.PostJsonAsync($"/api/v1/tech-transfer/projects/{id}/milestones/{pilotMilestone}/evidence", new { evidence = "检测报告编号 2027-001" })).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await institute.PostJsonAsync($"/api/v1/tech-transfer/projects/{id}/milestones/{pilotMilestone}/decision", new { accept = true })).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await op.PostJsonAsync($"/api/v1/tech-transfer/projects/{id}/milestones/{pilotMilestone}/decision", new { accept = true, note = "合格" })).StatusCode.ShouldBe(HttpStatusCode.OK);
        var industrial = await (await op.PostJsonAsync($"/api/v1/tech-transfer/projects/{id}/move", new { to = "IndustrialIncubation" })).ReadJsonAsync();
        industrial.GetProperty("stage").GetString().ShouldBe("IndustrialIncubation");

        var timeline = await (await institute.GetAsync($"/api/v1/tech-transfer/projects/{id}/timeline")).ReadJsonAsync();
        timeline.EnumerateArray().Where(e => e.GetProperty("kind").GetString() == "StageChanged").Select(e => e.GetProperty("toStage").GetString())
            .ShouldBe(["Screening", "Selected", "PilotIncubation", "IndustrialIncubation"]);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Reviewers_score_independently_and_a_reviewer_from_the_applicant_is_excluded(Db db)
    {
        var app = await apps.GetAsync(db);
        var op = await app.SignedInAsync("operator@zigong.demo");
        var tag = Guid.NewGuid().ToString("N")[..6];
        var sichuan = await OrganisationAsync(op, "四川大学");
        var achievement = await AchievementAsync(op, $"硬碳负极{tag}", sichuan);
        var id = (await ProjectAsync(op, $"硬碳负极产业化{tag}", achievement, sichuan)).GetProperty("id").GetGuid();
        var reviewers = await ReviewersAsync(op);
        var round = await OpenRoundAsync(op, $"回避测试{tag}", reviewers.Select(r => r.Id), [id], DateTimeOffset.UtcNow.AddDays(3));
        var roundId = round.GetProperty("id").GetGuid();
        var entry = round.GetProperty("entries")[0];
        entry.GetProperty("eligible").GetInt32().ShouldBe(4);

        var conflicted = reviewers.Single(r => r.Org == sichuan);
        var sheet = await (await (await app.SignedInAsync(conflicted.Email)).GetAsync($"/api/v1/tech-transfer/rounds/{roundId}/my-reviews")).ReadJsonAsync();
        sheet.GetProperty("sheets")[0].GetProperty("conflict").GetBoolean().ShouldBeTrue();
        var refused = await ProblemAsync(await (await app.SignedInAsync(conflicted.Email)).PutJsonAsync($"/api/v1/tech-transfer/rounds/{roundId}/projects/{id}/review", Scores(99)), HttpStatusCode.UnprocessableEntity);
        refused.GetProperty("rule").GetString().ShouldBe("NoConflictRule");

        var first = reviewers.First(r => r.Org != sichuan);
        var firstClient = await app.SignedInAsync(first.Email);
        (await firstClient.PutJsonAsync($"/api/v1/tech-transfer/rounds/{roundId}/projects/{id}/review", Scores(77))).StatusCode.ShouldBe(HttpStatusCode.OK);
        var outOfRange = await ProblemAsync(await firstClient.PutJsonAsync($"/api/v1/tech-transfer/rounds/{roundId}/projects/{id}/review", Scores(100.5m)), HttpStatusCode.UnprocessableEntity);
        outOfRange.GetProperty("rule").GetString().ShouldBe("ScoresCompleteAndInRangeRule");

        // Another reviewer sees neither the first one's scores nor any aggregate while the round is open.
        var second = await app.SignedInAsync(reviewers.First(r => r.Org != sichuan && r.Id != first.Id).Email);
        var view = await (await second.GetAsync($"/api/v1/tech-transfer/rounds/{roundId}")).ReadJsonAsync();
        view.GetProperty("entries")[0].GetProperty("score").ValueKind.ShouldBe(System.Text.Json.JsonValueKind.Null);
        var own = await (await second.GetAsync($"/api/v1/tech-transfer/rounds/{roundId}/my-reviews")).ReadJsonAsync();
        own.GetProperty("sheets")[0].GetProperty("myTotal").ValueKind.ShouldBe(System.Text.Json.JsonValueKind.Null);
        (await (await firstClient.GetAsync($"/api/v1/tech-transfer/rounds/{roundId}/my-reviews")).ReadJsonAsync()).GetProperty("sheets")[0].GetProperty("myTotal").GetDecimal().ShouldBe(77m);

        // Deciding early is refused while reviews are missing and the deadline has not passed; nothing changes.
        var early = await ProblemAsync(await op.PostJsonAsync($"/api/v1/tech-transfer/rounds/{roundId}/projects/{id}/decision", new { decision = "Selected" }), HttpStatusCode.UnprocessableEntity);
        early.GetProperty("rule").GetString().ShouldBe("DecideAfterReviewsRule");
        (await (await op.GetAsync($"/api/v1/tech-transfer/projects/{id}")).ReadJsonAsync()).GetProperty("stage").GetString().ShouldBe("Screening");
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Two_operators_moving_the_same_project_at_once_cannot_both_win(Db db)
    {
        var app = await apps.GetAsync(db);
        var op = await app.SignedInAsync("operator@zigong.demo");
        var admin = await app.SignedInAsync("admin@zigong.demo");
        var tag = Guid.NewGuid().ToString("N")[..6];
        var project = await ProjectAsync(op, $"并发{tag}", await AchievementAsync(op, $"并发成果{tag}", await OrganisationAsync(op, "重庆大学")), await OrganisationAsync(op, "重庆大学"));
        var id = project.GetProperty("id").GetGuid();
        var version = project.GetProperty("version").GetInt32();

        var moves = await Task.WhenAll(
            op.PostJsonAsync($"/api/v1/tech-transfer/projects/{id}/move", new { to = "Screening", expectedVersion = version }),
            admin.PostJsonAsync($"/api/v1/tech-transfer/projects/{id}/move", new { to = "Terminated", reason = "撤回申报", expectedVersion = version }));
        moves.Count(m => m.StatusCode == HttpStatusCode.OK).ShouldBe(1);
        moves.Count(m => m.StatusCode == HttpStatusCode.Conflict).ShouldBe(1);
        var timeline = await (await op.GetAsync($"/api/v1/tech-transfer/projects/{id}/timeline")).ReadJsonAsync();
        timeline.EnumerateArray().Count(e => e.GetProperty("kind").GetString() == "StageChanged").ShouldBe(1);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Enterprises_and_institutes_see_only_their_own_projects(Db db)
    {
        var app = await apps.GetAsync(db);
        var viewer = await app.SignedInAsync("viewer@zigong.demo");
        var all = await (await viewer.GetAsync("/api/v1/tech-transfer/projects?size=200")).ReadJsonAsync();
        all.GetProperty("total").GetInt32().ShouldBeGreaterThan(60);

        var institute = await app.SignedInAsync("institute@zigong.demo");
        var own = await (await institute.GetAsync("/api/v1/tech-transfer/projects?size=200")).ReadJsonAsync();
        own.GetProperty("total").GetInt32().ShouldBeGreaterThan(0);
        own.GetProperty("total").GetInt32().ShouldBeLessThan(all.GetProperty("total").GetInt32());
        var ownIds = own.GetProperty("items").EnumerateArray().Select(p => p.GetProperty("id").GetGuid()).ToHashSet();
        var other = all.GetProperty("items").EnumerateArray().Select(p => p.GetProperty("id").GetGuid()).First(i => !ownIds.Contains(i));

        (await institute.GetAsync($"/api/v1/tech-transfer/projects/{other}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await institute.GetAsync($"/api/v1/tech-transfer/projects/{other}/timeline")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await institute.PutJsonAsync($"/api/v1/tech-transfer/projects/{other}/pilot-plan", new { objectives = "x", facility = "BaseA", budget = 1m })).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await institute.GetAsync("/api/v1/tech-transfer/analytics")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await institute.GetAsync("/api/v1/tech-transfer/rounds")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);

        var enterprise = await app.SignedInAsync("enterprise@zigong.demo");
        var theirs = await (await enterprise.GetAsync("/api/v1/tech-transfer/projects?size=200")).ReadJsonAsync();
        theirs.GetProperty("items").EnumerateArray().Select(p => p.GetProperty("id").GetGuid()).ShouldAllBe(i => !ownIds.Contains(i));
        (await enterprise.GetAsync($"/api/v1/tech-transfer/projects/{ownIds.First()}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Bad_patent_numbers_are_refused_by_field_and_nothing_is_saved(Db db)
    {
        var app = await apps.GetAsync(db);
        var institute = await app.SignedInAsync("institute@zigong.demo");
        var title = $"坏专利{Guid.NewGuid():N}";
        var response = await institute.PostJsonAsync("/api/v1/tech-transfer/achievements", new { title, kind = "InventionPatent", readiness = 10, industry = "NewEnergy", patents = new[] { "ZL200310102344.6" } });
        var problem = await ProblemAsync(response, HttpStatusCode.BadRequest);
        problem.GetProperty("errors").GetProperty("patents")[0].GetString()!.ShouldContain("校验位");
        problem.GetProperty("errors").GetProperty("readiness")[0].GetString()!.ShouldContain("1 到 9");
        var list = await (await institute.GetAsync($"/api/v1/tech-transfer/achievements?search={title}")).ReadJsonAsync();
        list.GetProperty("total").GetInt32().ShouldBe(0);
    }
}

public sealed class DeadlineTests
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_score_after_the_deadline_is_refused_and_the_operator_may_then_decide(Db db)
    {
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        await using var app = await GaoxinApp.StartAsync(db, services: s => s.AddSingleton<TimeProvider>(clock));
        var op = await app.SignedInAsync("operator@zigong.demo");
        var tag = Guid.NewGuid().ToString("N")[..6];
        var org = await OrganisationAsync(op, "西南交通大学");
        var id = (await ProjectAsync(op, $"截止{tag}", await AchievementAsync(op, $"截止成果{tag}", org), org)).GetProperty("id").GetGuid();
        var reviewers = await ReviewersAsync(op);
        var round = await OpenRoundAsync(op, $"截止测试{tag}", reviewers.Select(r => r.Id), [id], clock.GetUtcNow().AddHours(2));
        var roundId = round.GetProperty("id").GetGuid();
        var scorer = await app.SignedInAsync(reviewers.First(r => r.Org != org).Email);
        (await scorer.PutJsonAsync($"/api/v1/tech-transfer/rounds/{roundId}/projects/{id}/review", Scores(70))).StatusCode.ShouldBe(HttpStatusCode.OK);

        clock.Advance(TimeSpan.FromHours(2) + TimeSpan.FromSeconds(1));
        var late = await ProblemAsync(await scorer.PutJsonAsync($"/api/v1/tech-transfer/rounds/{roundId}/projects/{id}/review", Scores(90)), HttpStatusCode.UnprocessableEntity);
        late.GetProperty("rule").GetString().ShouldBe("BeforeDeadlineRule");

        // With the deadline passed, the one review counts; a C grade is selected only with a reason.
        (await ProblemAsync(await op.PostJsonAsync($"/api/v1/tech-transfer/rounds/{roundId}/projects/{id}/decision", new { decision = "Rejected" }), HttpStatusCode.UnprocessableEntity))
            .GetProperty("rule").GetString().ShouldBe("DecisionReasonRule");
        var decided = await (await op.PostJsonAsync($"/api/v1/tech-transfer/rounds/{roundId}/projects/{id}/decision", new { decision = "Rejected", reason = "市场需求论证不足" })).ReadJsonAsync();
        decided.GetProperty("entries")[0].GetProperty("score").GetDecimal().ShouldBe(70m);
        decided.GetProperty("entries")[0].GetProperty("grade").GetString().ShouldBe("C");
        (await (await op.GetAsync($"/api/v1/tech-transfer/projects/{id}")).ReadJsonAsync()).GetProperty("stage").GetString().ShouldBe("Rejected");
    }
}

public sealed class AnalyticsTests
{
    /// <summary>A fixed zone date (2026-12-01 10:00 in the zone) so the 24-month window puts every project on a known side.</summary>
    private static readonly DateTimeOffset AsOf = new(2026, 12, 1, 2, 0, 0, TimeSpan.Zero);

    /// <summary>
    /// The expected figures are worked out by hand from the cohort table of TechTransferDemoSeeder, not recomputed by the
    /// module's code. Specs are laid out in table order, so index i runs: 0–2 2023 rejected, 3–8 2023 direct success,
    /// 9–21 2023 direct fail, 22–23 2024 rejected, 24–25 2024 direct success, 26–30 2024 direct fail, 31–38 2024 pilot
    /// success, 39–40 2024 pilot fail, 41 2024 pilot in progress, 42–43 2025 rejected, 44 2025 selected, 45–49 2025 pilot
    /// success, 50 2025 pilot fail, 51–56 2025 pilot in progress, 57 2026 proposed, 58–60 2026 screening, 61 2026 selected,
    /// 62–64 2026 pilot in progress: 22 + 20 + 15 + 8 = 65 projects.
    /// Dates: a project enters on Jan 10 of its year + (index in year × 13 mod 300) days; screening +20, decision +40,
    /// pilot +35, pilot end +270 (so pilot end = entry + 365 days); a direct project starts industry at entry + 90 days.
    /// </summary>
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task The_demo_relay_reproduces_the_cohort_table_of_the_report(Db db)
    {
        await using var app = await GaoxinApp.StartAsync(db, services: s => s.AddSingleton<TimeProvider>(new FakeTimeProvider(AsOf)));
        var viewer = await app.SignedInAsync("viewer@zigong.demo");
        var report = await (await viewer.GetAsync("/api/v1/tech-transfer/analytics?by=Pilot")).ReadJsonAsync();
        report.GetProperty("asOf").GetString().ShouldBe("2026-12-01");

        // Window 24 months: industrial starts before 2024-12-01 have had their whole window.
        // Without the pilot (Direct rows): successes 6 (2023) + 2 (2024) = 8; failures 13 + 5 = 18 — the even-index ones
        // are terminated, the odd ones started industry by 2024-07-22 at the latest (i = 30: 2024-04-23 + 90 days), before
        // the cutoff, so their window closed without success. 8 / 26 = 0.3077: the report's "about 30%".
        var without = report.GetProperty("withoutPilot");
        without.GetProperty("successes").GetInt32().ShouldBe(8);
        without.GetProperty("decided").GetInt32().ShouldBe(26);
        without.GetProperty("rate").GetDecimal().ShouldBe(0.3077m);

        // Through the pilot base: successes 8 (2024) + 5 (2025) = 13; failures 2 + 1 = 3, all terminated (i = 39 during
        // the pilot, i = 40 and 50 twenty months into industry). 13 / 16 = 0.8125: the report's "about 80%".
        var with = report.GetProperty("withPilot");
        with.GetProperty("successes").GetInt32().ShouldBe(13);
        with.GetProperty("decided").GetInt32().ShouldBe(16);
        with.GetProperty("rate").GetDecimal().ShouldBe(0.8125m);
        with.GetProperty("low").GetDecimal().ShouldBeLessThan(0.8125m);

        // The cohort is the projects with an accepted run at the pilot base (the base's demo seeds one behind each Pilot row
        // piloted in zone A), not the pilot stage's flag: i = 62 and 64 are piloted in zone B, still being built, so they
        // are flagged without runs and left out (both in progress, so the rate is unchanged). 24 projects with runs; all
        // 13 successes rest on them.
        var evidence = report.GetProperty("evidence");
        evidence.GetProperty("projectsWithRuns").GetInt32().ShouldBe(24);
        evidence.GetProperty("acceptedRuns").GetInt32().ShouldBe(24);
        (evidence.GetProperty("successesOnRuns").GetInt32(), evidence.GetProperty("pilotSuccesses").GetInt32()).ShouldBe((13, 13));
        (evidence.GetProperty("flaggedWithoutRuns").GetInt32(), evidence.GetProperty("flaggedWithoutRunsSucceeded").GetInt32()).ShouldBe((2, 0));

        // In progress: the 1 + 6 + 3 pilot projects marked InProgress. Four of them entered industry (odd i with pilot end
        // by 2026-06-30: i = 41 on 2025-09-13, 51 on 2026-05-07, 53 on 2026-06-02, 55 on 2026-06-28), all after the
        // cutoff, so their window is still open; the other six are still in the pilot. None counts as a failure.
        report.GetProperty("inProgress").GetInt32().ShouldBe(10);

        // Funnel: 65 proposed; 64 screened (all but the 2026 proposal); 54 selected (less 3 in screening and 2+3+2 = 7
        // rejected); 26 piloted (every Pilot row: 8+2+1+5+1+6+3); 45 in industry (26 direct + 13 pilot successes + 2 pilot
        // failures that reached industry + the 4 above); 21 industrialized (8 + 13 successes).
        report.GetProperty("funnel").EnumerateArray().Select(f => f.GetProperty("count").GetInt32()).ShouldBe([65, 64, 54, 26, 45, 21]);

        // Every success is a conversion in the year it was reached. Direct: industry at entry + 90 days, success
        // 12 + (i mod 9) months later — i = 3..6 in 2024 (2024-08-19 … 2024-12-27), i = 7, 8 in 2025 (02-10, 03-23), and
        // the 2024 pair i = 24, 25 in 2025 (11-05, 12-18). Pilot: success 2 + (i mod 3) months after pilot end — the
        // 2024 cohort (pilot end 2025-05 … 2025-08) all in 2025, the 2025 cohort (pilot end 2026-02 … 2026-04) in 2026.
        // So 2024: 4, 2025: 2 + 2 + 8 = 12, 2026: 5.
        var years = report.GetProperty("years").EnumerateArray().ToList();
        years.Where(y => y.GetProperty("conversions").GetInt32() > 0)
            .ToDictionary(y => y.GetProperty("year").GetInt32(), y => y.GetProperty("conversions").GetInt32())
            .ShouldBe(new Dictionary<int, int> { [2024] = 4, [2025] = 12, [2026] = 5 });

        // The seeder scales the output weights to exactly 2 billion CNY, one report per project and year.
        years.Sum(y => y.GetProperty("newOutput").GetDecimal()).ShouldBe(2_000_000_000m);

        // Leads are Partners[(i × 5) mod 12]; 5 and 12 are coprime, so all twelve partners lead some project.
        var partners = await app.InScopeAsync(ctx => ctx.Set<Project>().Select(p => p.LeadOrganisationId).Distinct().CountAsync());
        partners.ShouldBe(12);
    }
}

public sealed class ContractTests(SharedApps apps)
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task The_fund_sees_projects_grades_and_milestones_through_the_relay_contract(Db db)
    {
        var app = await apps.GetAsync(db);
        await using var scope = app.Services.CreateAsyncScope();
        var relay = scope.ServiceProvider.GetRequiredService<IRelayProjects>();
        var zone = await app.InScopeAsync(ctx => ctx.Zones.Select(z => z.Id.Value).SingleAsync());
        var institute = await app.InScopeAsync(ctx => ctx.Organisations.Where(o => o.Name == "四川轻化工大学").Select(o => o.Id).SingleAsync());

        var all = await relay.ListAsync(zone, null, CancellationToken.None);
        all.Count.ShouldBeGreaterThan(60);
        var own = await relay.ListAsync(zone, institute, CancellationToken.None);
        own.ShouldNotBeEmpty();
        own.ShouldAllBe(p => p.LeadOrganisationId == institute || p.CompanyOrganisationId == institute);
        own.Count.ShouldBeLessThan(all.Count);

        var graded = all.First(p => p.Grade == "C" && p.PilotBudget != null);
        var found = await relay.FindAsync(zone, graded.Id, CancellationToken.None);
        found.ShouldBe(graded);
        (await relay.FindAsync(Guid.NewGuid(), graded.Id, CancellationToken.None)).ShouldBeNull("another zone's id finds nothing");

        var piloted = all.First(p => p.Stage == RelayStage.Industrialized && p.PilotBudget != null);
        var milestones = await relay.MilestonesAsync(zone, piloted.Id, CancellationToken.None);
        milestones.ShouldContain(m => m.Plan == PlanKind.Pilot && m.State == MilestoneState.Accepted && m.AcceptedOn != null);
        milestones.ShouldContain(m => m.Plan == PlanKind.Industrialization);

        var plain = all.First(p => p.Stage == RelayStage.Proposed);
        var both = (await relay.FindWithMilestonesAsync(zone, piloted.Id, CancellationToken.None)).ShouldNotBeNull();
        both.Project.ShouldBe(piloted);
        both.Milestones.ShouldBe(milestones, "the same milestones in the same plan order as read alone");
        var bare = (await relay.FindWithMilestonesAsync(zone, plain.Id, CancellationToken.None)).ShouldNotBeNull();
        bare.Project.ShouldBe(plain);
        bare.Milestones.ShouldBeEmpty("a project without a plan has no milestones");
        (await relay.FindWithMilestonesAsync(zone, Guid.NewGuid(), CancellationToken.None)).ShouldBeNull("an id of no project finds nothing");
        (await relay.FindWithMilestonesAsync(Guid.NewGuid(), piloted.Id, CancellationToken.None)).ShouldBeNull("another zone's id finds nothing");
    }
}
