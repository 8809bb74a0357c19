using System.Net;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using static Gaoxin.TechTransfer.Tests.RelayApi;

namespace Gaoxin.TechTransfer.Tests;

public sealed class SuccessTests
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_project_is_in_progress_inside_its_window_failed_after_it_and_judged_again_when_the_definition_changes(Db db)
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2027, 1, 10, 2, 0, 0, TimeSpan.Zero));
        await using var app = await GaoxinApp.StartAsync(db, services: s => s.AddSingleton<TimeProvider>(clock));
        var op = await app.SignedInAsync("operator@zigong.demo");
        var org = await OrganisationAsync(op, "西南石油大学");
        var id = (await ProjectAsync(op, "成功判定测试", await AchievementAsync(op, "成功判定成果", org), org)).GetProperty("id").GetGuid();
        var reviewers = await ReviewersAsync(op);
        var roundId = (await OpenRoundAsync(op, "成功判定轮次", reviewers.Select(r => r.Id), [id], clock.GetUtcNow().AddDays(1))).GetProperty("id").GetGuid();
        clock.Advance(TimeSpan.FromDays(2));
        op = await app.SignedInAsync("operator@zigong.demo"); // sessions expire with the clock
        (await op.PostJsonAsync($"/api/v1/tech-transfer/rounds/{roundId}/projects/{id}/decision", new { decision = "Selected", reason = "仅一份以下评分，按截止后规则决定" }))
            .StatusCode.ShouldBe(HttpStatusCode.UnprocessableEntity, "no review at all cannot be decided");
        var late = await app.SignedInAsync(reviewers[0].Email);
        (await late.PutJsonAsync($"/api/v1/tech-transfer/rounds/{roundId}/projects/{id}/review", Scores(90))).StatusCode.ShouldBe(HttpStatusCode.UnprocessableEntity);

        // A second round with a later deadline: one review, then the deadline passes and the operator decides.
        var op2 = await app.SignedInAsync("admin@zigong.demo");
        var second = await ProjectAsync(op2, "成功判定测试二", await AchievementAsync(op2, "成功判定成果二", org), org);
        var sid = second.GetProperty("id").GetGuid();
        var round2 = (await OpenRoundAsync(op, "成功判定轮次二", reviewers.Select(r => r.Id), [sid], clock.GetUtcNow().AddDays(1))).GetProperty("id").GetGuid();
        (await late.PutJsonAsync($"/api/v1/tech-transfer/rounds/{round2}/projects/{sid}/review", Scores(90))).StatusCode.ShouldBe(HttpStatusCode.OK);
        clock.Advance(TimeSpan.FromDays(2));
        op = await app.SignedInAsync("operator@zigong.demo");
        (await op.PostJsonAsync($"/api/v1/tech-transfer/rounds/{round2}/projects/{sid}/decision", new { decision = "Selected" })).StatusCode.ShouldBe(HttpStatusCode.OK);

        // Straight to industrial incubation (no pilot): needs the industrialization plan with a milestone.
        (await op.PutJsonAsync($"/api/v1/tech-transfer/projects/{sid}/industrialization-plan", new { company = "自贡判定科技", capacity = "小批量", targetSales = 10_000_000m, targetOutput = 20_000_000m })).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await op.PostJsonAsync($"/api/v1/tech-transfer/projects/{sid}/milestones", new { plan = "Industrialization", title = "首批销售", due = "2028-01-01", acceptanceCriteria = "合同" })).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await op.PostJsonAsync($"/api/v1/tech-transfer/projects/{sid}/move", new { to = "IndustrialIncubation" })).StatusCode.ShouldBe(HttpStatusCode.OK);
        var started = DateOnly.FromDateTime(clock.GetUtcNow().ToOffset(TimeSpan.FromHours(8)).DateTime);

        async Task<JsonElement> Detail() => await (await op.GetAsync($"/api/v1/tech-transfer/projects/{sid}")).ReadJsonAsync();

        clock.Advance(TimeSpan.FromDays(60));
        op = await app.SignedInAsync("operator@zigong.demo");
        (await op.PostJsonAsync($"/api/v1/tech-transfer/projects/{sid}/outcomes", new { reportedOn = started.AddDays(50).ToString("yyyy-MM-dd"), revenueToDate = 1_000_000m, annualOutput = 2_000_000m })).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await Detail()).GetProperty("verdict").GetString().ShouldBe("InProgress");

        // The 24-month window closes without 5 million of sales: failed, honestly, not before.
        clock.Advance(TimeSpan.FromDays(365 * 2));
        op = await app.SignedInAsync("operator@zigong.demo");
        (await Detail()).GetProperty("verdict").GetString().ShouldBe("Failed");
        var today = DateOnly.FromDateTime(clock.GetUtcNow().ToOffset(TimeSpan.FromHours(8)).DateTime);
        (await op.PostJsonAsync($"/api/v1/tech-transfer/projects/{sid}/outcomes", new { reportedOn = today.AddDays(-1).ToString("yyyy-MM-dd"), revenueToDate = 6_000_000m, annualOutput = 9_000_000m })).StatusCode.ShouldBe(HttpStatusCode.OK);
        var afterWindow = await Detail();
        afterWindow.GetProperty("verdict").GetString().ShouldBe("Failed", "sales reached after the window do not count");
        afterWindow.GetProperty("succeededOn").ValueKind.ShouldBe(JsonValueKind.Null);
        (await op.PostJsonAsync($"/api/v1/tech-transfer/projects/{sid}/outcomes", new { reportedOn = today.AddDays(1).ToString("yyyy-MM-dd"), revenueToDate = 1m, annualOutput = 1m })).StatusCode.ShouldBe(HttpStatusCode.BadRequest);

        // The zone widens the window to 36 months: every project is judged again, this one now succeeded in the year it sold.
        var admin = await app.SignedInAsync("admin@zigong.demo");
        (await op.PutJsonAsync("/api/v1/tech-transfer/success-definition", new { revenueThreshold = 5_000_000m, withinMonths = 36, annualConversionTarget = 10, annualOutputTarget = 500_000_000m })).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        var saved = await (await admin.PutJsonAsync("/api/v1/tech-transfer/success-definition", new { revenueThreshold = 5_000_000m, withinMonths = 36, annualConversionTarget = 10, annualOutputTarget = 500_000_000m })).ReadJsonAsync();
        saved.GetProperty("rejudged").GetInt32().ShouldBeGreaterThan(0);
        var rejudged = await Detail();
        rejudged.GetProperty("verdict").GetString().ShouldBe("Succeeded");
        rejudged.GetProperty("succeededOn").GetString().ShouldBe(today.AddDays(-1).ToString("yyyy-MM-dd"));
        var analytics = await (await admin.GetAsync("/api/v1/tech-transfer/analytics")).ReadJsonAsync();
        analytics.GetProperty("withinMonths").GetInt32().ShouldBe(36);
        analytics.GetProperty("years").EnumerateArray().Single(y => y.GetProperty("year").GetInt32() == today.AddDays(-1).Year).GetProperty("conversions").GetInt32().ShouldBeGreaterThan(0);
    }
}
