using System.Net;
using System.Text.Json;
using Gaoxin.Contracts.Scenes;
using Gaoxin.Funding.Awards;
using Gaoxin.PilotBase.Runs;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Gaoxin.TechTransfer.Tests.Package;

/// <summary>The support package and the zone matrix over the demo zone, through the real API, on both databases.</summary>
public sealed class PackageTests(SharedApps apps)
{
    private static async Task<List<JsonElement>> MatrixAsync(HttpClient client, string query = "")
    {
        var response = await client.GetAsync($"/api/v1/tech-transfer/package?size=200{query}");
        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        var page = await response.ReadJsonAsync();
        var items = page.GetProperty("items").EnumerateArray().ToList();
        page.GetProperty("total").GetInt32().ShouldBe(items.Count);
        return items;
    }

    private static JsonElement Element(JsonElement package, string element) =>
        package.GetProperty("elements").EnumerateArray().Single(e => e.GetProperty("element").GetString() == element);

    private static bool Received(JsonElement package, string element) => Element(package, element).GetProperty("received").GetBoolean();

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task The_demo_matrix_matches_what_the_pilot_base_the_fund_and_the_marketplace_hold(Db db)
    {
        var app = await apps.GetAsync(db);
        var viewer = await app.SignedInAsync("viewer@zigong.demo");
        var matrix = await MatrixAsync(viewer);
        matrix.Count.ShouldBeGreaterThan(20);

        var ids = matrix.Select(p => p.GetProperty("projectId").GetGuid()).ToList();
        var passedRuns = await app.InScopeAsync(ctx => ctx.Set<PilotRun>().Where(r => ids.Contains(r.ProjectId) && r.Status == RunStatus.Accepted && r.Outcome == RunOutcome.Passed)
            .Select(r => r.ProjectId).Distinct().ToListAsync());
        var funded = await app.InScopeAsync(ctx => ctx.Set<Award>().Where(a => ids.Contains(a.ProjectId) && a.Status != AwardStatus.Cancelled).Select(a => a.ProjectId).Distinct().ToListAsync());
        var zone = await app.InScopeAsync(ctx => ctx.Zones.Select(z => z.Id.Value).SingleAsync());
        IReadOnlyList<ProjectScene> scenes;
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var keys = new List<ProjectSceneKey>();
            foreach (var id in ids)
            {
                var org = await app.InScopeAsync(ctx => ctx.Set<Gaoxin.TechTransfer.Projects.Project>().Where(p => p.Id == id).Select(p => p.CompanyOrganisationId).SingleAsync());
                var uses = await app.InScopeAsync(ctx => ctx.Set<Gaoxin.TechTransfer.Projects.ProjectAchievement>().Where(a => a.ProjectId == id).Select(a => a.AchievementId).ToListAsync());
                keys.Add(new ProjectSceneKey(id, org, uses));
            }

            scenes = await scope.ServiceProvider.GetRequiredService<IProjectScenes>().ForProjectsAsync(zone, keys, CancellationToken.None);
        }

        foreach (var p in matrix)
        {
            var id = p.GetProperty("projectId").GetGuid();
            var code = p.GetProperty("code").GetString();
            Received(p, "Pilot").ShouldBe(passedRuns.Contains(id), code);
            Received(p, "Fund").ShouldBe(funded.Contains(id), code);
            Received(p, "Scene").ShouldBe(scenes.Any(s => s.ProjectId == id), code);
            Received(p, "Talent").ShouldBeFalse("no module records talent yet");
            p.GetProperty("talentRecorded").GetBoolean().ShouldBeFalse();
            var detail = await (await viewer.GetAsync($"/api/v1/tech-transfer/projects/{id}")).ReadJsonAsync();
            Received(p, "Incubation").ShouldBe(detail.GetProperty("industrialStartedOn").ValueKind != JsonValueKind.Null, code);
        }

        // The demo makes the matrix meaningful: every element but talent is received somewhere, and some projects have gaps.
        matrix.ShouldContain(p => new[] { "Pilot", "Incubation", "Fund", "Scene" }.All(e => Received(p, e)), "a project with every element the platform records");
        foreach (var element in new[] { "Pilot", "Incubation", "Fund", "Scene" })
        {
            matrix.ShouldContain(p => Received(p, element), element);
        }

        matrix.ShouldContain(p => p.GetProperty("hasGaps").GetBoolean());
        var run = matrix.First(p => Received(p, "Pilot"));
        Element(run, "Pilot").GetProperty("what").GetString()!.ShouldStartWith("中试批次 ");
        var fund = matrix.First(p => Received(p, "Fund"));
        Element(fund, "Fund").GetProperty("what").GetString()!.ShouldStartWith("资助 ");

