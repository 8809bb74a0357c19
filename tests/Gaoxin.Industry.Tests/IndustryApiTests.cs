using System.Net;
using System.Text.Json;

namespace Gaoxin.Industry.Tests;

/// <summary>The industry system over HTTP on the demo zone, on both databases.</summary>
public sealed class IndustryApiTests(SharedApps apps)
{
    private static async Task<JsonElement> MapAsync(HttpClient client, string chain)
    {
        var maps = await (await client.GetAsync("/api/v1/industry/maps")).ReadJsonAsync();
        return maps.EnumerateArray().Single(m => m.GetProperty("name").GetString() == chain);
    }

    private static JsonElement Node(JsonElement map, string name) => map.GetProperty("nodes").EnumerateArray().Single(n => n.GetProperty("name").GetString() == name);

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task The_demo_chains_show_the_reports_firms_and_the_sensor_gaps_with_their_leads(Db db)
    {
        var app = await apps.GetAsync(db);
        var viewer = await app.SignedInAsync("viewer@zigong.demo");

        var industries = await (await viewer.GetAsync("/api/v1/industry/industries")).ReadJsonAsync();
        industries.EnumerateArray().Count(i => i.GetProperty("tier").GetString() == "Leading").ShouldBe(3);
        industries.EnumerateArray().Select(i => i.GetProperty("name").GetString()).ShouldContain("硬质合金");

        var unmanned = await MapAsync(viewer, "无人系统");
        foreach (var gap in new[] { "激光雷达/毫米波雷达", "车载摄像头", "传感器" })
        {
            var node = Node(unmanned, gap);
            node.GetProperty("strength").GetString().ShouldBe("Gap");
            node.GetProperty("enterprises").GetInt32().ShouldBe(0);
            node.GetProperty("openLeads").GetInt32().ShouldBeGreaterThan(0);
        }

        var integration = Node(unmanned, "无人车与机器人整机");
        integration.GetProperty("firms").EnumerateArray().Select(f => f.GetProperty("name").GetString()!).ShouldContain(n => n.StartsWith("九识智能", StringComparison.Ordinal));
        integration.GetProperty("strength").GetString().ShouldBe("Strong");

        // 感知部件 has only gaps beneath it, so it is a gap too; its sub-nodes are nested one level down.
        Node(unmanned, "感知部件").GetProperty("strength").GetString().ShouldBe("Gap");
        Node(unmanned, "传感器").GetProperty("depth").GetInt32().ShouldBe(1);

        var sodium = await MapAsync(viewer, "钠离子电池");
        Node(sodium, "电芯").GetProperty("strength").GetString().ShouldBe("Strong");
        Node(sodium, "正极材料").GetProperty("strength").GetString().ShouldBe("Weak");
        Node(sodium, "硬碳负极").GetProperty("strength").GetString().ShouldBe("Gap");

        // The gaps list carries the leads aimed at each gap.
        var gaps = await (await viewer.GetAsync("/api/v1/industry/gaps")).ReadJsonAsync();
        var radar = gaps.EnumerateArray().Single(g => g.GetProperty("node").GetString() == "激光雷达/毫米波雷达");
        radar.GetProperty("leads")[0].GetProperty("company").GetString()!.ShouldContain("激光雷达");
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_node_already_in_another_chain_is_refused_and_nothing_is_added(Db db)
    {
        var app = await apps.GetAsync(db);
        var admin = await app.SignedInAsync("admin@zigong.demo");
        var sodium = await MapAsync(admin, "钠离子电池");
        var unmanned = await MapAsync(admin, "无人系统");
        var before = sodium.GetProperty("nodes").GetArrayLength();
        var sodiumId = sodium.GetProperty("id").GetString();

        var twice = await admin.PostJsonAsync($"/api/v1/industry/chains/{sodiumId}/nodes", new { name = "传感器", segment = "Upstream" });
        twice.StatusCode.ShouldBe(HttpStatusCode.UnprocessableEntity);
        var problem = await twice.ReadJsonAsync();
        problem.GetProperty("rule").GetString().ShouldBe("NodeInOneChainRule");
        problem.GetProperty("detail").GetString()!.ShouldContain("无人系统");

        var parentElsewhere = await admin.PostJsonAsync($"/api/v1/industry/chains/{sodiumId}/nodes",
            new { name = "温度传感芯片" + Guid.NewGuid().ToString("N")[..4], segment = "Upstream", parentId = Node(unmanned, "感知部件").GetProperty("id").GetString() });
        parentElsewhere.StatusCode.ShouldBe(HttpStatusCode.UnprocessableEntity);

        (await MapAsync(admin, "钠离子电池")).GetProperty("nodes").GetArrayLength().ShouldBe(before);

        var blank = await admin.PostJsonAsync($"/api/v1/industry/chains/{sodiumId}/nodes", new { name = "", segment = "Upstream" });
        blank.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await blank.ReadJsonAsync()).GetProperty("errors").GetProperty("name")[0].GetString()!.ShouldContain("环节名称");
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Placing_an_enterprise_fills_a_gap_and_its_output_counts(Db db)
    {
        var app = await apps.GetAsync(db);
        var admin = await app.SignedInAsync("admin@zigong.demo");
        var chain = await admin.PostJsonAsync("/api/v1/industry/chains", new
        {
            industryId = (await (await admin.GetAsync("/api/v1/industry/industries")).ReadJsonAsync()).EnumerateArray().First().GetProperty("id").GetString(),
            name = "测试链" + Guid.NewGuid().ToString("N")[..6],
        });
        chain.StatusCode.ShouldBe(HttpStatusCode.Created);
        var chainId = (await chain.ReadJsonAsync()).GetProperty("id").GetString();
        var node = await (await admin.PostJsonAsync($"/api/v1/industry/chains/{chainId}/nodes", new { name = "测试环节" + Guid.NewGuid().ToString("N")[..6], segment = "Midstream" })).ReadJsonAsync();
        var nodeId = node.GetProperty("id").GetString();

        var map = await (await admin.GetAsync($"/api/v1/industry/chains/{chainId}/map?year=2025")).ReadJsonAsync();
        map.GetProperty("nodes")[0].GetProperty("strength").GetString().ShouldBe("Gap");

        var firm = (await (await admin.GetAsync("/api/v1/enterprises/?search=" + Uri.EscapeDataString("兴储世纪"))).ReadJsonAsync()).GetProperty("items")[0].GetProperty("id").GetString();
        var unknown = await admin.PostJsonAsync($"/api/v1/industry/nodes/{nodeId}/placements", new { enterpriseId = Guid.NewGuid(), keyFirm = false });
        unknown.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await unknown.ReadJsonAsync()).GetProperty("errors").GetProperty("enterpriseId")[0].GetString()!.ShouldContain("企业库");

        var placed = await admin.PostJsonAsync($"/api/v1/industry/nodes/{nodeId}/placements", new { enterpriseId = firm, keyFirm = true, year = 2025, output = 60_000_000m });
        placed.StatusCode.ShouldBe(HttpStatusCode.Created);
        (await admin.PostJsonAsync($"/api/v1/industry/nodes/{nodeId}/placements", new { enterpriseId = firm, keyFirm = true })).StatusCode.ShouldBe(HttpStatusCode.BadRequest);

        map = await (await admin.GetAsync($"/api/v1/industry/chains/{chainId}/map?year=2025")).ReadJsonAsync();
        var n = map.GetProperty("nodes")[0];
        n.GetProperty("strength").GetString().ShouldBe("Strong");
        n.GetProperty("output").GetDecimal().ShouldBe(60_000_000m);

        // The same node a year earlier had no output recorded: weak, not strong.
        (await (await admin.GetAsync($"/api/v1/industry/chains/{chainId}/map?year=2024")).ReadJsonAsync()).GetProperty("nodes")[0].GetProperty("strength").GetString().ShouldBe("Weak");
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_lead_moves_back_only_with_a_reason_and_each_step_is_kept(Db db)
    {
        var app = await apps.GetAsync(db);
        var admin = await app.SignedInAsync("admin@zigong.demo");
        var unmanned = await MapAsync(admin, "无人系统");
        var created = await admin.PostJsonAsync("/api/v1/industry/leads", new
        {
            nodeId = Node(unmanned, "车载摄像头").GetProperty("id").GetString(), company = "测试摄像头公司" + Guid.NewGuid().ToString("N")[..4], owner = "招商一科", expectedInvestment = 30_000_000m,
        });
        created.StatusCode.ShouldBe(HttpStatusCode.Created);
        var id = (await created.ReadJsonAsync()).GetProperty("lead").GetProperty("id").GetString();

        (await admin.PostJsonAsync($"/api/v1/industry/leads/{id}/steps", new { stage = "Negotiating", note = "第二轮洽谈" })).StatusCode.ShouldBe(HttpStatusCode.OK);
        var back = await admin.PostJsonAsync($"/api/v1/industry/leads/{id}/steps", new { stage = "Visited", note = "再次考察" });
        back.StatusCode.ShouldBe(HttpStatusCode.UnprocessableEntity);
        (await back.ReadJsonAsync()).GetProperty("rule").GetString().ShouldBe("LeadBackwardsNeedsReasonRule");
        var detail = await (await admin.GetAsync($"/api/v1/industry/leads/{id}")).ReadJsonAsync();
        detail.GetProperty("lead").GetProperty("stage").GetString().ShouldBe("Negotiating");
        detail.GetProperty("steps").GetArrayLength().ShouldBe(2);

        var withReason = await admin.PostJsonAsync($"/api/v1/industry/leads/{id}/steps", new { stage = "Visited", note = "再次考察", reason = "对方更换了选址负责人" });
        withReason.StatusCode.ShouldBe(HttpStatusCode.OK);
        var after = await withReason.ReadJsonAsync();
        after.GetProperty("lead").GetProperty("stage").GetString().ShouldBe("Visited");
        after.GetProperty("steps")[0].GetProperty("reason").GetString().ShouldBe("对方更换了选址负责人");

        // Every change went through the audit trail, naming who made it; the refused move left nothing.
        var audited = await app.InScopeAsync(async ctx => await Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.ToListAsync(
            ctx.AuditEvents.Where(e => e.EntityType == "Lead" && e.EntityId == id)));
        audited.Count.ShouldBe(3); // created, moved forward, moved back with its reason
        audited.ShouldAllBe(e => e.Actor.Contains("admin@zigong.demo"));

        var viewer = await app.SignedInAsync("viewer@zigong.demo");
        (await viewer.PostJsonAsync($"/api/v1/industry/leads/{id}/steps", new { stage = "SignedDeal", note = "签约" })).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task The_demo_major_projects_carry_the_reports_figures_and_promise_against_outcome(Db db)
    {
        var app = await apps.GetAsync(db);
        var viewer = await app.SignedInAsync("viewer@zigong.demo");
        var projects = (await (await viewer.GetAsync("/api/v1/industry/projects")).ReadJsonAsync()).EnumerateArray().ToList();

        var pilot = projects.Single(p => p.GetProperty("name").GetString()!.Contains("B区", StringComparison.Ordinal));
        pilot.GetProperty("investment").GetDecimal().ShouldBe(180_000_000m);
        pilot.GetProperty("area").GetDecimal().ShouldBe(25_000m);

        var hq = projects.Single(p => p.GetProperty("name").GetString()!.Contains("双总部", StringComparison.Ordinal));
        hq.GetProperty("investment").GetDecimal().ShouldBe(180_000_000m);
        hq.GetProperty("capacity").GetString()!.ShouldContain("3000");
        hq.GetProperty("expectedAnnualRevenue").GetDecimal().ShouldBe(150_000_000m);
        var years = hq.GetProperty("years").EnumerateArray().ToList();
        years.Single(y => y.GetProperty("year").GetInt32() == 2026).GetProperty("promisedRevenue").GetDecimal().ShouldBe(150_000_000m);
        years.Where(y => y.GetProperty("year").GetInt32() >= 2026).Sum(y => y.GetProperty("promisedRevenue").GetDecimal()).ShouldBe(1_600_000_000m);
        var y2025 = years.Single(y => y.GetProperty("year").GetInt32() == 2025);
        y2025.GetProperty("investmentGap").GetDecimal().ShouldBe(y2025.GetProperty("actualInvestment").GetDecimal() - y2025.GetProperty("promisedInvestment").GetDecimal());

        // Progress follows the milestones recorded as done.
        var milestones = hq.GetProperty("milestones").EnumerateArray().ToList();
        hq.GetProperty("progress").GetDecimal().ShouldBe(decimal.Round((decimal)milestones.Count(m => m.GetProperty("doneOn").ValueKind != JsonValueKind.Null) / milestones.Count, 4));

        var export = await viewer.GetAsync("/api/v1/industry/projects/export");
        export.StatusCode.ShouldBe(HttpStatusCode.OK);
        var rows = MiniExcelLibs.MiniExcel.Query(await export.Content.ReadAsStreamAsync(), useHeaderRow: true).Cast<IDictionary<string, object?>>().ToList();
        rows.Select(r => r["项目"]?.ToString()).ShouldContain("优必选“双总部”项目");
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_bad_project_is_refused_in_chinese_and_nothing_is_saved(Db db)
    {
        var app = await apps.GetAsync(db);
        var admin = await app.SignedInAsync("admin@zigong.demo");
        var name = "测试项目" + Guid.NewGuid().ToString("N")[..6];
        var bad = await admin.PostJsonAsync("/api/v1/industry/projects", new { name, investment = 10_000_000m, startOn = "2026-06-01", plannedCompletionOn = "2026-01-01" });
        bad.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await bad.ReadJsonAsync()).GetProperty("errors").GetProperty("plannedCompletionOn")[0].GetString()!.ShouldContain("不能早于");
        var zero = await admin.PostJsonAsync("/api/v1/industry/projects", new { name, investment = 0m, startOn = "2026-01-01", plannedCompletionOn = "2026-06-01" });
        zero.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var projects = await (await admin.GetAsync("/api/v1/industry/projects")).ReadJsonAsync();
        projects.EnumerateArray().Any(p => p.GetProperty("name").GetString() == name).ShouldBeFalse();
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_project_is_corrected_from_its_version_and_a_stale_or_bad_correction_changes_nothing(Db db)
    {
        var app = await apps.GetAsync(db);
        var admin = await app.SignedInAsync("admin@zigong.demo");
        var name = "修改测试项目" + Guid.NewGuid().ToString("N")[..6];
        var created = await admin.PostJsonAsync("/api/v1/industry/projects", new { name, company = "某投资方", investment = 50_000_000m, startOn = "2026-01-10", plannedCompletionOn = "2027-06-30" });
        created.StatusCode.ShouldBe(HttpStatusCode.Created);
        var project = await created.ReadJsonAsync();
        var id = project.GetProperty("id").GetGuid();
        project.GetProperty("version").GetInt32().ShouldBe(0);

        object Revision(string projectName, decimal investment, string planned, int version) =>
            new { name = projectName, company = "某投资方", investment, startOn = "2026-01-10", plannedCompletionOn = planned, capacity = "年产 1 万吨", version };

        // A correction from the current version is saved and moves the version on.
        var revised = await admin.PutJsonAsync($"/api/v1/industry/projects/{id}", Revision(name + "（一期）", 60_000_000m, "2027-12-31", 0));
        revised.StatusCode.ShouldBe(HttpStatusCode.OK);
        var after = await revised.ReadJsonAsync();
        after.GetProperty("name").GetString().ShouldBe(name + "（一期）");
        after.GetProperty("investment").GetDecimal().ShouldBe(60_000_000m);
        after.GetProperty("plannedCompletionOn").GetString().ShouldBe("2027-12-31");
        after.GetProperty("capacity").GetString().ShouldBe("年产 1 万吨");
        after.GetProperty("version").GetInt32().ShouldBe(1);

        // The same form sent again is stale: 409, and nothing changes.
        var stale = await admin.PutJsonAsync($"/api/v1/industry/projects/{id}", Revision(name + "（旧表单）", 70_000_000m, "2027-12-31", 0));
        stale.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await stale.ReadJsonAsync()).GetProperty("detail").GetString()!.ShouldContain("已被他人修改");

        // Completion before the start, or no investment: 400 with the field, and nothing changes.
        var backwards = await admin.PutJsonAsync($"/api/v1/industry/projects/{id}", Revision(name, 60_000_000m, "2025-12-31", 1));
        backwards.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await backwards.ReadJsonAsync()).GetProperty("errors").GetProperty("plannedCompletionOn")[0].GetString()!.ShouldContain("不能早于");
        (await admin.PutJsonAsync($"/api/v1/industry/projects/{id}", Revision(name, 0m, "2027-12-31", 1))).StatusCode.ShouldBe(HttpStatusCode.BadRequest);

        // A correction that does not say which version it corrects is refused.
        var unversioned = await admin.PutJsonAsync($"/api/v1/industry/projects/{id}", new { name, company = "某投资方", investment = 60_000_000m, startOn = "2026-01-10", plannedCompletionOn = "2027-12-31" });
        unversioned.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await unversioned.ReadJsonAsync()).GetProperty("errors").GetProperty("version")[0].GetString()!.ShouldContain("版本号");

        // Another project's name is taken.
        var taken = await admin.PutJsonAsync($"/api/v1/industry/projects/{id}", Revision("优必选“双总部”项目", 60_000_000m, "2027-12-31", 1));
        taken.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await taken.ReadJsonAsync()).GetProperty("errors").GetProperty("name")[0].GetString()!.ShouldContain("已存在");

