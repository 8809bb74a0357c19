using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Gaoxin.Kernel.Zones;
using Gaoxin.Mobility.Demo;
using Gaoxin.Mobility.Fleet;
using Gaoxin.Mobility.Telemetry;
using Gaoxin.Mobility.Tests.Rights;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Gaoxin.Mobility.Tests.Telemetry;

/// <summary>
/// Operator tokens and the MDS agency API over HTTP on the seeded demo, both providers: 401s, batches accepted or refused
/// whole, idempotent resends, the live checks opening and closing violations with evidence, and scoping per operator.
/// </summary>
public sealed class TelemetryApiTests(SharedApps apps) : IClassFixture<SharedApps>
{
    private const string Agency = "/api/v1/mobility/agency";
    private const string Tokens = "/api/v1/mobility/operator-tokens";

    private static string Day(int offset) => ZoneClock.Of(TimeProvider.System).Today.AddDays(offset).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string NewVin(int serial) => Vin.WithCheckDigit(string.Create(CultureInfo.InvariantCulture, $"LTMAB1C20TK{serial:000000}"));

    private static long Ms(DateTimeOffset at) => at.ToUnixTimeMilliseconds();

    private sealed record Fleet(HttpClient Admin, HttpClient Operator, HttpClient Token, Guid VehicleId, string Vin, Guid DeviceId, Guid RightId, int RightVersion);

    /// <summary>
    /// 九识智能 (the demo's operator user) registers an eligible vehicle, applies for a right over the test square open all
    /// week round the clock at 30 km/h, the committee grants it; the operator issues a token and registers a device.
    /// </summary>
    private static async Task<Fleet> FleetAsync(GaoxinApp app, int serial)
    {
        var admin = await app.SignedInAsync("admin@zigong.demo");
        var op = await app.SignedInAsync("vehicle@zigong.demo");
        var vin = NewVin(serial);
        var created = await op.PostJsonAsync("/api/v1/mobility/vehicles", new
        {
            vin, model = "测试车型 T1", level = "L4", lengthMm = 3_000, widthMm = 1_200, heightMm = 1_800, designSpeedKmh = 40, sensors = "激光雷达×1",
        });
        created.StatusCode.ShouldBe(HttpStatusCode.Created, await created.Content.ReadAsStringAsync());
        var vehicleId = (await created.ReadJsonAsync()).GetProperty("id").GetGuid();
        (await op.PostJsonAsync($"/api/v1/mobility/vehicles/{vehicleId}/insurance", new { insurer = "中国人保", policyNumber = "P-" + vin, amount = 5_000_000m, validFrom = Day(-30), validTo = Day(364) }))
            .StatusCode.ShouldBe(HttpStatusCode.OK);
        (await op.PostJsonAsync($"/api/v1/mobility/vehicles/{vehicleId}/staff", new { name = "赵磊", phone = "13800001111", role = "SafetyOfficer", assignedOn = Day(-30) }))
            .StatusCode.ShouldBe(HttpStatusCode.OK);
        (await op.PostJsonAsync($"/api/v1/mobility/vehicles/{vehicleId}/road-tests", new { on = Day(-1), hours = 240m, km = 900m, field = "自贡高新区测试场" }))
            .StatusCode.ShouldBe(HttpStatusCode.OK);

        var applied = await op.PostJsonAsync("/api/v1/mobility/rights", new
        {
            title = "轨迹测试路权", scenario = "Logistics", vehicleIds = new[] { vehicleId },
            areas = new[] { new { name = "测试区", geoJson = GeoAreasTests.Square } },
            windows = new[] { new { days = new[] { 1, 2, 3, 4, 5, 6, 7 }, from = "00:00", to = "24:00" } },
            speedLimitKmh = 30, validFrom = Day(-30), validTo = Day(300),
        });
        applied.StatusCode.ShouldBe(HttpStatusCode.Created, await applied.Content.ReadAsStringAsync());
        var rightId = (await applied.ReadJsonAsync()).GetProperty("id").GetGuid();
        (await admin.PostJsonAsync($"/api/v1/mobility/rights/{rightId}/review", new { })).StatusCode.ShouldBe(HttpStatusCode.OK);
        var granted = await admin.PostJsonAsync($"/api/v1/mobility/rights/{rightId}/grant", new { });
        granted.StatusCode.ShouldBe(HttpStatusCode.OK, await granted.Content.ReadAsStringAsync());
        var version = (await granted.ReadJsonAsync()).GetProperty("version").GetInt32();

        var token = await TokenClientAsync(app, op, null);
        var device = Guid.NewGuid();
        var registered = await token.PostJsonAsync($"{Agency}/vehicles", new { data = new[] { new { device_id = device, vehicle_id = vin } } });
        registered.StatusCode.ShouldBe(HttpStatusCode.OK, await registered.Content.ReadAsStringAsync());
        return new Fleet(admin, op, token, vehicleId, vin, device, rightId, version);
    }

