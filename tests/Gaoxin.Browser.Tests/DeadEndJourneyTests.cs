using System.Text.Json;
using Microsoft.Playwright;

namespace Gaoxin.Browser.Tests;

/// <summary>Issue #22 item 1: records that could be made but not changed in the UI (organisations, achievements) are edited and deleted there.</summary>
public sealed class DeadEndJourneyTests
{
    [Fact]
    public async Task The_admin_edits_an_organisation_and_sees_the_new_name_in_the_list()
    {
        await using var browser = await Browser.LaunchAsync();
        await using var app = await GaoxinApp.StartAsync(Db.Sqlite, kestrel: true);
        var admin = await browser.NewPageAsync(app.ServerAddress!);
        await Browser.SignInAsync(admin, "admin@zigong.demo");
        var org = Json(await (await admin.APIRequest.GetAsync("/api/v1/organisations/?size=5")).TextAsync()).GetProperty("items")[0];
        var name = org.GetProperty("name").GetString()!;

        await admin.GotoAsync("/organisations");
        await Browser.WaitForCircuitAsync(admin);
        await admin.FillAsync("#org-search", name);
        var row = admin.Locator("#org-table tr", new() { HasTextString = name }).First;
        await row.Locator(".org-edit").ClickAsync();
        (await admin.InputValueAsync("#org-name")).ShouldBe(name, "编辑 opens the form filled");

        // A bad credit code is shown at its field and nothing changes.
        await admin.FillAsync("#org-credit-code", "91510300MA62X0001X");
        await admin.ClickAsync("#save-org");
        await admin.Locator("#org-form .mud-input-helper-text.mud-input-error").First.WaitForAsync();
        Json(await (await admin.APIRequest.GetAsync($"/api/v1/organisations/{org.GetProperty("id").GetString()}")).TextAsync())
            .GetProperty("name").GetString().ShouldBe(name);

        var renamed = name + "（更名）";
        await admin.FillAsync("#org-credit-code", "");
        await admin.FillAsync("#org-name", renamed);
        await admin.ClickAsync("#save-org");
        await admin.Locator("#org-form").WaitForAsync(new() { State = WaitForSelectorState.Detached });
        await admin.FillAsync("#org-search", renamed);
        await admin.Locator("#org-table tr", new() { HasTextString = renamed }).First.WaitForAsync();
        Json(await (await admin.APIRequest.GetAsync($"/api/v1/organisations/{org.GetProperty("id").GetString()}")).TextAsync())
            .GetProperty("name").GetString().ShouldBe(renamed);
        await Browser.ScreenshotAsync(admin, "organisation-edited.png");
    }

    [Fact]
    public async Task An_institute_edits_an_achievement_and_deletes_an_unused_one_after_confirming()
    {
        await using var browser = await Browser.LaunchAsync();
        await using var app = await GaoxinApp.StartAsync(Db.Sqlite, kestrel: true);
        var page = await browser.NewPageAsync(app.ServerAddress!);
        await Browser.SignInAsync(page, "institute@zigong.demo");
        var title = $"浏览器成果{Guid.NewGuid():N}"[..20];
        var created = await page.APIRequest.PostAsync("/api/v1/tech-transfer/achievements", new()
        {
            DataObject = new { title, kind = "InventionPatent", readiness = 4, industry = "NewEnergy", patents = Array.Empty<string>() },
        });
        created.Status.ShouldBe(200, await created.TextAsync());

        await page.GotoAsync("/tech-transfer/achievements");
        await Browser.WaitForCircuitAsync(page);
        await page.FillAsync("#achievement-search", title);
        await page.PressAsync("#achievement-search", "Enter");
        var row = page.Locator("#achievements tr", new() { HasTextString = title }).First;
        await row.Locator(".achievement-edit").ClickAsync();
        (await page.InputValueAsync("#achievement-title")).ShouldBe(title, "编辑 opens the form filled");
        await page.FillAsync("#achievement-readiness", "6");
        await page.ClickAsync("#save-achievement");
        await page.Locator("#achievement-form").WaitForAsync(new() { State = WaitForSelectorState.Detached });
        await row.Locator("td:nth-child(4)").GetByText("6", new() { Exact = true }).WaitForAsync();

        // 删除: cancel keeps it, confirm removes it.
        await row.Locator(".achievement-delete").ClickAsync();
        var dialog = page.Locator(".mud-dialog");
        await dialog.GetByText(title, new() { Exact = false }).WaitForAsync();
        await dialog.GetByRole(AriaRole.Button, new() { Name = "取消" }).ClickAsync();
        await dialog.WaitForAsync(new() { State = WaitForSelectorState.Detached });
        (await row.CountAsync()).ShouldBe(1);

        await row.Locator(".achievement-delete").ClickAsync();
        await dialog.GetByRole(AriaRole.Button, new() { Name = "删除" }).ClickAsync();
        await page.Locator("#achievements tr", new() { HasTextString = title }).WaitForAsync(new() { State = WaitForSelectorState.Detached });
        Json(await (await page.APIRequest.GetAsync($"/api/v1/tech-transfer/achievements?search={Uri.EscapeDataString(title)}")).TextAsync())
            .GetProperty("total").GetInt32().ShouldBe(0);
    }

    private static JsonElement Json(string text) => JsonDocument.Parse(text).RootElement;
}
