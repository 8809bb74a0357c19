using System.Net;
using static Gaoxin.TechTransfer.Tests.RelayApi;

namespace Gaoxin.TechTransfer.Tests;

/// <summary>
/// The home page's relay to-dos: a reviewer's projects left to score in each open round (a project they are conflicted on
/// is not theirs to score), and the operators' milestones whose evidence waits for acceptance.
/// </summary>
public sealed class HomeToDoTests(SharedApps apps) : IClassFixture<SharedApps>
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_reviewers_to_score_count_leaves_out_conflicts_and_falls_with_each_score(Db db)
    {
        var app = await apps.GetAsync(db);
        var op = await app.SignedInAsync("operator@zigong.demo");
        var tag = Guid.NewGuid().ToString("N")[..6];
        var sichuan = await OrganisationAsync(op, "四川大学");
        var conflictedProject = (await ProjectAsync(op, $"待评分A{tag}", await AchievementAsync(op, $"待评分成果A{tag}", sichuan), sichuan)).GetProperty("id").GetGuid();
        var qinggong = await OrganisationAsync(op, "四川轻化工大学");
        var other = (await ProjectAsync(op, $"待评分B{tag}", await AchievementAsync(op, $"待评分成果B{tag}", qinggong), qinggong)).GetProperty("id").GetGuid();
        var reviewers = await ReviewersAsync(op);
        var roundTitle = $"待办轮次{tag}";
        await OpenRoundAsync(op, roundTitle, reviewers.Select(r => r.Id), [conflictedProject, other], DateTimeOffset.UtcNow.AddDays(3));
        var line = $"待评分：{roundTitle}";

        // A reviewer of Sichuan University is conflicted on its project: one to score. Another has both.
        var conflicted = await app.SignedInAsync(reviewers.Single(r => r.Org == sichuan).Email);
        (await HomeToDos.CountAsync(conflicted, line)).ShouldBe(1);
        var scorer = await app.SignedInAsync(reviewers.First(r => r.Org != sichuan && r.Org != qinggong).Email);
        (await HomeToDos.CountAsync(scorer, line)).ShouldBe(2);

        var round = (await (await op.GetAsync("/api/v1/tech-transfer/rounds")).ReadJsonAsync()).EnumerateArray()
            .First(r => r.GetProperty("title").GetString() == roundTitle).GetProperty("id").GetGuid();
        (await scorer.PutJsonAsync($"/api/v1/tech-transfer/rounds/{round}/projects/{conflictedProject}/review", Scores(80))).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await HomeToDos.CountAsync(scorer, line)).ShouldBe(1);
        (await scorer.PutJsonAsync($"/api/v1/tech-transfer/rounds/{round}/projects/{other}/review", Scores(80))).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await HomeToDos.ReadAsync(scorer)).ShouldNotContain(l => l.Title == line);

        // Scoring is the reviewers' work only: the operator's home page has no such line.
        (await HomeToDos.ReadAsync(op)).ShouldNotContain(l => l.Title == line);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_milestone_with_evidence_waits_on_the_operators_home_page_until_it_is_decided(Db db)
    {
        var app = await apps.GetAsync(db);
        var op = await app.SignedInAsync("operator@zigong.demo");
        var tag = Guid.NewGuid().ToString("N")[..6];
        var title = $"待验收项目{tag}";
        var qinggong = await OrganisationAsync(op, "四川轻化工大学");
        var id = (await ProjectAsync(op, title, await AchievementAsync(op, $"待验收成果{tag}", qinggong), qinggong)).GetProperty("id").GetGuid();
        var added = await (await op.PostJsonAsync($"/api/v1/tech-transfer/projects/{id}/milestones", new { plan = "Pilot", title = "中试线调试", due = "2027-03-01", acceptanceCriteria = "检测报告" })).ReadJsonAsync();
        var milestone = added.GetProperty("milestones").EnumerateArray().Single().GetProperty("id").GetGuid();
        var line = $"待验收里程碑：{title}";

        // Open, it is the owner's work, not the operator's.
        (await HomeToDos.CountAsync(op, line)).ShouldBe(0);
        (await op.PostJsonAsync($"/api/v1/tech-transfer/projects/{id}/milestones/{milestone}/evidence", new { evidence = "检测报告编号 2027-001" })).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await HomeToDos.CountAsync(op, line)).ShouldBe(1);
        (await HomeToDos.CountAsync(await app.SignedInAsync("admin@zigong.demo"), line)).ShouldBe(1);
        (await HomeToDos.ReadAsync(await app.SignedInAsync("reviewer@zigong.demo"))).ShouldNotContain(l => l.Title == line);

        (await op.PostJsonAsync($"/api/v1/tech-transfer/projects/{id}/milestones/{milestone}/decision", new { accept = false, note = "报告缺少签章" })).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await HomeToDos.CountAsync(op, line)).ShouldBe(0);
    }
}
