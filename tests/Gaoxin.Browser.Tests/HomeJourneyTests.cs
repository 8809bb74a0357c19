using Microsoft.Playwright;

namespace Gaoxin.Browser.Tests;

/// <summary>Issue #22 item 6: each role's home page leads with its to-dos, and a to-do opens the place where the work is done.</summary>
public sealed class HomeJourneyTests
{
    [Fact]
    public async Task A_reviewer_and_an_enterprise_start_from_their_to_dos()
    {
        await using var browser = await Browser.LaunchAsync();
        await using var app = await GaoxinApp.StartAsync(Db.Sqlite, kestrel: true);

        // The reviewer's open round is on the home page; its line opens the score sheet.
        var reviewer = await browser.NewPageAsync(app.ServerAddress!);
        await Browser.SignInAsync(reviewer, "reviewer@zigong.demo");
        await reviewer.GotoAsync("/");
        await Browser.WaitForCircuitAsync(reviewer);
        var toScore = reviewer.Locator("#todos [data-todo^='待评分：']").First;
        await toScore.WaitForAsync();
        int.Parse(await toScore.GetAttributeAsync("data-count") ?? "0", System.Globalization.CultureInfo.InvariantCulture).ShouldBeGreaterThan(0);
        await toScore.ClickAsync();
        await reviewer.WaitForURLAsync("**/tech-transfer/rounds/*/score");

        // The enterprise's policies line opens its service page; the fund's balance is not on its home page.
        var enterprise = await browser.NewPageAsync(app.ServerAddress!);
        await Browser.SignInAsync(enterprise, "enterprise@zigong.demo");
        await enterprise.GotoAsync("/");
        await Browser.WaitForCircuitAsync(enterprise);
        (await enterprise.Locator("#headline-figures").InnerTextAsync()).ShouldNotContain("中试专项资金可用");
        await enterprise.Locator("#todos [data-todo='现在可享受的政策']").ClickAsync();
        await enterprise.WaitForURLAsync("**/services/my");
        await Browser.ScreenshotAsync(enterprise, "home-todos-enterprise");
    }
}
