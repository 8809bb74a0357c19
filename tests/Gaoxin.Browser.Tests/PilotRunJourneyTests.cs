using Microsoft.Playwright;

namespace Gaoxin.Browser.Tests;

/// <summary>The base's operator records a run for a relay project in the UI and accepts it; the relay project's milestone is accepted.</summary>
public sealed class PilotRunJourneyTests
{
    [Fact]
    public async Task The_operator_records_a_run_for_a_relay_project_accepts_it_and_the_project_shows_its_pilot_milestone_accepted()
    {
        await using var browser = await Browser.LaunchAsync();
        await using var app = await GaoxinApp.StartAsync(Db.Sqlite, kestrel: true);
        var op = await browser.NewPageAsync(app.ServerAddress!);
        await Browser.SignInAsync(op, "operator@zigong.demo");

        // A demo project in its pilot with no run at the base yet (piloted in zone B), and its open pilot milestone.
        var projects = (await (await op.APIRequest.GetAsync("/api/v1/tech-transfer/projects?stage=PilotIncubation&size=200")).JsonAsync())!.Value;
        var project = projects.GetProperty("items").EnumerateArray().First(p => !p.GetProperty("withPilot").GetBoolean());
        var projectId = project.GetProperty("id").GetGuid();
        var (code, title) = (project.GetProperty("code").GetString()!, project.GetProperty("title").GetString()!);
        var options = (await (await op.APIRequest.GetAsync("/api/v1/pilot-base/runs/projects")).JsonAsync())!.Value;
        var milestone = options.EnumerateArray().Single(p => p.GetProperty("id").GetGuid() == projectId).GetProperty("milestones").EnumerateArray()
            .First(m => m.GetProperty("state").GetString() == "Open").GetProperty("title").GetString()!;

        await op.GotoAsync("/pilot-base/runs");
        await Browser.WaitForCircuitAsync(op);
        await op.Locator("#runs").WaitForAsync();
        await op.ClickAsync("#run-new");
        await op.WaitForURLAsync("**/pilot-base/runs/new");
        await Browser.WaitForCircuitAsync(op);

        await op.Locator(".mud-select").Filter(new() { HasText = "接力项目" }).First.ClickAsync();
        await op.Locator(".mud-popover-open").GetByText($"{code} {title}").ClickAsync();
        await op.Locator(".mud-select").Filter(new() { HasText = "对应中试里程碑" }).First.ClickAsync();
        await op.Locator(".mud-popover-open").GetByText(milestone, new() { Exact = false }).ClickAsync();
        await op.FillAsync("#run-batch", "UI-JOURNEY-01");
        var today = DateTime.UtcNow.AddHours(8).Date;
        await op.FillAsync("#run-started", today.AddDays(-10).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        await op.FillAsync("#run-ended", today.AddDays(-1).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        await op.FillAsync("#run-inputs", "正极材料 40 kg");
        await op.FillAsync("#run-yield", "96");
        await op.FillAsync("#run-summary", "第三方检测全部合格");
        await op.Locator("#run-resources").GetByText("A-PL-01 钠离子电芯中试线").ClickAsync();
        await op.ClickAsync("#run-add-measurement");
        await op.FillAsync("#m-name-0", "首次库伦效率");
        await op.FillAsync("#m-unit-0", "%");
        await op.FillAsync("#m-min-0", "85");
        await op.FillAsync("#m-max-0", "92");
        await op.FillAsync("#m-actual-0", "92");
        await op.ClickAsync("#run-save");
        await op.WaitForURLAsync(url => url.Contains("/pilot-base/runs/", StringComparison.Ordinal) && !url.EndsWith("/new", StringComparison.Ordinal));
        await Browser.WaitForCircuitAsync(op);
        await op.Locator("#run-status").GetByText("待确认").WaitForAsync();
        (await op.Locator("#run-measurements").InnerTextAsync()).ShouldContain("达标");
        await op.FillAsync("#run-note", "报告齐全");
        await op.ClickAsync("#run-accept");
        await op.Locator("#run-status").GetByText("已确认").WaitForAsync();
        await Browser.ScreenshotAsync(op, "pilot-run.png");

        await op.GotoAsync($"/tech-transfer/projects/{projectId}");
        await Browser.WaitForCircuitAsync(op);
        await op.GetByRole(AriaRole.Tab, new() { Name = "方案与里程碑" }).ClickAsync();
        var row = op.Locator("#milestones tr").Filter(new() { HasText = milestone });
        await row.GetByText("已验收", new() { Exact = false }).WaitForAsync();
        (await op.Locator("#base-runs").InnerTextAsync()).ShouldContain("1 批次");
        await Browser.ScreenshotAsync(op, "pilot-run-milestone.png");

        // The analytics page: the with-pilot successes rest on recorded runs; one zone-B project is still flagged without a run.
        await op.GotoAsync("/tech-transfer/analytics");
        await Browser.WaitForCircuitAsync(op);
        await op.Locator("#pilot-evidence").GetByText("13 个项目中，13 个有基地运行记录", new() { Exact = false }).WaitForAsync();
        (await op.Locator("#flagged-without-runs").InnerTextAsync()).ShouldContain("标记中试但基地无运行记录：1 个项目");
    }
}
