using System.Net;
using System.Text.Json;
using Gaoxin.Kernel.Zones;
using Gaoxin.Services.Approvals;
using Gaoxin.Services.Calendar;
using Gaoxin.Services.Catalogue;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Gaoxin.Services.Tests.Catalogue;

/// <summary>The catalogue and the holiday calendar through the API: the zone admin keeps them, everyone reads, anyone reads the published guide.</summary>
public sealed class CatalogueApiTests(SharedApps apps) : IClassFixture<SharedApps>
{
    private const string Base = "/api/v1/services";

    private static object Item(string code, Guid department, int legal = 20, int? promised = 10, bool published = true, string investmentKind = "Number",
        object[]? materials = null, int? version = null) => new
    {
        code, name = "测试事项 " + code, departmentId = department, legalLimitDays = legal, promisedLimitDays = promised, fee = 0m, result = "Reply",
        resultName = "测试批复", description = "仅供测试", published,
        materials = materials ?? [new { id = (Guid?)null, name = "申请书", essential = true }, new { id = (Guid?)null, name = "补充说明", essential = false }],
        fields = new object[]
        {
            new { key = "project_name", label = "项目名称", kind = "Text", required = true, maxLength = 100 },
            new { key = "total_investment", label = "总投资（万元）", kind = investmentKind, required = true, min = 0m, max = 1000000m },
            new { key = "stage", label = "阶段", kind = "Choice", required = false, choices = "前期|在建|投产" },
        },
        version,
    };

