using System.Globalization;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
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

    /// <summary>
    /// 尽职免责核销: on the demo's open 先投后股 instrument the operator opens a diligence-exemption review (a too-short finding is
    /// refused first) and approves it; the zone admin sees the write-off locked until their own approval, approves, writes off,
    /// and the page shows 已核销, the written-off amount and the ledger's write-off entry.
    /// </summary>
    [Fact]
    public async Task A_failed_invest_then_equity_project_is_written_off_after_a_diligence_exemption_review()
    {
        await using var browser = await Browser.LaunchAsync();
        await using var app = await GaoxinApp.StartAsync(Db.Sqlite, kestrel: true);
        var op = await browser.NewPageAsync(app.ServerAddress!);
        await Browser.SignInAsync(op, "operator@zigong.demo");

        // The demo's open instrument: approved this year, the signing tranche paid.
        var list = JsonDocument.Parse(await (await op.APIRequest.GetAsync("/api/v1/funding/instruments")).TextAsync()).RootElement;
        var id = list.EnumerateArray().First(i => i.GetProperty("status").GetString() == "Unconverted").GetProperty("id").GetString()!;
        var paid = JsonDocument.Parse(await (await op.APIRequest.GetAsync($"/api/v1/funding/instruments/{id}")).TextAsync()).RootElement.GetProperty("paid").GetDecimal();
        paid.ShouldBeGreaterThan(0m);
        var paidText = paid.ToString("#,##0.00", CultureInfo.InvariantCulture);

        // The list: no deadline is near in the demo; the instrument opens from its row.
        await op.GotoAsync("/funding/instruments");
        await Browser.WaitForCircuitAsync(op);
        await op.Locator("#deadline-alerts-empty").GetByText("暂无到期提醒").WaitForAsync();
        await op.Locator($"#instruments tr[data-instrument='{id}'] a").ClickAsync();
        await op.WaitForURLAsync($"**/funding/instruments/{id}");
        await op.Locator("#review-form").WaitForAsync();
        await Browser.WaitForCircuitAsync(op);
        (await op.Locator("#write-off").CountAsync()).ShouldBe(0, "only the zone admin writes off");

        await op.FillAsync("#review-findings", "项目失败");
        await op.ClickAsync("#review-submit");
        await op.Locator("#refusal-open").GetByText("审查结论应为 10–4000 字", new() { Exact = false }).WaitForAsync();

        await op.FillAsync("#review-findings", "中试阶段关键工艺未能突破，项目终止。立项评审与拨付均按程序决策，过程资料齐全，已勤勉尽责。");
        await op.Locator("#review-form").GetByText("已勤勉尽责：决策符合程序", new() { Exact = false }).ClickAsync();
        await op.ClickAsync("#review-submit");
        var review = op.Locator("#reviews .review").First;
        await review.Locator(".review-status").GetByText("审查中").WaitForAsync();
        (await review.InnerTextAsync()).ShouldContain("已勤勉尽责");
        (await review.Locator(".review-waiting").InnerTextAsync()).ShouldContain("创新中心运营方、管委会");

        await op.FillAsync("#review-opinion", "同意核销：失败原因属技术风险");
        await op.ClickAsync("#review-approve");
        await review.Locator("tr[data-role='CenterOperator']").GetByText("同意核销：失败原因属技术风险").WaitForAsync();
        (await review.Locator(".review-waiting").InnerTextAsync()).ShouldNotContain("创新中心运营方");
        (await op.Locator("#review-decide").CountAsync()).ShouldBe(0, "the operator has decided");

        var admin = await browser.NewPageAsync(app.ServerAddress!);
        await Browser.SignInAsync(admin, "admin@zigong.demo");
        await admin.GotoAsync($"/funding/instruments/{id}");
        await Browser.WaitForCircuitAsync(admin);
        await admin.Locator("#review-decide").WaitForAsync();
        await Assertions.Expect(admin.Locator("#write-off")).ToBeDisabledAsync();
        (await admin.Locator("#write-off-hint").InnerTextAsync()).ShouldContain("须有经创新中心运营方与管委会批准");

        await admin.FillAsync("#review-opinion", "同意按尽职免责核销");
        await admin.ClickAsync("#review-approve");
        await admin.Locator("#reviews .review .review-status").GetByText("已批准核销").WaitForAsync();
        await Assertions.Expect(admin.Locator("#write-off")).ToBeEnabledAsync();
        (await admin.Locator("#write-off-hint").InnerTextAsync()).ShouldContain(paidText);

        await admin.ClickAsync("#write-off");
        await admin.Locator(".mud-dialog").GetByRole(AriaRole.Button, new() { Name = "确认核销", Exact = true }).ClickAsync();
        await admin.Locator("#instrument-status").GetByText("已核销").WaitForAsync();
        await admin.Locator("#inst-written-off").GetByText(paidText).WaitForAsync();
        var entry = admin.Locator("#instrument-ledger tr[data-kind='WrittenOff']");
        await entry.WaitForAsync();
        (await entry.InnerTextAsync()).ShouldContain(paidText);
        (await entry.InnerTextAsync()).ShouldContain("尽职免责核销");
        (await admin.Locator("#instrument-life").InnerTextAsync()).ShouldContain($"核销 · {paidText}");
        (await admin.Locator("#write-off").CountAsync()).ShouldBe(0, "a closed record has nothing left to write off");
        await Browser.ScreenshotAsync(admin, "funding-write-off.png");

        var after = JsonDocument.Parse(await (await admin.APIRequest.GetAsync($"/api/v1/funding/instruments/{id}")).TextAsync()).RootElement;
        after.GetProperty("status").GetString().ShouldBe("WrittenOff");
        after.GetProperty("writtenOff").GetDecimal().ShouldBe(paid);
    }

    /// <summary>
    /// 到期提醒 and 到期结清: five years on (the app's clock moved), the demo's open instrument is overdue on the dashboard; the zone
    /// admin follows the alert, a settlement dated before the deadline is refused by its named rule, the repayment is recorded,
    /// and the alert is gone.
    /// </summary>
    [Fact]
    public async Task Past_its_deadline_an_unconverted_instrument_is_alerted_and_settled_by_repayment()
    {
        var clock = new ShiftedClock();
        await using var browser = await Browser.LaunchAsync();
        await using var app = await GaoxinApp.StartAsync(Db.Sqlite, kestrel: true, services: s => s.AddSingleton<TimeProvider>(clock));
        clock.Shift(TimeSpan.FromDays((5 * 365) + 12)); // the demo was seeded "today"; its open instrument's deadline is five years on
        var admin = await browser.NewPageAsync(app.ServerAddress!);
        await Browser.SignInAsync(admin, "admin@zigong.demo");

        var alerts = JsonDocument.Parse(await (await admin.APIRequest.GetAsync("/api/v1/funding/instruments/alerts")).TextAsync()).RootElement;
        var alert = alerts.GetProperty("items").EnumerateArray().Single();
        var id = alert.GetProperty("id").GetString()!;
        var overdue = alert.GetProperty("daysOverdue").GetInt32();
        overdue.ShouldBeGreaterThan(0);
        var deadline = DateOnly.Parse(alert.GetProperty("deadline").GetString()!, CultureInfo.InvariantCulture);
        var today = alerts.GetProperty("today").GetString()!;
        var paid = alert.GetProperty("paid").GetDecimal();
        var paidText = paid.ToString("#,##0.00", CultureInfo.InvariantCulture);

        await admin.GotoAsync("/funding");
        await Browser.WaitForCircuitAsync(admin);
        var row = admin.Locator($"#deadline-alerts tr[data-alert='{id}']");
        await row.GetByText($"已逾期 {overdue} 天").WaitForAsync();
        await Browser.ScreenshotAsync(admin, "funding-alerts.png");
        await row.Locator("a").ClickAsync();
        await admin.WaitForURLAsync($"**/funding/instruments/{id}");
        await admin.Locator("#settle-form").WaitForAsync();
        await Browser.WaitForCircuitAsync(admin);
        await admin.Locator("#instrument-deadline").GetByText($"已逾期 {overdue} 天").WaitForAsync();

        await admin.Locator("#settle-form").GetByText("还款", new() { Exact = true }).ClickAsync();
        await admin.Locator("#settle-amount").WaitForAsync(); // shown once the server has the choice
        await admin.FillAsync("#settle-amount", paid.ToString(CultureInfo.InvariantCulture));
        await admin.FillAsync("#settle-note", "期满未转股，企业按协议还款");
        await admin.FillAsync("#settle-on", deadline.AddDays(-1).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        await admin.ClickAsync("#settle-submit");
        var refusal = admin.Locator("#refusal-settle");
        await refusal.Locator(".refusal-rule").GetByText("DeadlineReachedRule").WaitForAsync();
        (await refusal.InnerTextAsync()).ShouldContain("未到，不能按到期结清");

        await admin.FillAsync("#settle-on", today);
        await admin.ClickAsync("#settle-submit");
        await admin.Locator("#instrument-status").GetByText("已结清").WaitForAsync();
        (await admin.Locator("#settlement-result").InnerTextAsync()).ShouldContain($"还款 {paidText} 元");
        (await admin.Locator("#instrument-life").InnerTextAsync()).ShouldContain($"到期还款结清 · {paidText}");
        (await admin.Locator("#instrument-ledger tr[data-kind='ReturnReceived']").InnerTextAsync()).ShouldContain(paidText);
        await Browser.ScreenshotAsync(admin, "funding-settlement.png");

        await admin.GotoAsync("/funding/instruments");
        await Browser.WaitForCircuitAsync(admin);
        await admin.Locator("#deadline-alerts-empty").WaitForAsync();
    }

    /// <summary>The system clock moved forward by a set amount: time still flows (timers, circuits) but "today" is years on.</summary>
    private sealed class ShiftedClock : TimeProvider
    {
        private long _offsetTicks;

        public void Shift(TimeSpan by) => Interlocked.Add(ref _offsetTicks, by.Ticks);

        public override DateTimeOffset GetUtcNow() => System.GetUtcNow().AddTicks(Interlocked.Read(ref _offsetTicks));
    }
}
