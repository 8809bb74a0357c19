using System.Globalization;
using System.Net;
using Gaoxin.Kernel.Zones;
using Gaoxin.Mobility.Fleet;

namespace Gaoxin.Mobility.Tests;

/// <summary>The fleet registry and the plates over HTTP on the seeded demo, both providers.</summary>
public sealed class MobilityApiTests(SharedApps apps) : IClassFixture<SharedApps>
{
    private static string Today => ZoneClock.Of(TimeProvider.System).Today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Day(int offset) => ZoneClock.Of(TimeProvider.System).Today.AddDays(offset).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static object VehicleBody(string vin, Guid? operatorId = null, int speed = 40) => new
    {
        operatorId, vin, model = "测试车型 T1", level = "L4", lengthMm = 3_000, widthMm = 1_200, heightMm = 1_800, designSpeedKmh = speed, sensors = "激光雷达×1",
    };

    /// <summary>Registers a vehicle and gives it what eligibility needs, as the given client (an operator for itself, or the admin naming one).</summary>
    private static async Task<Guid> EligibleVehicleAsync(HttpClient client, string vin, Guid? operatorId = null)
    {
        var created = await client.PostJsonAsync("/api/v1/mobility/vehicles", VehicleBody(vin, operatorId));
        created.StatusCode.ShouldBe(HttpStatusCode.Created, await created.Content.ReadAsStringAsync());
        var id = (await created.ReadJsonAsync()).GetProperty("id").GetGuid();
        (await client.PostJsonAsync($"/api/v1/mobility/vehicles/{id}/insurance", new { insurer = "中国人保", policyNumber = "P-" + vin, amount = 5_000_000m, validFrom = Day(-1), validTo = Day(364) }))
            .StatusCode.ShouldBe(HttpStatusCode.OK);
        (await client.PostJsonAsync($"/api/v1/mobility/vehicles/{id}/staff", new { name = "赵磊", phone = "13800001111", role = "SafetyOfficer", assignedOn = Day(-1) }))
            .StatusCode.ShouldBe(HttpStatusCode.OK);
        var tested = await client.PostJsonAsync($"/api/v1/mobility/vehicles/{id}/road-tests", new { on = Today, hours = 240m, km = 900m, field = "自贡高新区测试场" });
        tested.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await tested.ReadJsonAsync()).GetProperty("eligibility").GetProperty("eligible").GetBoolean().ShouldBeTrue();
        return id;
    }

    private static string NewVin(int serial) => Vin.WithCheckDigit(string.Create(CultureInfo.InvariantCulture, $"LTS{"AB1C2"}0T{"K"}{serial:000000}"));

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task The_demo_has_48_plated_eligible_vehicles_and_two_refused_by_rule(Db db)
    {
        var app = await apps.GetAsync(db);
        var admin = await app.SignedInAsync("admin@zigong.demo");

        var plates = await (await admin.GetAsync("/api/v1/mobility/plates?size=200&status=Active")).ReadJsonAsync();
        var demoPlates = plates.GetProperty("items").EnumerateArray().Where(p => p.GetProperty("issuedOn").GetString() == "2025-09-29").ToList();
        demoPlates.Count.ShouldBe(48);
        demoPlates.Count(p => p.GetProperty("operatorName").GetString() == "九识智能").ShouldBe(30);
        demoPlates.Select(p => p.GetProperty("operatorName").GetString()).Distinct().Count().ShouldBe(3);

        foreach (var plate in demoPlates)
        {
            var eligibility = await (await admin.GetAsync($"/api/v1/mobility/vehicles/{plate.GetProperty("vehicleId").GetGuid()}/eligibility?on=2025-09-29")).ReadJsonAsync();
            eligibility.GetProperty("eligible").GetBoolean().ShouldBeTrue(plate.GetProperty("number").GetString());
        }

        var unplated = (await (await admin.GetAsync("/api/v1/mobility/vehicles?size=200&plated=false&q=LJ9")).ReadJsonAsync()).GetProperty("items").EnumerateArray().ToList();
        unplated.Count.ShouldBe(1);
        var shortOfTests = unplated[0].GetProperty("id").GetGuid();
        var detail = await (await admin.GetAsync($"/api/v1/mobility/vehicles/{shortOfTests}")).ReadJsonAsync();
        var failed = detail.GetProperty("eligibility").GetProperty("checks").EnumerateArray().Where(c => !c.GetProperty("passed").GetBoolean()).ToList();
        failed.Select(c => c.GetProperty("rule").GetString()).ShouldBe(["RoadTestDoneRule"]);
        failed[0].GetProperty("message").GetString()!.ShouldStartWith("道路测试未完成");

        var refused = await admin.PostJsonAsync("/api/v1/mobility/plates", new { vehicleId = shortOfTests });
        refused.StatusCode.ShouldBe((HttpStatusCode)422);
        var problem = await refused.ReadJsonAsync();
        problem.GetProperty("rule").GetString().ShouldBe("RoadTestDoneRule");
        problem.GetProperty("detail").GetString()!.ShouldStartWith("道路测试未完成");
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task An_operator_sees_and_changes_only_its_own_fleet(Db db)
    {
        var app = await apps.GetAsync(db);
        var admin = await app.SignedInAsync("admin@zigong.demo");
        var vehicle = await app.SignedInAsync("vehicle@zigong.demo");

        var mine = (await (await vehicle.GetAsync("/api/v1/mobility/vehicles?size=200")).ReadJsonAsync()).GetProperty("items").EnumerateArray().ToList();
        mine.Count.ShouldBeGreaterThanOrEqualTo(31);
        mine.ShouldAllBe(v => v.GetProperty("operatorName").GetString() == "九识智能");
        var myPlates = (await (await vehicle.GetAsync("/api/v1/mobility/plates?size=200")).ReadJsonAsync()).GetProperty("items").EnumerateArray().ToList();
        myPlates.ShouldAllBe(p => p.GetProperty("operatorName").GetString() == "九识智能");

        var all = (await (await admin.GetAsync("/api/v1/mobility/vehicles?size=200")).ReadJsonAsync()).GetProperty("items").EnumerateArray().ToList();
        var other = all.First(v => v.GetProperty("operatorName").GetString() != "九识智能");
        var otherId = other.GetProperty("id").GetGuid();
        var otherVin = other.GetProperty("vin").GetString()!;
        var otherOperator = other.GetProperty("operatorId").GetGuid();

        (await vehicle.GetAsync($"/api/v1/mobility/vehicles/{otherId}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await vehicle.GetAsync($"/api/v1/mobility/vehicles/{otherId}/eligibility")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await vehicle.PutJsonAsync($"/api/v1/mobility/vehicles/{otherId}", VehicleBody(otherVin))).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await vehicle.PostJsonAsync($"/api/v1/mobility/vehicles/{otherId}/road-tests", new { on = Today, hours = 1m, km = 1m, field = "测试场" }))
            .StatusCode.ShouldBe(HttpStatusCode.NotFound);
        var otherPlate = (await (await admin.GetAsync("/api/v1/mobility/plates?size=200")).ReadJsonAsync()).GetProperty("items").EnumerateArray()
            .First(p => p.GetProperty("operatorName").GetString() != "九识智能").GetProperty("id").GetGuid();
        (await vehicle.GetAsync($"/api/v1/mobility/plates/{otherPlate}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);

        // Registering for another operator is refused; the operator cannot grant plates.
        (await vehicle.PostJsonAsync("/api/v1/mobility/vehicles", VehicleBody(NewVin(db == Db.Sqlite ? 1 : 2), otherOperator))).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await vehicle.PostJsonAsync("/api/v1/mobility/plates", new { vehicleId = mine[0].GetProperty("id").GetGuid() })).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await vehicle.GetAsync("/api/v1/mobility/vehicles/export")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_registered_vehicle_is_plated_once_eligible_then_suspended_and_revoked_with_history_and_the_lookup_follows(Db db)
    {
        var app = await apps.GetAsync(db);
        var admin = await app.SignedInAsync("admin@zigong.demo");
        var vehicle = await app.SignedInAsync("vehicle@zigong.demo");
        var anonymous = app.Client();

        var good = NewVin(10);
        var badDigit = good[..8] + (good[8] == '0' ? '1' : '0') + good[9..];
        var bad = await vehicle.PostJsonAsync("/api/v1/mobility/vehicles", VehicleBody(badDigit));
        bad.StatusCode.ShouldBe((HttpStatusCode)422);
        (await bad.ReadJsonAsync()).GetProperty("rule").GetString().ShouldBe("VinCheckDigitRule");
        (await vehicle.PostJsonAsync("/api/v1/mobility/vehicles", VehicleBody("LJ9ZW4D5OSZ250001"))).StatusCode.ShouldBe(HttpStatusCode.BadRequest);

        var created = await vehicle.PostJsonAsync("/api/v1/mobility/vehicles", VehicleBody(good));
        created.StatusCode.ShouldBe(HttpStatusCode.Created);
        var id = (await created.ReadJsonAsync()).GetProperty("id").GetGuid();
        (await vehicle.PostJsonAsync("/api/v1/mobility/vehicles", VehicleBody(good))).StatusCode.ShouldBe(HttpStatusCode.Conflict);

        var early = await admin.PostJsonAsync("/api/v1/mobility/plates", new { vehicleId = id });
        early.StatusCode.ShouldBe((HttpStatusCode)422);
        (await early.ReadJsonAsync()).GetProperty("rule").GetString().ShouldBe("InsuranceValidRule");

        (await vehicle.PostJsonAsync($"/api/v1/mobility/vehicles/{id}/insurance", new { insurer = "中国人保", policyNumber = "P1", amount = 5_000_000m, validFrom = Day(-1), validTo = Day(364) }))
            .StatusCode.ShouldBe(HttpStatusCode.OK);
        (await vehicle.PostJsonAsync($"/api/v1/mobility/vehicles/{id}/staff", new { name = "赵磊", phone = "13800001111", role = "RemoteSupervisor", assignedOn = Today }))
            .StatusCode.ShouldBe(HttpStatusCode.OK);
        (await vehicle.PostJsonAsync($"/api/v1/mobility/vehicles/{id}/road-tests", new { on = Today, hours = 10m, km = 999.9m, field = "测试场" })).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await (await admin.PostJsonAsync("/api/v1/mobility/plates", new { vehicleId = id })).ReadJsonAsync()).GetProperty("rule").GetString().ShouldBe("RoadTestDoneRule");
        (await vehicle.PostJsonAsync($"/api/v1/mobility/vehicles/{id}/road-tests", new { on = Today, hours = 0m, km = 0.1m, field = "测试场" })).StatusCode.ShouldBe(HttpStatusCode.OK);

        var issued = await admin.PostJsonAsync("/api/v1/mobility/plates", new { vehicleId = id });
        issued.StatusCode.ShouldBe(HttpStatusCode.Created, await issued.Content.ReadAsStringAsync());
        var plate = await issued.ReadJsonAsync();
        var number = plate.GetProperty("number").GetString()!;
        var plateId = plate.GetProperty("id").GetGuid();
        number.ShouldStartWith("川CW");
        plate.GetProperty("issuedOn").GetString().ShouldBe(Today);
        var again = await admin.PostJsonAsync("/api/v1/mobility/plates", new { vehicleId = id });
        again.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await again.ReadJsonAsync()).GetProperty("detail").GetString()!.ShouldContain("一车一牌");

        var lookup = await anonymous.GetAsync($"/api/v1/mobility/public/plates/{Uri.EscapeDataString(number)}");
        lookup.StatusCode.ShouldBe(HttpStatusCode.OK);
        var seen = await lookup.ReadJsonAsync();
        seen.GetProperty("valid").GetBoolean().ShouldBeTrue();
        seen.GetProperty("operatorName").GetString().ShouldBe("九识智能");
        seen.GetProperty("model").GetString().ShouldBe("测试车型 T1");
        seen.GetProperty("permittedScenes").GetArrayLength().ShouldBe(0);
        seen.TryGetProperty("vin", out _).ShouldBeFalse();

        (await admin.PostJsonAsync($"/api/v1/mobility/plates/{plateId}/suspend", new { reason = "" })).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await admin.PostJsonAsync($"/api/v1/mobility/plates/{plateId}/suspend", new { reason = "保险理赔核查" })).StatusCode.ShouldBe(HttpStatusCode.OK);
        var suspended = await (await anonymous.GetAsync($"/api/v1/mobility/public/plates/{Uri.EscapeDataString(number)}")).ReadJsonAsync();
        suspended.GetProperty("valid").GetBoolean().ShouldBeFalse();
        suspended.GetProperty("statusText").GetString().ShouldBe("暂停");
        var revoked = await (await admin.PostJsonAsync($"/api/v1/mobility/plates/{plateId}/revoke", new { reason = "车辆退出运营" })).ReadJsonAsync();
        revoked.GetProperty("status").GetString().ShouldBe("Revoked");
        var history = revoked.GetProperty("history").EnumerateArray().ToList();
        history.Select(e => e.GetProperty("kind").GetString()).ShouldBe(["Issued", "Suspended", "Revoked"]);
        history.Select(e => e.GetProperty("reason").GetString()).Skip(1).ShouldBe(["保险理赔核查", "车辆退出运营"]);
        history.ShouldAllBe(e => e.GetProperty("byName").GetString()!.Length > 0);

        // The revoked number is never issued again; the vehicle may get a new one.
        var renewed = await (await admin.PostJsonAsync("/api/v1/mobility/plates", new { vehicleId = id })).ReadJsonAsync();
        renewed.GetProperty("number").GetString().ShouldNotBe(number);

        // The changes are in the platform's audit chain.
        var audited = await app.InScopeAsync(async d => await Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.CountAsync(
            d.Set<Gaoxin.Data.Audit.AuditEvent>(), e => e.EntityId == plateId.ToString()));
        audited.ShouldBeGreaterThanOrEqualTo(3);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Two_concurrent_issues_of_one_plate_or_to_one_vehicle_one_wins_the_other_gets_a_chinese_409(Db db)
    {
        var app = await apps.GetAsync(db);
        var admin = await app.SignedInAsync("admin@zigong.demo");
        var jiushi = (await (await admin.GetAsync("/api/v1/mobility/operators")).ReadJsonAsync()).EnumerateArray()
            .Single(o => o.GetProperty("name").GetString() == "九识智能").GetProperty("id").GetGuid();
        var first = await EligibleVehicleAsync(admin, NewVin(20), jiushi);
        var second = await EligibleVehicleAsync(admin, NewVin(21), jiushi);

        var race = await Task.WhenAll(
            admin.PostJsonAsync("/api/v1/mobility/plates", new { vehicleId = first, number = "川CW0500" }),
            admin.PostJsonAsync("/api/v1/mobility/plates", new { vehicleId = second, number = "川CW0500" }));
        race.Select(r => r.StatusCode).Order().ShouldBe([HttpStatusCode.Created, HttpStatusCode.Conflict]);
        var loser = race.Single(r => r.StatusCode == HttpStatusCode.Conflict);
        (await loser.ReadJsonAsync()).GetProperty("detail").GetString()!.ShouldMatch("[\u4e00-\u9fff]");

        var loserVehicle = race[0].StatusCode == HttpStatusCode.Created ? second : first;
        var sameVehicle = await Task.WhenAll(
            admin.PostJsonAsync("/api/v1/mobility/plates", new { vehicleId = loserVehicle, number = "川CW0501" }),
            admin.PostJsonAsync("/api/v1/mobility/plates", new { vehicleId = loserVehicle, number = "川CW0502" }));
        sameVehicle.Select(r => r.StatusCode).Order().ShouldBe([HttpStatusCode.Created, HttpStatusCode.Conflict]);
        var live = (await (await admin.GetAsync($"/api/v1/mobility/vehicles/{loserVehicle}")).ReadJsonAsync()).GetProperty("plates").EnumerateArray().ToList();
        live.Count.ShouldBe(1);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task The_public_lookup_page_answers_without_sign_in(Db db)
    {
        var app = await apps.GetAsync(db);
        var anonymous = app.Client();
        var page = await anonymous.GetAsync("/open/mobility/plates?plate=" + Uri.EscapeDataString("川CW0001"));
        page.StatusCode.ShouldBe(HttpStatusCode.OK);
        var html = await page.Content.ReadAsStringAsync();
        html.ShouldContain("九识智能");
        html.ShouldContain("九识 Z5 城配无人车");
        html.ShouldContain("2025-09-29");
        var unknown = await (await anonymous.GetAsync("/open/mobility/plates?plate=" + Uri.EscapeDataString("川CW9998"))).Content.ReadAsStringAsync();
        unknown.ShouldContain("lookup-error");
        (await anonymous.GetAsync("/api/v1/mobility/public/plates/" + Uri.EscapeDataString("川CW9998"))).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_policy_change_is_a_new_version_from_a_date_never_an_edit_in_place(Db db)
    {
        var app = await apps.GetAsync(db);
        var admin = await app.SignedInAsync("admin@zigong.demo");
        var before = await (await admin.GetAsync("/api/v1/mobility/policy")).ReadJsonAsync();
        var current = before.EnumerateArray().Single(v => v.GetProperty("inForce").GetBoolean());
        current.GetProperty("insuranceMinimum").GetDecimal().ShouldBe(5_000_000m);
        current.GetProperty("roadTestHours").GetDecimal().ShouldBe(240m);

        object Body(string from) => new
        {
            effectiveFrom = from, note = "调低最低保额", insuranceMinimum = 3_000_000m, roadTestHours = 240m, roadTestKm = 1_000m, maxLengthMm = 3_600, maxWidthMm = 1_500,
            maxHeightMm = 2_000, maxDesignSpeedKmh = 40, platePrefix = "川CW", plateDigits = 4, plateNumberFrom = 1, plateNumberTo = 9_999,
        };
        (await admin.PostJsonAsync("/api/v1/mobility/policy", Body(Day(-1)))).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var added = await admin.PostJsonAsync("/api/v1/mobility/policy", Body(Day(30)));
        added.StatusCode.ShouldBe(HttpStatusCode.Created);
        (await added.ReadJsonAsync()).GetProperty("inForce").GetBoolean().ShouldBeFalse();

        var after = (await (await admin.GetAsync("/api/v1/mobility/policy")).ReadJsonAsync()).EnumerateArray().ToList();
        after.Count.ShouldBe(before.GetArrayLength() + 1);
        after.Single(v => v.GetProperty("inForce").GetBoolean()).GetProperty("insuranceMinimum").GetDecimal().ShouldBe(5_000_000m);
        var vehicle = await app.SignedInAsync("vehicle@zigong.demo");
        (await vehicle.PostJsonAsync("/api/v1/mobility/policy", Body(Day(30)))).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Staff_export_the_fleet_to_excel(Db db)
    {
        var app = await apps.GetAsync(db);
        var viewer = await app.SignedInAsync("viewer@zigong.demo");
        var export = await viewer.GetAsync("/api/v1/mobility/vehicles/export?q=LJ9");
        export.StatusCode.ShouldBe(HttpStatusCode.OK);
        export.Content.Headers.ContentType!.MediaType.ShouldBe("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        var bytes = await export.Content.ReadAsByteArrayAsync();
        bytes.Length.ShouldBeGreaterThan(1000);
    }
}
