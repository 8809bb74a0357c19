using System.Net;
using Gaoxin.Data.Seeding;
using Gaoxin.Kernel.Access;

namespace Gaoxin.Platform.Tests;

/// <summary>Every platform endpoint × every role: who gets in, and what an organisation-bound user sees.</summary>
public sealed class AccessTests(SharedApps apps)
{
    private static readonly string[] AdminOnly = ["/api/v1/admin/users", "/api/v1/admin/audit", "/api/v1/admin/audit/verify"];
    private static readonly string[] EveryUser = ["/api/v1/me", "/api/v1/organisations", "/api/v1/me/tokens"];

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Anonymous_callers_get_401_problem_details_everywhere_in_the_api(Db db)
    {
        var app = await apps.GetAsync(db);
        var client = app.Client();
        foreach (var url in AdminOnly.Concat(EveryUser))
        {
            var response = await client.GetAsync(url);
            response.StatusCode.ShouldBe(HttpStatusCode.Unauthorized, url);
            response.Content.Headers.ContentType?.MediaType.ShouldBe("application/problem+json", url);
        }

        (await client.PostJsonAsync("/api/v1/organisations", new { name = "匿名机构", kind = "Enterprise" })).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Only_the_zone_admin_reaches_the_admin_endpoints(Db db)
    {
        var app = await apps.GetAsync(db);
        foreach (var (email, _, role, _) in DemoData.Users)
        {
            var client = await app.SignedInAsync(email);
            foreach (var url in AdminOnly)
            {
                (await client.GetAsync(url)).StatusCode.ShouldBe(role == Roles.ZoneAdmin ? HttpStatusCode.OK : HttpStatusCode.Forbidden, $"{role} {url}");
            }

            foreach (var url in EveryUser)
            {
                (await client.GetAsync(url)).StatusCode.ShouldBe(HttpStatusCode.OK, $"{role} {url}");
            }

            var create = await client.PostJsonAsync("/api/v1/organisations", new { name = "无权新建" + Guid.NewGuid().ToString("N")[..6], kind = "Enterprise" });
            create.StatusCode.ShouldBe(role == Roles.ZoneAdmin ? HttpStatusCode.Created : HttpStatusCode.Forbidden, role);
        }
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task An_enterprise_user_sees_and_changes_only_its_own_enterprise(Db db)
    {
        var app = await apps.GetAsync(db);
        var viewer = await app.SignedInAsync("viewer@zigong.demo");
        var all = (await (await viewer.GetAsync("/api/v1/organisations?size=200")).ReadJsonAsync()).GetProperty("items").EnumerateArray().ToList();
        all.Count.ShouldBeGreaterThanOrEqualTo(DemoData.Organisations.Count);
        var own = all.Single(o => o.GetProperty("name").GetString() == "兴储世纪").GetProperty("id").GetString();
        var other = all.Single(o => o.GetProperty("name").GetString() == "珈钠能源").GetProperty("id").GetString();

        var enterprise = await app.SignedInAsync("enterprise@zigong.demo");
        var visible = (await (await enterprise.GetAsync("/api/v1/organisations?size=200")).ReadJsonAsync()).GetProperty("items").EnumerateArray().ToList();
        visible.Select(o => o.GetProperty("name").GetString()).ShouldBe(["兴储世纪"]);
        (await enterprise.GetAsync($"/api/v1/organisations/{own}")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await enterprise.GetAsync($"/api/v1/organisations/{other}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);

        var note = "钠离子电池正极材料 " + Guid.NewGuid().ToString("N")[..4];
        (await enterprise.PutJsonAsync($"/api/v1/organisations/{own}", new { name = "兴储世纪", kind = "Enterprise", note })).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await (await viewer.GetAsync($"/api/v1/organisations/{own}")).ReadJsonAsync()).GetProperty("note").GetString().ShouldBe(note);

        (await enterprise.PutJsonAsync($"/api/v1/organisations/{other}", new { name = "珈钠能源", kind = "Enterprise", note = "篡改" })).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        var rename = await enterprise.PutJsonAsync($"/api/v1/organisations/{own}", new { name = "兴储世纪（改名）", kind = "Enterprise" });
        rename.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await (await viewer.GetAsync($"/api/v1/organisations/{other}")).ReadJsonAsync()).GetProperty("note").GetString().ShouldNotBe("篡改");
        (await (await viewer.GetAsync($"/api/v1/organisations/{own}")).ReadJsonAsync()).GetProperty("name").GetString().ShouldBe("兴储世纪");

        (await viewer.PutJsonAsync($"/api/v1/organisations/{own}", new { name = "兴储世纪", kind = "Enterprise", note = "只读" })).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }
}

public sealed class ExportTests(SharedApps apps)
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Exports_are_xlsx_with_chinese_headers_and_the_same_visibility_as_the_lists(Db db)
    {
        var app = await apps.GetAsync(db);
        var viewer = await app.SignedInAsync("viewer@zigong.demo");
        var response = await viewer.GetAsync("/api/v1/organisations/export");
        response.Content.Headers.ContentType!.MediaType.ShouldBe(Gaoxin.Data.Http.ExcelExport.ContentType);
        var rows = await ReadAsync(response);
        rows.Select(r => (string)r["名称"]).ShouldContain("自贡创新中心");
        rows.Single(r => (string)r["名称"] == "自贡创新中心")["类型"].ShouldBe("创新中心");
        rows.Count.ShouldBeGreaterThanOrEqualTo(13);

        var enterprise = await app.SignedInAsync("enterprise@zigong.demo");
        var own = await ReadAsync(await enterprise.GetAsync("/api/v1/organisations/export"));
        own.Select(r => (string)r["名称"]).ShouldBe(["兴储世纪"]);
        (await enterprise.GetAsync("/api/v1/admin/users/export")).StatusCode.ShouldBe(System.Net.HttpStatusCode.Forbidden);

        var admin = await app.SignedInAsync("admin@zigong.demo");
        var users = await ReadAsync(await admin.GetAsync("/api/v1/admin/users/export?search=zigong.demo"));
        users.Select(r => (string)r["邮箱"]).ShouldContain("enterprise@zigong.demo");
        users.Single(r => (string)r["邮箱"] == "enterprise@zigong.demo")["角色"].ShouldBe("企业用户");
        var audit = await ReadAsync(await admin.GetAsync("/api/v1/admin/audit/export"));
        audit.ShouldNotBeEmpty();
        audit[0].Keys.ShouldContain("哈希");
    }

    private static async Task<List<IDictionary<string, object>>> ReadAsync(HttpResponseMessage response)
    {
        response.EnsureSuccessStatusCode();
        await using var stream = new MemoryStream(await response.Content.ReadAsByteArrayAsync());
        return MiniExcelLibs.MiniExcel.Query(stream, useHeaderRow: true).Cast<IDictionary<string, object>>().ToList();
    }
}

/// <summary>Small things a browser or a monitor sees (#22, item 12): refusals carry 403, the docs page loads nothing from the internet, a favicon.</summary>
public sealed class PageBasicsTests(SharedApps apps)
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_page_the_user_may_not_see_answers_403_with_the_denied_text(Db db)
    {
        var app = await apps.GetAsync(db);
        var enterprise = await app.SignedInAsync("enterprise@zigong.demo");
        var redirect = await enterprise.GetAsync("/enterprises/cultivation");
        redirect.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var denied = redirect.Headers.Location!.IsAbsoluteUri ? redirect.Headers.Location.PathAndQuery : redirect.Headers.Location.OriginalString;
        denied.ShouldStartWith("/account/denied");
        var refused = await enterprise.GetAsync(denied);
        refused.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await refused.Content.ReadAsStringAsync()).ShouldContain("无权访问");

