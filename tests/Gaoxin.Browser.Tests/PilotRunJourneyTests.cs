using Microsoft.Playwright;

namespace Gaoxin.Browser.Tests;

/// <summary>
/// The base as its users meet it: an enterprise finds a service in the public catalogue without signing in, books it, the
/// operator approves the booking, records a run for a relay project and accepts it; the project's pilot milestone is accepted.
/// </summary>
public sealed class PilotRunJourneyTests
{
    [Fact]
    public async Task An_enterprise_books_a_catalogue_service_the_operator_approves_records_a_run_and_the_relay_milestone_is_accepted()
    {
        await using var browser = await Browser.LaunchAsync();
        await using var app = await GaoxinApp.StartAsync(Db.Sqlite, kestrel: true);

        // A firm finds what the base can do without signing in, and books the service after signing in.
        var firm = await browser.NewPageAsync(app.ServerAddress!);
        await firm.GotoAsync("/pilot-base/catalogue");
        (await firm.Locator("#service-S-01").InnerTextAsync()).ShouldContain("钠离子电芯工艺验证");
        await firm.ClickAsync("#book-S-01");
        await firm.WaitForURLAsync("**/account/login**");
        await firm.FillAsync("#email", "enterprise@zigong.demo");
        await firm.FillAsync("#password", Gaoxin.Data.Seeding.DemoData.Password);
        await firm.ClickAsync("#sign-in");
        await firm.WaitForURLAsync("**/pilot-base/bookings/new?service=S-01");
        await Browser.WaitForCircuitAsync(firm);
        var day = DateTime.UtcNow.AddHours(8).Date.AddDays(50).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        foreach (var picker in new[] { "#form-start-day", "#form-end-day" })
        {
            var input = firm.Locator($"{picker} input, input{picker}").First;
            await input.FillAsync(day);
            await input.PressAsync("Tab");
        }

        await firm.FillAsync("#form-purpose", "UI 旅程：钠电工艺验证");
        await firm.Locator("#form-free").WaitForAsync();
        await firm.ClickAsync("#form-submit");
        await firm.WaitForURLAsync("**/pilot-base/bookings");
        await Browser.WaitForCircuitAsync(firm);
        await firm.Locator("#bookings tr").Filter(new() { HasText = "UI 旅程" }).First.GetByText("待审批").WaitForAsync();
        await Browser.ScreenshotAsync(firm, "pilot-booking.png");

        // The operator approves each resource's booking from the queue.
        var op = await browser.NewPageAsync(app.ServerAddress!);
        await Browser.SignInAsync(op, "operator@zigong.demo");
        await op.GotoAsync("/pilot-base/bookings");
        await Browser.WaitForCircuitAsync(op);
        await op.ClickAsync("#queue");
        var pending = op.Locator("#bookings tr").Filter(new() { HasText = "UI 旅程" }).Filter(new() { HasText = "待审批" });
        await pending.First.WaitForAsync();
        var count = await pending.CountAsync();
        count.ShouldBe(6, "the service needs six resources, each held by its own booking");
        for (var left = count - 1; left >= 0; left--)
        {
            await pending.First.GetByText("批准").ClickAsync();
            await Assertions.Expect(pending).ToHaveCountAsync(left);
        }

        var approved = await (await op.APIRequest.GetAsync("/api/v1/pilot-base/bookings?status=Approved&size=200")).JsonAsync();
        approved!.Value.GetProperty("items").EnumerateArray().Count(b => b.GetProperty("purpose").GetString() == "UI 旅程：钠电工艺验证").ShouldBe(6);

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
