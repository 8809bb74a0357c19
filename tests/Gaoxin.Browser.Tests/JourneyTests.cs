using Microsoft.Playwright;

namespace Gaoxin.Browser.Tests;

public sealed class JourneyTests
{
    [Fact]
    public async Task Sign_in_in_chinese_see_the_home_page_switch_to_english_and_sign_out()
    {
        await using var browser = await Browser.LaunchAsync();
        await using var app = await GaoxinApp.StartAsync(Db.Sqlite, kestrel: true);
        var page = await browser.NewPageAsync(app.ServerAddress!);

        // Chinese by default, whatever the browser's own language (en-US here).
        await page.GotoAsync("/");
        await page.WaitForURLAsync("**/account/login**");
        (await page.Locator("h1").InnerTextAsync()).ShouldBe("登录");
        await page.FillAsync("#email", "admin@zigong.demo");
        await page.FillAsync("#password", "wrong-password");
        await page.ClickAsync("#sign-in");
        await page.Locator("#login-error").GetByText("邮箱或密码错误").WaitForAsync();

        await page.FillAsync("#email", "admin@zigong.demo");
        await page.FillAsync("#password", Gaoxin.Data.Seeding.DemoData.Password);
        await page.ClickAsync("#sign-in");
        await page.WaitForURLAsync(url => !url.Contains("/account/login", StringComparison.Ordinal));
        await Browser.WaitForCircuitAsync(page);

        (await page.Locator("#home-title").InnerTextAsync()).ShouldBe("自贡高新区");
        var figures = await page.Locator("#headline-figures").InnerTextAsync();
        figures.ShouldContain("已开通账号的企业");
        figures.ShouldContain("2025-10-28");
        figures.ShouldContain("81.58%");
        figures.ShouldContain("规上企业智改数转率");
        (await page.Locator("#current-user").InnerTextAsync()).ShouldBe("管委会管理员");
        (await Browser.MenuTitlesAsync(page)).ShouldContain("用户管理");

        await Browser.ScreenshotAsync(page, "home.png");

        await page.ClickAsync("#lang-switch");
        await page.WaitForURLAsync(url => !url.Contains("/culture/", StringComparison.Ordinal));
        await Browser.WaitForCircuitAsync(page);
        (await page.Locator("#lang-switch").InnerTextAsync()).ShouldBe("中文");
        var english = await page.Locator("#headline-figures").InnerTextAsync();
        english.ShouldContain("Enterprises with accounts");
        english.ShouldContain("Smart-transformation rate (above size)");
        (await page.Locator("#sign-out").InnerTextAsync()).ShouldBe("Sign out");
        (await Browser.MenuTitlesAsync(page)).ShouldContain("Users");

        await page.ClickAsync("#sign-out");
        await page.WaitForURLAsync("**/account/login**");
        (await page.Locator("h1").InnerTextAsync()).ShouldBe("Sign in");
        var me = await page.APIRequest.GetAsync("/api/v1/me");
        me.Status.ShouldBe(401);
    }

    [Fact]
    public async Task The_zone_admin_creates_a_user_on_the_users_page_and_verifies_the_audit_chain()
    {
        await using var browser = await Browser.LaunchAsync();
        await using var app = await GaoxinApp.StartAsync(Db.Sqlite, kestrel: true);
        var page = await browser.NewPageAsync(app.ServerAddress!);
        await Browser.SignInAsync(page, "admin@zigong.demo");

        await page.GotoAsync("/admin/users");
        await Browser.WaitForCircuitAsync(page);
        await page.ClickAsync("#new-user");
        await page.FillAsync("#user-email", "new.viewer@zigong.demo");
        await page.FillAsync("#user-password", "short");
        await page.Locator("#user-form input").Nth(2).FillAsync("新来的查看者");
        await page.ClickAsync("#save-user");
        await page.Locator("#user-form").GetByText("密码至少需要 8 个字符").WaitForAsync();

        await page.FillAsync("#user-password", "Viewer@2025");
        await page.ClickAsync("#save-user");
        await page.Locator("#user-table").GetByText("new.viewer@zigong.demo").WaitForAsync();
        (await page.Locator("#user-form").CountAsync()).ShouldBe(0);

        await page.GotoAsync("/admin/audit");
        await Browser.WaitForCircuitAsync(page);
        await page.ClickAsync("#verify-audit");
        await page.Locator("#audit-result").GetByText("审计链完整").WaitForAsync();
        (await page.Locator("table").InnerTextAsync()).ShouldContain("admin@zigong.demo");

        // An enterprise user is turned away from the admin page.
        var other = await browser.NewPageAsync(app.ServerAddress!);
        await Browser.SignInAsync(other, "enterprise@zigong.demo");
        await other.GotoAsync("/admin/users");
        await other.GetByText("无权访问").First.WaitForAsync();
        (await Browser.MenuTitlesAsync(other)).ShouldNotContain("用户管理");
    }
}
