using System.Globalization;
using Microsoft.Playwright;

namespace Gaoxin.Browser.Tests;

/// <summary>
/// 场景开放 as its users meet it: the zone publishes a scene, a vehicle firm proposes, the operator shortlists it, runs the in-scene
/// trial and records it passed, then registers the technology contract that adopts the proposal; the cockpit counts the contract.
/// A contract whose technology amount exceeds its amount is refused in the form and saves nothing.
/// </summary>
public sealed class SceneJourneyTests
{
    [Fact]
    public async Task The_zone_publishes_a_scene_a_firm_proposes_the_trial_passes_and_the_registered_contract_appears_on_the_cockpit()
    {
        await using var browser = await Browser.LaunchAsync();
        await using var app = await GaoxinApp.StartAsync(Db.Sqlite, kestrel: true);
        var fragment = Guid.NewGuid().ToString("N")[..8];
        var title = $"UI 旅程园区巡检场景 {fragment}";
        var today = DateTime.UtcNow.AddHours(8).Date;
        static string Day(DateTime d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

        // The cockpit's technology-contract figures before anything happens.
        var admin = await browser.NewPageAsync(app.ServerAddress!);
        await Browser.SignInAsync(admin, "admin@zigong.demo");
        var (turnoverBefore, contractsBefore) = await CockpitContractsAsync(admin);

        // The zone creates the scene (industry, offers, dates) and publishes it.
        await admin.GotoAsync("/scenes/new");
        await Browser.WaitForCircuitAsync(admin);
        await admin.FillAsync("#form-title", title);
        await admin.FillAsync("#form-problem", "园区道路夜间巡检依赖人工，需无人车按固定路线巡逻并回传异常图像。");
        await admin.FillAsync("#form-place", "自贡高新区板仓工业园");
        await admin.Locator("#form-offer-Data").ClickAsync();
        await admin.FillAsync("#form-budget", "800000");
        await admin.Locator(".mud-select").Filter(new() { HasText = "产业类别" }).First.ClickAsync();
        await admin.Locator(".mud-popover-open").GetByText("新能源", new() { Exact = true }).ClickAsync();
        await admin.FillAsync("#form-chain-link", "无人车与机器人整机");
        foreach (var (picker, day) in new[] { ("#form-due", today.AddDays(20)), ("#form-trial-end", today.AddDays(90)) })
        {
            var input = admin.Locator($"{picker} input, input{picker}").First;
            await input.FillAsync(Day(day));
            await input.PressAsync("Tab");
        }

        await admin.ClickAsync("#form-save");
        await admin.WaitForURLAsync(url => !url.EndsWith("/scenes/new", StringComparison.Ordinal));
        await Browser.WaitForCircuitAsync(admin);
        await Assertions.Expect(admin.Locator("#scene-title")).ToContainTextAsync(title);
        await Assertions.Expect(admin.Locator("#scene-status")).ToHaveTextAsync("草稿");
        (await admin.Locator("#scene-due").InnerTextAsync()).ShouldBe(Day(today.AddDays(20)));
        var sceneUrl = new Uri(admin.Url).AbsolutePath;
        await admin.ClickAsync("#scene-publish");
        await Assertions.Expect(admin.Locator("#scene-status")).ToHaveTextAsync("征集中");

        // 九识智能 finds the scene and submits a solution proposal.
        var firm = await browser.NewPageAsync(app.ServerAddress!);
        await Browser.SignInAsync(firm, "vehicle@zigong.demo");
        await firm.GotoAsync(sceneUrl);
        await Browser.WaitForCircuitAsync(firm);
        await firm.ClickAsync("#proposal-new");
        await firm.FillAsync("#proposal-team", "无人巡逻车项目组");
        await firm.FillAsync("#proposal-summary", $"L4 级无人巡逻车按固定路线夜巡，激光雷达识别异常并回传 {fragment}");
        await firm.FillAsync("#proposal-quote", "1234500");
        await firm.ClickAsync("#proposal-submit");
        await Assertions.Expect(firm.Locator("#proposal-status-1")).ToHaveTextAsync("已提交");

        // The operator shortlists it, starts the in-scene trial and records it passed with findings.
        var op = await browser.NewPageAsync(app.ServerAddress!);
        await Browser.SignInAsync(op, "operator@zigong.demo");
        await op.GotoAsync(sceneUrl);
        await Browser.WaitForCircuitAsync(op);
        await Assertions.Expect(op.Locator("#proposal-status-1")).ToHaveTextAsync("已提交");
        await op.ClickAsync("#proposal-shortlist-1");
        await op.FillAsync("#action-note", "方案完整，进入场景验证");
        await op.ClickAsync("#action-confirm");
        await Assertions.Expect(op.Locator("#proposal-status-1")).ToHaveTextAsync("入围");
        await op.ClickAsync("#proposal-trial-1");
        await op.ClickAsync("#action-confirm");
        await Assertions.Expect(op.Locator("#proposal-status-1")).ToHaveTextAsync("场景验证中");
        await op.ClickAsync("#proposal-result-1");
        await op.FillAsync("#action-note", "连续 30 天夜巡无漏检，异常识别准确率 98%");
        await op.ClickAsync("#action-confirm");
        await Assertions.Expect(op.Locator("#proposal-status-1")).ToHaveTextAsync("验证通过");
        await Assertions.Expect(op.Locator("#proposal-findings-1")).ToContainTextAsync("异常识别准确率 98%");

        // 登记技术合同并采用 leads to the contract form, drafted from the proposal.
        var link = op.Locator("#proposal-contract-1");
        await Assertions.Expect(link).ToHaveTextAsync("登记技术合同并采用");
        await link.ClickAsync();
        await op.WaitForURLAsync("**/scenes/contracts/new?proposal=*");
        await Browser.WaitForCircuitAsync(op);
        await op.Locator("#contract-source").WaitForAsync();
        var number = "JS" + DateTime.UtcNow.Ticks.ToString(CultureInfo.InvariantCulture)[^12..];
        await op.FillAsync("#contract-title", $"园区无人巡逻技术开发合同 {fragment}");
        await op.Locator(".mud-select").Filter(new() { Has = op.Locator("#contract-kind") }).Or(op.Locator(".mud-select").Filter(new() { HasText = "合同类型" })).First.ClickAsync();
        await op.Locator(".mud-popover-open").GetByText("技术开发", new() { Exact = true }).ClickAsync();
        await op.FillAsync("#contract-amount", "1234500");
        await op.FillAsync("#contract-technology-amount", "1300000");
        await op.FillAsync("#contract-signed-on", Day(today.AddDays(-2)));
        await op.FillAsync("#payment-due-0", Day(today.AddDays(30)));
        await op.FillAsync("#payment-amount-0", "600000");
        await op.ClickAsync("#payment-add");
        await op.FillAsync("#payment-due-1", Day(today.AddDays(120)));
        await op.FillAsync("#payment-amount-1", "634500");
        await op.FillAsync("#contract-registration-number", number);
        await op.FillAsync("#contract-registered-on", Day(today));
        await op.PressAsync("#contract-registered-on", "Tab");
        await Assertions.Expect(op.Locator("#contract-payments-balance")).ToHaveTextAsync("分期合计等于合同成交额。");

        // A technology amount above the contract amount: the rule's Chinese message, and the form stays where it is.
        await op.ClickAsync("#contract-save");
        await Assertions.Expect(op.Locator("#contract-form-error")).ToContainTextAsync("技术交易额 1300000.00 元不能超过合同成交额 1234500.00 元");
        op.Url.ShouldContain("/scenes/contracts/new?proposal=");

        await op.FillAsync("#contract-technology-amount", "1200000");
        await op.PressAsync("#contract-technology-amount", "Tab");
        await op.ClickAsync("#contract-save");
        await op.WaitForURLAsync(url => url.Contains("/scenes/contracts/", StringComparison.Ordinal) && !url.Contains("/new", StringComparison.Ordinal));
        await Browser.WaitForCircuitAsync(op);
        await Assertions.Expect(op.Locator("#contract-view-status")).ToHaveTextAsync("已登记");
        (await op.Locator("#contract-view-kind").InnerTextAsync()).ShouldBe("技术开发");
        (await op.Locator("#contract-view-seller").InnerTextAsync()).ShouldContain("九识智能");
        (await op.Locator("#contract-view-amount").InnerTextAsync()).ShouldBe("1,234,500.00");
        (await op.Locator("#contract-view-number").InnerTextAsync()).ShouldBe(number);
        await op.Locator("#contract-view-proposal").WaitForAsync();
        await Browser.ScreenshotAsync(op, "scene-contract.png");

        // The proposal is adopted by the contract, and the scene has landed.
        await op.GotoAsync(sceneUrl);
        await Browser.WaitForCircuitAsync(op);
        await Assertions.Expect(op.Locator("#proposal-status-1")).ToHaveTextAsync("已采用");
        await Assertions.Expect(op.Locator("#proposals")).ToContainTextAsync("采用: 技术合同");
        await Assertions.Expect(op.Locator("#scene-status")).ToHaveTextAsync("已落地");
        await Browser.ScreenshotAsync(op, "scene-adopted.png");

        // The firm sees its own proposal adopted.
        await firm.ReloadAsync();
        await Browser.WaitForCircuitAsync(firm);
        await Assertions.Expect(firm.Locator("#proposal-status-1")).ToHaveTextAsync("已采用");

        // The cockpit counts it: the turnover grew by exactly the contract's amount (123.45 万元), one more registered contract.
        var (turnoverAfter, contractsAfter) = await CockpitContractsAsync(admin);
        (turnoverAfter - turnoverBefore).ShouldBe(123.45m);
        contractsAfter.ShouldBe(contractsBefore + 1, "the refused save registered nothing");
    }

    /// <summary>The cockpit's technology-contract turnover (万元) and count of registered contracts this year.</summary>
    private static async Task<(decimal Turnover, int Contracts)> CockpitContractsAsync(IPage page)
    {
        await page.GotoAsync("/cockpit");
        await page.Locator("#scenes-turnover").WaitForAsync();
        var turnover = (await page.Locator("#scenes-turnover").InnerTextAsync()).Replace("万元", string.Empty, StringComparison.Ordinal).Replace(",", string.Empty, StringComparison.Ordinal).Trim();
        var contracts = (await page.Locator("#scenes-contracts").InnerTextAsync()).Trim();
        return (decimal.Parse(turnover, CultureInfo.InvariantCulture), int.Parse(contracts, CultureInfo.InvariantCulture));
    }
}
