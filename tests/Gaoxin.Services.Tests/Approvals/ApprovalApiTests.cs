using System.Net;
using Gaoxin.Kernel.Zones;
using Gaoxin.Services.Approvals;
using Gaoxin.Services.Notices;
using Microsoft.EntityFrameworkCore;
using static Gaoxin.Services.Tests.Approvals.ApprovalDriver;

namespace Gaoxin.Services.Tests.Approvals;

/// <summary>Applying and deciding through the HTTP API on both databases: bad input, 容缺, the race, parallel reviews, scoping, the result PDF.</summary>
public sealed class ApprovalApiTests(SharedApps apps) : IClassFixture<SharedApps>
{
    private static DateOnly Today => ZoneClock.Of(TimeProvider.System).Today;

    private static Task<int> ApplicationsAsync(GaoxinApp app) => app.InScopeAsync(db => db.Set<ServiceApplication>().CountAsync());

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task One_form_for_two_items_is_accepted_numbered_and_each_clock_started(Db db)
    {
        var app = await apps.GetAsync(db);
        var enterprise = await app.SignedInAsync("enterprise@zigong.demo");
        var filing = await ItemAsync(app, "SV-001");
        var energy = await ItemAsync(app, "SV-003");

        var application = await ApplyAsync(enterprise, Body([filing, energy]));

        application.GetProperty("number").GetString()!.ShouldMatch($"^SQ{Today.Year}-\\d{{6}}$");
        application.GetProperty("status").GetString().ShouldBe("Open");
        application.GetProperty("items").GetArrayLength().ShouldBe(2);
        var item = ItemOf(application, energy.Id);
        item.GetProperty("status").GetString().ShouldBe("InReview");
        item.GetProperty("remainingDays").GetInt32().ShouldBe(7);
        item.GetProperty("acceptedOn").GetString().ShouldBe(Today.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        // Shared fields (project_name, credit_code, …) are one list, entered once.
        var keys = application.GetProperty("fields").EnumerateArray().Select(f => f.GetProperty("key").GetString()).ToList();
        keys.Count(k => k == "project_name").ShouldBe(1);
        var id = application.GetProperty("id").GetGuid();
        (await app.InScopeAsync(d => d.Set<Notice>().CountAsync(n => n.Link == ApprovalDesk.Link(id)))).ShouldBe(1);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_missing_essential_material_is_refused_by_name_and_nothing_is_saved(Db db)
    {
        var app = await apps.GetAsync(db);
        var enterprise = await app.SignedInAsync("enterprise@zigong.demo");
        var filing = await ItemAsync(app, "SV-001");
        var before = await ApplicationsAsync(app);

        var problem = await ProblemAsync(await enterprise.PostJsonAsync(Applications, Body([filing], leaveOut: m => m.Name == "营业执照")), HttpStatusCode.UnprocessableEntity);

        problem.GetProperty("rule").GetString().ShouldBe("必要材料齐全");
        problem.GetProperty("detail").GetString()!.ShouldContain("营业执照");
        (await ApplicationsAsync(app)).ShouldBe(before);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Fields_failing_their_rule_are_named_and_nothing_is_saved(Db db)
    {
        var app = await apps.GetAsync(db);
        var enterprise = await app.SignedInAsync("enterprise@zigong.demo");
        var filing = await ItemAsync(app, "SV-001");
        var before = await ApplicationsAsync(app);

        var problem = await ProblemAsync(await enterprise.PostJsonAsync(Applications, Body([filing], fields: new Dictionary<string, string?>
        {
            ["credit_code"] = "915103000000000000", ["total_investment"] = "-1", ["industry"] = "钢铁", ["project_name"] = null,
        })), HttpStatusCode.BadRequest);

        var errors = problem.GetProperty("errors");
        foreach (var key in new[] { "fields.credit_code", "fields.total_investment", "fields.industry", "fields.project_name" })
        {
            errors.TryGetProperty(key, out _).ShouldBeTrue(key);
        }

        (await ApplicationsAsync(app)).ShouldBe(before);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_non_essential_material_may_be_promised_within_thirty_days_and_no_later(Db db)
    {
        var app = await apps.GetAsync(db);
        var enterprise = await app.SignedInAsync("enterprise@zigong.demo");
        var filing = await ItemAsync(app, "SV-001");
        var plan = filing.Materials.Single(m => !m.Essential);

        var late = await ProblemAsync(await enterprise.PostJsonAsync(Applications, Body([filing], defer: new Dictionary<Guid, DateOnly> { [plan.Id] = Today.AddDays(31) })),
            HttpStatusCode.UnprocessableEntity);
        late.GetProperty("rule").GetString().ShouldBe("容缺承诺期限");
        var unpromised = await enterprise.PostJsonAsync(Applications, Body([filing], leaveOut: m => m.Id == plan.Id));
        unpromised.StatusCode.ShouldBe(HttpStatusCode.BadRequest);

        var application = await ApplyAsync(enterprise, Body([filing], defer: new Dictionary<Guid, DateOnly> { [plan.Id] = Today.AddDays(30) }));
        var item = ItemOf(application, filing.Id);
        item.GetProperty("deferredMaterial").GetString().ShouldBe(plan.Name);

        // 容缺补齐: the department records the material's arrival, once.
        var officer = await app.SignedInAsync("officer@zigong.demo");
        (await officer.PostAsync(ItemUrl(application, item) + "/deferred-received", null)).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await officer.PostAsync(ItemUrl(application, item) + "/deferred-received", null)).StatusCode.ShouldBe(HttpStatusCode.Conflict);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Two_officers_deciding_one_item_at_once_one_wins_and_the_other_gets_409(Db db)
    {
        var app = await apps.GetAsync(db);
        var enterprise = await app.SignedInAsync("enterprise@zigong.demo");
        var filing = await ItemAsync(app, "SV-004");
        var officer = await app.SignedInAsync("officer@zigong.demo");
        var admin = await app.SignedInAsync("admin@zigong.demo");

        for (var round = 0; round < 3; round++)
        {
            var application = await ApplyAsync(enterprise, Body([filing]));
            var url = ItemUrl(application, ItemOf(application, filing.Id));
            var responses = await Task.WhenAll(
                officer.PostJsonAsync(url + "/approve", new { reason = "同意" }),
                admin.PostJsonAsync(url + "/refuse", new { reason = "不符合条件" }));

            responses.Select(r => (int)r.StatusCode).Order().ToArray().ShouldBe(new[] { 200, 409 }, string.Join(" | ", await Task.WhenAll(responses.Select(r => r.Content.ReadAsStringAsync()))));
            var after = await GetAsync(admin, application);
            var status = ItemOf(after, filing.Id).GetProperty("status").GetString();
            var winner = responses[0].StatusCode == HttpStatusCode.OK ? "Approved" : "Refused";
            status.ShouldBe(winner);
            after.GetProperty("status").GetString().ShouldBe("Closed");
            var id = application.GetProperty("id").GetGuid();
            (await app.InScopeAsync(d => d.Set<ResultDocument>().CountAsync(r => r.ApplicationId == id))).ShouldBe(winner == "Approved" ? 1 : 0);
        }
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Two_departments_review_in_parallel_each_only_its_own_item_and_the_application_closes(Db db)
    {
        var app = await apps.GetAsync(db);
        var enterprise = await app.SignedInAsync("enterprise@zigong.demo");
        var jfj = await ItemAsync(app, "SV-001");
        var other = await app.InScopeAsync(d => d.Set<Gaoxin.Services.Catalogue.ServiceItem>().Where(i => i.DepartmentId == d.Set<Gaoxin.Services.Departments.Department>().Single(x => x.Code == "KJJ").Id)
            .OrderBy(i => i.Code).Select(i => i.Code).FirstAsync());
        var kjjItem = await ItemAsync(app, other);
        var application = await ApplyAsync(enterprise, Body([jfj, kjjItem]));
        var officer = await app.SignedInAsync("officer@zigong.demo");
        var kjj = await app.SignedInAsync("kjj@zigong.demo");

        // A department deciding an item it is not assigned: 403, nothing changed.
        (await kjj.PostJsonAsync(ItemUrl(application, ItemOf(application, jfj.Id)) + "/approve", new { })).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        var answers = await Task.WhenAll(
            officer.PostJsonAsync(ItemUrl(application, ItemOf(application, jfj.Id)) + "/approve", new { }),
            kjj.PostJsonAsync(ItemUrl(application, ItemOf(application, kjjItem.Id)) + "/approve", new { }));
        answers.ShouldAllBe(r => r.StatusCode == HttpStatusCode.OK);

        var after = await GetAsync(enterprise, application);
        after.GetProperty("status").GetString().ShouldBe("Closed");
        after.GetProperty("items").EnumerateArray().ShouldAllBe(i => i.GetProperty("status").GetString() == "Approved");
        // Deciding a decided item: 409.
        (await officer.PostJsonAsync(ItemUrl(application, ItemOf(application, jfj.Id)) + "/refuse", new { reason = "再议" })).StatusCode.ShouldBe(HttpStatusCode.Conflict);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task An_enterprise_sees_and_acts_on_its_own_applications_only_and_a_department_on_its_own_items(Db db)
    {
        var app = await apps.GetAsync(db);
        var enterprise = await app.SignedInAsync("enterprise@zigong.demo");
        var vehicle = await app.SignedInAsync("vehicle@zigong.demo");
        var hbj = await app.SignedInAsync("hbj@zigong.demo");
        var filing = await ItemAsync(app, "SV-001");
        var application = await ApplyAsync(enterprise, Body([filing]));
        var id = application.GetProperty("id").GetGuid();

        (await vehicle.GetAsync($"{Applications}/{id}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await vehicle.PostAsync($"{Applications}/{id}/withdraw", null)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        var list = await (await vehicle.GetAsync($"{Applications}?size=200")).ReadJsonAsync();
        list.GetProperty("items").EnumerateArray().ShouldAllBe(a => a.GetProperty("id").GetGuid() != id);
        var mine = await (await enterprise.GetAsync($"{Applications}?q={application.GetProperty("number").GetString()}")).ReadJsonAsync();
        mine.GetProperty("total").GetInt32().ShouldBe(1);
        // An enterprise applying for another enterprise: 403.
        var vehicleOrg = await app.InScopeAsync(d => d.Organisations.Where(o => o.Name == "兴储世纪").Select(o => o.Id).SingleAsync());
        (await vehicle.PostJsonAsync(Applications, Body([filing], organisationId: vehicleOrg))).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        // 生态环境分局 has no item in it: it cannot see it.
        (await hbj.GetAsync($"{Applications}/{id}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await hbj.PostJsonAsync(ItemUrl(application, ItemOf(application, filing.Id)) + "/approve", new { })).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        // The admin files for an enterprise of the zone only.
        var admin = await app.SignedInAsync("admin@zigong.demo");
        (await admin.PostJsonAsync(Applications, Body([filing], organisationId: Guid.NewGuid()))).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        await ApplyAsync(admin, Body([filing], organisationId: vehicleOrg));

        // The applicant withdraws while open; then it is closed to everything.
        var withdrawn = await (await enterprise.PostAsync($"{Applications}/{id}/withdraw", null)).ReadJsonAsync();
        withdrawn.GetProperty("status").GetString().ShouldBe("Withdrawn");
        (await enterprise.PostAsync($"{Applications}/{id}/withdraw", null)).StatusCode.ShouldBe(HttpStatusCode.Conflict);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Return_and_refuse_need_a_reason_and_the_result_pdf_names_the_result_in_chinese(Db db)
    {
        var app = await apps.GetAsync(db);
        var enterprise = await app.SignedInAsync("enterprise@zigong.demo");
        var officer = await app.SignedInAsync("officer@zigong.demo");
        var filing = await ItemAsync(app, "SV-001");
        var application = await ApplyAsync(enterprise, Body([filing]));
        var url = ItemUrl(application, ItemOf(application, filing.Id));

        (await ProblemAsync(await officer.PostJsonAsync(url + "/return", new { reason = " " }), HttpStatusCode.BadRequest)).GetProperty("errors").TryGetProperty("reason", out _).ShouldBeTrue();
        (await officer.PostJsonAsync(url + "/refuse", new { })).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await enterprise.GetAsync(url + "/result.pdf")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        var approved = await (await officer.PostJsonAsync(url + "/approve", new { reason = "材料齐全，准予备案" })).ReadJsonAsync();
        approved.GetProperty("resultUrl").GetString().ShouldBe(url + "/result.pdf");

        var pdf = await enterprise.GetAsync(url + "/result.pdf");
        pdf.StatusCode.ShouldBe(HttpStatusCode.OK);
        pdf.Content.Headers.ContentType!.MediaType.ShouldBe("application/pdf");
        var text = PdfText.Read(await pdf.Content.ReadAsByteArrayAsync());
        text.ShouldContain(filing.ResultName);
        text.ShouldContain("兴储世纪");
        text.ShouldContain(application.GetProperty("number").GetString()!);
        (await officer.GetAsync(url + "/result.pdf")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await (await app.SignedInAsync("vehicle@zigong.demo")).GetAsync(url + "/result.pdf")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Ten_applications_at_once_get_ten_distinct_numbers(Db db)
    {
        var app = await apps.GetAsync(db);
        var enterprise = await app.SignedInAsync("enterprise@zigong.demo");
        var filing = await ItemAsync(app, "SV-001");

        var responses = await Task.WhenAll(Enumerable.Range(0, 10).Select(_ => enterprise.PostJsonAsync(Applications, Body([filing]))));

        responses.ShouldAllBe(r => r.StatusCode == HttpStatusCode.Created);
        var numbers = await Task.WhenAll(responses.Select(async r => (await r.ReadJsonAsync()).GetProperty("number").GetString()));
        numbers.Distinct().Count().ShouldBe(10);
    }
}
