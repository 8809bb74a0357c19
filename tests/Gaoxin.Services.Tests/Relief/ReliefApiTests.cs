using System.Net;
using System.Text.Json;
using Gaoxin.Services.Relief;
using Microsoft.EntityFrameworkCore;

namespace Gaoxin.Services.Tests.Relief;

/// <summary>Relief cases through the HTTP API on both databases: the whole life, scoping, the race on closing, bad input, the early warnings.</summary>
public sealed class ReliefApiTests(SharedApps apps) : IClassFixture<SharedApps>
{
    private const string Cases = "/api/v1/services/relief/cases";

    private static async Task<JsonElement> OkAsync(HttpResponseMessage response, HttpStatusCode status = HttpStatusCode.OK)
    {
        response.StatusCode.ShouldBe(status, await response.Content.ReadAsStringAsync());
        return await response.ReadJsonAsync();
    }

    private static async Task<Guid> OrganisationAsync(GaoxinApp app, string name) =>
        await app.InScopeAsync(db => db.Organisations.Where(o => o.Name == name).Select(o => o.Id).SingleAsync());

    private static async Task<Guid> DepartmentAsync(GaoxinApp app, string code) =>
        await app.InScopeAsync(db => db.Set<Gaoxin.Services.Departments.Department>().Where(d => d.Code == code).Select(d => d.Id).SingleAsync());

    private static Task<int> CaseCountAsync(GaoxinApp app) => app.InScopeAsync(db => db.Set<ReliefCase>().CountAsync());

