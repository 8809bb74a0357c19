using System.Net;
using System.Text;
using Microsoft.EntityFrameworkCore;

namespace Gaoxin.Platform.Tests;

public sealed class BadInputTests(SharedApps apps)
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Malformed_json_is_a_400_naming_the_place_and_changes_nothing(Db db)
    {
        var app = await apps.GetAsync(db);
        var admin = await app.SignedInAsync("admin@zigong.demo");
        var target = await app.InScopeAsync(ctx => ctx.Organisations.AsNoTracking().SingleAsync(o => o.Name == "川力科技"));

        var broken = new StringContent("{\"name\": \"川力科技\", \"kind\": ", Encoding.UTF8, "application/json");
        var response = await admin.PutAsync(new Uri($"/api/v1/organisations/{target.Id}", UriKind.Relative), broken);

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
        var problem = await response.ReadJsonAsync();
        problem.GetProperty("title").GetString().ShouldBe("请求数据有误");
        problem.GetProperty("detail").GetString()!.ShouldContain("$.kind");
        var after = await app.InScopeAsync(ctx => ctx.Organisations.AsNoTracking().SingleAsync(o => o.Id == target.Id));
        after.ShouldBeEquivalentTo(target);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Wrong_value_types_and_unknown_enum_values_are_400s(Db db)
    {
        var app = await apps.GetAsync(db);
        var admin = await app.SignedInAsync("admin@zigong.demo");
        var badKind = await admin.PostAsync(new Uri("/api/v1/organisations", UriKind.Relative), new StringContent("{\"name\":\"某公司\",\"kind\":\"Bank\"}", Encoding.UTF8, "application/json"));
        badKind.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await badKind.ReadJsonAsync()).GetProperty("detail").GetString()!.ShouldContain("$.kind");
        (await app.InScopeAsync(ctx => ctx.Organisations.AnyAsync(o => o.Name == "某公司"))).ShouldBeFalse();
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task An_organisation_with_a_wrong_credit_code_check_character_is_refused(Db db)
    {
        var app = await apps.GetAsync(db);
        var admin = await app.SignedInAsync("admin@zigong.demo");
        var response = await admin.PostJsonAsync("/api/v1/organisations", new { name = "信用代码校验测试", kind = "Investor", creditCode = "91350100M000100Y44" });
        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await response.ReadJsonAsync()).GetProperty("errors").GetProperty("creditCode")[0].GetString()!.ShouldContain("校验");
        (await app.InScopeAsync(ctx => ctx.Organisations.AnyAsync(o => o.Name == "信用代码校验测试"))).ShouldBeFalse();

        var valid = await admin.PostJsonAsync("/api/v1/organisations", new { name = "信用代码校验测试", kind = "Investor", creditCode = "91350100M000100Y43" });
        valid.StatusCode.ShouldBe(HttpStatusCode.Created);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Missing_fields_are_named_in_chinese_and_nothing_is_created(Db db)
    {
        var app = await apps.GetAsync(db);
        var admin = await app.SignedInAsync("admin@zigong.demo");
        var email = $"missing-{Guid.NewGuid():N}"[..20] + "@zigong.demo";

        var response = await admin.PostJsonAsync("/api/v1/admin/users", new { email });

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var errors = (await response.ReadJsonAsync()).GetProperty("errors");
        errors.GetProperty("displayName")[0].GetString().ShouldBe("姓名不能为空。");
        errors.GetProperty("role")[0].GetString().ShouldBe("角色不能为空。");
        errors.GetProperty("password")[0].GetString().ShouldBe("初始密码不能为空。");
        errors.TryGetProperty("email", out _).ShouldBeFalse();
        (await app.InScopeAsync(ctx => ctx.Users.AnyAsync(u => u.Email == email))).ShouldBeFalse();
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Rules_refuse_a_bound_role_in_the_wrong_organisation_and_weak_passwords(Db db)
    {
        var app = await apps.GetAsync(db);
        var admin = await app.SignedInAsync("admin@zigong.demo");
        var university = await app.InScopeAsync(ctx => ctx.Organisations.SingleAsync(o => o.Name == "重庆大学"));

        var wrongKind = await admin.PostJsonAsync("/api/v1/admin/users", new { email = "wrong-kind@zigong.demo", displayName = "错配", role = "EnterpriseUser", organisationId = university.Id, password = "Good@Pass1" });
        wrongKind.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await wrongKind.ReadJsonAsync()).GetProperty("errors").GetProperty("organisationId")[0].GetString()!.ShouldContain("Enterprise");

        var weak = await admin.PostJsonAsync("/api/v1/admin/users", new { email = "weak@zigong.demo", displayName = "弱密码", role = "Viewer", password = "short" });
        weak.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await weak.ReadJsonAsync()).GetProperty("errors").GetProperty("password")[0].GetString()!.ShouldContain("密码");

        (await app.InScopeAsync(ctx => ctx.Users.AnyAsync(u => u.Email == "wrong-kind@zigong.demo" || u.Email == "weak@zigong.demo"))).ShouldBeFalse();
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Unknown_api_paths_are_404_problems_and_unknown_pages_the_404_page(Db db)
    {
        var app = await apps.GetAsync(db);
        var client = await app.SignedInAsync("viewer@zigong.demo");

        var api = await client.GetAsync("/api/v1/no-such-thing");
        api.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        api.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
        (await api.ReadJsonAsync()).GetProperty("title").GetString().ShouldBe("未找到");

        var page = await client.GetAsync("/no/such/page");
        page.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        var html = await page.Content.ReadAsStringAsync();
        html.ShouldContain("页面不存在");
        html.ShouldContain("/no/such/page");
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Health_and_openapi_are_served(Db db)
    {
        var app = await apps.GetAsync(db);
        var health = await app.Client().GetAsync("/healthz");
        health.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await health.Content.ReadAsStringAsync()).ShouldBe("Healthy");

        var client = await app.SignedInAsync("viewer@zigong.demo");
        var doc = await client.GetStringAsync(new Uri("/openapi/v1.json", UriKind.Relative));
        doc.ShouldContain("/api/v1/organisations");
        doc.ShouldContain("/api/v1/admin/users");
        (await client.GetAsync("/api/docs/")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await app.Client().GetAsync("/openapi/v1.json")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }
}

public sealed class ConflictTests
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Racing_creates_of_one_name_give_one_201_and_409s_never_a_500(Db db)
    {
        await using var app = await GaoxinApp.StartAsync(db);
        var admin = await app.SignedInAsync("admin@zigong.demo");

        var responses = await Task.WhenAll(Enumerable.Range(0, 12).Select(_ =>
            admin.PostJsonAsync("/api/v1/organisations", new { name = "同名竞争机构", kind = "Investor" })));

        responses.Count(r => r.StatusCode == System.Net.HttpStatusCode.Created).ShouldBe(1);
        responses.Where(r => r.StatusCode != System.Net.HttpStatusCode.Created)
            .ShouldAllBe(r => r.StatusCode == System.Net.HttpStatusCode.Conflict || r.StatusCode == System.Net.HttpStatusCode.BadRequest);
        (await app.InScopeAsync(ctx => ctx.Organisations.CountAsync(o => o.Name == "同名竞争机构"))).ShouldBe(1);
        (await app.InScopeAsync(ctx => Gaoxin.Data.Audit.AuditVerification.VerifyAsync(ctx, CancellationToken.None))).Intact.ShouldBeTrue();
    }
}