    private static async Task<HttpClient> TokenClientAsync(GaoxinApp app, HttpClient issuer, Guid? operatorId)
    {
        var issued = await issuer.PostJsonAsync(Tokens, new { name = "调度系统", operatorId });
        issued.StatusCode.ShouldBe(HttpStatusCode.Created, await issued.Content.ReadAsStringAsync());
        var client = app.Client();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", (await issued.ReadJsonAsync()).GetProperty("token").GetString());
        return client;
    }

    private static object Point(Guid device, Guid id, DateTimeOffset at, double lat = 29.345, double lng = 104.755, double speedMs = 5, double battery = 80) => new
    {
        device_id = device, telemetry_id = id, timestamp = Ms(at), location = new { lat, lng, speed = speedMs, heading = 90.0, horizontal_accuracy = 3.0 }, battery_percent = battery,
    };

    private static async Task<List<JsonElement>> ViolationsAsync(HttpClient client, Guid vehicleId) =>
        (await (await client.GetAsync($"/api/v1/mobility/violations?vehicleId={vehicleId}&size=200")).ReadJsonAsync()).GetProperty("items").EnumerateArray().ToList();

    private static async Task<int> PointsAsync(HttpClient client, Guid vehicleId, DateOnly day) =>
        (await (await client.GetAsync($"/api/v1/mobility/vehicles/{vehicleId}/telemetry?day={day:yyyy-MM-dd}")).ReadJsonAsync()).GetArrayLength();

    private static async Task<Guid> YanduAsync(HttpClient admin) =>
        (await (await admin.GetAsync("/api/v1/mobility/operators")).ReadJsonAsync()).EnumerateArray()
            .Single(o => o.GetProperty("name").GetString() == MobilityDemoSeeder.Yandu).GetProperty("id").GetGuid();

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_token_is_shown_once_listed_without_its_secret_and_once_revoked_or_unknown_answers_401(Db db)
    {
        var app = await apps.GetAsync(db);
        var fleet = await FleetAsync(app, 1);
        var listed = await (await fleet.Operator.GetAsync(Tokens)).ReadJsonAsync();
        var mine = listed.EnumerateArray().ToList();
        mine.ShouldNotBeEmpty();
        mine.ShouldAllBe(t => t.GetProperty("operatorName").GetString() == MobilityDemoSeeder.Jiushi);
        listed.GetRawText().ShouldNotContain("\"token\"");
        var secret = fleet.Token.DefaultRequestHeaders.Authorization!.Parameter!;
        listed.GetRawText().ShouldNotContain(secret);
        mine.ShouldContain(t => secret.StartsWith(t.GetProperty("hint").GetString()!, StringComparison.Ordinal));

        var body = new { data = new[] { Point(fleet.DeviceId, Guid.NewGuid(), DateTimeOffset.UtcNow.AddSeconds(-5)) } };
        (await fleet.Token.PostJsonAsync($"{Agency}/vehicles/telemetry", body)).StatusCode.ShouldBe(HttpStatusCode.OK);

        var id = mine.Single(t => secret.StartsWith(t.GetProperty("hint").GetString()!, StringComparison.Ordinal) && t.GetProperty("active").GetBoolean()).GetProperty("id").GetGuid();
        (await fleet.Operator.PostAsync($"{Tokens}/{id}/revoke", null)).StatusCode.ShouldBe(HttpStatusCode.OK);
        var refused = await fleet.Token.PostJsonAsync($"{Agency}/vehicles/telemetry", new { data = new[] { Point(fleet.DeviceId, Guid.NewGuid(), DateTimeOffset.UtcNow.AddSeconds(-5)) } });
        refused.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        refused.Content.Headers.ContentType?.MediaType.ShouldBe("application/problem+json");
        (await fleet.Operator.PostAsync($"{Tokens}/{id}/revoke", null)).StatusCode.ShouldBe(HttpStatusCode.Conflict);

        using var unknown = app.Client();
        unknown.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", "gxo_" + new string('A', 43));
        (await unknown.PostJsonAsync($"{Agency}/vehicles/telemetry", body)).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        // A person's session is not an operator token.
        (await fleet.Admin.PostJsonAsync($"{Agency}/vehicles/telemetry", body)).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);

