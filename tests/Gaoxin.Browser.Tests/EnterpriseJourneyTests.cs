using System.Text.Json;
using Microsoft.Playwright;

namespace Gaoxin.Browser.Tests;

public sealed class EnterpriseJourneyTests
{
    [Fact]
    public async Task An_enterprise_user_runs_its_self_check_and_sees_its_gap()
    {
        await using var browser = await Browser.LaunchAsync();
        await using var app = await GaoxinApp.StartAsync(Db.Sqlite, kestrel: true);
        var page = await browser.NewPageAsync(app.ServerAddress!);
        await Browser.SignInAsync(page, "enterprise@zigong.demo");

        var nav = await Browser.MenuTitlesAsync(page);
        nav.ShouldContain("企业自评");
        nav.ShouldNotContain("梯度培育");

        await Browser.OpenFromMenuAsync(page, "企业自评");
        await page.WaitForURLAsync("**/enterprises/self-check");
        await page.Locator("#self-check-name").WaitForAsync();
        (await page.Locator("#self-check-name").InnerTextAsync()).ShouldBe("兴储世纪有限公司");
        (await page.Locator("#ladder").InnerTextAsync()).ShouldContain("下一级");

        // The page shows the same gaps the API computes for this enterprise.
        var list = JsonDocument.Parse(await (await page.APIRequest.GetAsync("/api/v1/enterprises/")).TextAsync()).RootElement;
        var id = list.GetProperty("items")[0].GetProperty("id").GetString();
        var assessment = JsonDocument.Parse(await (await page.APIRequest.GetAsync($"/api/v1/enterprises/{id}/evaluations")).TextAsync()).RootElement;
        var gap = assessment.GetProperty("evaluations").EnumerateArray().SelectMany(e => e.GetProperty("gaps").EnumerateArray()).Select(g => g.GetString()!).First();
        await page.Locator("#evaluations").GetByText(gap).First.WaitForAsync();
        await Browser.ScreenshotAsync(page, "self-check.png");

        // Its own enterprise page, and no other.
        await page.GotoAsync($"/enterprises/{id}");
        await Browser.WaitForCircuitAsync(page);
        (await page.Locator("#enterprise-name").InnerTextAsync()).ShouldBe("兴储世纪有限公司");

        // It keeps its own annual data: an inconsistent figure is refused with the reason, a correct one saved.
        await page.GetByRole(AriaRole.Tab, new() { Name = "年度数据" }).ClickAsync();
        await page.ClickAsync("#edit-year");
        var staff = await page.InputValueAsync("#year-staff");
        await page.FillAsync("#year-techStaff", (int.Parse(staff, System.Globalization.CultureInfo.InvariantCulture) + 1).ToString(System.Globalization.CultureInfo.InvariantCulture));
        await page.ClickAsync("#save-year");
        await page.Locator("#year-form").GetByText("不能多于职工总数").WaitForAsync();
        await page.FillAsync("#year-techStaff", "1");
        // Leave the field first, so the circuit has the new value before the save is clicked (under load the two could cross).
        await page.PressAsync("#year-techStaff", "Tab");
        await page.ClickAsync("#save-year");
        await page.GetByText("年度数据已保存").WaitForAsync(new() { Timeout = 40_000 });
        (await page.Locator("#enterprise-years").InnerTextAsync()).ShouldContain("\t1\t");
        await page.GotoAsync($"/enterprises/{Guid.NewGuid()}");
        await page.GetByText("企业不存在，或您无权查看。").WaitForAsync();
    }