    /// <summary>A case of 兴储世纪 reported by enterprise@ and assigned to 经济发展局 (officer@'s department).</summary>
    private static async Task<Guid> AssignedCaseAsync(GaoxinApp app, HttpClient enterprise, HttpClient admin)
    {
        var created = await OkAsync(await enterprise.PostJsonAsync(Cases, new { category = "SupplyChain", description = "芯片供应商断供，交付受影响。" }), HttpStatusCode.Created);
        var id = created.GetProperty("id").GetGuid();
        await OkAsync(await admin.PostJsonAsync($"{Cases}/{id}/assign", new { departmentId = await DepartmentAsync(app, "JFJ") }));
        return id;
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_case_lives_from_report_through_a_low_rating_and_reopening_to_a_satisfied_closing(Db db)
    {
        var app = await apps.GetAsync(db);
        var enterprise = await app.SignedInAsync("enterprise@zigong.demo");
        var admin = await app.SignedInAsync("admin@zigong.demo");
        var officer = await app.SignedInAsync("officer@zigong.demo");
        var own = await OrganisationAsync(app, "兴储世纪");

        var created = await OkAsync(await enterprise.PostJsonAsync(Cases, new { category = "Financing", description = "扩产流动资金缺口约 2000 万元。" }), HttpStatusCode.Created);
        created.GetProperty("status").GetString().ShouldBe("Reported");
        created.GetProperty("source").GetString().ShouldBe("Enterprise");
        created.GetProperty("enterpriseId").GetGuid().ShouldBe(own);
        var id = created.GetProperty("id").GetGuid();

        // Triage without a deadline: the category's default (15 working days for financing) on the zone's calendar.
        var assigned = await OkAsync(await admin.PostJsonAsync($"{Cases}/{id}/assign", new { departmentId = await DepartmentAsync(app, "JFJ") }));
        assigned.GetProperty("status").GetString().ShouldBe("Assigned");
        assigned.GetProperty("departmentName").GetString().ShouldBe("经济发展局");
        var deadline = DateOnly.Parse(assigned.GetProperty("deadline").GetString()!, System.Globalization.CultureInfo.InvariantCulture);
        deadline.ShouldBeGreaterThan(DateOnly.FromDateTime(DateTime.UtcNow.AddDays(14)));
        assigned.GetProperty("overdue").GetBoolean().ShouldBeFalse();

        await OkAsync(await officer.PostJsonAsync($"{Cases}/{id}/measures", new { text = "对接两家银行上门洽谈。" }), HttpStatusCode.Created);
        await OkAsync(await officer.PostJsonAsync($"{Cases}/{id}/propose-close", new { note = "已获授信 1500 万元。" }));

        // The enterprise is not satisfied: back to the department with a new deadline.
        var reopened = await OkAsync(await enterprise.PostJsonAsync($"{Cases}/{id}/rate", new { satisfaction = 2, note = "额度不够" }));
        reopened.GetProperty("status").GetString().ShouldBe("Assigned");
        reopened.GetProperty("reopened").GetInt32().ShouldBe(1);
        reopened.GetProperty("satisfaction").GetInt32().ShouldBe(2);

        await OkAsync(await officer.PostJsonAsync($"{Cases}/{id}/measures", new { text = "追加担保贷款 500 万元。" }), HttpStatusCode.Created);
        await OkAsync(await officer.PostJsonAsync($"{Cases}/{id}/propose-close", new { note = "授信共 2000 万元。" }));
        var closed = await OkAsync(await enterprise.PostJsonAsync($"{Cases}/{id}/rate", new { satisfaction = 5 }));
        closed.GetProperty("status").GetString().ShouldBe("Closed");
        closed.GetProperty("satisfaction").GetInt32().ShouldBe(5);
        closed.GetProperty("closedAt").ValueKind.ShouldBe(JsonValueKind.String);

        var detail = await OkAsync(await enterprise.GetAsync($"{Cases}/{id}"));
        detail.GetProperty("timeline").EnumerateArray().Select(s => s.GetProperty("kind").GetString()).ShouldBe(
            ["Reported", "Assigned", "Measure", "ClosureProposed", "Rated", "Reopened", "Measure", "ClosureProposed", "Rated"]);

        // Every step told the enterprise, and the audit trail has the case's changes.
        var notices = await app.InScopeAsync(ctx => ctx.Set<Gaoxin.Services.Notices.Notice>().CountAsync(n => n.OrganisationId == own && n.Link == $"/services/relief/{id}"));
        notices.ShouldBeGreaterThanOrEqualTo(6);
        var audited = await app.InScopeAsync(ctx => ctx.AuditEvents.CountAsync(e => e.EntityId == id.ToString()));
        audited.ShouldBe(6); // reported, assigned, proposed, reopened, proposed, closed
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task An_enterprise_reads_only_its_own_cases_and_another_departments_officer_may_not_work_one(Db db)
    {
        var app = await apps.GetAsync(db);
        var enterprise = await app.SignedInAsync("enterprise@zigong.demo");
        var vehicle = await app.SignedInAsync("vehicle@zigong.demo");
        var admin = await app.SignedInAsync("admin@zigong.demo");
        var id = await AssignedCaseAsync(app, enterprise, admin);

        (await vehicle.GetAsync($"{Cases}/{id}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await vehicle.PostJsonAsync($"{Cases}/{id}/rate", new { satisfaction = 5 })).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        var theirs = await OkAsync(await vehicle.GetAsync($"{Cases}?size=200"));
        var vehicleOrg = await OrganisationAsync(app, "九识智能");
        theirs.GetProperty("items").EnumerateArray().ShouldAllBe(c => c.GetProperty("enterpriseId").GetGuid() == vehicleOrg);
        theirs.GetProperty("items").EnumerateArray().ShouldNotBeEmpty();

        // An enterprise reports only for itself.
        (await vehicle.PostJsonAsync(Cases, new { category = "Market", description = "替别家反映困难。", enterpriseId = await OrganisationAsync(app, "兴储世纪") }))
            .StatusCode.ShouldBe(HttpStatusCode.Forbidden);

        // 规划建设局's officer is not of the case's department: 403, nothing recorded.
        var planning = await app.SignedInAsync("gjj@zigong.demo");
        var before = await app.InScopeAsync(ctx => ctx.Set<ReliefMeasure>().CountAsync(m => m.CaseId == id));
        (await planning.PostJsonAsync($"{Cases}/{id}/measures", new { text = "越权登记。" })).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await planning.PostJsonAsync($"{Cases}/{id}/propose-close", new { note = "越权办结。" })).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await app.InScopeAsync(ctx => ctx.Set<ReliefMeasure>().CountAsync(m => m.CaseId == id))).ShouldBe(before);

        // An officer may read the board but not triage; the enterprise may not record measures.
        (await planning.GetAsync($"{Cases}/{id}")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await planning.PostJsonAsync($"{Cases}/{id}/assign", new { departmentId = await DepartmentAsync(app, "GJJ") })).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await enterprise.PostJsonAsync($"{Cases}/{id}/measures", new { text = "自己登记。" })).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Of_two_closings_at_once_one_wins_and_the_other_gets_409(Db db)
    {
        var app = await apps.GetAsync(db);
        var enterprise = await app.SignedInAsync("enterprise@zigong.demo");
        var admin = await app.SignedInAsync("admin@zigong.demo");
        var officer = await app.SignedInAsync("officer@zigong.demo");
        var id = await AssignedCaseAsync(app, enterprise, admin);

        var version = (await OkAsync(await admin.GetAsync($"{Cases}/{id}"))).GetProperty("case").GetProperty("version").GetInt32();
        var answers = await Task.WhenAll(
            officer.PostJsonAsync($"{Cases}/{id}/propose-close", new { note = "甲提出办结。", version }),
            admin.PostJsonAsync($"{Cases}/{id}/propose-close", new { note = "乙提出办结。", version }));
        answers.Select(a => a.StatusCode).Order().ShouldBe([HttpStatusCode.OK, HttpStatusCode.Conflict]);
        (await app.InScopeAsync(ctx => ctx.Set<ReliefMeasure>().CountAsync(m => m.CaseId == id && m.Kind == ReliefStep.ClosureProposed))).ShouldBe(1);

        // A stale version is refused too.
        (await enterprise.PostJsonAsync($"{Cases}/{id}/rate", new { satisfaction = 4, version })).StatusCode.ShouldBe(HttpStatusCode.Conflict);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Bad_input_is_refused_and_nothing_is_written(Db db)
    {
        var app = await apps.GetAsync(db);
        var enterprise = await app.SignedInAsync("enterprise@zigong.demo");
        var admin = await app.SignedInAsync("admin@zigong.demo");
        var officer = await app.SignedInAsync("officer@zigong.demo");

        var count = await CaseCountAsync(app);
        (await enterprise.PostJsonAsync(Cases, new { category = "Financing", description = "" })).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await enterprise.PostJsonAsync(Cases, new { category = "Financing", description = new string('难', 4001) })).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await enterprise.PostJsonAsync(Cases, new { category = "Weather", description = "下雨影响施工。" })).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await enterprise.PostJsonAsync(Cases, new { category = 99, description = "未知类别。" })).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await admin.PostJsonAsync(Cases, new { category = "Land", description = "未选企业。" })).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await admin.PostJsonAsync(Cases, new { category = "Land", description = "不是园区企业。", enterpriseId = Guid.NewGuid() })).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await CaseCountAsync(app)).ShouldBe(count);

        var id = await AssignedCaseAsync(app, enterprise, admin);
        var past = DateOnly.FromDateTime(DateTime.UtcNow.AddDays(-3)).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        var refused = await admin.PostJsonAsync($"{Cases}/{id}/assign", new { departmentId = await DepartmentAsync(app, "GJJ"), deadline = past });
        refused.StatusCode.ShouldBe(HttpStatusCode.UnprocessableEntity, await refused.Content.ReadAsStringAsync());
        (await refused.ReadJsonAsync()).GetProperty("rule").GetString().ShouldBe(nameof(DeadlineNotInPastRule));
        (await admin.PostJsonAsync($"{Cases}/{id}/assign", new { departmentId = Guid.NewGuid() })).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var still = await OkAsync(await admin.GetAsync($"{Cases}/{id}"));
        still.GetProperty("case").GetProperty("departmentName").GetString().ShouldBe("经济发展局");

        // Rating before a closing is proposed, then 0 and 6, then an officer's phone rating without a note.
        (await enterprise.PostJsonAsync($"{Cases}/{id}/rate", new { satisfaction = 4 })).StatusCode.ShouldBe(HttpStatusCode.Conflict);
        await OkAsync(await officer.PostJsonAsync($"{Cases}/{id}/propose-close", new { note = "已协调新供应商。" }));
        (await enterprise.PostJsonAsync($"{Cases}/{id}/rate", new { satisfaction = 0 })).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await enterprise.PostJsonAsync($"{Cases}/{id}/rate", new { satisfaction = 6 })).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await officer.PostJsonAsync($"{Cases}/{id}/rate", new { satisfaction = 4 })).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await OkAsync(await admin.GetAsync($"{Cases}/{id}"))).GetProperty("case").GetProperty("status").GetString().ShouldBe("ClosureProposed");

        // The officer records the rating given by phone, with a note.
        var rated = await OkAsync(await officer.PostJsonAsync($"{Cases}/{id}/rate", new { satisfaction = 4, note = "电话回访，企业表示满意。" }));
        rated.GetProperty("status").GetString().ShouldBe("Closed");
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task The_demo_has_cases_in_each_state_and_the_board_filters_and_exports(Db db)
    {
        var app = await apps.GetAsync(db);
        var admin = await app.SignedInAsync("admin@zigong.demo");
        var overdue = await OkAsync(await admin.GetAsync($"{Cases}?overdue=true"));
        overdue.GetProperty("items").EnumerateArray().ShouldContain(c => c.GetProperty("enterpriseName").GetString() == "天钧精密");
        overdue.GetProperty("items").EnumerateArray().ShouldAllBe(c => c.GetProperty("overdue").GetBoolean());
        foreach (var status in new[] { "Reported", "Assigned", "ClosureProposed", "Closed" })
        {
            (await OkAsync(await admin.GetAsync($"{Cases}?status={status}"))).GetProperty("total").GetInt32().ShouldBeGreaterThan(0, status);
        }

        var reopenedThenClosed = await app.InScopeAsync(ctx => ctx.Set<ReliefCase>().CountAsync(c => c.Status == ReliefStatus.Closed && c.Reopened > 0));
        reopenedThenClosed.ShouldBeGreaterThan(0);
        var land = await OkAsync(await admin.GetAsync($"{Cases}?category=Land&departmentId={await DepartmentAsync(app, "GJJ")}"));
        land.GetProperty("items").EnumerateArray().ShouldAllBe(c => c.GetProperty("category").GetString() == "Land" && c.GetProperty("departmentName").GetString() == "规划建设局");

        var export = await admin.GetAsync($"{Cases}/export?category=Land");
        export.StatusCode.ShouldBe(HttpStatusCode.OK);
        export.Content.Headers.ContentType!.MediaType.ShouldBe("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task An_early_warning_becomes_a_case_in_one_step_and_is_then_marked(Db db)
    {
        var app = await apps.GetAsync(db);
        var admin = await app.SignedInAsync("admin@zigong.demo");
        var list = await OkAsync(await admin.GetAsync("/api/v1/services/relief/warnings"));
        list.GetProperty("available").GetBoolean().ShouldBeTrue();
        var warning = list.GetProperty("items").EnumerateArray().Single(w => w.GetProperty("name").GetString()!.StartsWith("容钠新能源", StringComparison.Ordinal));
        warning.GetProperty("rules").EnumerateArray().Select(r => r.GetProperty("rule").GetString()).ShouldContain(nameof(FallingEmploymentRule));
        warning.GetProperty("openCaseId").ValueKind.ShouldBe(JsonValueKind.Null);
        var enterpriseId = warning.GetProperty("enterpriseId").GetGuid();

        // The enterprise's users may not see the monitoring list.
        (await (await app.SignedInAsync("enterprise@zigong.demo")).GetAsync("/api/v1/services/relief/warnings")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);

        var created = await OkAsync(await admin.PostAsync(new Uri($"/api/v1/services/relief/warnings/{enterpriseId}/case", UriKind.Relative), null), HttpStatusCode.Created);
        created.GetProperty("source").GetString().ShouldBe("EarlyWarning");
        created.GetProperty("category").GetString().ShouldBe("Labour");
        created.GetProperty("enterpriseName").GetString().ShouldBe("容钠新能源");

        (await admin.PostAsync(new Uri($"/api/v1/services/relief/warnings/{enterpriseId}/case", UriKind.Relative), null)).StatusCode.ShouldBe(HttpStatusCode.Conflict);
        var marked = (await OkAsync(await admin.GetAsync("/api/v1/services/relief/warnings"))).GetProperty("items").EnumerateArray()
            .Single(w => w.GetProperty("enterpriseId").GetGuid() == enterpriseId);
        marked.GetProperty("openCaseNumber").GetString().ShouldBe(created.GetProperty("number").GetString());
    }
}
