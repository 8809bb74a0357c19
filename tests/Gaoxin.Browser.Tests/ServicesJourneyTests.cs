using Microsoft.Playwright;

namespace Gaoxin.Browser.Tests;

/// <summary>
/// 极简审批 as its users meet it: an enterprise applies for one item through the merged form, the department returns it for
/// correction with a reason, the enterprise resubmits, the department approves, and the result document is there to download.
/// </summary>
public sealed class ServicesJourneyTests
{
    [Fact]
    public async Task An_enterprise_applies_the_department_returns_it_the_enterprise_resubmits_and_the_approval_issues_the_result_pdf()
    {
        await using var browser = await Browser.LaunchAsync();
        await using var app = await GaoxinApp.StartAsync(Db.Sqlite, kestrel: true);

        // The enterprise picks 企业投资项目备案 and fills the form rendered from its field definitions.
        var firm = await browser.NewPageAsync(app.ServerAddress!);
        await Browser.SignInAsync(firm, "enterprise@zigong.demo");
        await firm.GotoAsync("/services/apply");
        await Browser.WaitForCircuitAsync(firm);
        await firm.Locator("#apply-items tr").Filter(new() { HasText = "SV-001" }).Locator("input[type=checkbox]").ClickAsync(new() { Force = true });
        await firm.Locator("#field-project_name").WaitForAsync();
        await firm.FillAsync("#field-project_name", "UI 旅程储能项目");
        await firm.FillAsync("#field-credit_code", "91510300MA62XK0T4" + Gaoxin.Kernel.Registry.UnifiedSocialCreditCode.CheckCharacter("91510300MA62XK0T4"));
        await firm.FillAsync("#field-contact", "张经理");
        await firm.FillAsync("#field-phone", "0813-5100000");
        await firm.FillAsync("#field-address", "自贡高新区板仓工业园");
        await firm.FillAsync("#field-total_investment", "-1");
        await firm.PressAsync("#field-total_investment", "Tab");
        // The field's rule answers in the page before anything is sent.
        await firm.GetByText("总投资（万元）不能小于 0。").WaitForAsync();
        await firm.FillAsync("#field-total_investment", "5000");
        await firm.PressAsync("#field-total_investment", "Tab");
        await firm.Locator(".mud-select").Filter(new() { HasText = "所属产业" }).First.ClickAsync();
        await firm.Locator(".mud-popover-open").GetByText("新能源").ClickAsync();
        await firm.ClickAsync("#apply-submit");
        await firm.WaitForURLAsync("**/services/applications/*");
        await Browser.WaitForCircuitAsync(firm);
        await Assertions.Expect(firm.Locator("#item-status-SV-001")).ToHaveTextAsync("审查中");
        var url = new Uri(firm.Url).AbsolutePath;

        // The department returns it for correction: the reason is required and the decision is confirmed.
        var officer = await browser.NewPageAsync(app.ServerAddress!);
        await Browser.SignInAsync(officer, "officer@zigong.demo");
        await officer.GotoAsync(url);
        await Browser.WaitForCircuitAsync(officer);
        await officer.ClickAsync("#item-return-SV-001");
        await officer.Locator("#application-error").WaitForAsync();
        await officer.FillAsync("#item-reason-SV-001", "营业执照副本未加盖公章");
        await officer.ClickAsync("#item-return-SV-001");
        await officer.Locator(".mud-dialog").GetByRole(AriaRole.Button, new() { Name = "确认" }).ClickAsync();
        await Assertions.Expect(officer.Locator("#item-status-SV-001")).ToHaveTextAsync("补正中");

        // The enterprise resubmits; the clock runs again.
        await firm.ReloadAsync();
        await Browser.WaitForCircuitAsync(firm);
        await firm.ClickAsync("#item-resubmit-SV-001");
        await Assertions.Expect(firm.Locator("#item-status-SV-001")).ToHaveTextAsync("审查中");

        // The department approves; the result document is linked and downloads as a PDF.
        await officer.ReloadAsync();
        await Browser.WaitForCircuitAsync(officer);
        await officer.ClickAsync("#item-approve-SV-001");
        await officer.Locator(".mud-dialog").GetByRole(AriaRole.Button, new() { Name = "确认" }).ClickAsync();
        await Assertions.Expect(officer.Locator("#item-status-SV-001")).ToHaveTextAsync("准予办理");

        await firm.ReloadAsync();
        await Browser.WaitForCircuitAsync(firm);
        var link = firm.Locator("#item-result-SV-001");
        await Assertions.Expect(link).ToHaveTextAsync("企业投资项目备案证明");
        var pdf = await firm.APIRequest.GetAsync((await link.GetAttributeAsync("href"))!);
        pdf.Status.ShouldBe(200);
        pdf.Headers["content-type"].ShouldBe("application/pdf");
        await Browser.ScreenshotAsync(firm, "services-application.png");
    }
}