        // The committee issues for a named operator; 九识智能 cannot see or revoke another operator's token (404).
        (await fleet.Admin.PostJsonAsync(Tokens, new { name = "无单位" })).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var yandu = await YanduAsync(fleet.Admin);
        var issued = await fleet.Admin.PostJsonAsync(Tokens, new { name = "盐都调度", operatorId = yandu });
        issued.StatusCode.ShouldBe(HttpStatusCode.Created);
        var theirs = (await issued.ReadJsonAsync()).GetProperty("id").GetGuid();
        (await fleet.Operator.PostAsync($"{Tokens}/{theirs}/revoke", null)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await (await fleet.Operator.GetAsync(Tokens)).ReadJsonAsync()).EnumerateArray().ShouldNotContain(t => t.GetProperty("id").GetGuid() == theirs);
        (await fleet.Operator.PostJsonAsync(Tokens, new { name = "越权", operatorId = yandu })).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Registering_a_device_for_an_unknown_or_another_operators_vehicle_is_refused_whole(Db db)
    {
        var app = await apps.GetAsync(db);
        var fleet = await FleetAsync(app, 2);
        var admin = fleet.Admin;
        var yanduVin = (await (await admin.GetAsync("/api/v1/mobility/vehicles?q=LYD&size=1")).ReadJsonAsync()).GetProperty("items")[0].GetProperty("vin").GetString();
        var fresh = Guid.NewGuid();
        var refused = await fleet.Token.PostJsonAsync($"{Agency}/vehicles", new
        {
            data = new object[]
            {
                new { device_id = fresh, vehicle_id = fleet.Vin },
                new { device_id = Guid.NewGuid(), vehicle_id = "LNOPE000000000000" },
                new { device_id = Guid.NewGuid(), vehicle_id = yanduVin },
                new { device_id = fleet.DeviceId, vehicle_id = fleet.Vin },
            },
        });
        refused.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var errors = (await refused.ReadJsonAsync()).GetProperty("errors");
        errors.EnumerateObject().Select(e => e.Name).Order().ShouldBe(["data[1]", "data[2]", "data[3]"]);
        errors.GetProperty("data[2]")[0].GetString()!.ShouldContain("未找到本企业车辆");
        // Nothing changed: the device registered before still reports.
        (await fleet.Token.PostJsonAsync($"{Agency}/vehicles/telemetry", new { data = new[] { Point(fleet.DeviceId, Guid.NewGuid(), DateTimeOffset.UtcNow.AddSeconds(-5)) } }))
            .StatusCode.ShouldBe(HttpStatusCode.OK);
        (await fleet.Token.PostJsonAsync($"{Agency}/vehicles/telemetry", new { data = new[] { Point(fresh, Guid.NewGuid(), DateTimeOffset.UtcNow.AddSeconds(-5)) } }))
            .StatusCode.ShouldBe(HttpStatusCode.BadRequest);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_batch_with_bad_points_is_refused_whole_naming_each_and_stores_nothing(Db db)
    {
        var app = await apps.GetAsync(db);
        var fleet = await FleetAsync(app, 3);
        // Another operator's registered device: 盐都's token registers one of its own vehicles.
        var yandu = await YanduAsync(fleet.Admin);
        var yanduToken = await TokenClientAsync(app, fleet.Admin, yandu);
        var yanduVin = (await (await fleet.Admin.GetAsync("/api/v1/mobility/vehicles?q=LYD&size=1")).ReadJsonAsync()).GetProperty("items")[0].GetProperty("vin").GetString();
        var theirs = Guid.NewGuid();
        (await yanduToken.PostJsonAsync($"{Agency}/vehicles", new { data = new[] { new { device_id = theirs, vehicle_id = yanduVin } } })).StatusCode.ShouldBe(HttpStatusCode.OK);

        var now = DateTimeOffset.UtcNow;
        var good = Point(fleet.DeviceId, Guid.NewGuid(), now.AddSeconds(-30));
        var refused = await fleet.Token.PostJsonAsync($"{Agency}/vehicles/telemetry", new
        {
            data = new[]
            {
                good,
                Point(fleet.DeviceId, Guid.NewGuid(), now.AddSeconds(-20), lat: 91),
                Point(fleet.DeviceId, Guid.NewGuid(), now.AddMinutes(10)),
                Point(fleet.DeviceId, Guid.NewGuid(), now.AddDays(-8)),
                Point(Guid.NewGuid(), Guid.NewGuid(), now.AddSeconds(-20)),
                Point(theirs, Guid.NewGuid(), now.AddSeconds(-20)),
                Point(fleet.DeviceId, Guid.NewGuid(), now.AddSeconds(-20), speedMs: 1e6),
                Point(fleet.DeviceId, Guid.NewGuid(), now.AddSeconds(-20), lng: -181),
            },
        });
        refused.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var problem = await refused.ReadJsonAsync();
        problem.GetProperty("detail").GetString().ShouldBe("批次被整体拒绝：8 个点中 7 个有误，未保存任何点。");
        var errors = problem.GetProperty("errors");
        errors.EnumerateObject().Select(e => e.Name).Order().ShouldBe(["data[1]", "data[2]", "data[3]", "data[4]", "data[5]", "data[6]", "data[7]"]);
        errors.GetProperty("data[1]")[0].GetString()!.ShouldContain("纬度");
        errors.GetProperty("data[2]")[0].GetString()!.ShouldContain("晚于当前时间");
        errors.GetProperty("data[3]")[0].GetString()!.ShouldContain("早于 7 天前");
        errors.GetProperty("data[4]")[0].GetString()!.ShouldContain("设备未登记为本企业的车辆");
        errors.GetProperty("data[5]")[0].GetString()!.ShouldContain("设备未登记为本企业的车辆");
        errors.GetProperty("data[6]")[0].GetString()!.ShouldContain("速度");
        errors.GetProperty("data[7]")[0].GetString()!.ShouldContain("经度");

        // NaN is not JSON: the body is unreadable, refused before anything is looked at.
        var nan = $"{{\"data\":[{{\"device_id\":\"{fleet.DeviceId}\",\"telemetry_id\":\"{Guid.NewGuid()}\",\"timestamp\":{Ms(now.AddSeconds(-20))},\"location\":{{\"lat\":NaN,\"lng\":104.755}}}}]}}";
        (await fleet.Token.PostAsync($"{Agency}/vehicles/telemetry", new StringContent(nan, Encoding.UTF8, "application/json"))).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var tooMany = Enumerable.Range(0, 1_001).Select(_ => Point(fleet.DeviceId, Guid.NewGuid(), now.AddSeconds(-20))).ToArray();
        (await fleet.Token.PostJsonAsync($"{Agency}/vehicles/telemetry", new { data = tooMany })).StatusCode.ShouldBe(HttpStatusCode.BadRequest);

        (await fleet.Operator.GetAsync($"/api/v1/mobility/vehicles/{fleet.VehicleId}/position")).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        (await PointsAsync(fleet.Operator, fleet.VehicleId, ZoneClock.DayOf(now.AddSeconds(-30)))).ShouldBe(0);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_vehicle_driving_inside_then_over_speed_then_outside_its_area_gets_violations_with_evidence_and_a_resend_changes_nothing(Db db)
    {
        var app = await apps.GetAsync(db);
        var fleet = await FleetAsync(app, 4);
        var start = DateTimeOffset.UtcNow.AddSeconds(-120);
        var ids = Enumerable.Range(0, 6).Select(_ => Guid.NewGuid()).ToArray();
        var batch = new
        {
            data = new[]
            {
                Point(fleet.DeviceId, ids[0], start, speedMs: 5),
                Point(fleet.DeviceId, ids[1], start.AddSeconds(10), speedMs: 10),
                Point(fleet.DeviceId, ids[2], start.AddSeconds(20), speedMs: 10),
                Point(fleet.DeviceId, ids[3], start.AddSeconds(30), lat: 29.36),
                Point(fleet.DeviceId, ids[4], start.AddSeconds(40), lat: 29.37),
                Point(fleet.DeviceId, ids[5], start.AddSeconds(50)),
            },
        };
        var first = await fleet.Token.PostJsonAsync($"{Agency}/vehicles/telemetry", batch);
        first.StatusCode.ShouldBe(HttpStatusCode.OK, await first.Content.ReadAsStringAsync());
        var answer = await first.Content.ReadAsStringAsync();
        answer.ShouldBe("{\"success\":6,\"total\":6,\"failures\":[]}");

        var violations = await ViolationsAsync(fleet.Admin, fleet.VehicleId);
        violations.Select(v => v.GetProperty("rule").GetString()).Order().ShouldBe(["InsideAreaRule", "SpeedLimitRule"]);
        var speeding = violations.Single(v => v.GetProperty("rule").GetString() == "SpeedLimitRule");
        speeding.GetProperty("ruleText").GetString().ShouldBe("超过限速");
        speeding.GetProperty("status").GetString().ShouldBe("Closed");
        speeding.GetProperty("pointCount").GetInt32().ShouldBe(2);
        speeding.GetProperty("message").GetString().ShouldBe("车速 36 km/h 超过限速 30 km/h。");
        speeding.GetProperty("roadRightId").GetGuid().ShouldBe(fleet.RightId);
        speeding.GetProperty("roadRightVersion").GetInt32().ShouldBe(fleet.RightVersion);
        speeding.GetProperty("evidence").EnumerateArray().Select(e => e.GetProperty("telemetryId").GetGuid()).ShouldBe([ids[1], ids[2]]);
        speeding.GetProperty("evidence")[0].GetProperty("speedKmh").GetDouble().ShouldBe(36);
        var outside = violations.Single(v => v.GetProperty("rule").GetString() == "InsideAreaRule");
        outside.GetProperty("status").GetString().ShouldBe("Closed");
        outside.GetProperty("evidence").EnumerateArray().Select(e => e.GetProperty("lat").GetDouble()).ShouldBe([29.36, 29.37]);
        outside.GetProperty("firstAt").GetDateTimeOffset().ShouldBe(DateTimeOffset.FromUnixTimeMilliseconds(Ms(start.AddSeconds(30))));
        outside.GetProperty("lastAt").GetDateTimeOffset().ShouldBe(DateTimeOffset.FromUnixTimeMilliseconds(Ms(start.AddSeconds(40))));

        // The same batch again: the same answer, nothing stored twice, no evidence added.
        var again = await fleet.Token.PostJsonAsync($"{Agency}/vehicles/telemetry", batch);
        again.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await again.Content.ReadAsStringAsync()).ShouldBe(answer);
        var day = ZoneClock.DayOf(start);
        var count = await PointsAsync(fleet.Operator, fleet.VehicleId, day) + (ZoneClock.DayOf(start.AddSeconds(50)) == day ? 0 : await PointsAsync(fleet.Operator, fleet.VehicleId, day.AddDays(1)));
        count.ShouldBe(6);
        (await ViolationsAsync(fleet.Admin, fleet.VehicleId)).Select(v => v.GetProperty("pointCount").GetInt32()).ShouldBe([2, 2]);

        // A later batch still outside opens a new one, left open.
        var late = await fleet.Token.PostJsonAsync($"{Agency}/vehicles/telemetry", new { data = new[] { Point(fleet.DeviceId, Guid.NewGuid(), start.AddSeconds(60), lat: 29.40) } });
        late.StatusCode.ShouldBe(HttpStatusCode.OK);
        var open = (await ViolationsAsync(fleet.Admin, fleet.VehicleId)).Where(v => v.GetProperty("status").GetString() == "Open").ToList();
        open.Select(v => v.GetProperty("rule").GetString()).ShouldBe(["InsideAreaRule"]);
        var position = await (await fleet.Operator.GetAsync($"/api/v1/mobility/vehicles/{fleet.VehicleId}/position")).ReadJsonAsync();
        position.GetProperty("lat").GetDouble().ShouldBe(29.40);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task An_operator_sees_only_its_own_violations_and_positions_and_the_staff_export_them(Db db)
    {
        var app = await apps.GetAsync(db);
        var fleet = await FleetAsync(app, 5);
        var yandu = await YanduAsync(fleet.Admin);
        var yanduToken = await TokenClientAsync(app, fleet.Admin, yandu);
        var yanduVehicle = (await (await fleet.Admin.GetAsync("/api/v1/mobility/vehicles?q=LYD&size=1")).ReadJsonAsync()).GetProperty("items")[0];
        var theirs = Guid.NewGuid();
        (await yanduToken.PostJsonAsync($"{Agency}/vehicles", new { data = new[] { new { device_id = theirs, vehicle_id = yanduVehicle.GetProperty("vin").GetString() } } }))
            .StatusCode.ShouldBe(HttpStatusCode.OK);
        var at = DateTimeOffset.UtcNow.AddSeconds(-10);
        // Far outside any area: 盐都's vehicle breaks a rule too.
        (await yanduToken.PostJsonAsync($"{Agency}/vehicles/telemetry", new { data = new[] { Point(theirs, Guid.NewGuid(), at, lat: 30.5, lng: 104.0) } })).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await fleet.Token.PostJsonAsync($"{Agency}/vehicles/telemetry", new { data = new[] { Point(fleet.DeviceId, Guid.NewGuid(), at, lat: 30.5, lng: 104.0) } })).StatusCode.ShouldBe(HttpStatusCode.OK);

        var jiushi = fleet.Operator;
        var seen = (await (await jiushi.GetAsync("/api/v1/mobility/violations?size=200")).ReadJsonAsync()).GetProperty("items").EnumerateArray().ToList();
        seen.ShouldNotBeEmpty();
        seen.ShouldAllBe(v => v.GetProperty("operatorName").GetString() == MobilityDemoSeeder.Jiushi);
        (await (await fleet.Admin.GetAsync($"/api/v1/mobility/violations?operatorId={yandu}&size=200")).ReadJsonAsync()).GetProperty("items").GetArrayLength().ShouldBeGreaterThan(0);
        var theirId = yanduVehicle.GetProperty("id").GetGuid();
        (await jiushi.GetAsync($"/api/v1/mobility/vehicles/{theirId}/position")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await jiushi.GetAsync($"/api/v1/mobility/vehicles/{theirId}/telemetry")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await fleet.Admin.GetAsync($"/api/v1/mobility/vehicles/{theirId}/position")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await jiushi.GetAsync("/api/v1/mobility/violations/export")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        var export = await fleet.Admin.GetAsync("/api/v1/mobility/violations/export");
        export.StatusCode.ShouldBe(HttpStatusCode.OK);
        export.Content.Headers.ContentType?.MediaType.ShouldBe("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Vehicle_events_are_stored_once_and_a_bad_state_is_refused(Db db)
    {
        var app = await apps.GetAsync(db);
        var fleet = await FleetAsync(app, 6);
        var at = Ms(DateTimeOffset.UtcNow.AddSeconds(-10));
        var body = new { data = new[] { new { device_id = fleet.DeviceId, event_id = Guid.NewGuid(), vehicle_state = "on_trip", event_types = new[] { "trip_start" }, timestamp = at } } };
        var first = await fleet.Token.PostJsonAsync($"{Agency}/vehicles/events", body);
        first.StatusCode.ShouldBe(HttpStatusCode.OK, await first.Content.ReadAsStringAsync());
        (await fleet.Token.PostJsonAsync($"{Agency}/vehicles/events", body)).StatusCode.ShouldBe(HttpStatusCode.OK);
        var bad = await fleet.Token.PostJsonAsync($"{Agency}/vehicles/events", new
        {
            data = new[] { new { device_id = fleet.DeviceId, event_id = Guid.NewGuid(), vehicle_state = "flying", event_types = new[] { "trip_start" }, timestamp = at } },
        });
        bad.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await bad.ReadJsonAsync()).GetProperty("errors").GetProperty("data[0]")[0].GetString()!.ShouldContain("vehicle_state");
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task The_comms_sweep_opens_a_violation_one_second_past_the_allowed_silence_and_the_next_point_closes_it(Db db)
    {
        // Its own app: the sweep looks at every vehicle, and other tests' vehicles must not see its violations.
        TestDatabase.SkipUnlessAvailable(db);
        await using var app = await GaoxinApp.StartAsync(db);
        var fleet = await FleetAsync(app, 7);
        var last = DateTimeOffset.FromUnixTimeMilliseconds(Ms(DateTimeOffset.UtcNow.AddSeconds(-5)));
        (await fleet.Token.PostJsonAsync($"{Agency}/vehicles/telemetry", new { data = new[] { Point(fleet.DeviceId, Guid.NewGuid(), last) } })).StatusCode.ShouldBe(HttpStatusCode.OK);

        var clock = new FakeTimeProvider(last.AddSeconds(TelemetryLimits.DefaultCommsLostSeconds));
        async Task<int> SweepAsync()
        {
            await using var scope = app.Services.CreateAsyncScope();
            var sweep = new CommsSweep(scope.ServiceProvider.GetRequiredService<Gaoxin.Data.GaoxinDbContext>(), clock, TelemetryLimits.Default);
            return await sweep.RunAsync(CancellationToken.None);
        }

        (await SweepAsync()).ShouldBe(0);
        clock.Advance(TimeSpan.FromSeconds(1));
        (await SweepAsync()).ShouldBe(1);
        (await SweepAsync()).ShouldBe(0);
        var lost = (await ViolationsAsync(fleet.Admin, fleet.VehicleId)).Single(v => v.GetProperty("rule").GetString() == "CommsLostRule");
        lost.GetProperty("status").GetString().ShouldBe("Open");
        lost.GetProperty("ruleText").GetString().ShouldBe("通信中断");
        lost.GetProperty("message").GetString().ShouldBe("已 61 秒未收到轨迹点（上限 60 秒）。");
        lost.GetProperty("evidence")[0].GetProperty("at").GetDateTimeOffset().ShouldBe(last);

        (await fleet.Token.PostJsonAsync($"{Agency}/vehicles/telemetry", new { data = new[] { Point(fleet.DeviceId, Guid.NewGuid(), DateTimeOffset.UtcNow.AddSeconds(-1)) } }))
            .StatusCode.ShouldBe(HttpStatusCode.OK);
        (await ViolationsAsync(fleet.Admin, fleet.VehicleId)).Single(v => v.GetProperty("rule").GetString() == "CommsLostRule").GetProperty("status").GetString().ShouldBe("Closed");
    }
}
