using System.Net;
using System.Text.Json;
using Gaoxin.Mobility.Demo;
using Gaoxin.Mobility.Tests.Rights;

namespace Gaoxin.Mobility.Tests;

/// <summary>Road rights over HTTP on the seeded demo, both providers: the demo, the workflow by role and state, stale versions, scoping, the lookup's scenes.</summary>
public sealed class RoadRightApiTests(SharedApps apps) : IClassFixture<SharedApps>
{
    private const string Rights = "/api/v1/mobility/rights";

    private static object Body(IEnumerable<Guid> vehicles, Guid? operatorId = null, string scenario = "Logistics", int speed = 25, string? area = null, int? version = null,
        string title = "测试路权") => new
    {
        operatorId, title, scenario, vehicleIds = vehicles.ToArray(),
        areas = new[] { new { name = "测试区", geoJson = area ?? GeoAreasTests.Square } },
        windows = new[] { new { days = new[] { 1, 2, 3, 4, 5 }, from = "07:00", to = "20:00" } },
        speedLimitKmh = speed, validFrom = "2026-01-01", validTo = "2027-12-31", version,
    };

    private static async Task<List<JsonElement>> ItemsAsync(HttpClient client, string url) =>
        (await (await client.GetAsync(url)).ReadJsonAsync()).GetProperty("items").EnumerateArray().ToList();

    private static async Task<Guid> VehicleOfPlateAsync(HttpClient client, string plate) =>
        (await ItemsAsync(client, $"/api/v1/mobility/plates?q={Uri.EscapeDataString(plate)}")).Single().GetProperty("vehicleId").GetGuid();