        var stored = await (await admin.GetAsync($"/api/v1/industry/projects/{id}")).ReadJsonAsync();
        stored.GetProperty("name").GetString().ShouldBe(name + "（一期）");
        stored.GetProperty("investment").GetDecimal().ShouldBe(60_000_000m);
        stored.GetProperty("version").GetInt32().ShouldBe(1);

        // A project that is not there (or of another zone) is 404; a reader may not correct.
        (await admin.PutJsonAsync($"/api/v1/industry/projects/{Guid.NewGuid()}", Revision(name, 60_000_000m, "2027-12-31", 1))).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        var viewer = await app.SignedInAsync("viewer@zigong.demo");
        (await viewer.PutJsonAsync($"/api/v1/industry/projects/{id}", Revision(name, 60_000_000m, "2027-12-31", 1))).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_projects_status_follows_its_milestones_and_reads_in_words(Db db)
    {
        var app = await apps.GetAsync(db);
        var admin = await app.SignedInAsync("admin@zigong.demo");
        var name = "状态测试项目" + Guid.NewGuid().ToString("N")[..6];
        var project = await (await admin.PostJsonAsync("/api/v1/industry/projects", new { name, investment = 10_000_000m, startOn = "2025-01-01", plannedCompletionOn = "2026-06-30" })).ReadJsonAsync();
        var id = project.GetProperty("id").GetGuid();
        project.GetProperty("status").GetString().ShouldBe("UnderWay");
        project.GetProperty("statusText").GetString().ShouldBe("在建");

        // A milestone past its date and not done makes it lag; marking the 建成 milestone done completes it.
        var lagging = await (await admin.PostJsonAsync($"/api/v1/industry/projects/{id}/milestones", new { title = "主体建成", due = "2025-06-30" })).ReadJsonAsync();
        lagging.GetProperty("status").GetString().ShouldBe("Lagging");
        lagging.GetProperty("statusText").GetString().ShouldBe("滞后");
        var milestone = lagging.GetProperty("milestones")[0].GetProperty("id").GetGuid();
        var done = await (await admin.PostJsonAsync($"/api/v1/industry/projects/{id}/milestones/{milestone}/done", new { })).ReadJsonAsync();
        done.GetProperty("status").GetString().ShouldBe("Completed");
        done.GetProperty("statusText").GetString().ShouldBe("已建成");
        done.GetProperty("progress").GetDecimal().ShouldBe(1m);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Only_the_zones_staff_see_the_industry_system_and_only_editors_change_it(Db db)
    {
        var app = await apps.GetAsync(db);
        foreach (var outsider in new[] { "enterprise@zigong.demo", "institute@zigong.demo", "vehicle@zigong.demo" })
        {
            var client = await app.SignedInAsync(outsider);
            foreach (var url in new[] { "/api/v1/industry/maps", "/api/v1/industry/leads", "/api/v1/industry/projects", "/api/v1/industry/gaps", "/api/v1/industry/leads/export" })
            {
                (await client.GetAsync(url)).StatusCode.ShouldBe(HttpStatusCode.Forbidden, $"{outsider} {url}");
            }
        }

        foreach (var reader in new[] { "viewer@zigong.demo", "reviewer@zigong.demo" })
        {
            var client = await app.SignedInAsync(reader);
            (await client.GetAsync("/api/v1/industry/maps")).StatusCode.ShouldBe(HttpStatusCode.OK);
            (await client.PostJsonAsync("/api/v1/industry/chains", new { industryId = Guid.NewGuid(), name = "不允许" })).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        }

        var operatorClient = await app.SignedInAsync("operator@zigong.demo");
        (await operatorClient.PutJsonAsync("/api/v1/industry/settings", new { validFrom = "2026-01-01", strongMinEnterprises = 2, strongMinKeyFirms = 1, strongMinOutput = 1m, staleLeadDays = 30 }))
            .StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await app.Client().GetAsync("/api/v1/industry/maps")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }
}
