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

        var nav = await page.Locator("nav").First.InnerTextAsync();
        nav.ShouldContain("企业自评");
        nav.ShouldNotContain("梯度培育");

        await page.ClickAsync("text=企业自评");
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

        // Its own enterprise page, and no other.
        await page.GotoAsync($"/enterprises/{id}");
        await Browser.WaitForCircuitAsync(page);
        (await page.Locator("#enterprise-name").InnerTextAsync()).ShouldBe("兴储世纪有限公司");
        await page.GotoAsync($"/enterprises/{Guid.NewGuid()}");
        await page.GetByText("企业不存在，或您无权查看。").WaitForAsync();
    }
}