        var one = await (await viewer.GetAsync($"/api/v1/tech-transfer/projects/{run.GetProperty("projectId").GetGuid()}/package")).ReadJsonAsync();
        one.GetProperty("elements").GetRawText().ShouldBe(run.GetProperty("elements").GetRawText(), "the project's package is its row of the matrix");
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Gap_filters_split_the_matrix_and_the_gap_text_names_the_days(Db db)
    {
        var app = await apps.GetAsync(db);
        var op = await app.SignedInAsync("operator@zigong.demo");
        var all = await MatrixAsync(op);
        var withGaps = await MatrixAsync(op, "&hasGaps=true");
        var without = await MatrixAsync(op, "&hasGaps=false");
        withGaps.ShouldNotBeEmpty();
        without.ShouldNotBeEmpty();
        (withGaps.Count + without.Count).ShouldBe(all.Count);
        withGaps.ShouldAllBe(p => p.GetProperty("hasGaps").GetBoolean());
        without.ShouldAllBe(p => !p.GetProperty("hasGaps").GetBoolean());

        var talent = await MatrixAsync(op, "&gap=Talent");
        talent.ShouldNotBeEmpty();
        foreach (var p in talent)
        {
            var item = Element(p, "Talent");
            item.GetProperty("gap").GetBoolean().ShouldBeTrue();
            var days = p.GetProperty("daysSinceSelected").GetInt32();
            days.ShouldBeGreaterThanOrEqualTo(90);
            item.GetProperty("gapText").GetString().ShouldBe($"入选 {days} 天，尚无人才支持");
        }

        // A longer window flags fewer projects; stage and search narrow the matrix.
        (await MatrixAsync(op, "&hasGaps=true&days=3000")).Count.ShouldBeLessThan(withGaps.Count);
        (await MatrixAsync(op, "&stage=PilotIncubation")).ShouldAllBe(p => p.GetProperty("stage").GetString() == "PilotIncubation");
        var code = all[0].GetProperty("code").GetString()!;
        (await MatrixAsync(op, $"&search={Uri.EscapeDataString(code)}")).ShouldContain(p => p.GetProperty("code").GetString() == code);
        (await op.GetAsync("/api/v1/tech-transfer/package?days=0")).StatusCode.ShouldBe(HttpStatusCode.BadRequest);

        var export = await op.GetAsync("/api/v1/tech-transfer/package/export?hasGaps=true");
        export.StatusCode.ShouldBe(HttpStatusCode.OK);
        var rows = MiniExcelLibs.MiniExcel.Query(await export.Content.ReadAsStreamAsync(), useHeaderRow: true).Cast<IDictionary<string, object>>().ToList();
        rows.Count.ShouldBe(withGaps.Count);
        rows.ShouldAllBe(r => Convert.ToInt32(r["缺口数"], System.Globalization.CultureInfo.InvariantCulture) > 0);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Organisations_see_only_their_own_projects_packages(Db db)
    {
        var app = await apps.GetAsync(db);
        var viewer = await app.SignedInAsync("viewer@zigong.demo");
        var all = await MatrixAsync(viewer);

        foreach (var email in new[] { "institute@zigong.demo", "enterprise@zigong.demo" })
        {
            var client = await app.SignedInAsync(email);
            var visible = (await (await client.GetAsync("/api/v1/tech-transfer/projects?size=200")).ReadJsonAsync()).GetProperty("items").EnumerateArray()
                .Select(p => p.GetProperty("id").GetGuid()).ToHashSet();
            var own = await MatrixAsync(client);
            own.Count.ShouldBeLessThan(all.Count, email);
            own.ShouldAllBe(p => visible.Contains(p.GetProperty("projectId").GetGuid()), email);
            var other = all.Select(p => p.GetProperty("projectId").GetGuid()).First(id => !visible.Contains(id));
            (await client.GetAsync($"/api/v1/tech-transfer/projects/{other}/package")).StatusCode.ShouldBe(HttpStatusCode.NotFound, email);
        }

        (await viewer.GetAsync($"/api/v1/tech-transfer/projects/{Guid.NewGuid()}/package")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task The_matrix_page_and_the_project_page_show_the_package(Db db)
    {
        var app = await apps.GetAsync(db);
        var viewer = await app.SignedInAsync("viewer@zigong.demo");
        var html = await (await viewer.GetAsync("/tech-transfer/package")).Content.ReadAsStringAsync();
        html.ShouldContain("package-matrix");
        html.ShouldContain("package-query");
        html.ShouldContain("package-reset");
        html.ShouldContain("package-export");
        html.ShouldContain("尚无人才支持");
        html.ShouldContain("共 ");

        var withGaps = await MatrixAsync(viewer, "&hasGaps=true");
        var project = withGaps[0].GetProperty("projectId").GetGuid();
        var page = await (await viewer.GetAsync($"/tech-transfer/projects/{project}")).Content.ReadAsStringAsync();
        page.ShouldContain("id=\"package\"");
        page.ShouldContain("package-talent");
        page.ShouldContain("package-talent-note");
        page.ShouldContain("支持包");

        var enterprise = await app.SignedInAsync("enterprise@zigong.demo");
        (await (await enterprise.GetAsync("/tech-transfer/package")).Content.ReadAsStringAsync()).ShouldNotContain("package-matrix");
    }
}
