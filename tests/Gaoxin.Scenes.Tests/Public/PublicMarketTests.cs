using System.Net;
using System.Text;
using Gaoxin.Scenes.Demands;
using Microsoft.EntityFrameworkCore;
using static Gaoxin.Scenes.Tests.Demands.DemandTestKit;

namespace Gaoxin.Scenes.Tests.Public;

/// <summary>The marketplace without signing in, on both databases: pages, public API and the open data files.</summary>
public sealed class PublicMarketTests(SharedApps apps) : IClassFixture<SharedApps>
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task The_public_lists_show_published_scenes_and_demands_and_nothing_pending_or_rejected(Db db)
    {
        var app = await apps.GetAsync(db);
        var anonymous = app.Client();
        var pending = await app.InScopeAsync(ctx => ctx.Set<Demand>().Where(d => d.Status != DemandStatus.Published).Select(d => d.Code).ToListAsync());
        pending.ShouldContain("XQ-2025-006");
        pending.ShouldContain("XQ-2025-007");

        var scenes = await OkAsync(await anonymous.GetAsync("/api/v1/scenes/public/scenes?pageSize=100"));
        scenes.GetProperty("zoneCode").GetString().ShouldNotBeNullOrEmpty();
        scenes.GetProperty("items").EnumerateArray().Select(s => s.GetProperty("code").GetString()).ShouldContain("CJ-2025-001");
        var demands = await OkAsync(await anonymous.GetAsync("/api/v1/scenes/public/demands?pageSize=100"));
        var codes = demands.GetProperty("items").EnumerateArray().Select(s => s.GetProperty("code").GetString()).ToList();
        codes.ShouldContain("XQ-2025-003"); // 001 is solved by the demo's contract, so no longer public
        codes.ShouldNotContain(c => pending.Contains(c!));
        (await OkAsync(await anonymous.GetAsync("/api/v1/scenes/public/scenes?q=" + Uri.EscapeDataString("安防巡逻")))).GetProperty("total").GetInt32().ShouldBe(1);
        (await anonymous.GetAsync("/api/v1/scenes/public/demands?zone=nowhere")).StatusCode.ShouldBe(HttpStatusCode.NotFound);

        var pendingId = await app.InScopeAsync(ctx => ctx.Set<Demand>().Where(d => d.Code == "XQ-2025-006").Select(d => d.Id).SingleAsync());
        (await anonymous.GetAsync($"/api/v1/scenes/public/demands/{pendingId}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task The_public_pages_answer_without_sign_in_and_show_no_pending_demand(Db db)
    {
        var app = await apps.GetAsync(db);
        var anonymous = app.Client();
        var pendingTitle = await app.InScopeAsync(ctx => ctx.Set<Demand>().Where(d => d.Code == "XQ-2025-006").Select(d => d.Title).SingleAsync());
        var publishedId = await app.InScopeAsync(ctx => ctx.Set<Demand>().Where(d => d.Code == "XQ-2025-002").Select(d => d.Id).SingleAsync());

        var demands = await anonymous.GetAsync("/open/demands");
        demands.StatusCode.ShouldBe(HttpStatusCode.OK);
        var html = await demands.Content.ReadAsStringAsync();
        html.ShouldContain("XQ-2025-003");
        html.ShouldNotContain(pendingTitle);
        html.ShouldNotContain("珈钠能源");

        var detail = await anonymous.GetAsync($"/open/demands/{publishedId}");
        detail.StatusCode.ShouldBe(HttpStatusCode.OK);
        var detailHtml = await detail.Content.ReadAsStringAsync();
        detailHtml.ShouldContain("XQ-2025-002");
        detailHtml.ShouldNotContain("珈钠能源");

        var scenes = await anonymous.GetAsync("/open/scenes");
        scenes.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await scenes.Content.ReadAsStringAsync()).ShouldContain("CJ-2025-001");
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task The_open_data_files_are_utf8_csv_with_a_bom_and_json_holding_only_public_rows(Db db)
    {
        var app = await apps.GetAsync(db);
        var anonymous = app.Client();

        var csv = await anonymous.GetAsync("/api/v1/scenes/open-data/demands.csv");
        csv.StatusCode.ShouldBe(HttpStatusCode.OK);
        csv.Content.Headers.ContentType!.MediaType.ShouldBe("text/csv");
        csv.Content.Headers.ContentType.CharSet.ShouldBe("utf-8");
        var bytes = await csv.Content.ReadAsByteArrayAsync();
        bytes.Take(3).ShouldBe(new byte[] { 0xEF, 0xBB, 0xBF });
        var lines = Encoding.UTF8.GetString(bytes, 3, bytes.Length - 3).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        lines[0].ShouldBe("code,title,poster,industry,chain_link,budget_min_yuan,budget_max_yuan,deadline,expired,published_on,problem");
        lines.ShouldContain(l => l.StartsWith("XQ-2025-003,电池铝壳激光焊接缺陷在线检测,长盈精密,新能源,结构件,200000,600000,", StringComparison.Ordinal));
        lines.ShouldContain(l => l.StartsWith("XQ-2025-002,", StringComparison.Ordinal) && l.Contains(",匿名企业,", StringComparison.Ordinal));
        lines.ShouldNotContain(l => l.StartsWith("XQ-2025-006,", StringComparison.Ordinal) || l.StartsWith("XQ-2025-007,", StringComparison.Ordinal) || l.StartsWith("XQ-2025-008,", StringComparison.Ordinal));
        lines.ShouldContain(l => l.StartsWith("XQ-2025-009,", StringComparison.Ordinal) && l.Contains(",true,", StringComparison.Ordinal));

        var json = await OkAsync(await anonymous.GetAsync("/api/v1/scenes/open-data/demands.json"));
        json.EnumerateArray().Select(d => d.GetProperty("code").GetString()).ShouldNotContain("XQ-2025-006");
        json.EnumerateArray().All(d => !d.TryGetProperty("posterOrganisationId", out _)).ShouldBeTrue();

        var scenes = await anonymous.GetAsync("/api/v1/scenes/open-data/scenes.csv");
        scenes.StatusCode.ShouldBe(HttpStatusCode.OK);
        var sceneText = Encoding.UTF8.GetString(await scenes.Content.ReadAsByteArrayAsync());
        sceneText[0].ShouldBe('\uFEFF');
        var sceneLine = sceneText.Split("\r\n").Single(l => l.StartsWith("CJ-2025-003,", StringComparison.Ordinal));
        sceneLine.StartsWith("CJ-2025-003,无人车移动环境监测场景,环境监测,自贡高新区管委会,", StringComparison.Ordinal).ShouldBeTrue(sceneLine);
        (await OkAsync(await anonymous.GetAsync("/api/v1/scenes/open-data/scenes.json"))).GetArrayLength().ShouldBeGreaterThanOrEqualTo(5);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Text_that_starts_like_a_formula_is_neutralised_in_the_open_data(Db db)
    {
        var app = await apps.GetAsync(db);
        var enterprise = await app.SignedInAsync("enterprise@zigong.demo");
        var op = await app.SignedInAsync("operator@zigong.demo");
        var title = "=HYPERLINK(\"http://x\",\"点我\")" + Unique(4);
        var id = (await OkAsync(await enterprise.PostJsonAsync(DemandsPath, Body(app, title: title)), HttpStatusCode.Created)).GetProperty("id").GetGuid();
        await OkAsync(await op.PostJsonAsync($"{DemandsPath}/{id}/publish", new { }));

        var text = Encoding.UTF8.GetString(await (await app.Client().GetAsync("/api/v1/scenes/open-data/demands.csv")).Content.ReadAsByteArrayAsync());
        text.ShouldContain(",\"'=HYPERLINK(\"\"http://x\"\",\"\"点我\"\")" + title[^4..] + "\",");
        text.ShouldNotContain(",=HYPERLINK");
    }
}
