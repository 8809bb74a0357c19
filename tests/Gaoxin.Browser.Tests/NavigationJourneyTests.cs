using Microsoft.Playwright;

namespace Gaoxin.Browser.Tests;

/// <summary>Issue #22 item 6: the menu is grouped by area, the current page's group is open, and breadcrumbs lead back up.</summary>
public sealed class NavigationJourneyTests
{
    [Fact]
    public async Task The_menu_groups_pages_by_area_opens_the_current_one_and_breadcrumbs_lead_back()
    {
        await using var browser = await Browser.LaunchAsync();
        await using var app = await GaoxinApp.StartAsync(Db.Sqlite, kestrel: true);
        var admin = await browser.NewPageAsync(app.ServerAddress!);
        await Browser.SignInAsync(admin, "admin@zigong.demo");
        await admin.GotoAsync("/industry/projects");
        await Browser.WaitForCircuitAsync(admin);

        // Every area the admin works in is a group; the one holding the current page is open, the others closed.
        var groups = await admin.Locator(".gx-nav-area > button.mud-nav-link .mud-nav-link-text").AllInnerTextsAsync();
        groups.ShouldBe(["成果转化", "企业服务", "产业招商", "场景应用", "经济运行", "资金管理", "系统管理"]);
        (await admin.Locator(".gx-nav-industry a[href='/industry/projects']").IsVisibleAsync()).ShouldBeTrue();
        (await admin.Locator(".gx-nav-fund a[href='/funding']").IsVisibleAsync()).ShouldBeFalse();

        var crumbs = admin.Locator("#breadcrumbs li.mud-breadcrumb-item");
        (await crumbs.AllInnerTextsAsync()).Select(t => t.Trim()).ShouldBe(["首页", "产业招商", "重大项目"]);

        // A detail page below a list adds 详情, and the list's crumb leads back to the list.
        await admin.GotoAsync("/industry/chains/" + Guid.Empty);
        await Browser.WaitForCircuitAsync(admin);
        (await crumbs.AllInnerTextsAsync()).Select(t => t.Trim()).ShouldBe(["首页", "产业招商", "产业体系", "详情"]);
        await admin.Locator("#breadcrumbs a[href='/industry']").ClickAsync();
        await admin.WaitForURLAsync("**/industry");

        // Opening another group shows its pages.
        await admin.Locator(".gx-nav-fund > button.mud-nav-link").ClickAsync();
        await admin.Locator(".gx-nav-fund a[href='/funding']").WaitForAsync(new() { State = WaitForSelectorState.Visible });

        // A vehicle operator sees the areas it works in, not the zone's funds or economy.
        var operatorPage = await browser.NewPageAsync(app.ServerAddress!);
        await Browser.SignInAsync(operatorPage, "vehicle@zigong.demo");
        await operatorPage.GotoAsync("/mobility");
        await Browser.WaitForCircuitAsync(operatorPage);
        var theirs = await operatorPage.Locator(".gx-nav-area > button.mud-nav-link .mud-nav-link-text").AllInnerTextsAsync();
        theirs.ShouldContain("场景应用");
        theirs.ShouldNotContain("资金管理");
        (await operatorPage.Locator(".gx-nav-scenes a[href='/mobility']").IsVisibleAsync()).ShouldBeTrue();
    }
}
