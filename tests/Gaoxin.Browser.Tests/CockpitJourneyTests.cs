using Microsoft.Playwright;

namespace Gaoxin.Browser.Tests;

public sealed class CockpitJourneyTests
{
    [Fact]
    public async Task A_viewer_opens_the_cockpit_in_display_mode_and_a_chain_map_with_its_gaps()
    {
        await using var browser = await Browser.LaunchAsync();
        await using var app = await GaoxinApp.StartAsync(Db.Sqlite, kestrel: true);
        var page = await browser.NewPageAsync(app.ServerAddress!);
        await Browser.SignInAsync(page, "viewer@zigong.demo");

        await Browser.OpenFromMenuAsync(page, "驾驶舱");
        await page.WaitForURLAsync("**/cockpit");
        await page.Locator("#indicators .gx-indicator[data-code='GDP']").WaitForAsync();
        (await page.Locator("#indicators .gx-indicator[data-code='GDP']").InnerTextAsync()).ShouldContain("+7.0%");
        (await page.Locator("#indicators .gx-indicator[data-code='IVA']").InnerTextAsync()).ShouldContain("+16.2%");
        (await page.Locator("#indicators .gx-indicator[data-code='SVA']").InnerTextAsync()).ShouldContain("+7.1%");
        (await page.Locator("#transformation-rate").InnerTextAsync()).ShouldBe("81.58%");
        int.Parse(await page.Locator("#enterprise-total").InnerTextAsync(), System.Globalization.CultureInfo.InvariantCulture).ShouldBeGreaterThan(400);
        (await page.Locator("#chain-maps .gx-chain[data-chain='无人系统'] [data-strength='Gap']", new() { HasTextString = "传感器" }).CountAsync()).ShouldBe(1);
        (await page.Locator("#targets").InnerTextAsync()).ShouldContain("500");
        await Browser.ScreenshotAsync(page, "cockpit.png");

        // Display mode for the exhibition hall: the cockpit covers the screen.
        await Browser.WaitForCircuitAsync(page);
        await page.ClickAsync("#display-toggle");
        await page.Locator("#cockpit.gx-cockpit-display").WaitForAsync();
        page.Url.ShouldEndWith("/cockpit?display=1");
        await page.Locator("#indicators .gx-indicator[data-code='GDP']").WaitForAsync();

        // A chain map from the industry system.
        await page.GotoAsync("/industry");
        await Browser.WaitForCircuitAsync(page);
        await page.ClickAsync("a.gx-chain-link:text-is('无人系统')");
        await page.WaitForURLAsync("**/industry/chains/**");
        await page.Locator("#chain-map [data-node='传感器']").WaitForAsync();
        (await page.Locator("#chain-map [data-node='传感器']").GetAttributeAsync("data-strength")).ShouldBe("Gap");
        (await page.Locator("#chain-map [data-node='无人车与机器人整机']").GetAttributeAsync("data-strength")).ShouldBe("Strong");
        (await page.Locator("#chain-map [data-node='无人车与机器人整机']").InnerTextAsync()).ShouldContain("九识智能");
        await Browser.ScreenshotAsync(page, "chain-map.png");
    }

    [Fact]
    public async Task An_operator_records_a_lead_against_a_gap_on_the_chain_map()
    {
        await using var browser = await Browser.LaunchAsync();
        await using var app = await GaoxinApp.StartAsync(Db.Sqlite, kestrel: true);
        var page = await browser.NewPageAsync(app.ServerAddress!);
        await Browser.SignInAsync(page, "operator@zigong.demo");
        await page.GotoAsync("/industry");
        await Browser.WaitForCircuitAsync(page);
        await page.ClickAsync("a.gx-chain-link:text-is('无人系统')");
        await page.Locator("#chain-map [data-node='感知部件']").WaitForAsync();
        await Browser.WaitForCircuitAsync(page);

        // Nothing filled in: refused with the reason, nothing saved.
        await page.ClickAsync("#save-lead");
        await page.Locator("#lead-error").GetByText("请填写企业名称").WaitForAsync();

        await page.FillAsync("#lead-company", "浏览器测试雷达公司");
        await page.FillAsync("#lead-owner", "招商三科");
        await page.ClickAsync("#save-lead");
        await page.GetByText("招商线索已登记").WaitForAsync();
        (await page.Locator("#chain-map [data-node='感知部件']").InnerTextAsync()).ShouldContain("线索 1");

        var leads = System.Text.Json.JsonDocument.Parse(await (await page.APIRequest.GetAsync("/api/v1/industry/leads")).TextAsync()).RootElement;
        leads.EnumerateArray().Single(l => l.GetProperty("company").GetString() == "浏览器测试雷达公司").GetProperty("node").GetString().ShouldBe("感知部件");

        // A registry firm is placed on the gap (the first gap is preselected): the link is no longer a gap.
        await page.ClickAsync("#place-firm-search");
        await page.Locator("#place-firm-search").PressSequentiallyAsync("九识", new() { Delay = 50 });
        await page.Locator(".mud-popover-open").GetByText("九识智能有限公司").ClickAsync();
        // The choice reaches the server asynchronously: save only once the field shows it.
        await Assertions.Expect(page.Locator("#place-firm-search")).ToHaveValueAsync("九识智能有限公司");
        await page.ClickAsync("#save-placement");
        await page.Locator("#chain-map [data-node='感知部件']").GetByText("九识智能", new() { Exact = false }).WaitForAsync();
        (await page.Locator("#chain-map [data-node='感知部件']").GetAttributeAsync("data-strength")).ShouldNotBe("Gap");
    }
}
