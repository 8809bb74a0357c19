using System.Text.Json;
using Microsoft.Playwright;

namespace Gaoxin.Browser.Tests;

/// <summary>
/// Destructive steps (不予支持, 撤销资助) ask in a dialog for their reason: cancel changes nothing, an empty reason is refused
/// in the dialog, a confirmed reason is recorded. A submitted form starts afresh, so a second 提交 cannot resend it.
/// </summary>
public sealed class ConfirmationJourneyTests
{
    [Fact]
    public async Task Declining_an_application_and_cancelling_an_award_need_a_confirmed_reason_and_cancel_keeps_everything()
    {
        await using var browser = await Browser.LaunchAsync();
        await using var app = await GaoxinApp.StartAsync(Db.Sqlite, kestrel: true);
        var op = await browser.NewPageAsync(app.ServerAddress!);
        await Browser.SignInAsync(op, "operator@zigong.demo");

        var projects = Json(await (await op.APIRequest.GetAsync("/api/v1/tech-transfer/projects?stage=PilotIncubation&size=100")).TextAsync());
        var project = projects.GetProperty("items").EnumerateArray().First(p => p.GetProperty("grade").GetString() is "A" or "B");
        var code = project.GetProperty("code").GetString()!;
        var title = project.GetProperty("title").GetString()!;

        await op.GotoAsync($"/funding/applications?project={project.GetProperty("id").GetString()}");
        await Browser.WaitForCircuitAsync(op);
        await op.FillAsync("#app-amount", "90000");
        await op.FillAsync("#app-eligible", "800000");
        await op.FillAsync("#app-breakdown", "中试材料与检测费");
        await op.ClickAsync("#app-submit");
        var row = op.Locator("#applications tr", new() { HasTextString = code }).Filter(new() { HasTextString = "90,000.00" }).First;
        await row.GetByText("已申请").WaitForAsync();
        (await op.InputValueAsync("#app-breakdown")).ShouldBeEmpty("the form starts afresh after a submission");
        await op.ClickAsync("#app-submit");
        (await op.Locator("#applications tr", new() { HasTextString = code }).Filter(new() { HasTextString = "90,000.00" }).CountAsync())
            .ShouldBe(1, "a second 提交 on the emptied form sends nothing again");

        // Cancel: the dialog closes and the application is untouched.
        await row.Locator(".act-reject").ClickAsync();
        var dialog = op.Locator(".mud-dialog");
        await dialog.GetByText(title, new() { Exact = false }).WaitForAsync();
        await op.ClickAsync("#reason-dialog-cancel");
        await dialog.WaitForAsync(new() { State = WaitForSelectorState.Detached });
        (await row.InnerTextAsync()).ShouldContain("已申请");

        // Confirm without a reason: refused in the dialog; with one: recorded as the decision note.
        await row.Locator(".act-reject").ClickAsync();
        await op.ClickAsync("#reason-dialog-confirm");
        await dialog.GetByText("请填写理由后再确认").WaitForAsync();
        (await row.InnerTextAsync()).ShouldContain("已申请");
        await op.FillAsync("#reason-dialog-text", "成本测算依据不足，请补充后再申报");
        await op.ClickAsync("#reason-dialog-confirm");
        await row.GetByText("未批准").WaitForAsync();
        var rejected = Json(await (await op.APIRequest.GetAsync("/api/v1/funding/applications?size=200")).TextAsync())
            .GetProperty("items").EnumerateArray().Single(a => a.GetProperty("projectCode").GetString() == code && a.GetProperty("amount").GetDecimal() == 90_000m);
        rejected.GetProperty("status").GetString().ShouldBe("Rejected");
        rejected.GetProperty("decisionNote").GetString().ShouldBe("成本测算依据不足，请补充后再申报");

        // 撤销资助 on an active demo award, as the zone admin.
        var admin = await browser.NewPageAsync(app.ServerAddress!);
        await Browser.SignInAsync(admin, "admin@zigong.demo");
        var award = Json(await (await admin.APIRequest.GetAsync("/api/v1/funding/awards?size=200")).TextAsync())
            .GetProperty("items").EnumerateArray().First(a => a.GetProperty("status").GetString() == "Active");
        var awardId = award.GetProperty("id").GetString()!;
        await admin.GotoAsync($"/funding/awards/{awardId}");
        await Browser.WaitForCircuitAsync(admin);
        await admin.ClickAsync("#award-cancel");
        await admin.ClickAsync("#reason-dialog-cancel");
        await admin.Locator(".mud-dialog").WaitForAsync(new() { State = WaitForSelectorState.Detached });
        (await admin.Locator("#award-status").InnerTextAsync()).ShouldContain("执行中");
        Json(await (await admin.APIRequest.GetAsync($"/api/v1/funding/awards/{awardId}")).TextAsync()).GetProperty("status").GetString().ShouldBe("Active");

        await admin.ClickAsync("#award-cancel");
        await admin.FillAsync("#reason-dialog-text", "项目主体注销，终止资助");
        await admin.ClickAsync("#reason-dialog-confirm");
        await admin.Locator("#award-status").GetByText("已撤销").WaitForAsync();
        var cancelled = Json(await (await admin.APIRequest.GetAsync($"/api/v1/funding/awards/{awardId}")).TextAsync());
        cancelled.GetProperty("status").GetString().ShouldBe("Cancelled");
        cancelled.GetProperty("closeReason").GetString().ShouldBe("项目主体注销，终止资助");
        await Browser.ScreenshotAsync(admin, "funding-award-cancelled.png");
    }

    private static JsonElement Json(string text) => JsonDocument.Parse(text).RootElement;
}
