using System.Net;
using System.Text.Json;
using Gaoxin.Kernel.Zones;
using Gaoxin.PilotBase.Facilities;
using MiniExcelLibs;

namespace Gaoxin.PilotBase.Tests.Facilities;

/// <summary>The operators' facilities API: resources with their version, capabilities and qualifications, search, export and scoping.</summary>
public sealed class FacilitiesApiTests(SharedApps apps) : IClassFixture<SharedApps>
{
    private const string Base = "/api/v1/pilot-base";

    private static async Task<Guid> AreaAsync(HttpClient client, string code) =>
        (await (await client.GetAsync(Base + "/areas")).ReadJsonAsync()).EnumerateArray().Single(a => a.GetProperty("code").GetString() == code).GetProperty("id").GetGuid();

    private static object NewResource(Guid areaId, string code, string name = "测试设备", decimal? perHour = 100m) => new
    {
        areaId, roomId = (Guid?)null, code, name, kind = "Equipment", industry = "AdvancedMaterials", description = "测试",
        pricePerHour = perHour, pricePerDay = (decimal?)null, pricePerBatch = (decimal?)null, maxBatchSize = (decimal?)null, batchUnit = (string?)null,
    };

    private static object Edit(int version, string name) => new
    {
        version, roomId = (Guid?)null, name, industry = "AdvancedMaterials", description = "改", pricePerHour = 120m, pricePerDay = 900m, pricePerBatch = (decimal?)null,
        maxBatchSize = 10m, batchUnit = "kg",
    };

    private static async Task<JsonElement> CreatedAsync(HttpResponseMessage response)
    {
        response.StatusCode.ShouldBe(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return await response.ReadJsonAsync();
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_resource_is_created_edited_with_its_version_and_a_stale_edit_or_a_duplicate_code_is_refused_with_409(Db db)
    {
        var app = await apps.GetAsync(db);
        var op = await app.SignedInAsync("operator@zigong.demo");
        var area = await AreaAsync(op, "A");
        var code = "T-CRUD-" + db;
        var created = await CreatedAsync(await op.PostJsonAsync(Base + "/resources", NewResource(area, code)));
        var id = created.GetProperty("id").GetGuid();
        created.GetProperty("version").GetInt32().ShouldBe(0);
        created.GetProperty("status").GetString().ShouldBe("Available");

        var duplicate = await op.PostJsonAsync(Base + "/resources", NewResource(area, code));
        duplicate.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await duplicate.Content.ReadAsStringAsync()).ShouldContain(code);

        var edited = await op.PutJsonAsync($"{Base}/resources/{id}", Edit(0, "改名后的设备"));
        edited.StatusCode.ShouldBe(HttpStatusCode.OK, await edited.Content.ReadAsStringAsync());
        var after = await edited.ReadJsonAsync();
        after.GetProperty("name").GetString().ShouldBe("改名后的设备");
        after.GetProperty("version").GetInt32().ShouldBe(1);
        after.GetProperty("pricePerDay").GetDecimal().ShouldBe(900m);

        // A second editor who read version 0 is refused: the first edit is not overwritten.
        var stale = await op.PutJsonAsync($"{Base}/resources/{id}", Edit(0, "覆盖"));
        stale.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await (await op.GetAsync($"{Base}/resources/{id}")).ReadJsonAsync()).GetProperty("name").GetString().ShouldBe("改名后的设备");

        var maintenance = await op.PostJsonAsync($"{Base}/resources/{id}/status", new { version = 1, status = "Maintenance" });
        maintenance.StatusCode.ShouldBe(HttpStatusCode.OK, await maintenance.Content.ReadAsStringAsync());
        (await maintenance.ReadJsonAsync()).GetProperty("version").GetInt32().ShouldBe(2);
        (await op.PostJsonAsync($"{Base}/resources/{id}/status", new { version = 1, status = "Available" })).StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await op.PostJsonAsync($"{Base}/resources/{id}/status", new { version = 2, status = "Retired" })).StatusCode.ShouldBe(HttpStatusCode.OK);
        var revive = await op.PostJsonAsync($"{Base}/resources/{id}/status", new { version = 3, status = "Available" });
        revive.StatusCode.ShouldBe(HttpStatusCode.Conflict, "a retired resource is not brought back");

