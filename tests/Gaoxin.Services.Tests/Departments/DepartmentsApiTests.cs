using System.Net;

namespace Gaoxin.Services.Tests.Departments;

/// <summary>The zone admin keeps the departments and who works them; only department officers of the zone can be members.</summary>
public sealed class DepartmentsApiTests(SharedApps apps) : IClassFixture<SharedApps>
{
    private const string Base = "/api/v1/services/departments";

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task The_demo_has_seven_departments_and_the_economic_bureau_has_an_officer_and_a_head(Db db)
    {
        var app = await apps.GetAsync(db);
        var admin = await app.SignedInAsync("admin@zigong.demo");
        var list = (await (await admin.GetAsync(Base)).ReadJsonAsync()).EnumerateArray().ToList();
        list.Select(d => d.GetProperty("code").GetString()).Where(c => !c!.StartsWith('T')).ShouldBe(["GJJ", "HBJ", "JFJ", "KJJ", "RSJ", "SJJ", "YJJ"]);
        var jfj = list.Single(d => d.GetProperty("code").GetString() == "JFJ").GetProperty("id").GetGuid();
        var members = (await (await admin.GetAsync($"{Base}/{jfj}/members")).ReadJsonAsync()).EnumerateArray().ToList();
        members.Select(m => (m.GetProperty("email").GetString(), m.GetProperty("isHead").GetBoolean())).ShouldBe([("jfj-head@zigong.demo", true), ("officer@zigong.demo", false)]);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task The_admin_creates_a_department_adds_an_officer_as_head_and_removes_them_and_others_may_not(Db db)
    {
        var app = await apps.GetAsync(db);
        var admin = await app.SignedInAsync("admin@zigong.demo");
        var code = "T" + db.ToString().ToUpperInvariant()[..2] + "DEPT";
        var created = await admin.PostJsonAsync(Base, new { code, name = "测试部门" });
        created.StatusCode.ShouldBe(HttpStatusCode.Created, await created.Content.ReadAsStringAsync());
        var id = (await created.ReadJsonAsync()).GetProperty("id").GetGuid();
        (await admin.PostJsonAsync(Base, new { code, name = "重复" })).StatusCode.ShouldBe(HttpStatusCode.Conflict);

        var added = await admin.PostJsonAsync($"{Base}/{id}/members", new { email = "officer@zigong.demo", isHead = true });
        added.StatusCode.ShouldBe(HttpStatusCode.OK, await added.Content.ReadAsStringAsync());
        var memberId = (await added.ReadJsonAsync()).GetProperty("id").GetGuid();

        // Not an officer, or no such user in the zone: refused, nothing added.
        var notOfficer = await admin.PostJsonAsync($"{Base}/{id}/members", new { email = "enterprise@zigong.demo", isHead = false });
        notOfficer.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await notOfficer.Content.ReadAsStringAsync()).ShouldContain("不是部门审批人员");
        (await admin.PostJsonAsync($"{Base}/{id}/members", new { email = "nobody@zigong.demo", isHead = false })).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var afterRefusals = await admin.GetAsync($"{Base}/{id}/members");
        afterRefusals.StatusCode.ShouldBe(HttpStatusCode.OK, await afterRefusals.Content.ReadAsStringAsync());
        (await afterRefusals.ReadJsonAsync()).GetArrayLength().ShouldBe(1);

        var officer = await app.SignedInAsync("officer@zigong.demo");
        (await officer.PostJsonAsync($"{Base}/{id}/members", new { email = "officer@zigong.demo", isHead = true })).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await officer.PostJsonAsync(Base, new { code = "X" + code, name = "越权" })).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await admin.GetAsync($"{Base}/{Guid.NewGuid()}/members")).StatusCode.ShouldBe(HttpStatusCode.NotFound);

        (await admin.DeleteAsync(new Uri($"{Base}/{id}/members/{memberId}", UriKind.Relative))).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        (await (await admin.GetAsync($"{Base}/{id}/members")).ReadJsonAsync()).GetArrayLength().ShouldBe(0);
        (await admin.DeleteAsync(new Uri($"{Base}/{id}/members/{memberId}", UriKind.Relative))).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }
}
