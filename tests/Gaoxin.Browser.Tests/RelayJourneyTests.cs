using System.Net;
using Microsoft.Playwright;

namespace Gaoxin.Browser.Tests;

public sealed class RelayJourneyTests
{
    private static readonly string[] Criteria = ["technology", "market", "team", "chain-fit", "pilot-feasibility", "ip"];

    [Fact]
    public async Task An_operator_opens_a_round_a_reviewer_scores_the_operator_decides_and_the_project_enters_pilot_once_both_plans_exist()
    {
        await using var browser = await Browser.LaunchAsync();
        await using var app = await GaoxinApp.StartAsync(Db.Sqlite, kestrel: true);

        // A university proposes a project through the API, signed in with its browser session (the form is covered by the API tests).
        var institute = await browser.NewPageAsync(app.ServerAddress!);
        await Browser.SignInAsync(institute, "institute@zigong.demo");
        var created = await institute.APIRequest.PostAsync("/api/v1/tech-transfer/achievements", new() { DataObject = new { title = "浏览器旅程成果", kind = "InventionPatent", readiness = 5, industry = "NewEnergy", patents = new[] { "ZL200310102344.5" } } });
        created.Status.ShouldBe((int)HttpStatusCode.OK, await created.TextAsync());
        var achievement = (await created.JsonAsync())!.Value.GetProperty("id").GetGuid();
        var project = (await (await institute.APIRequest.PostAsync("/api/v1/tech-transfer/projects", new() { DataObject = new { title = "浏览器旅程项目", companyName = "自贡旅程科技有限公司", industry = "NewEnergy", achievementIds = new[] { achievement } } })).JsonAsync())!.Value;
        var code = project.GetProperty("code").GetString()!;
        var projectId = project.GetProperty("id").GetGuid();

        var op = await browser.NewPageAsync(app.ServerAddress!);
        await Browser.SignInAsync(op, "operator@zigong.demo");
        await op.GotoAsync("/tech-transfer/rounds");
        await Browser.WaitForCircuitAsync(op);
        await op.FillAsync("#round-title", "旅程筛选轮次");
        await op.Locator("#round-form").GetByText("评审专家（西安交通大学国家技术转移中心）").ClickAsync();
        await op.Locator("#round-form").GetByText($"{code} 浏览器旅程项目").ClickAsync();
        await op.ClickAsync("#open-round");
        await op.WaitForURLAsync("**/tech-transfer/rounds/*");
        var roundUrl = op.Url;
        await op.Locator("#entries").GetByText("0 / 1").WaitForAsync();
        await Browser.ScreenshotAsync(op, "round.png");

        var reviewerContext = await browser.NewPageAsync(app.ServerAddress!);
        await Browser.SignInAsync(reviewerContext, "reviewer@zigong.demo");
        await reviewerContext.GotoAsync(roundUrl + "/score");
        await Browser.WaitForCircuitAsync(reviewerContext);
        foreach (var key in Criteria)
        {
            await reviewerContext.FillAsync($"#score-{code}-{key}", "88");
        }

        await reviewerContext.ClickAsync($"#submit-{code}");
        await reviewerContext.Locator($"#total-{code}").GetByText("88.00").WaitForAsync();

        await op.ReloadAsync();
        await Browser.WaitForCircuitAsync(op);
        await op.ClickAsync($"#select-{code}");
        await op.Locator("#round-status").GetByText("已决定").WaitForAsync();
        (await op.Locator("#entries").InnerTextAsync()).ShouldContain("入选");

        await op.GotoAsync($"/tech-transfer/projects/{projectId}");
        await Browser.WaitForCircuitAsync(op);
        (await op.Locator("#project-stage").InnerTextAsync()).ShouldContain("入选");
        await op.ClickAsync("#move-PilotIncubation");
        await op.Locator("#move-refusal").GetByText("中试与产业孵化须同步规划", new() { Exact = false }).WaitForAsync();

        await op.GetByRole(AriaRole.Tab, new() { Name = "方案与里程碑" }).ClickAsync();
        await op.FillAsync("#pilot-objectives", "良率达到 90%");
        await op.FillAsync("#pilot-budget", "3000000");
        await op.ClickAsync("#save-pilot");
        await op.FillAsync("#milestone-title", "中试线调试");
        await op.FillAsync("#milestone-due", "2027-03-01");
        await op.FillAsync("#milestone-criteria", "检测报告");
        await op.ClickAsync("#add-pilot-milestone");
        await op.Locator("#milestones").GetByText("中试线调试").WaitForAsync();
        await op.FillAsync("#industrial-capacity", "年产 1 GWh");
        await op.FillAsync("#industrial-output", "80000000");
        await op.ClickAsync("#save-industrial");
        await op.FillAsync("#milestone-title", "首批销售");
        await op.FillAsync("#milestone-due", "2027-12-01");
        await op.FillAsync("#milestone-criteria", "销售合同");
        await op.ClickAsync("#add-industrial-milestone");
        await op.Locator("#milestones").GetByText("首批销售").WaitForAsync();

        await op.ClickAsync("#move-PilotIncubation");
        await op.Locator("#project-stage").GetByText("中试孵化").WaitForAsync();
        await Browser.ScreenshotAsync(op, "project.png");

        var detail = (await (await institute.APIRequest.GetAsync($"/api/v1/tech-transfer/projects/{projectId}")).JsonAsync())!.Value;
        detail.GetProperty("stage").GetString().ShouldBe("PilotIncubation");
        detail.GetProperty("pilotPlan").GetProperty("budget").GetDecimal().ShouldBe(3_000_000m);
    }