    [Fact]
    public async Task An_operator_imports_annual_data_and_sees_each_bad_row_named()
    {
        await using var browser = await Browser.LaunchAsync();
        await using var app = await GaoxinApp.StartAsync(Db.Sqlite, kestrel: true);
        var page = await browser.NewPageAsync(app.ServerAddress!);
        await Browser.SignInAsync(page, "operator@zigong.demo");

        var list = JsonDocument.Parse(await (await page.APIRequest.GetAsync("/api/v1/enterprises/?search=" + Uri.EscapeDataString("川力"))).TextAsync()).RootElement;
        var code = list.GetProperty("items")[0].GetProperty("creditCode").GetString()!;
        var file = Path.Combine(Path.GetTempPath(), $"import-{Guid.NewGuid():N}.xlsx");
        MiniExcelLibs.MiniExcel.SaveAs(file, new[]
        {
            new Dictionary<string, object?> { ["统一社会信用代码"] = code, ["年度"] = DateTime.UtcNow.Year - 5, ["职工总数"] = 300, ["科技人员数"] = 40 },
            new Dictionary<string, object?> { ["统一社会信用代码"] = code, ["年度"] = DateTime.UtcNow.Year - 6, ["职工总数"] = 30, ["科技人员数"] = 40 },
        });
        try
        {
            await page.GotoAsync("/enterprises/import");
            await Browser.WaitForCircuitAsync(page);
            await page.SetInputFilesAsync("#import-file", file);
            await page.Locator("#import-result").GetByText("已保存 0 行").WaitForAsync();
            var errors = await page.Locator("#import-errors").InnerTextAsync();
            errors.ShouldContain("3");
            errors.ShouldContain("科技人员数");
            errors.ShouldContain("不能多于职工总数");
        }
        finally
        {
            File.Delete(file);
        }

        // Registering a new enterprise: a wrong check character is named, a right one lands on the new page.
        await page.GotoAsync("/enterprises/new");
        await Browser.WaitForCircuitAsync(page);
        const string body = "91510300MA7BCDEF1";
        var valid = body + Gaoxin.Kernel.Registry.UnifiedSocialCreditCode.CheckCharacter(body);
        var wrong = body + (valid[^1] == '0' ? '1' : '0');
        await page.FillAsync("#new-name", "自贡浏览器测试科技有限公司");
        await page.FillAsync("#new-credit-code", wrong);
        await page.FillAsync("#new-industry-code", "C3841");
        await page.ClickAsync("#save-enterprise");
        await page.Locator("#enterprise-form").GetByText("校验").First.WaitForAsync();
        await page.Locator("#enterprise-form").GetByText("注册日期无效").WaitForAsync();
        await page.FillAsync("#new-credit-code", valid);
        await page.FillAsync("#new-registered", "2020-05-01");
        await page.Keyboard.PressAsync("Tab");
        await page.ClickAsync("#save-enterprise");
        await page.Locator("#enterprise-name").GetByText("自贡浏览器测试科技有限公司").WaitForAsync();
    }

    [Fact]
    public async Task The_zone_admin_writes_a_policy_and_sees_who_qualifies()
    {
        await using var browser = await Browser.LaunchAsync();
        await using var app = await GaoxinApp.StartAsync(Db.Sqlite, kestrel: true);
        var page = await browser.NewPageAsync(app.ServerAddress!);
        await Browser.SignInAsync(page, "admin@zigong.demo");

        await page.GotoAsync("/enterprises/policies");
        await Browser.WaitForCircuitAsync(page);
        await page.ClickAsync("#new-policy");
        await page.FillAsync("#policy-name", "规上企业稳岗奖励");
        await page.FillAsync("#policy-eligibility", """{"all":[{"aboveDesignatedSize":true},{"metric":"Staf","op":">=","value":100}]}""");
        await page.FillAsync("#policy-amount", """{"fixed":50000}""");
        await page.ClickAsync("#save-policy");
        await page.Locator("#policy-form").GetByText("Staf").First.WaitForAsync();

        await page.FillAsync("#policy-eligibility", """{"all":[{"aboveDesignatedSize":true},{"metric":"Staff","op":">=","value":100}]}""");
        await page.ClickAsync("#save-policy");
        await page.GetByText("政策已保存").WaitForAsync();
        var row = page.Locator("#policy-table tr", new() { HasText = "规上企业稳岗奖励" });
        await row.GetByRole(AriaRole.Button, new() { Name = "查看符合企业" }).ClickAsync();
        var matches = page.Locator("#policy-matches");
        await matches.GetByText("规上企业稳岗奖励").First.WaitForAsync();
        (await matches.InnerTextAsync()).ShouldContain("50,000");
    }
}