    private static async Task<List<string?>> ScenesAsync(HttpClient anonymous, string plate) =>
        (await (await anonymous.GetAsync($"/api/v1/mobility/public/plates/{Uri.EscapeDataString(plate)}")).ReadJsonAsync())
            .GetProperty("permittedScenes").EnumerateArray().Select(s => s.GetProperty("sceneText").GetString()).ToList();

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task The_demo_has_three_scenario_rights_granted_on_29_September_2025_and_one_application_under_review(Db db)
    {
        var app = await apps.GetAsync(db);
        var admin = await app.SignedInAsync("admin@zigong.demo");
        var all = await ItemsAsync(admin, Rights + "?size=200");
        var granted = all.Where(r => r.GetProperty("grantedOn").ValueKind == JsonValueKind.String && r.GetProperty("grantedOn").GetString() == "2025-09-29").ToList();
        granted.Select(r => (r.GetProperty("operatorName").GetString(), r.GetProperty("scenarioText").GetString())).Order().ShouldBe(
            [(MobilityDemoSeeder.Yuntu, "环境监测"), (MobilityDemoSeeder.Jiushi, "物流配送"), (MobilityDemoSeeder.Yandu, "安防巡逻")], ignoreOrder: true);
        granted.Select(r => r.GetProperty("vehicleCount").GetInt32()).Order().ShouldBe([8, 10, 30]);
        all.Count(r => r.GetProperty("status").GetString() == "UnderReview" && r.GetProperty("title").GetString()!.Contains("板仓")).ShouldBe(1);

        var detail = await (await admin.GetAsync($"{Rights}/{granted.First(r => r.GetProperty("operatorName").GetString() == MobilityDemoSeeder.Jiushi).GetProperty("id").GetGuid()}")).ReadJsonAsync();
        detail.GetProperty("windows")[0].GetProperty("daysText").GetString().ShouldBe("周一至周五");
        detail.GetProperty("checks").EnumerateArray().ShouldAllBe(c => c.GetProperty("passed").GetBoolean());
        detail.GetProperty("history").EnumerateArray().Select(e => e.GetProperty("kind").GetString()).ShouldBe(["Applied", "ReviewStarted", "Granted"]);

        var anonymous = app.Client();
        (await ScenesAsync(anonymous, "川CW0001")).ShouldContain("物流配送");
        (await ScenesAsync(anonymous, "川CW0031")).ShouldBe(["安防巡逻"]);
        (await ScenesAsync(anonymous, "川CW0048")).ShouldBe(["环境监测"]);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_grant_names_the_vehicle_and_the_rule_that_stop_it(Db db)
    {
        var app = await apps.GetAsync(db);
        var admin = await app.SignedInAsync("admin@zigong.demo");
        var pending = (await ItemsAsync(admin, Rights + "?status=UnderReview&size=200")).First(r => r.GetProperty("title").GetString()!.Contains("板仓"));
        var refused = await admin.PostJsonAsync($"{Rights}/{pending.GetProperty("id").GetGuid()}/grant", new { });
        refused.StatusCode.ShouldBe((HttpStatusCode)422);
        var problem = await refused.ReadJsonAsync();
        problem.GetProperty("rule").GetString().ShouldBe("VehiclesEligibleRule");
        // The rule that stops the vehicle is named for people by its title, for programs in the problem's figures.
        problem.GetProperty("figures").GetProperty("vehicleRule").GetString().ShouldBe("RoadTestDoneRule");
        problem.GetProperty("detail").GetString()!.ShouldContain("（道路测试）");
        problem.GetProperty("detail").GetString()!.ShouldNotContain("Rule");
        problem.GetProperty("detail").GetString()!.ShouldContain("道路测试未完成");
        problem.GetProperty("detail").GetString()!.ShouldStartWith("车辆 LJ9");
        (await (await admin.GetAsync($"{Rights}/{pending.GetProperty("id").GetGuid()}")).ReadJsonAsync()).GetProperty("status").GetString().ShouldBe("UnderReview");
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task An_application_goes_through_review_grant_suspension_and_revocation_by_role_and_state_and_a_stale_version_is_a_409(Db db)
    {
        var app = await apps.GetAsync(db);
        var admin = await app.SignedInAsync("admin@zigong.demo");
        var center = await app.SignedInAsync("operator@zigong.demo");
        var vehicle = await app.SignedInAsync("vehicle@zigong.demo");
        var anonymous = app.Client();
        var plate = db == Db.Sqlite ? "川CW0025" : "川CW0026";
        var mine = await VehicleOfPlateAsync(vehicle, plate);
        var other = await VehicleOfPlateAsync(vehicle, db == Db.Sqlite ? "川CW0027" : "川CW0028");

        var applied = await vehicle.PostJsonAsync(Rights, Body([mine], scenario: "EnvironmentalMonitoring"));
        applied.StatusCode.ShouldBe(HttpStatusCode.Created, await applied.Content.ReadAsStringAsync());
        var right = await applied.ReadJsonAsync();
        var id = right.GetProperty("id").GetGuid();
        right.GetProperty("status").GetString().ShouldBe("Applied");
        right.GetProperty("checks").GetArrayLength().ShouldBe(5);
        right.GetProperty("mayEdit").GetBoolean().ShouldBeTrue();
        var version = right.GetProperty("version").GetInt32();

        // Edit while applied; a stale version is a 409 and changes nothing.
        var edited = await vehicle.PutJsonAsync($"{Rights}/{id}", Body([mine, other], scenario: "EnvironmentalMonitoring", version: version));
        edited.StatusCode.ShouldBe(HttpStatusCode.OK, await edited.Content.ReadAsStringAsync());
        (await edited.ReadJsonAsync()).GetProperty("vehicles").GetArrayLength().ShouldBe(2);
        (await vehicle.PutJsonAsync($"{Rights}/{id}", Body([mine], scenario: "EnvironmentalMonitoring", version: version))).StatusCode.ShouldBe(HttpStatusCode.Conflict);

        // Only the authority decides; the center runs the platform but does not grant.
        (await vehicle.PostJsonAsync($"{Rights}/{id}/review", new { })).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await center.PostJsonAsync($"{Rights}/{id}/grant", new { })).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await admin.PostJsonAsync($"{Rights}/{id}/grant", new { })).StatusCode.ShouldBe(HttpStatusCode.Conflict); // not yet under review
        var review = await (await admin.PostJsonAsync($"{Rights}/{id}/review", new { })).ReadJsonAsync();
        review.GetProperty("status").GetString().ShouldBe("UnderReview");
        (await vehicle.PutJsonAsync($"{Rights}/{id}", Body([mine], scenario: "EnvironmentalMonitoring"))).StatusCode.ShouldBe(HttpStatusCode.Conflict);

        // Two decisions on the same version: the first wins, the second is a 409.
        var seen = review.GetProperty("version").GetInt32();
        var grant = await admin.PostJsonAsync($"{Rights}/{id}/grant", new { version = seen });
        grant.StatusCode.ShouldBe(HttpStatusCode.OK, await grant.Content.ReadAsStringAsync());
        var late = await admin.PostJsonAsync($"{Rights}/{id}/refuse", new { reason = "区域与他人重叠", version = seen });
        late.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await late.ReadJsonAsync()).GetProperty("detail").GetString()!.ShouldContain("已被他人处理");
        (await admin.PostJsonAsync($"{Rights}/{id}/refuse", new { reason = "区域与他人重叠" })).StatusCode.ShouldBe(HttpStatusCode.Conflict); // granted already

