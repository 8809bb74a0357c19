using System.Net;

namespace Gaoxin.Services.Tests.Catalogue;

/// <summary>The guide renders for an anonymous visitor in both languages; the calendar page for a signed-in user.</summary>
public sealed class CataloguePagesTests(SharedApps apps) : IClassFixture<SharedApps>
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task The_guide_renders_without_signing_in_in_chinese_and_english(Db db)
    {
        var app = await apps.GetAsync(db);
        var anonymous = app.Client();
        var response = await anonymous.GetAsync("/services/guide?q=施工许可");
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var html = await response.Content.ReadAsStringAsync();
        html.ShouldContain("建筑工程施工许可证核发");
        html.ShouldContain("3 个工作日");
        html.ShouldContain("序号");
        html.ShouldNotContain("企业投资项目备案"); // filtered out by the query

        var english = app.Client();
        english.DefaultRequestHeaders.Add("Cookie", ".Gaoxin.Culture=c%3Den%7Cuic%3Den");
        var en = await (await english.GetAsync("/services/guide")).Content.ReadAsStringAsync();
        en.ShouldContain("Service guide");
        en.ShouldContain("working days");
        en.ShouldNotContain("办事指南");
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task The_calendar_page_shows_the_year_with_its_days_off_and_make_up_days(Db db)
    {
        var app = await apps.GetAsync(db);
        var officer = await app.SignedInAsync("officer@zigong.demo");
        var response = await officer.GetAsync("/services/calendar");
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var html = await response.Content.ReadAsStringAsync();
        html.ShouldContain("节假日与工作日");
        html.ShouldContain("2026-10-10");
        html.ShouldContain("调休上班");
        html.ShouldNotContain("calendar-import"); // only the zone admin loads a year
        (await (await (await app.SignedInAsync("admin@zigong.demo")).GetAsync("/services/calendar")).Content.ReadAsStringAsync()).ShouldContain("calendar-import");
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task The_departments_page_lists_officers_and_heads_for_the_admin_only(Db db)
    {
        var app = await apps.GetAsync(db);
        var admin = await app.SignedInAsync("admin@zigong.demo");
        var html = await (await admin.GetAsync("/services/departments")).Content.ReadAsStringAsync();
        html.ShouldContain("经济发展局");
        html.ShouldContain("jfj-head@zigong.demo");
        html.ShouldContain("officer@zigong.demo");
        var officer = await app.SignedInAsync("officer@zigong.demo");
        var denied = await officer.GetAsync("/services/departments");
        (await denied.Content.ReadAsStringAsync()).ShouldNotContain("jfj-head@zigong.demo");
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task The_catalogue_page_lists_the_items_and_the_admin_opens_an_item_to_edit(Db db)
    {
        var app = await apps.GetAsync(db);
        var officer = await app.SignedInAsync("officer@zigong.demo");
        var list = await (await officer.GetAsync("/services/catalogue")).Content.ReadAsStringAsync();
        list.ShouldContain("企业投资项目备案");
        list.ShouldNotContain("/edit"); // only the zone admin edits
        var admin = await app.SignedInAsync("admin@zigong.demo");
        var item = (await (await admin.GetAsync("/api/v1/services/items?q=SV-008")).ReadJsonAsync())[0].GetProperty("id").GetGuid();
        (await (await admin.GetAsync("/services/catalogue")).Content.ReadAsStringAsync()).ShouldContain($"/services/catalogue/{item}/edit");
        var edit = await (await admin.GetAsync($"/services/catalogue/{item}/edit")).Content.ReadAsStringAsync();
        edit.ShouldContain("施工图审查合格书");
        edit.ShouldContain("floor_area");
    }
}
