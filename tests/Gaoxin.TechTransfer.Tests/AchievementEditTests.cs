using System.Net;
using System.Text.Json;
using static Gaoxin.TechTransfer.Tests.RelayApi;

namespace Gaoxin.TechTransfer.Tests;

/// <summary>Issue #22: an achievement is edited (same checks as registering, stale edits refused) and deleted unless a relay project uses it.</summary>
public sealed class AchievementEditTests(SharedApps apps)
{
    private static object Edit(string title, string version, int readiness = 7, params string[] patents) => new
    {
        title, summary = "中试完成", origin = "BroughtIn", kind = "Software", readiness, industry = "NewEnergy", patents, version,
    };

    private static async Task<JsonElement> RowAsync(HttpClient client, string title)
    {
        var list = await (await client.GetAsync($"/api/v1/tech-transfer/achievements?search={Uri.EscapeDataString(title)}")).ReadJsonAsync();
        return list.GetProperty("items").EnumerateArray().Single();
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task The_owner_edits_an_achievement_and_a_stale_edit_is_refused(Db db)
    {
        var app = await apps.GetAsync(db);
        var institute = await app.SignedInAsync("institute@zigong.demo");
        var title = $"可编辑成果{Guid.NewGuid():N}";
        var id = await AchievementAsync(institute, title);
        var seen = (await RowAsync(institute, title)).GetProperty("version").GetString()!;

        var renamed = title + "（修订）";
        var edited = await institute.PutJsonAsync($"/api/v1/tech-transfer/achievements/{id}", Edit(renamed, seen, 7, "ZL200310102344.5"));
        edited.StatusCode.ShouldBe(HttpStatusCode.OK, await edited.Content.ReadAsStringAsync());
        var row = await RowAsync(institute, renamed);
        row.GetProperty("readiness").GetInt32().ShouldBe(7);
        row.GetProperty("kind").GetString().ShouldBe("Software");
        row.GetProperty("summary").GetString().ShouldBe("中试完成");
        row.GetProperty("patents").EnumerateArray().Select(p => p.GetString()).ShouldBe(["ZL200310102344.5"]);
        row.GetProperty("version").GetString().ShouldNotBe(seen);

        // A second editor who loaded the form before the first saved.
        var stale = await ProblemAsync(await institute.PutJsonAsync($"/api/v1/tech-transfer/achievements/{id}", Edit(title + "（旧稿）", seen)), HttpStatusCode.Conflict);
        stale.GetProperty("detail").GetString()!.ShouldContain("已被他人修改");
        (await RowAsync(institute, renamed)).GetProperty("title").GetString().ShouldBe(renamed);

        var invalid = await ProblemAsync(await institute.PutJsonAsync($"/api/v1/tech-transfer/achievements/{id}", Edit("", row.GetProperty("version").GetString()!, 10, "ZL200310102344.6")),
            HttpStatusCode.BadRequest);
        invalid.GetProperty("errors").GetProperty("title").GetArrayLength().ShouldBe(1);
        invalid.GetProperty("errors").GetProperty("readiness")[0].GetString()!.ShouldContain("1 到 9");
        invalid.GetProperty("errors").GetProperty("patents")[0].GetString()!.ShouldContain("校验位");

        var admin = await app.SignedInAsync("admin@zigong.demo");
        var audit = await (await admin.GetAsync($"/api/v1/admin/audit?entityType=Achievement&entityId={id}")).ReadJsonAsync();
        audit.GetProperty("items").EnumerateArray().Select(e => e.GetProperty("action").GetString()).ShouldContain("update");
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Another_organisation_can_neither_edit_nor_delete_and_readers_are_forbidden(Db db)
    {
        var app = await apps.GetAsync(db);
        var institute = await app.SignedInAsync("institute@zigong.demo");
        var title = $"他人成果{Guid.NewGuid():N}";
        var id = await AchievementAsync(institute, title);
        var version = (await RowAsync(institute, title)).GetProperty("version").GetString()!;

        var enterprise = await app.SignedInAsync("enterprise@zigong.demo");
        (await enterprise.PutJsonAsync($"/api/v1/tech-transfer/achievements/{id}", Edit("改名", version))).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await enterprise.DeleteAsync($"/api/v1/tech-transfer/achievements/{id}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        var viewer = await app.SignedInAsync("viewer@zigong.demo");
        (await viewer.DeleteAsync($"/api/v1/tech-transfer/achievements/{id}")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);

        // The zone's operator may correct any achievement of the zone.
        var op = await app.SignedInAsync("operator@zigong.demo");
        (await op.PutJsonAsync($"/api/v1/tech-transfer/achievements/{id}", Edit(title, version, 6))).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await RowAsync(institute, title)).GetProperty("readiness").GetInt32().ShouldBe(6);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task An_achievement_a_project_uses_is_not_deleted_and_an_unused_one_is(Db db)
    {
        var app = await apps.GetAsync(db);
        var institute = await app.SignedInAsync("institute@zigong.demo");
        var used = await AchievementAsync(institute, $"在用成果{Guid.NewGuid():N}");
        var projectTitle = $"接力项目{Guid.NewGuid():N}";
        var project = await ProjectAsync(institute, projectTitle, used);

        var refused = await ProblemAsync(await institute.DeleteAsync($"/api/v1/tech-transfer/achievements/{used}"), HttpStatusCode.UnprocessableEntity);
        refused.GetProperty("detail").GetString()!.ShouldContain(projectTitle);
        refused.GetProperty("detail").GetString()!.ShouldContain(project.GetProperty("code").GetString()!);
        (await institute.GetAsync($"/api/v1/tech-transfer/projects/{project.GetProperty("id").GetGuid()}")).StatusCode.ShouldBe(HttpStatusCode.OK);

        var title = $"闲置成果{Guid.NewGuid():N}";
        var unused = await AchievementAsync(institute, title);
        (await institute.DeleteAsync($"/api/v1/tech-transfer/achievements/{unused}")).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        var list = await (await institute.GetAsync($"/api/v1/tech-transfer/achievements?search={title}")).ReadJsonAsync();
        list.GetProperty("total").GetInt32().ShouldBe(0);
        (await institute.DeleteAsync($"/api/v1/tech-transfer/achievements/{unused}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);

        var admin = await app.SignedInAsync("admin@zigong.demo");
        var audit = await (await admin.GetAsync($"/api/v1/admin/audit?entityType=Achievement&entityId={unused}")).ReadJsonAsync();
        audit.GetProperty("items").EnumerateArray().Select(e => e.GetProperty("action").GetString()).ShouldContain("delete");
    }
}
