using System.Globalization;
using Gaoxin.Data;
using Gaoxin.Data.Platform;
using Gaoxin.Data.Seeding;
using Gaoxin.Kernel.Access;
using Gaoxin.Kernel.Zones;
using Gaoxin.Mobility.Fleet;
using Gaoxin.Mobility.Policy;
using Gaoxin.Mobility.Rights;
using Microsoft.EntityFrameworkCore;

namespace Gaoxin.Mobility.Demo;

/// <summary>
/// The zone's first 48 unmanned vehicles, plated on 29 September 2025 (most of them 九识智能's), with the insurance, safety
/// staff and road tests that make each eligible; and two more not yet eligible (a road test short of the threshold, an
/// insurance below the minimum) to show a refusal. Deterministic; does nothing when the zone already has vehicles.
/// </summary>
internal sealed class MobilityDemoSeeder : IDemoSeeder
{
    public const string Jiushi = "九识智能";
    public const string Yandu = "盐都智行科技有限公司";
    public const string Yuntu = "川南云途无人车运营有限公司";
    public static readonly DateOnly PlatesIssuedOn = new(2025, 9, 29);

    public int Order => 95;

    private sealed record Fleet(string Operator, string Wmi, string Vds, string Plant, int Plated, VehicleSpec Spec, decimal Insured, string Insurer);

    private static readonly Fleet[] Fleets =
    [
        new(Jiushi, "LJ9", "ZW4D5", "Z", 30, new("九识 Z5 城配无人车", AutomationLevel.L4, 3_480, 1_380, 1_950, 40, "激光雷达×4、摄像头×11、毫米波雷达×5、超声波雷达×12"), 6_000_000m,
            "中国人民财产保险股份有限公司自贡市分公司"),
        new(Yandu, "LYD", "XP3S2", "G", 10, new("智行 S3 无人巡逻车", AutomationLevel.L4, 2_600, 1_150, 1_750, 20, "激光雷达×1、红外热成像、环视摄像头×6、声光告警"), 5_000_000m,
            "中国平安财产保险股份有限公司四川分公司"),
        new(Yuntu, "LCY", "EM1A2", "C", 8, new("云途 E1 环境监测车", AutomationLevel.L4, 2_450, 1_100, 1_650, 25, "激光雷达×2、摄像头×6、大气六参数监测仪、噪声传感器"), 5_000_000m,
            "中国太平洋财产保险股份有限公司自贡中心支公司"),
    ];

    private static readonly string[] Surnames = ["王", "李", "张", "刘", "陈", "杨", "黄", "赵", "周", "吴", "徐", "孙", "胡", "朱", "高", "林"];
    private static readonly string[] Given = ["建国", "海燕", "志强", "晓东", "丽娟", "伟", "磊", "敏", "军", "静", "勇", "婷"];

    public async Task SeedAsync(GaoxinDbContext db, DemoZone zone, CancellationToken cancellationToken)
    {
        var zoneId = new ZoneId(zone.ZoneId);
        if (!await db.Set<Vehicle>().AnyAsync(v => v.ZoneId == zoneId, cancellationToken))
        {
            await SeedFleetAsync(db, zone, zoneId, cancellationToken);
        }

        if (!await db.Set<RoadRight>().AnyAsync(r => r.ZoneId == zoneId, cancellationToken))
        {
            await SeedRightsAsync(db, zoneId, cancellationToken);
        }
    }