        // Viewers read, but do not change.
        var viewer = await app.SignedInAsync("viewer@zigong.demo");
        (await viewer.PutJsonAsync($"{Base}/resources/{id}", Edit(3, "x"))).StatusCode.ShouldBe(HttpStatusCode.Forbidden);

        // The change is in the audit trail, named for the operator.
        var audited = await app.InScopeAsync(async ctx => await Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.CountAsync(
            ctx.Set<Gaoxin.Data.Audit.AuditEvent>(), e => e.EntityId == id.ToString()));
        audited.ShouldBeGreaterThanOrEqualTo(4);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Negative_prices_and_an_inverted_capability_range_are_refused_in_Chinese(Db db)
    {
        var app = await apps.GetAsync(db);
        var op = await app.SignedInAsync("admin@zigong.demo");
        var area = await AreaAsync(op, "A");
        var negative = await op.PostJsonAsync(Base + "/resources", NewResource(area, "T-NEG-" + db, perHour: -1m));
        negative.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await negative.Content.ReadAsStringAsync()).ShouldContain("每小时价格不能为负数");

        var id = (await CreatedAsync(await op.PostJsonAsync(Base + "/resources", NewResource(area, "T-RNG-" + db)))).GetProperty("id").GetGuid();
        var inverted = await op.PostJsonAsync($"{Base}/resources/{id}/capabilities", new { kind = "Temperature", name = "炉温", min = 1600m, max = 1500m, unit = "℃" });
        inverted.StatusCode.ShouldBe(HttpStatusCode.UnprocessableEntity);
        var text = await inverted.Content.ReadAsStringAsync();
        text.ShouldContain("下限 1600 大于上限 1500");
        text.ShouldContain(nameof(CapabilityRangeRule));

