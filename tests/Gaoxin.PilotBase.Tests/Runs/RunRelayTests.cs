using System.Net;
using System.Text.Json;
using Gaoxin.PilotBase.Facilities;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Gaoxin.PilotBase.Tests.Runs;

/// <summary>A run at the base feeding the relay over HTTP: the milestone it satisfies and the with-pilot cohort it puts the project in.</summary>
public sealed class RunRelayTests
{
    /// <summary>The demo's fixed day (as the relay's analytics tests use): every demo run is seeded, zone B's projects have none.</summary>
    internal static readonly DateTimeOffset AsOf = new(2026, 12, 1, 2, 0, 0, TimeSpan.Zero);

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task An_accepted_passing_run_satisfies_the_relay_milestone_and_puts_a_flagged_project_in_the_with_pilot_cohort_a_returned_one_does_not(Db db)
    {
        await using var app = await GaoxinApp.StartAsync(db, services: s => s.AddSingleton<TimeProvider>(new FakeTimeProvider(AsOf)));
        var op = await app.SignedInAsync("operator@zigong.demo");

        // The demo's cohort rests on runs: 13 of 16 decided with-pilot projects succeed, every success on recorded runs;
        // the two projects piloted in zone B (being built) are flagged without runs and left out.
        var before = await AnalyticsAsync(op);
        var evidence = before.GetProperty("evidence");
        (evidence.GetProperty("successesOnRuns").GetInt32(), evidence.GetProperty("pilotSuccesses").GetInt32()).ShouldBe((13, 13));
        evidence.GetProperty("flaggedWithoutRuns").GetInt32().ShouldBe(2);
        before.GetProperty("withPilot").GetProperty("rate").GetDecimal().ShouldBe(0.8125m);
        var pilotCohort = PilotRow(before).GetProperty("projects").GetInt32();

        // A project flagged as piloted (its pilot stage began) but with no run: not in the cohort.
        var flagged = (await (await op.GetAsync("/api/v1/tech-transfer/projects?stage=PilotIncubation&size=200")).ReadJsonAsync()).GetProperty("items").EnumerateArray()
            .First(p => !p.GetProperty("withPilot").GetBoolean());
        var projectId = flagged.GetProperty("id").GetGuid();
        var option = (await (await op.GetAsync("/api/v1/pilot-base/runs/projects")).ReadJsonAsync()).EnumerateArray().Single(p => p.GetProperty("id").GetGuid() == projectId);
        var milestone = option.GetProperty("milestones").EnumerateArray().First(m => m.GetProperty("state").GetString() == "Open").GetProperty("id").GetGuid();
        var line = await app.InScopeAsync(ctx => ctx.Set<Resource>().Where(r => r.Code == "A-PL-01").Select(r => r.Id).SingleAsync());

        // A run returned with its reason never reaches the relay.
        var returned = await RecordAsync(op, projectId, milestone, line, "RET-01");
        var refused = await (await op.PostJsonAsync($"/api/v1/pilot-base/runs/{returned}/return", new { note = " " })).ReadJsonAsync();
        refused.GetProperty("rule").GetString().ShouldBe("ReturnNeedsReasonRule");
        (await op.PostJsonAsync($"/api/v1/pilot-base/runs/{returned}/return", new { note = "缺少第三方检测报告" })).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await (await op.PostJsonAsync($"/api/v1/pilot-base/runs/{returned}/accept", new { })).ReadJsonAsync()).GetProperty("rule").GetString().ShouldBe("OnlyRecordedRunsAreDecidedRule");
        var afterReturn = await AnalyticsAsync(op);
        afterReturn.GetProperty("evidence").GetProperty("flaggedWithoutRuns").GetInt32().ShouldBe(2);
        PilotRow(afterReturn).GetProperty("projects").GetInt32().ShouldBe(pilotCohort);
        (await ProjectAsync(op, projectId)).GetProperty("baseRunsAccepted").GetInt32().ShouldBe(0);