    private static async Task SeedFleetAsync(GaoxinDbContext db, DemoZone zone, ZoneId zoneId, CancellationToken cancellationToken)
    {
        var operators = new Dictionary<string, Guid>(zone.OrganisationsByName);
        foreach (var name in new[] { Yandu, Yuntu }.Where(n => !operators.ContainsKey(n)))
        {
            var org = new Organisation { ZoneId = zoneId, Name = name, Kind = OrganisationKind.VehicleOperator, Note = "无人车运营企业" };
            db.Organisations.Add(org);
            operators[name] = org.Id;
        }

        var policy = await db.Set<MobilityPolicy>().Where(p => p.ZoneId == zoneId).OrderBy(p => p.Version).FirstOrDefaultAsync(cancellationToken);
        if (policy is null)
        {
            policy = MobilityPolicy.Defaults(zoneId);
            db.Add(policy);
        }

        var registered = ZoneClock.At(new DateOnly(2025, 9, 10), new TimeOnly(9, 0)).ToUniversalTime();
        var issuedAt = ZoneClock.At(PlatesIssuedOn, new TimeOnly(10, 0)).ToUniversalTime();
        var serial = policy.PlateNumberFrom;
        var person = 0;
        foreach (var fleet in Fleets)
        {
            var operatorId = operators[fleet.Operator];
            // One remote supervisor watches up to five vehicles of the operator.
            var remote = (Name: string.Empty, Phone: string.Empty);
            for (var n = 1; n <= fleet.Plated + (fleet.Operator == Yandu ? 0 : 1); n++)
            {
                var eligible = n <= fleet.Plated;
                var vin = Vin.WithCheckDigit(string.Create(CultureInfo.InvariantCulture, $"{fleet.Wmi}{fleet.Vds}0S{fleet.Plant}{250000 + n:000000}"));
                var vehicle = new Vehicle(zoneId, operatorId, vin, fleet.Spec, registered);
                db.Add(vehicle);

                // The two not yet eligible: 九识's extra vehicle is short of road testing, 云途's of insurance.
                var shortOfTests = !eligible && fleet.Operator == Jiushi;
                var insured = !eligible && !shortOfTests ? 3_000_000m : fleet.Insured;
                var number = string.Create(CultureInfo.InvariantCulture, $"{n:000}");
                vehicle.Insure(fleet.Insurer, $"PDZA2025{fleet.Plant}{number}", insured, new DateOnly(2025, 9, 1), new DateOnly(2026, 8, 31));
                vehicle.Insure(fleet.Insurer, $"PDZA2026{fleet.Plant}{number}", insured, new DateOnly(2026, 9, 1), new DateOnly(2027, 8, 31));

                var officer = Person(person++);
                vehicle.Assign(officer.Name, officer.Phone, StaffRole.SafetyOfficer, new DateOnly(2025, 9, 15));
                if ((n - 1) % 5 == 0)
                {
                    remote = Person(person++);
                }

                vehicle.Assign(remote.Name, remote.Phone, StaffRole.RemoteSupervisor, new DateOnly(2025, 9, 15));

                // Road tests on the zone's L4 test field in the summer of 2025: 3 blocks, 250–280 h and over 1,000 km in all (short for the one).
                var scale = shortOfTests ? 0.6m : 1m;
                const string Field = "自贡高新区 L4 级无人物流测试场";
                vehicle.RecordRoadTest(new DateOnly(2025, 7, 15), (80m + n % 4 * 3) * scale, (330m + n % 7 * 10) * scale, Field);
                vehicle.RecordRoadTest(new DateOnly(2025, 8, 15), (90m + n % 3 * 4) * scale, (360m + n % 5 * 10) * scale, Field);
                vehicle.RecordRoadTest(new DateOnly(2025, 9, 12), 80m * scale, 340m * scale, Field);

                if (eligible)
                {
                    db.Add(new Plate(zoneId, policy.PlateFor(serial++), vehicle, policy.Version, PlatesIssuedOn, issuedAt, "system", "自贡高新区管委会"));
                }
            }
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>One demo right: who, what, where (an illustrative polygon in the high-tech zone, lng/lat), when, and how far it got.</summary>
    private sealed record DemoRight(string Operator, string Title, Scenario Scenario, string AreaName, double[][] Area, WindowSpec[] Windows, int SpeedLimitKmh, bool Granted);

    private static readonly WindowSpec[] Weekdays7To20 = [new([1, 2, 3, 4, 5], 7 * 60, 20 * 60), new([6, 7], 9 * 60, 18 * 60)];

    /// <summary>
    /// The three scenario permits granted on 2025-09-29 over illustrative areas of a few km² in the 自贡高新区 (自流井区 and
    /// the south of 大安区; WGS-84), and 九识智能's second application, under review, that lists its vehicle still short of
    /// road testing (a grant names it).
    /// </summary>
    private static readonly DemoRight[] Rights =
    [
        new(Jiushi, "高新区城市配送示范（汇东片区）", Scenario.Logistics, "汇东—高新区城配示范区（示意）",
            [[104.752, 29.336], [104.784, 29.334], [104.789, 29.347], [104.776, 29.357], [104.755, 29.353], [104.752, 29.336]], Weekdays7To20, 30, true),
        new(Yandu, "高新区产业园区夜间安防巡逻", Scenario.SecurityPatrol, "卧龙湖—孵化园巡逻区（示意）",
            [[104.762, 29.357], [104.791, 29.356], [104.795, 29.372], [104.771, 29.377], [104.760, 29.369], [104.762, 29.357]],
            [new([1, 2, 3, 4, 5], 18 * 60, 24 * 60), new([6, 7], 8 * 60, 24 * 60)], 15, true),
        new(Yuntu, "釜溪河高新区段环境监测", Scenario.EnvironmentalMonitoring, "釜溪河沿岸监测区（示意）",
            [[104.741, 29.342], [104.757, 29.339], [104.766, 29.350], [104.762, 29.364], [104.746, 29.362], [104.741, 29.342]],
            [new([1, 2, 3, 4, 5], 8 * 60, 18 * 60)], 20, true),
        new(Jiushi, "高新区晨间配送扩展（板仓片区）", Scenario.Logistics, "板仓工业园配送区（示意）",
            [[104.776, 29.358], [104.798, 29.357], [104.799, 29.376], [104.779, 29.378], [104.776, 29.358]], [new([1, 2, 3, 4, 5, 6], 6 * 60, 9 * 60)], 25, false),
    ];

    public static readonly DateOnly RightsValidTo = new(2028, 9, 28);

    private static async Task SeedRightsAsync(GaoxinDbContext db, ZoneId zoneId, CancellationToken cancellationToken)
    {
        var operators = await db.Organisations.Where(o => o.ZoneId == zoneId && o.Kind == OrganisationKind.VehicleOperator).ToDictionaryAsync(o => o.Name, o => o.Id, cancellationToken);
        var plated = await db.Set<Plate>().Where(p => p.ZoneId == zoneId && p.Status != PlateStatus.Revoked).Select(p => p.VehicleId).ToListAsync(cancellationToken);
        var vehicles = await db.Set<Vehicle>().Where(v => v.ZoneId == zoneId).OrderBy(v => v.Vin).Select(v => new { v.Id, v.OperatorId }).ToListAsync(cancellationToken);
        var granted = ZoneClock.At(PlatesIssuedOn, new TimeOnly(10, 30)).ToUniversalTime();
        var n = 0;
        foreach (var demo in Rights)
        {
            // Each applied on its own day (the list shows the newest first): the three in September, the pending one in December.
            var appliedOn = demo.Granted ? new DateOnly(2025, 9, 18 + n++) : new DateOnly(2025, 12, 15);
            var applied = ZoneClock.At(appliedOn, new TimeOnly(9, 30)).ToUniversalTime();
            var reviewed = ZoneClock.At(appliedOn.AddDays(2), new TimeOnly(10, 0)).ToUniversalTime();
            if (!operators.TryGetValue(demo.Operator, out var operatorId))
            {
                continue;
            }

            var own = vehicles.Where(v => v.OperatorId == operatorId).ToList();
            // A granted right lists the operator's plated vehicles; the one under review its first five and the one without a plate.
            var listed = demo.Granted
                ? own.Where(v => plated.Contains(v.Id)).Select(v => v.Id).ToList()
                : [.. own.Where(v => plated.Contains(v.Id)).Take(5).Select(v => v.Id), .. own.Where(v => !plated.Contains(v.Id)).Select(v => v.Id)];
            var area = GeoAreas.Parse(JsonArea(demo.Area));
            var spec = new RoadRightSpec(demo.Title, demo.Scenario, listed, [new AreaSpec(demo.AreaName, area.GeoJson)], demo.Windows, demo.SpeedLimitKmh,
                demo.Granted ? PlatesIssuedOn : new DateOnly(2026, 1, 1), RightsValidTo);
            var right = new RoadRight(zoneId, operatorId, spec, appliedOn, applied, "system", demo.Operator);
            right.StartReview(reviewed, "system", "自贡高新区管委会");
            if (demo.Granted)
            {
                right.Grant(1, PlatesIssuedOn, "首批示范场景路权，随专属号牌同日发放", granted, "system", "自贡高新区管委会");
            }

            db.Add(right);
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    private static string JsonArea(double[][] ring) =>
        "{\"type\":\"Polygon\",\"coordinates\":[[" + string.Join(",", ring.Select(p => string.Create(CultureInfo.InvariantCulture, $"[{p[0]},{p[1]}]"))) + "]]}";

    private static (string Name, string Phone) Person(int i) =>
        (Surnames[i % Surnames.Length] + Given[i / Surnames.Length % Given.Length],
            string.Create(CultureInfo.InvariantCulture, $"13{8 + i % 2}{(20_250_000 + i * 7_919) % 100_000_000:00000000}"));
}
