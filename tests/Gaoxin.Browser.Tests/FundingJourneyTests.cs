using System.Text.Json;
using Microsoft.Playwright;

namespace Gaoxin.Browser.Tests;

public sealed class FundingJourneyTests
{
    /// <summary>中试专项资金: the operator applies for a relay project and recommends it, the zone admin approves and pays the signing tranche.</summary>
    [Fact]
    public async Task From_application_to_the_first_tranche()
    {
        await using var browser = await Browser.LaunchAsync();
        await using var app = await GaoxinApp.StartAsync(Db.Sqlite, kestrel: true);
        var op = await browser.NewPageAsync(app.ServerAddress!);
        await Browser.SignInAsync(op, "operator@zigong.demo");

        // A graded project in pilot incubation that the demo fund has not supported yet.
        var projects = JsonDocument.Parse(await (await op.APIRequest.GetAsync("/api/v1/tech-transfer/projects?stage=PilotIncubation&size=100")).TextAsync()).RootElement;
        var awarded = JsonDocument.Parse(await (await op.APIRequest.GetAsync("/api/v1/funding/awards?size=200")).TextAsync()).RootElement
            .GetProperty("items").EnumerateArray().Select(a => a.GetProperty("projectCode").GetString()).ToHashSet();
        var project = projects.GetProperty("items").EnumerateArray().First(p => p.GetProperty("grade").GetString() is "A" or "B" && !awarded.Contains(p.GetProperty("code").GetString()));
        var code = project.GetProperty("code").GetString()!;

        await op.GotoAsync($"/funding/applications?project={project.GetProperty("id").GetString()}");
        await Browser.WaitForCircuitAsync(op);
        await op.FillAsync("#app-amount", "120000");
        await op.FillAsync("#app-eligible", "1000000");
        await op.FillAsync("#app-breakdown", "中试设备 70%，材料 30%");
        await op.ClickAsync("#app-submit");
        var row = op.Locator("#applications tr", new() { HasTextString = code }).First;
        await row.GetByText("已申请").WaitForAsync();
        await row.Locator(".act-recommend").ClickAsync();
        await row.GetByText("已推荐").WaitForAsync();

        var admin = await browser.NewPageAsync(app.ServerAddress!);
        await Browser.SignInAsync(admin, "admin@zigong.demo");
        await admin.GotoAsync("/funding/applications");
        await Browser.WaitForCircuitAsync(admin);
        await admin.Locator("#applications tr", new() { HasTextString = code }).First.Locator(".act-approve").ClickAsync();
        await admin.WaitForURLAsync("**/funding/awards/**");
        await admin.Locator("#award-amount").GetByText("120,000.00").WaitForAsync();
        (await admin.Locator("#tranches").InnerTextAsync()).ShouldContain("48,000.00"); // 40% on signing

        await admin.FillAsync("#pay-reference", "ZGGX-BROWSER-0001");
        await admin.ClickAsync("#pay-submit");
        await admin.Locator("#award-paid").GetByText("48,000.00").WaitForAsync();
        (await admin.Locator("#payments").InnerTextAsync()).ShouldContain("ZGGX-BROWSER-0001");
        await Browser.ScreenshotAsync(admin, "funding-award.png");

        // The dashboard shows the new commitment from the ledger.
        await admin.GotoAsync("/funding");
        await Browser.WaitForCircuitAsync(admin);
        await admin.Locator("#budget-bar").WaitForAsync();
        await Browser.ScreenshotAsync(admin, "funding-dashboard.png");
    }
}
