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
        // The search re-renders the table; a click on a row drawn before it would go to a handler Blazor has dropped.
        await page.WaitForFunctionAsync("() => document.querySelectorAll('#achievements tbody tr').length === 1");
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

    [Fact]
    public async Task The_admin_registers_a_major_project_records_its_progress_and_corrects_it()
    {
        await using var browser = await Browser.LaunchAsync();
        await using var app = await GaoxinApp.StartAsync(Db.Sqlite, kestrel: true);
        var page = await browser.NewPageAsync(app.ServerAddress!);
        await Browser.SignInAsync(page, "admin@zigong.demo");
        var name = $"浏览器重大项目{Guid.NewGuid():N}"[..16];

        await page.GotoAsync("/industry/projects");
        await Browser.WaitForCircuitAsync(page);
        await page.ClickAsync("#new-project");

        // A completion before the start stays on the form at its field, and nothing is registered.
        await page.FillAsync("#project-name", name);
        await page.FillAsync("#project-company", "某新能源公司");
        await page.FillAsync("#project-investment", "12000");
        await page.FillAsync("#project-start", "2026-03-01");
        await page.FillAsync("#project-planned", "2026-01-01");
        await page.ClickAsync("#save-project");
        await page.Locator("#project-form .mud-input-helper-text.mud-input-error").First.WaitForAsync();
        (await ProjectAsync(page, name)).ShouldBeNull();

        await page.FillAsync("#project-planned", "2027-12-31");
        await page.ClickAsync("#save-project");
        await page.Locator("#project-form").WaitForAsync(new() { State = WaitForSelectorState.Detached });
        var card = page.Locator(".project", new() { HasTextString = name }).First;
        await card.WaitForAsync();
        var stored = (await ProjectAsync(page, name))!.Value;
        stored.GetProperty("investment").GetDecimal().ShouldBe(120_000_000m, "12000 万元 is stored in yuan");

        // A milestone, then marked done; a year's promise and outcome.
        await card.Locator(".project-add-milestone").ClickAsync();
        await card.Locator(".milestone-title input").FillAsync("土地摘牌");
        await card.Locator(".milestone-due input").FillAsync("2026-04-30");
        await card.Locator(".milestone-save").ClickAsync();
        await card.Locator(".milestones tr", new() { HasTextString = "土地摘牌" }).WaitForAsync();
        await card.Locator(".milestone-done").First.ClickAsync();
        await card.Locator(".milestone-done").WaitForAsync(new() { State = WaitForSelectorState.Detached });

        await card.Locator(".project-record-year").ClickAsync();
        await card.Locator(".year-year input").FillAsync("2026");
        await card.Locator(".year-promised-investment input").FillAsync("5000");
        await card.Locator(".year-actual-investment input").FillAsync("4200");
        await card.Locator(".year-promised-revenue input").FillAsync("0");
        await card.Locator(".year-save").ClickAsync();
        await card.Locator(".years tr", new() { HasTextString = "4,200" }).WaitForAsync();

        stored = (await ProjectAsync(page, name))!.Value;
        stored.GetProperty("milestones")[0].GetProperty("doneOn").ValueKind.ShouldBe(JsonValueKind.String);
        var year = stored.GetProperty("years").EnumerateArray().Single(y => y.GetProperty("year").GetInt32() == 2026);
        year.GetProperty("actualInvestment").GetDecimal().ShouldBe(42_000_000m);
        year.GetProperty("investmentGap").GetDecimal().ShouldBe(-8_000_000m);

        // 编辑 opens the form filled; the correction is saved.
        await card.Locator(".project-edit").ClickAsync();
        (await page.InputValueAsync("#project-name")).ShouldBe(name);
        await page.FillAsync("#project-investment", "15000");
        await page.ClickAsync("#save-project");
        await page.Locator("#project-form").WaitForAsync(new() { State = WaitForSelectorState.Detached });
        stored = (await ProjectAsync(page, name))!.Value;
        stored.GetProperty("investment").GetDecimal().ShouldBe(150_000_000m);
        stored.GetProperty("version").GetInt32().ShouldBe(1);
        await Browser.ScreenshotAsync(page, "major-project-recorded.png");
    }

    [Fact]
    public async Task The_committee_opens_a_period_records_and_corrects_a_value_and_sets_a_target_without_a_spreadsheet()
    {
        await using var browser = await Browser.LaunchAsync();
        await using var app = await GaoxinApp.StartAsync(Db.Sqlite, kestrel: true);
        var page = await browser.NewPageAsync(app.ServerAddress!);
        await Browser.SignInAsync(page, "admin@zigong.demo");
        await page.GotoAsync("/indicators");
        await Browser.WaitForCircuitAsync(page);

        // A new period (2026 through November) becomes the selected one.
        await page.ClickAsync("#new-period");
        await page.FillAsync("#period-year", "2026");
        await page.FillAsync("#period-month", "11");
        await page.ClickAsync("#save-period");
        await page.Locator("#period-form").WaitForAsync(new() { State = WaitForSelectorState.Detached });
        Json(await (await page.APIRequest.GetAsync("/api/v1/indicators/periods")).TextAsync()).EnumerateArray()
            .Any(p => p.GetProperty("code").GetString() == "2026-11").ShouldBeTrue();

        // A value for GDP in it; the same indicator twice in one period is refused on the form and stored once.
        await page.ClickAsync("#new-value");
        await page.ClickAsync("#value-code");
        await page.Locator(".mud-popover-open .mud-list-item", new() { HasTextString = "地区生产总值" }).First.ClickAsync();
        await page.FillAsync("#value-amount", "612.5");
        await page.FillAsync("#value-growth", "6.1");
        await page.FillAsync("#value-source", "区统计局");
        await page.ClickAsync("#save-value");
        await page.Locator("#value-form").WaitForAsync(new() { State = WaitForSelectorState.Detached });
        var row = page.Locator("#values tr", new() { HasTextString = "地区生产总值" }).First;
        await row.GetByText("612.5").WaitForAsync();

        await page.ClickAsync("#new-value");
        await page.ClickAsync("#value-code");
        await page.Locator(".mud-popover-open .mud-list-item", new() { HasTextString = "地区生产总值" }).First.ClickAsync();
        await page.FillAsync("#value-amount", "700");
        await page.ClickAsync("#save-value");
        await page.Locator("#value-form .mud-alert").WaitForAsync();
        var gdp = await ValuesAsync(page, "GDP", "2026-11");
        gdp.Count.ShouldBe(1);
        gdp[0].GetProperty("value").GetDecimal().ShouldBe(612.5m);

        // 更正 opens filled; the correction is stored.
        await page.Locator("#value-form").GetByRole(AriaRole.Button, new() { Name = "取消" }).ClickAsync();
        await row.Locator(".value-correct").ClickAsync();
        (await page.InputValueAsync("#value-amount")).ShouldBe("612.5");
        await page.FillAsync("#value-amount", "615.2");
        await page.ClickAsync("#save-value");
        await page.Locator("#value-form").WaitForAsync(new() { State = WaitForSelectorState.Detached });
        (await ValuesAsync(page, "GDP", "2026-11")).Single().GetProperty("value").GetDecimal().ShouldBe(615.2m);

        // A target for 2030 appears with the growth it requires.
        await page.ClickAsync("#new-target");
        await page.ClickAsync("#target-code");
        await page.Locator(".mud-popover-open .mud-list-item", new() { HasTextString = "研发经费投入" }).First.ClickAsync();
        await page.FillAsync("#target-year", "2030");
        await page.FillAsync("#target-value", "60");
        await page.FillAsync("#target-document", "区“十五五”规划纲要");
        await page.ClickAsync("#save-target");
        await page.Locator("#target-form").WaitForAsync(new() { State = WaitForSelectorState.Detached });
        await page.Locator("#targets tr", new() { HasTextString = "区“十五五”规划纲要" }).WaitForAsync();
        Json(await (await page.APIRequest.GetAsync("/api/v1/indicators/targets")).TextAsync()).EnumerateArray()
            .Single(t => t.GetProperty("code").GetString() == "RD" && t.GetProperty("year").GetInt32() == 2030).GetProperty("value").GetDecimal().ShouldBe(60m);
        await Browser.ScreenshotAsync(page, "indicators-recorded.png");
    }

    private static async Task<List<JsonElement>> ValuesAsync(IPage page, string code, string period) =>
        [.. Json(await (await page.APIRequest.GetAsync($"/api/v1/indicators/values?code={code}&period={period}")).TextAsync()).EnumerateArray()];

    [Fact]
    public async Task The_admin_adds_an_industry_renames_it_and_gives_it_a_chain_on_the_page()
    {
        await using var browser = await Browser.LaunchAsync();
        await using var app = await GaoxinApp.StartAsync(Db.Sqlite, kestrel: true);
        var page = await browser.NewPageAsync(app.ServerAddress!);
        await Browser.SignInAsync(page, "admin@zigong.demo");
        await page.GotoAsync("/industry");
        await Browser.WaitForCircuitAsync(page);

        // A name already used is refused at its field.
        await page.ClickAsync("#new-industry");
        await page.FillAsync("#industry-name", "硬质合金");
        await page.ClickAsync("#save-industry");
        await page.Locator("#industry-form .mud-input-helper-text.mud-input-error").First.WaitForAsync();

        await page.FillAsync("#industry-name", "低空经济");
        await page.ClickAsync("#save-industry");
        await page.Locator("#industry-form").WaitForAsync(new() { State = WaitForSelectorState.Detached });
        var industry = page.Locator(".industry", new() { HasTextString = "低空经济" }).First;
        await industry.WaitForAsync();

        await industry.Locator(".industry-edit").ClickAsync();
        (await page.InputValueAsync("#industry-name")).ShouldBe("低空经济", "编辑 opens the form filled");
        await page.FillAsync("#industry-name", "低空经济与通用航空");
        await page.ClickAsync("#save-industry");
        await page.Locator("#industry-form").WaitForAsync(new() { State = WaitForSelectorState.Detached });
        industry = page.Locator(".industry", new() { HasTextString = "低空经济与通用航空" }).First;
        await industry.Locator(".industry-new-chain").ClickAsync();
        await page.FillAsync("#chain-name", "无人机整机");
        await page.FillAsync("#chain-description", "整机、飞控、动力与运营服务");
        await page.ClickAsync("#save-chain");
        await page.Locator("#chain-form").WaitForAsync(new() { State = WaitForSelectorState.Detached });
        await page.Locator(".gx-chain-link", new() { HasTextString = "无人机整机" }).ClickAsync();
        await page.WaitForURLAsync("**/industry/chains/**");

        var stored = Json(await (await page.APIRequest.GetAsync("/api/v1/industry/industries")).TextAsync()).EnumerateArray()
            .Single(i => i.GetProperty("name").GetString() == "低空经济与通用航空");
        stored.GetProperty("chains").EnumerateArray().Select(c => c.GetProperty("name").GetString()).ShouldBe(["无人机整机"]);
    }

    private static async Task<JsonElement?> ProjectAsync(IPage page, string name)
    {
        var all = Json(await (await page.APIRequest.GetAsync("/api/v1/industry/projects")).TextAsync());
        foreach (var p in all.EnumerateArray())
        {
            if (p.GetProperty("name").GetString() == name)
            {
                return p;
            }
        }

        return null;
    }

    private static JsonElement Json(string text) => JsonDocument.Parse(text).RootElement;
}