        var added = await op.PostJsonAsync($"{Base}/resources/{id}/capabilities", new { kind = "Temperature", name = "炉温", min = 20m, max = 20m, unit = "℃" });
        added.StatusCode.ShouldBe(HttpStatusCode.OK, "a single value is min = max");
        var capability = (await added.ReadJsonAsync()).GetProperty("capabilities")[0].GetProperty("id").GetGuid();
        (await op.PostJsonAsync($"{Base}/resources/{id}/capabilities", new { kind = "Temperature", name = "炉温", min = 1m, max = 2m })).StatusCode.ShouldBe(HttpStatusCode.Conflict);
        var removed = await op.DeleteAsync(new Uri($"{Base}/resources/{id}/capabilities/{capability}", UriKind.Relative));
        (await removed.ReadJsonAsync()).GetProperty("capabilities").GetArrayLength().ShouldBe(0);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Searching_by_temperature_finds_the_furnace_up_to_exactly_its_maximum_and_not_a_hundredth_beyond(Db db)
    {
        var app = await apps.GetAsync(db);
        var viewer = await app.SignedInAsync("viewer@zigong.demo");

        async Task<List<string>> Codes(string query)
        {
            var response = await viewer.GetAsync($"{Base}/resources?{query}&size=200");
            response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
            return (await response.ReadJsonAsync()).GetProperty("items").EnumerateArray().Select(r => r.GetProperty("code").GetString()!).ToList();
        }

        // The demo's sintering furnace reaches 0–1600 ℃; the next hottest (the battery safety chamber) 300 ℃.
        (await Codes("capability=Temperature&value=1500")).ShouldBe(["A-EQ-10"]);
        (await Codes("capability=Temperature&value=1600")).ShouldBe(["A-EQ-10"]);
        (await Codes("capability=Temperature&value=1600.01")).ShouldBeEmpty();
        (await Codes("capability=Temperature&from=-60&to=100")).ShouldBe(["A-EQ-13", "A-EQ-14"]);
        (await Codes("capability=Temperature&value=-70")).ShouldBe(["A-EQ-13"]);
        (await Codes("kind=Laboratory")).ShouldBe(["A-LAB-01", "A-LAB-02"]);
        (await Codes("q=烧结&kind=Equipment")).ShouldContain("A-EQ-10");
        (await Codes("status=Maintenance")).ShouldContain("A-EQ-12");
        (await Codes("industry=NewEnergy&capability=Pressure&value=180")).ShouldBe(["A-EQ-06"]);

        var page = await (await viewer.GetAsync($"{Base}/resources?page=2&size=5")).ReadJsonAsync();
        page.GetProperty("number").GetInt32().ShouldBe(2);
        page.GetProperty("items").GetArrayLength().ShouldBe(5);
        page.GetProperty("total").GetInt32().ShouldBeGreaterThanOrEqualTo(21);

        (await viewer.GetAsync($"{Base}/resources?capability=Temperature&from=100&to=50")).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await viewer.GetAsync($"{Base}/resources?value=100")).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Qualifications_expiring_within_90_days_are_listed_and_an_expired_one_shows_as_expired(Db db)
    {
        var app = await apps.GetAsync(db);
        var op = await app.SignedInAsync("operator@zigong.demo");
        var id = (await CreatedAsync(await op.PostJsonAsync(Base + "/resources", NewResource(await AreaAsync(op, "A"), "T-QUAL-" + db)))).GetProperty("id").GetGuid();
        var today = ZoneClock.Of(TimeProvider.System).Today;
        foreach (var (number, until) in new[] { ("CMA-EXPIRED-" + db, today.AddDays(-1)), ("CMA-90-" + db, today.AddDays(90)), ("CNAS-91-" + db, today.AddDays(91)) })
        {
            var r = await op.PostJsonAsync($"{Base}/resources/{id}/qualifications", new { kind = number.StartsWith("CNAS", StringComparison.Ordinal) ? "Cnas" : "Cma", certificateNo = number, validUntil = until });
            r.StatusCode.ShouldBe(HttpStatusCode.OK, await r.Content.ReadAsStringAsync());
        }

        var expiring = (await (await op.GetAsync(Base + "/qualifications/expiring")).ReadJsonAsync()).EnumerateArray()
            .Select(e => e.GetProperty("qualification")).ToDictionary(q => q.GetProperty("certificateNo").GetString()!, q => q.GetProperty("standing").GetString());
        expiring["CMA-EXPIRED-" + db].ShouldBe("Expired");
        expiring["CMA-90-" + db].ShouldBe("ExpiringSoon");
        expiring.ShouldNotContainKey("CNAS-91-" + db);

        var standing = (await (await op.GetAsync($"{Base}/resources/{id}")).ReadJsonAsync()).GetProperty("qualifications").EnumerateArray()
            .ToDictionary(q => q.GetProperty("certificateNo").GetString()!, q => q.GetProperty("standing").GetString());
        standing["CNAS-91-" + db].ShouldBe("Valid");
        standing["CMA-EXPIRED-" + db].ShouldBe("Expired");
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Another_zones_ids_are_not_found_and_never_listed(Db db)
    {
        var app = await apps.GetAsync(db);
        var other = new ZoneId(Guid.CreateVersion7());
        var (areaId, resourceId) = await app.InScopeAsync(async ctx =>
        {
            var area = new BaseArea(other, "A", "他区 A 区", AreaStatus.Operating, 100m, 0m);
            var resource = new Resource(other, area.Id, "OTHER-" + db, "他区设备", ResourceKind.Equipment);
            ctx.AddRange(area, resource);
            ctx.Add(new CapabilityParameter(other, resource.Id, CapabilityKind.Temperature, "炉温", 0m, 3000m, "℃", null));
            await ctx.SaveChangesAsync();
            return (area.Id, resource.Id);
        });

        var op = await app.SignedInAsync("admin@zigong.demo");
        (await op.GetAsync($"{Base}/resources/{resourceId}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await op.PutJsonAsync($"{Base}/resources/{resourceId}", Edit(0, "夺取"))).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await op.PostJsonAsync($"{Base}/resources/{resourceId}/status", new { version = 0, status = "Retired" })).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await op.PostJsonAsync($"{Base}/resources/{resourceId}/capabilities", new { kind = "Power", name = "功率", min = 1m, max = 2m })).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await op.GetAsync($"{Base}/areas/{areaId}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await op.PostJsonAsync($"{Base}/areas/{areaId}/open", new { })).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await op.PostJsonAsync(Base + "/resources", NewResource(areaId, "T-INTO-OTHER-" + db))).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await op.PostJsonAsync(Base + "/buildings", new { areaId, name = "越界楼" })).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        var hot = await (await op.GetAsync($"{Base}/resources?capability=Temperature&value=2000")).ReadJsonAsync();
        hot.GetProperty("total").GetInt32().ShouldBe(0);
        var service = await op.PostJsonAsync(Base + "/services", new
        {
            code = "S-OTHER-" + db, name = "越界服务", category = "Other", description = "测试", typicalHours = 1m, price = 1m, priceUnit = "Fixed", deliverables = "报告",
            published = false, resourceIds = new[] { resourceId },
        });
        service.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task The_export_holds_the_search_result_with_formula_like_names_neutralised(Db db)
    {
        var app = await apps.GetAsync(db);
        var op = await app.SignedInAsync("operator@zigong.demo");
        var code = "T-XLS-" + db;
        await CreatedAsync(await op.PostJsonAsync(Base + "/resources", NewResource(await AreaAsync(op, "A"), code, "=HYPERLINK(\"http://x\",\"点我\")")));
        var response = await op.GetAsync($"{Base}/resources/export?q={code}");
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        await using var stream = await response.Content.ReadAsStreamAsync();
        var rows = (await MiniExcel.QueryAsync(stream, useHeaderRow: true)).Cast<IDictionary<string, object?>>().ToList();
        rows.Count.ShouldBe(1);
        rows[0]["资源编号"].ShouldBe(code);
        rows[0]["名称"].ShouldBe("'=HYPERLINK(\"http://x\",\"点我\")");
        rows[0]["类型"].ShouldBe("设备");
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Zone_B_shows_the_major_projects_progress_and_can_be_opened_once_built(Db db)
    {
        await using var app = await GaoxinApp.StartAsync(db);
        var admin = await app.SignedInAsync("admin@zigong.demo");
        var b = await AreaAsync(admin, "B");
        var area = await (await admin.GetAsync($"{Base}/areas/{b}")).ReadJsonAsync();
        area.GetProperty("majorProjectName").GetString()!.ShouldContain("中试基地");
        var projects = (await (await admin.GetAsync("/api/v1/industry/overview")).ReadJsonAsync()).GetProperty("projects").EnumerateArray();
        area.GetProperty("progress").GetDecimal().ShouldBe(projects.Single(p => p.GetProperty("id").GetGuid() == area.GetProperty("majorProjectId").GetGuid()).GetProperty("progress").GetDecimal());

        var edited = await admin.PutJsonAsync($"{Base}/areas/{b}", new { name = "中试基地 B 区", floorArea = 25_000m, investment = 180_000_000m, majorProjectId = Guid.CreateVersion7(), description = "x" });
        edited.StatusCode.ShouldBe(HttpStatusCode.BadRequest, "a major project the industry module does not know is refused");

        var opened = await admin.PostJsonAsync($"{Base}/areas/{b}/open", new { });
        opened.StatusCode.ShouldBe(HttpStatusCode.OK, await opened.Content.ReadAsStringAsync());
        (await opened.ReadJsonAsync()).GetProperty("status").GetString().ShouldBe("Operating");
    }
}