        (await ScenesAsync(anonymous, plate)).ShouldBe(["物流配送", "环境监测"]);

        (await admin.PostJsonAsync($"{Rights}/{id}/suspend", new { reason = "" })).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await admin.PostJsonAsync($"{Rights}/{id}/reinstate", new { })).StatusCode.ShouldBe(HttpStatusCode.Conflict); // not suspended
        (await admin.PostJsonAsync($"{Rights}/{id}/suspend", new { reason = "事故调查" })).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await ScenesAsync(anonymous, plate)).ShouldBe(["物流配送"]);
        (await admin.PostJsonAsync($"{Rights}/{id}/reinstate", new { reason = "调查结束" })).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await ScenesAsync(anonymous, plate)).ShouldBe(["物流配送", "环境监测"]);
        (await admin.PostJsonAsync($"{Rights}/{id}/revoke", new { })).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var revoked = await (await admin.PostJsonAsync($"{Rights}/{id}/revoke", new { reason = "运营单位申请退出" })).ReadJsonAsync();
        revoked.GetProperty("status").GetString().ShouldBe("Revoked");
        (await admin.PostJsonAsync($"{Rights}/{id}/reinstate", new { reason = "误撤销" })).StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await ScenesAsync(anonymous, plate)).ShouldBe(["物流配送"]);

        var history = revoked.GetProperty("history").EnumerateArray().ToList();
        history.Select(e => e.GetProperty("kind").GetString()).ShouldBe(["Applied", "Edited", "ReviewStarted", "Granted", "Suspended", "Reinstated", "Revoked"]);
        history.Where(e => e.GetProperty("kind").GetString() is "Suspended" or "Revoked").Select(e => e.GetProperty("reason").GetString()).ShouldBe(["事故调查", "运营单位申请退出"]);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task An_operator_sees_and_applies_only_for_its_own_and_bad_applications_are_refused_with_reasons(Db db)
    {
        var app = await apps.GetAsync(db);
        var admin = await app.SignedInAsync("admin@zigong.demo");
        var vehicle = await app.SignedInAsync("vehicle@zigong.demo");

        var mine = await ItemsAsync(vehicle, Rights + "?size=200");
        mine.ShouldNotBeEmpty();
        mine.ShouldAllBe(r => r.GetProperty("operatorName").GetString() == MobilityDemoSeeder.Jiushi);
        var others = (await ItemsAsync(admin, Rights + "?size=200")).First(r => r.GetProperty("operatorName").GetString() == MobilityDemoSeeder.Yandu);
        var otherId = others.GetProperty("id").GetGuid();
        (await vehicle.GetAsync($"{Rights}/{otherId}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        var ownVehicle = await VehicleOfPlateAsync(vehicle, "川CW0010");
        (await vehicle.PutJsonAsync($"{Rights}/{otherId}", Body([ownVehicle]))).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await vehicle.PostJsonAsync($"{Rights}/{otherId}/check", new { lat = 29.36, lng = 104.77, speedKmh = 10, at = "2026-11-30T20:00:00+08:00" })).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await ItemsAsync(admin, Rights + "?scenario=SecurityPatrol&size=200")).ShouldAllBe(r => r.GetProperty("scenario").GetString() == "SecurityPatrol");
        (await vehicle.GetAsync(Rights + "/export")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        var export = await admin.GetAsync(Rights + "/export");
        export.StatusCode.ShouldBe(HttpStatusCode.OK);
        export.Content.Headers.ContentType!.MediaType.ShouldBe("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

        // Another operator's vehicle, or applying for another operator.
        var theirVehicle = await VehicleOfPlateAsync(admin, "川CW0031");
        (await vehicle.PostJsonAsync(Rights, Body([theirVehicle]))).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await vehicle.PostJsonAsync(Rights, Body([ownVehicle], operatorId: others.GetProperty("operatorId").GetGuid()))).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        // Staff applying on an operator's behalf with another's vehicle: the rule names it.
        var foreign = await admin.PostJsonAsync(Rights, Body([ownVehicle, theirVehicle], operatorId: others.GetProperty("operatorId").GetGuid()));
        foreign.StatusCode.ShouldBe((HttpStatusCode)422);
        var problem = await foreign.ReadJsonAsync();
        problem.GetProperty("rule").GetString().ShouldBe("VehiclesOfOperatorRule");
        problem.GetProperty("detail").GetString()!.ShouldContain("川CW0010");

        var bowtie = "{\"type\":\"Polygon\",\"coordinates\":[[[104.75,29.34],[104.76,29.35],[104.76,29.34],[104.75,29.35],[104.75,29.34]]]}";
        var bad = await vehicle.PostJsonAsync(Rights, Body([ownVehicle], area: bowtie));
        bad.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await bad.ReadJsonAsync()).GetProperty("errors").GetProperty("areas[0].geoJson")[0].GetString()!.ShouldContain("自相交");
        var fast = await vehicle.PostJsonAsync(Rights, Body([ownVehicle], speed: 41));
        fast.StatusCode.ShouldBe((HttpStatusCode)422);
        (await fast.ReadJsonAsync()).GetProperty("rule").GetString().ShouldBe("SpeedLimitWithinPolicyRule");
        var before = (await ItemsAsync(admin, Rights + "?size=200")).Count;
        (await vehicle.PostJsonAsync(Rights, new { title = "缺少内容", scenario = "Logistics" })).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await ItemsAsync(admin, Rights + "?size=200")).Count.ShouldBe(before);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_position_is_checked_against_a_demo_right(Db db)
    {
        var app = await apps.GetAsync(db);
        var vehicle = await app.SignedInAsync("vehicle@zigong.demo");
        var logistics = (await ItemsAsync(vehicle, Rights + "?status=Granted&scenario=Logistics&size=200")).First(r => r.GetProperty("grantedOn").GetString() == "2025-09-29");
        async Task<JsonElement> CheckAsync(double speed, string at) =>
            await (await vehicle.PostJsonAsync($"{Rights}/{logistics.GetProperty("id").GetGuid()}/check", new { lat = 29.345, lng = 104.770, speedKmh = speed, at })).ReadJsonAsync();

        (await CheckAsync(30, "2026-11-30T10:00:00+08:00")).GetProperty("kept").GetBoolean().ShouldBeTrue();
        (await CheckAsync(31, "2026-11-30T10:00:00+08:00")).GetProperty("breach").GetString().ShouldBe("OverSpeed");
        (await CheckAsync(20, "2026-11-30T20:00:00+08:00")).GetProperty("breach").GetString().ShouldBe("OutsideWindow");
    }
}