    [Fact]
    public async Task The_analytics_page_shows_the_pilot_and_no_pilot_rates_from_data()
    {
        await using var browser = await Browser.LaunchAsync();
        await using var app = await GaoxinApp.StartAsync(Db.Sqlite, kestrel: true);
        var page = await browser.NewPageAsync(app.ServerAddress!);
        await Browser.SignInAsync(page, "viewer@zigong.demo");
        var report = (await (await page.APIRequest.GetAsync("/api/v1/tech-transfer/analytics")).JsonAsync())!.Value;
        var pilot = report.GetProperty("withPilot");
        await Browser.OpenFromMenuAsync(page, "转化成效");
        await page.Locator("#rate-pilot").WaitForAsync();
        var row = await page.Locator("#rate-pilot").InnerTextAsync();
        row.ShouldContain($"{pilot.GetProperty("successes").GetInt32()} / {pilot.GetProperty("decided").GetInt32()}");
        row.ShouldContain(pilot.GetProperty("rate").GetDecimal().ToString("P1", System.Globalization.CultureInfo.InvariantCulture));
        (await page.Locator("#rate-direct").InnerTextAsync()).ShouldContain(report.GetProperty("withoutPilot").GetProperty("rate").GetDecimal().ToString("P1", System.Globalization.CultureInfo.InvariantCulture));
        await Browser.ScreenshotAsync(page, "analytics.png");

        // The module follows the language switch.
        await page.ClickAsync("#lang-switch");
        await page.WaitForURLAsync("**/tech-transfer/analytics");
        await Browser.WaitForCircuitAsync(page);
        await page.Locator("#rate-pilot").GetByText("With pilot").WaitForAsync();
        (await Browser.MenuTitlesAsync(page)).ShouldContain("Relay analytics");
    }
}

public sealed class SubmissionJourneyTests
{
    [Fact]
    public async Task A_university_registers_an_achievement_proposes_a_project_and_finds_it_on_the_board()
    {
        await using var browser = await Browser.LaunchAsync();
        await using var app = await GaoxinApp.StartAsync(Db.Sqlite, kestrel: true);
        var page = await browser.NewPageAsync(app.ServerAddress!);
        await Browser.SignInAsync(page, "institute@zigong.demo");

        await Browser.OpenFromMenuAsync(page, "科技成果");
        await page.Locator("#new-achievement").WaitForAsync();
        await Browser.WaitForCircuitAsync(page);
        // The form opens above the list on 登记成果 (it also serves 编辑).
        await page.ClickAsync("#new-achievement");
        await page.Locator("#achievement-form").WaitForAsync();
        await page.FillAsync("#achievement-title", "浏览器登记的钠电成果");
        await page.FillAsync("#achievement-patents", "ZL200310102344.6");
        await page.ClickAsync("#save-achievement");
        await page.Locator("#achievement-form").GetByText("校验位不符", new() { Exact = false }).WaitForAsync();
        await page.FillAsync("#achievement-patents", "ZL200310102344.5");
        await page.ClickAsync("#save-achievement");
        await page.Locator("#achievements").GetByText("浏览器登记的钠电成果").WaitForAsync();

        await page.GotoAsync("/tech-transfer");
        await Browser.WaitForCircuitAsync(page);
        await page.ClickAsync("#new-project");
        await page.Locator("#project-form").WaitForAsync();
        await Browser.WaitForCircuitAsync(page);
        await page.FillAsync("#project-title", "浏览器申报的钠电项目");
        await page.FillAsync("#project-company", "自贡浏览器钠电有限公司");
        await page.Locator("#project-form").GetByText("浏览器登记的钠电成果", new() { Exact = false }).ClickAsync();
        await page.ClickAsync("#save-project");
        await page.WaitForURLAsync("**/tech-transfer/projects/*");
        await page.Locator("#project-stage").GetByText("已申报").WaitForAsync();

        await page.GotoAsync("/tech-transfer");
        await page.Locator("#column-Proposed").GetByText("浏览器申报的钠电项目").WaitForAsync();
        await Browser.ScreenshotAsync(page, "board.png");
    }
}
