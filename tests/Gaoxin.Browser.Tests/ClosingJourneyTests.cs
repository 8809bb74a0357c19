using System.Text.Json;
using Microsoft.Playwright;

namespace Gaoxin.Browser.Tests;

/// <summary>
/// Issue #22 item 1, the last dead ends: an institute corrects and then withdraws its proposal on the project page (cancel
/// keeps it, a confirmed reason ends it), and an enterprise marks its running 智改数转 project complete on its page.
/// </summary>
public sealed class ClosingJourneyTests
{
    [Fact]
    public async Task An_institute_corrects_and_withdraws_a_proposal_and_an_enterprise_completes_a_transformation_project()
    {
        await using var browser = await Browser.LaunchAsync();
        await using var app = await GaoxinApp.StartAsync(Db.Sqlite, kestrel: true);

        var institute = await browser.NewPageAsync(app.ServerAddress!);
        await Browser.SignInAsync(institute, "institute@zigong.demo");
        var achievement = await institute.APIRequest.PostAsync("/api/v1/tech-transfer/achievements", new()
        {
            DataObject = new { title = "撤回旅程成果", summary = "实验室验证完成", origin = "Local", kind = "InventionPatent", readiness = 5, industry = "NewEnergy", patents = new[] { "ZL200310102344.5" } },
        });
        var achievementId = Json(await achievement.TextAsync()).GetProperty("id").GetString();
        var proposed = await institute.APIRequest.PostAsync("/api/v1/tech-transfer/projects", new()
        {
            DataObject = new
            {
                title = "撤回旅程项目", team = "课题组 3 人", companyName = "撤回旅程科技有限公司", industry = "NewEnergy", origin = "Local", achievementIds = new[] { achievementId },
                support = new[] { new { kind = "Pilot", details = "中试线", amountAsked = (decimal?)null } },
            },
        });
        var projectId = Json(await proposed.TextAsync()).GetProperty("id").GetString();

        await institute.GotoAsync($"/tech-transfer/projects/{projectId}");
        await Browser.WaitForCircuitAsync(institute);

        // First a correction of the proposal's words, saved against the version on the page.
        await institute.ClickAsync("#revise");
        await institute.FillAsync("#revise-team", "课题组 4 人（新增工艺工程师）");
        await institute.ClickAsync("#revise-save");
        await institute.Locator("#revise-form").WaitForAsync(new() { State = WaitForSelectorState.Detached });
        Json(await (await institute.APIRequest.GetAsync($"/api/v1/tech-transfer/projects/{projectId}")).TextAsync()).GetProperty("team").GetString()
            .ShouldBe("课题组 4 人（新增工艺工程师）");

        await institute.ClickAsync("#withdraw");
        var dialog = institute.Locator(".mud-dialog");
        await dialog.GetByText("撤回旅程项目", new() { Exact = false }).WaitForAsync();
        await institute.ClickAsync("#reason-dialog-cancel");
        await dialog.WaitForAsync(new() { State = WaitForSelectorState.Detached });
        Json(await (await institute.APIRequest.GetAsync($"/api/v1/tech-transfer/projects/{projectId}")).TextAsync()).GetProperty("stage").GetString().ShouldBe("Proposed");

        await institute.ClickAsync("#withdraw");
        await institute.FillAsync("#reason-dialog-text", "合作企业变更，重新申报");
        await institute.ClickAsync("#reason-dialog-confirm");
        await institute.Locator("#withdraw-panel").WaitForAsync(new() { State = WaitForSelectorState.Detached });
        var ended = Json(await (await institute.APIRequest.GetAsync($"/api/v1/tech-transfer/projects/{projectId}")).TextAsync());
        ended.GetProperty("stage").GetString().ShouldBe("Terminated");
        ended.GetProperty("terminationReason").GetString().ShouldBe("申报单位撤回：合作企业变更，重新申报");

        // The enterprise records a running project, then marks it complete on its page.
        var enterprise = await browser.NewPageAsync(app.ServerAddress!);
        await Browser.SignInAsync(enterprise, "enterprise@zigong.demo");
        var own = Json(await (await enterprise.APIRequest.GetAsync("/api/v1/enterprises/?search=" + Uri.EscapeDataString("兴储世纪"))).TextAsync()).GetProperty("items")[0].GetProperty("id").GetString();
        await enterprise.APIRequest.PostAsync($"/api/v1/enterprises/{own}/transformations", new()
        {
            DataObject = new { title = "仓储数字化旅程", kind = "Digital", investment = 800_000m, startedOn = "2025-04-01" },
        });
        await enterprise.GotoAsync($"/enterprises/{own}");
        await Browser.WaitForCircuitAsync(enterprise);
        await enterprise.GetByRole(AriaRole.Tab, new() { Name = "智改数转" }).ClickAsync();
        var row = enterprise.Locator("tr", new() { HasTextString = "仓储数字化旅程" });
        await row.Locator(".gx-tf-complete").ClickAsync();
        await enterprise.Locator("#transformation-complete-form").WaitForAsync();
        await enterprise.FillAsync("#transformation-outcomes", "WMS 上线，库存周转提升 20%");
        await enterprise.ClickAsync("#transformation-complete-save");
        await row.GetByText("WMS 上线，库存周转提升 20%").WaitForAsync();
        (await row.Locator(".gx-tf-complete").CountAsync()).ShouldBe(0, "a completed project cannot be completed again");
    }

    private static JsonElement Json(string text) => JsonDocument.Parse(text).RootElement.Clone();
}