        // Recorded and accepted: the project's pilot milestone is accepted with the batch as its evidence, by this operator.
        var run = await RecordAsync(op, projectId, milestone, line, "E2E-01");
        var accepted = await (await op.PostJsonAsync($"/api/v1/pilot-base/runs/{run}/accept", new { note = "数据核对无误" })).ReadJsonAsync();
        accepted.GetProperty("status").GetString().ShouldBe("Accepted");
        var project = await ProjectAsync(op, projectId);
        var m = project.GetProperty("milestones").EnumerateArray().Single(x => x.GetProperty("id").GetGuid() == milestone);
        m.GetProperty("state").GetString().ShouldBe("Accepted");
        m.GetProperty("acceptedOn").GetString().ShouldBe("2026-12-01");
        m.GetProperty("evidence").GetString()!.ShouldContain("E2E-01");
        m.GetProperty("evidence").GetString()!.ShouldContain("首次库伦效率 92%（目标 85–92，达标）");
        project.GetProperty("baseRunsAccepted").GetInt32().ShouldBe(1);
        project.GetProperty("firstBaseRunOn").GetString().ShouldBe("2026-11-01");
        var timeline = (await (await op.GetAsync($"/api/v1/tech-transfer/projects/{projectId}/timeline")).ReadJsonAsync()).EnumerateArray().ToList();
        timeline.ShouldContain(e => e.GetProperty("kind").GetString() == "MilestoneAccepted" && e.GetProperty("text").GetString()!.Contains("E2E-01"));
        timeline.ShouldContain(e => e.GetProperty("kind").GetString() == "BaseRunAccepted");

        // …and counts in the with-pilot cohort; the legacy flag's figure loses it.
        var after = await AnalyticsAsync(op);
        after.GetProperty("evidence").GetProperty("flaggedWithoutRuns").GetInt32().ShouldBe(1);
        PilotRow(after).GetProperty("projects").GetInt32().ShouldBe(pilotCohort + 1);
        (await (await op.GetAsync($"/api/v1/tech-transfer/projects?search={flagged.GetProperty("code").GetString()}")).ReadJsonAsync())
            .GetProperty("items")[0].GetProperty("withPilot").GetBoolean().ShouldBeTrue();

        // The milestone is final: a second passing run leaves it as it is.
        var second = await RecordAsync(op, projectId, milestone, line, "E2E-02");
        (await op.PostJsonAsync($"/api/v1/pilot-base/runs/{second}/accept", new { })).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await ProjectAsync(op, projectId)).GetProperty("baseRunsAccepted").GetInt32().ShouldBe(2);
    }

    internal static async Task<Guid> RecordAsync(HttpClient op, Guid projectId, Guid? milestone, Guid resource, string batch, decimal actual = 92m, string outcome = "Passed")
    {
        var response = await op.PostJsonAsync("/api/v1/pilot-base/runs", new
        {
            projectId, milestoneId = milestone, batchCode = batch, startedOn = "2026-11-01", endedOn = "2026-11-20", inputs = "正极材料 40 kg", yieldPercent = 95.5m,
            outcome, summary = "工艺稳定", resourceIds = new[] { resource },
            measurements = new[] { new { name = "首次库伦效率", unit = "%", targetMin = (decimal?)85m, targetMax = (decimal?)92m, actual } },
        });
        response.StatusCode.ShouldBe(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return (await response.ReadJsonAsync()).GetProperty("id").GetGuid();
    }

    private static async Task<JsonElement> AnalyticsAsync(HttpClient client) => await (await client.GetAsync("/api/v1/tech-transfer/analytics?by=Pilot")).ReadJsonAsync();

    private static JsonElement PilotRow(JsonElement report) => report.GetProperty("cohorts").EnumerateArray().Single(c => c.GetProperty("key").GetString() == "pilot");

    private static async Task<JsonElement> ProjectAsync(HttpClient client, Guid id) => await (await client.GetAsync($"/api/v1/tech-transfer/projects/{id}")).ReadJsonAsync();
}