    private static async Task<Guid> DepartmentAsync(HttpClient client, string code) =>
        (await (await client.GetAsync(Base + "/departments")).ReadJsonAsync()).EnumerateArray().Single(d => d.GetProperty("code").GetString() == code).GetProperty("id").GetGuid();

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task The_demo_catalogue_has_thirty_two_items_across_seven_departments_with_limits_materials_and_fields(Db db)
    {
        var app = await apps.GetAsync(db);
        var officer = await app.SignedInAsync("officer@zigong.demo");
        var items = (await (await officer.GetAsync(Base + "/items")).ReadJsonAsync()).EnumerateArray().ToList();
        items.Count(i => i.GetProperty("code").GetString()!.StartsWith("SV-", StringComparison.Ordinal)).ShouldBe(32);
        items.Select(i => i.GetProperty("department").GetString()).Distinct().Count().ShouldBe(7);
        var filing = items.Single(i => i.GetProperty("code").GetString() == "SV-001");
        filing.GetProperty("legalLimitDays").GetInt32().ShouldBe(3);
        filing.GetProperty("promisedLimitDays").GetInt32().ShouldBe(1);
        filing.GetProperty("materials").EnumerateArray().Count(m => m.GetProperty("essential").GetBoolean()).ShouldBe(2);
        filing.GetProperty("fields").EnumerateArray().Select(f => f.GetProperty("key").GetString()).ShouldContain("total_investment");

        var jfj = await DepartmentAsync(officer, "JFJ");
        var mine = (await (await officer.GetAsync($"{Base}/items?department={jfj}")).ReadJsonAsync()).EnumerateArray().ToList();
        mine.ShouldAllBe(i => i.GetProperty("department").GetString() == "经济发展局");
        mine.Count.ShouldBe(5);
        (await (await officer.GetAsync(Base + "/items?q=环境影响")).ReadJsonAsync()).GetArrayLength().ShouldBe(2);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task The_admin_creates_edits_unpublishes_and_deletes_an_item_and_bad_input_changes_nothing(Db db)
    {
        var app = await apps.GetAsync(db);
        var admin = await app.SignedInAsync("admin@zigong.demo");
        var kjj = await DepartmentAsync(admin, "KJJ");
        var code = "T-CRUD-" + db;

        var created = await admin.PostJsonAsync(Base + "/items", Item(code, kjj));
        created.StatusCode.ShouldBe(HttpStatusCode.Created, await created.Content.ReadAsStringAsync());
        var view = await created.ReadJsonAsync();
        var id = view.GetProperty("id").GetGuid();
        view.GetProperty("fields").EnumerateArray().Single(f => f.GetProperty("key").GetString() == "stage").GetProperty("choices").GetArrayLength().ShouldBe(3);

        (await admin.PostJsonAsync(Base + "/items", Item(code, kjj))).StatusCode.ShouldBe(HttpStatusCode.Conflict);

        // The promise beyond the legal limit is refused by its rule; a shared key with another kind by its rule; nothing is saved.
        var promise = await admin.PostJsonAsync(Base + "/items", Item("T-PROMISE-" + db, kjj, legal: 10, promised: 11));
        promise.StatusCode.ShouldBe(HttpStatusCode.UnprocessableEntity);
        (await promise.Content.ReadAsStringAsync()).ShouldContain("不能超过法定时限");
        var kind = await admin.PostJsonAsync(Base + "/items", Item("T-KIND-" + db, kjj, investmentKind: "Text"));
        kind.StatusCode.ShouldBe(HttpStatusCode.UnprocessableEntity);
        (await kind.Content.ReadAsStringAsync()).ShouldContain("total_investment");
        var noEssential = await admin.PostJsonAsync(Base + "/items", Item("T-NOESS-" + db, kjj, materials: [new { id = (Guid?)null, name = "说明", essential = false }]));
        noEssential.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await noEssential.Content.ReadAsStringAsync()).ShouldContain("至少应有一项必要材料");
        var otherZone = await admin.PostJsonAsync(Base + "/items", Item("T-DEPT-" + db, Guid.NewGuid()));
        otherZone.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var all = (await (await admin.GetAsync(Base + "/items?q=T-")).ReadJsonAsync()).EnumerateArray().Select(i => i.GetProperty("code").GetString()).ToList();
        all.ShouldContain(code);
        all.ShouldNotContain("T-PROMISE-" + db);
        all.ShouldNotContain("T-KIND-" + db);

        // Editing keeps the materials named by id, and a stale version is refused.
        var materialId = view.GetProperty("materials")[0].GetProperty("id").GetGuid();
        var edit = Item(code, kjj, legal: 15, promised: 5, published: false, materials: [new { id = (Guid?)materialId, name = "申请书（新版）", essential = true }], version: view.GetProperty("version").GetInt32());
        var edited = await admin.PutJsonAsync($"{Base}/items/{id}", edit);
        edited.StatusCode.ShouldBe(HttpStatusCode.OK, await edited.Content.ReadAsStringAsync());
        var after = await edited.ReadJsonAsync();
        after.GetProperty("materials").EnumerateArray().Single().GetProperty("id").GetGuid().ShouldBe(materialId);
        after.GetProperty("legalLimitDays").GetInt32().ShouldBe(15);
        (await admin.PutJsonAsync($"{Base}/items/{id}", edit)).StatusCode.ShouldBe(HttpStatusCode.Conflict);

        // Unpublished: the enterprise neither lists nor opens it; nobody but the admin changes the catalogue.
        var enterprise = await app.SignedInAsync("enterprise@zigong.demo");
        (await (await enterprise.GetAsync(Base + "/items")).ReadJsonAsync()).EnumerateArray().ShouldNotContain(i => i.GetProperty("code").GetString() == code);
        (await enterprise.GetAsync($"{Base}/items/{id}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await enterprise.PostJsonAsync(Base + "/items", Item("T-ENT-" + db, kjj))).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        var officer = await app.SignedInAsync("officer@zigong.demo");
        (await officer.DeleteAsync(new Uri($"{Base}/items/{id}", UriKind.Relative))).StatusCode.ShouldBe(HttpStatusCode.Forbidden);

        (await admin.DeleteAsync(new Uri($"{Base}/items/{id}", UriKind.Relative))).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        (await admin.GetAsync($"{Base}/items/{id}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task The_public_guide_is_read_without_signing_in_and_leaks_no_id_or_unpublished_item(Db db)
    {
        var app = await apps.GetAsync(db);
        var admin = await app.SignedInAsync("admin@zigong.demo");
        var hidden = "T-HIDDEN-" + db;
        (await admin.PostJsonAsync(Base + "/items", Item(hidden, await DepartmentAsync(admin, "SJJ"), published: false))).StatusCode.ShouldBe(HttpStatusCode.Created);

        var response = await app.Client().GetAsync(Base + "/catalogue?zone=zigong");
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var text = await response.Content.ReadAsStringAsync();
        text.ShouldNotContain(hidden);
        var guide = await response.ReadJsonAsync();
        var items = guide.GetProperty("items").EnumerateArray().ToList();
        items.Count.ShouldBeGreaterThanOrEqualTo(32);
        items.Where(i => i.TryGetProperty("id", out _) || i.TryGetProperty("departmentId", out _)).ShouldBeEmpty("no internal id leaves");
        var permit = items.Single(i => i.GetProperty("code").GetString() == "SV-008");
        permit.GetProperty("department").GetString().ShouldBe("规划建设局");
        permit.GetProperty("materials").EnumerateArray().ShouldContain(m => m.GetProperty("name").GetString() == "施工图审查合格书" && m.GetProperty("essential").GetBoolean());
        (await app.Client().GetAsync(Base + "/catalogue?zone=nowhere")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await app.Client().GetAsync(Base + "/items")).StatusCode.ShouldBeOneOf(HttpStatusCode.Unauthorized, HttpStatusCode.Redirect, HttpStatusCode.Found);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task The_2026_calendar_counts_october_and_a_bad_arrangement_is_refused(Db db)
    {
        var app = await apps.GetAsync(db);
        var viewer = await app.SignedInAsync("viewer@zigong.demo");
        (await (await viewer.GetAsync(Base + "/calendar")).ReadJsonAsync()).EnumerateArray().Select(y => y.GetInt32()).ShouldBe([2025, 2026]);
        var year = await (await viewer.GetAsync(Base + "/calendar/2026")).ReadJsonAsync();
        year.GetProperty("published").GetBoolean().ShouldBeTrue();
        // October 2026: 22 weekdays, 1, 2, 5, 6, 7 off, Saturday 10 worked: 18.
        year.GetProperty("months")[9].GetProperty("workingDays").GetInt32().ShouldBe(18);
        year.GetProperty("days").EnumerateArray().ShouldContain(d => d.GetProperty("date").GetString() == "2026-10-10" && d.GetProperty("kind").GetString() == "MakeUpWorkday");
        (await (await viewer.GetAsync(Base + "/calendar/2031")).ReadJsonAsync()).GetProperty("published").GetBoolean().ShouldBeFalse();
        (await viewer.GetAsync(Base + "/calendar/1999")).StatusCode.ShouldBe(HttpStatusCode.BadRequest);

        var admin = await app.SignedInAsync("admin@zigong.demo");
        var wrong = await admin.PutJsonAsync(Base + "/calendar/2030", new { source = "测试", days = new[] { new { date = "2030-01-04", kind = "MakeUpWorkday", name = "元旦" } } });
        wrong.StatusCode.ShouldBe(HttpStatusCode.UnprocessableEntity);
        (await wrong.Content.ReadAsStringAsync()).ShouldContain("不需要列为调休上班日");
        (await (await viewer.GetAsync(Base + "/calendar")).ReadJsonAsync()).GetArrayLength().ShouldBe(2);
        (await viewer.PutJsonAsync(Base + "/calendar/2030", new { source = "测试", days = Array.Empty<object>() })).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }

    /// <summary>A clock running into a year not yet published is recounted when the year is loaded, keeping the days it had left.</summary>
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Loading_a_new_year_recounts_running_clocks_and_leaves_paused_ones(Db db)
    {
        TestDatabase.SkipUnlessAvailable(db);
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 12, 21, 2, 0, 0, TimeSpan.Zero)); // Monday 21 Dec 2026, 10:00 in the zone
        await using var app = await GaoxinApp.StartAsync(db, services: s => s.AddSingleton<TimeProvider>(clock));
        var (running, paused) = await app.InScopeAsync(async ctx =>
        {
            var item = await ctx.Set<ServiceItem>().FirstAsync(i => i.Code == "SV-002");
            var application = new ServiceApplication(item.ZoneId, "SQ-TEST-1", Guid.NewGuid(), "跨年办件", "{}", "test", clock.GetUtcNow());
            ctx.Add(application);
            // Accepted Mon 21 Dec with 10 working days: 22–25, 28–31 Dec (8), then 2027 unknown: Fri 1 Jan, Mon 4 Jan.
            var a = new ApplicationItem(item.ZoneId, application.Id, item.Id, item.DepartmentId, 10, new DateOnly(2026, 12, 21), NationalHolidays.Calendar);
            var b = new ApplicationItem(item.ZoneId, application.Id, (await ctx.Set<ServiceItem>().FirstAsync(i => i.Code == "SV-003")).Id, item.DepartmentId, 10,
                new DateOnly(2026, 12, 21), NationalHolidays.Calendar);
            b.PauseForCorrection(new DateOnly(2026, 12, 21), NationalHolidays.Calendar, "补正", "test", clock.GetUtcNow());
            ctx.AddRange(a, b);
            await ctx.SaveChangesAsync();
            a.DueOn.ShouldBe(new DateOnly(2027, 1, 4));
            return (a.Id, b.Id);
        });

        var admin = await app.SignedInAsync("admin@zigong.demo");
        // 2027's 元旦: 1–3 January off (a Friday, then the weekend), nothing worked in exchange (an assumption for the test).
        var loaded = await admin.PutJsonAsync(Base + "/calendar/2027", new
        {
            source = "测试安排",
            days = new[] { new { date = "2027-01-01", kind = "Holiday", name = "元旦" }, new { date = "2027-01-02", kind = "Holiday", name = "元旦" }, new { date = "2027-01-03", kind = "Holiday", name = "元旦" } },
        });
        loaded.StatusCode.ShouldBe(HttpStatusCode.OK, await loaded.Content.ReadAsStringAsync());
        // The demo's own open items into January move too; the paused one never does.
        (await loaded.ReadJsonAsync()).GetProperty("clocksRecounted").GetInt32().ShouldBeGreaterThanOrEqualTo(1);

        await app.InScopeAsync(async ctx =>
        {
            var a = await ctx.Set<ApplicationItem>().SingleAsync(i => i.Id == running);
            a.DueOn.ShouldBe(new DateOnly(2027, 1, 5)); // 1 Jan is now a holiday: the tenth working day is Tue 5 Jan
            var b = await ctx.Set<ApplicationItem>().SingleAsync(i => i.Id == paused);
            b.PausedRemaining.ShouldBe(10);
            return 0;
        });
    }
}