        var admin = await app.SignedInAsync("admin@zigong.demo");
        (await admin.GetAsync("/enterprises/cultivation")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task The_api_docs_and_the_pages_load_no_font_or_script_from_another_host_and_have_a_favicon()
    {
        var app = await apps.GetAsync(Db.Sqlite);
        var client = await app.SignedInAsync("admin@zigong.demo");
        var docs = await client.GetAsync("/api/docs");
        for (var hops = 0; docs.StatusCode is HttpStatusCode.Redirect or HttpStatusCode.MovedPermanently && hops < 3; hops++)
        {
            var next = docs.Headers.Location!;
            docs = await client.GetAsync(next.IsAbsoluteUri ? next.PathAndQuery : new Uri(new Uri("http://localhost/api/docs"), next).PathAndQuery);
        }

        docs.StatusCode.ShouldBe(HttpStatusCode.OK);
        var html = await docs.Content.ReadAsStringAsync();
        html.ShouldNotContain("fonts.scalar.com");
        System.Text.RegularExpressions.Regex.Matches(html, "(?:src|href)=\"(https?:)?//").ShouldBeEmpty();

        var login = await app.Client().GetStringAsync(new Uri("/account/login", UriKind.Relative));
        var icon = System.Text.RegularExpressions.Regex.Match(login, "<link rel=\"icon\"[^>]* href=\"([^\"]+\\.svg)\"");
        icon.Success.ShouldBeTrue("the page names a favicon");
        var favicon = await client.GetAsync(new Uri(icon.Groups[1].Value, UriKind.Relative));
        favicon.StatusCode.ShouldBe(HttpStatusCode.OK);
        favicon.Content.Headers.ContentType!.MediaType.ShouldBe("image/svg+xml");
    }
}
