using Gaoxin.Data;
using Gaoxin.Data.Seeding;
using Gaoxin.Enterprises.Certification;
using Gaoxin.Enterprises.Registry;
using Gaoxin.Enterprises.Transformation;
using Gaoxin.Kernel.Zones;
using Microsoft.EntityFrameworkCore;

namespace Gaoxin.Enterprises.Demo;

/// <summary>
/// The registry of the report's zone: 114 enterprises above designated size of which 93 completed a
/// transformation (81.58%), more than 400 holding 高新技术企业 or 科技型中小企业 status, the named firms, and
/// enterprises just either side of the thresholds. Deterministic (fixed seed) and idempotent.
/// </summary>
internal sealed class EnterprisesDemoSeeder(TimeProvider clock, Gaoxin.Data.Operations.GaoxinMetrics metrics) : IDemoSeeder
{
    public const int AboveSize = 114;
    public const int Transformed = 93;
    public const int Total = 460;
    public const int Certified = 420;

    public int Order => 10;

    public async Task SeedAsync(GaoxinDbContext db, DemoZone zone, CancellationToken cancellationToken)
    {
        var zoneId = new ZoneId(zone.ZoneId);
        if (await db.Set<Enterprise>().AnyAsync(e => e.ZoneId == zoneId, cancellationToken))
        {
            return;
        }

        var today = ZoneClock.Of(clock).Today;
        var plan = DemoEnterprises.Build(zoneId, zone.OrganisationsByName, today);
        db.AddRange(plan.Enterprises);
        db.AddRange(plan.Transformations);
        db.AddRange(DemoPolicies(zoneId, today));
        await db.SaveChangesAsync(cancellationToken);

        // Stored evaluations feed the cultivation board from the first page view.
        var engine = new CertificationEngine();
        var verdicts = new Evaluations.StoredVerdicts(db, engine, clock);
        var registry = new EnterpriseRegistry(db, clock, verdicts);
        await new Evaluations.EnterpriseEvaluations(db, registry, engine, clock, verdicts, metrics).RefreshZoneAsync(zone.ZoneId, cancellationToken);
    }

    /// <summary>The zone's support measures, written in the policy rule language.</summary>
    private static IEnumerable<Policies.SupportPolicy> DemoPolicies(ZoneId zone, DateOnly today)
    {
        var from = new DateOnly(today.Year, 1, 1);
        yield return new() { ZoneId = zone, Name = "高新技术企业认定奖励", Document = "自高新发〔" + today.Year + "〕3号", ValidFrom = from,
            Summary = "当年新认定（含重新认定）的国家高新技术企业，一次性奖励 20 万元。",
            Eligibility = """{"holds":"HighTech","recognisedInYear":"current"}""", Amount = """{"fixed":200000}""" };
        yield return new() { ZoneId = zone, Name = "规上企业研发投入后补助", Document = "自高新发〔" + today.Year + "〕5号", ValidFrom = from,
            Summary = "规上工业企业研发费用占销售收入 3% 以上的，按上年研发费用的 5% 给予补助，最高 50 万元。",
            Eligibility = """{"all":[{"aboveDesignatedSize":true},{"metric":"RdToSales","op":">=","value":0.03}]}""", Amount = """{"rate":0.05,"of":"RdAmount","cap":500000}""" };
        yield return new() { ZoneId = zone, Name = "科技型中小企业入库奖励", Document = "自高新发〔" + today.Year + "〕6号", ValidFrom = from,
            Summary = "当年首次评价入库的科技型中小企业，奖励 3 万元。",
            Eligibility = """{"holds":"TechSme","recognisedInYear":"current"}""", Amount = """{"fixed":30000}""" };
        yield return new() { ZoneId = zone, Name = "专精特新培育奖励", Document = "自高新发〔" + today.Year + "〕8号", ValidFrom = from,
            Summary = "持有效创新型中小企业资质、且已符合专精特新中小企业条件的，给予培育奖励 10 万元。",
            Eligibility = """{"all":[{"holds":"InnovativeSme"},{"qualifies":"SpecialisedSme"}]}""", Amount = """{"fixed":100000}""" };
    }
}

/// <summary>Generates the demo registry; kept apart from the seeder so the benchmark can reuse it at scale.</summary>
internal static class DemoEnterprises
{
    public sealed record Plan(List<Enterprise> Enterprises, List<TransformationProject> Transformations);

    private static readonly (string Name, ZoneIndustry Industry, string Code, SizeClass Size, decimal Sales, string Note)[] Named =
    [
        ("兴储世纪", ZoneIndustry.NewEnergy, "C3849", SizeClass.Medium, 186_000_000m, "钠离子电池电芯"),
        ("珈钠能源", ZoneIndustry.NewEnergy, "C3985", SizeClass.Small, 48_000_000m, "钠电正极材料"),
        ("长盈精密", ZoneIndustry.NewEnergy, "C3399", SizeClass.Large, 620_000_000m, "电池结构件"),
        ("天钧精密", ZoneIndustry.NewEnergy, "C3489", SizeClass.Small, 36_000_000m, "精密结构件"),
        ("容钠新能源", ZoneIndustry.NewEnergy, "C3849", SizeClass.Small, 27_500_000m, "钠离子电池储能"),
        ("川力科技", ZoneIndustry.Traditional, "C3434", SizeClass.Medium, 156_000_000m, "输送机械"),
        ("九识智能", ZoneIndustry.IntelligentManufacturing, "C3612", SizeClass.Medium, 92_000_000m, "L4 无人驾驶物流车"),
        ("优必选", ZoneIndustry.IntelligentManufacturing, "C3491", SizeClass.Medium, 150_000_000m, "人形机器人"),
    ];

    /// <summary>The named firm whose staff fell last year, so the relief early-warning list has one (从业人员明显减少).</summary>
    internal const string ShrinkingWorkforce = "容钠新能源";

    private static readonly string[] Words = ["华", "川", "盐", "恐龙", "灯", "钠", "锦", "蜀", "龙", "东", "兴", "鑫", "泰", "宏", "精", "创", "远", "航", "瑞", "德", "丰", "晟", "嘉", "汇"];
    private static readonly string[] Trades = ["新能源", "智能装备", "新材料", "泵阀", "硬质合金", "电子", "机器人", "传感", "环保", "阀门", "输送设备", "储能"];

    public static Plan Build(ZoneId zone, IReadOnlyDictionary<string, Guid> organisations, DateOnly today, int total = EnterprisesDemoSeeder.Total, int seed = 20251028)
    {
        var random = new Random(seed);
        var lastYear = today.Year - 1;
        var enterprises = new List<Enterprise>(total);
        var transformations = new List<TransformationProject>();
        var serial = 0;
        var names = new HashSet<string>(StringComparer.Ordinal);

        // The report's figures at the demo size; a larger registry (the benchmark's) keeps the same proportions.
        var aboveSizeTarget = Scaled(EnterprisesDemoSeeder.AboveSize, total);
        var certifiedTarget = Scaled(EnterprisesDemoSeeder.Certified, total);

        // Named firms first: all above size (兴储世纪 … 优必选 are the zone's flagship producers).
        foreach (var (name, industry, code, size, sales, _) in Named)
        {
            var e = NewEnterprise(zone, name + (name.EndsWith("科技", StringComparison.Ordinal) ? "股份有限公司" : "有限公司"), industry, code, size, aboveSize: true, ++serial, random, today);
            e.OrganisationId = organisations.TryGetValue(name, out var org) ? org : null;
            e.InKeyHighTechField = industry != ZoneIndustry.Traditional;
            e.OwnsCoreIp = true;
            e.InStrategicEmergingCatalogue = industry is ZoneIndustry.NewEnergy or ZoneIndustry.IntelligentManufacturing;
            e.Years.AddRange(Years(e, sales, rdRatio: 0.052m, techShare: 0.24m, highTechShare: 0.82m, random, lastYear));
            if (name == ShrinkingWorkforce)
            {
                // The relief monitoring's demo warning: staff fell from 42 to the latest year's 30 (only the year before changes,
                // which no certification reads).
                e.Years.Single(y => y.Year == lastYear - 1).Staff = 42;
            }

            AddCertificate(e, SchemeCode.HighTech, today.AddYears(-1), ++serial);
            AddCertificate(e, SchemeCode.TechSme, new DateOnly(today.Year, 3, 15), ++serial);
            enterprises.Add(e);
        }

        // Enterprises just either side of a threshold, so the cultivation board has something to say.
        enterprises.AddRange(NearThreshold(zone, ref serial, random, today));

        var aboveSizeCount = enterprises.Count(x => x.AboveDesignatedSize);
        while (enterprises.Count < total)
        {
            var index = enterprises.Count;
            var above = aboveSizeCount < aboveSizeTarget && index % 3 == 0;
            var industry = (ZoneIndustry)(1 + (index % 4));
            var size = above ? (index % 7 == 0 ? SizeClass.Large : SizeClass.Medium) : (index % 2 == 0 ? SizeClass.Small : SizeClass.Micro);
            var sales = above ? 20_000_000m + (decimal)random.Next(0, 280) * 1_000_000m : (decimal)random.Next(3, 19) * 1_000_000m;
            var e = NewEnterprise(zone, CompanyName(random, index, names), industry, IndustryCode(industry, random), size, above, ++serial, random, today);
            e.InKeyHighTechField = industry != ZoneIndustry.Traditional || random.Next(3) == 0;
            e.OwnsCoreIp = random.Next(4) != 0;
            e.InStrategicEmergingCatalogue = industry is ZoneIndustry.NewEnergy or ZoneIndustry.AdvancedMaterials && random.Next(2) == 0;
            e.YearsInNicheMarket = random.Next(1, 12);
            e.Years.AddRange(Years(e, sales, rdRatio: 0.02m + (decimal)random.Next(0, 60) / 1000m, techShare: 0.08m + (decimal)random.Next(0, 30) / 100m,
                highTechShare: 0.45m + (decimal)random.Next(0, 50) / 100m, random, lastYear));
            enterprises.Add(e);
            aboveSizeCount += above ? 1 : 0;
        }

        // Status: enough certificates that more than 400 hold 高新技术企业 or 科技型中小企业.
        var certified = enterprises.Count(x => x.Certificates.Count > 0);
        foreach (var e in enterprises.Where(x => x.Certificates.Count == 0 && !x.Name.Contains("临界", StringComparison.Ordinal)))
        {
            if (certified >= certifiedTarget)
            {
                break;
            }

            var highTech = e.AboveDesignatedSize || random.Next(3) == 0;
            AddCertificate(e, highTech ? SchemeCode.HighTech : SchemeCode.TechSme, highTech ? today.AddDays(-random.Next(60, 1000)) : new DateOnly(today.Year, 1 + random.Next(0, 9), 10), ++serial);
            if (highTech && random.Next(2) == 0)
            {
                AddCertificate(e, SchemeCode.TechSme, new DateOnly(today.Year, 4, 20), ++serial);
            }

            if (random.Next(6) == 0)
            {
                AddCertificate(e, SchemeCode.InnovativeSme, today.AddDays(-random.Next(30, 700)), ++serial);
            }

            certified++;
        }

        foreach (var e in enterprises.Where(x => x.AboveDesignatedSize && x.Certificates.Any(c => c.Scheme == SchemeCode.InnovativeSme)).Take(Scaled(12, total)))
        {
            AddCertificate(e, SchemeCode.SpecialisedSme, today.AddDays(-random.Next(30, 900)), ++serial);
        }

        // 智改数转: 93 of the 114 above size completed a project (川力科技 among them), a few more are under way.
        var aboveSize = enterprises.Where(x => x.AboveDesignatedSize).OrderByDescending(x => x.Name.StartsWith("川力", StringComparison.Ordinal)).ToList();
        for (var i = 0; i < aboveSize.Count; i++)
        {
            var e = aboveSize[i];
            var done = i < EnterprisesDemoSeeder.Transformed;
            if (!done && i % 4 != 0)
            {
                continue;
            }

            var kind = (TransformationKind)(1 + (i % 4));
            var started = today.AddDays(-random.Next(200, 1400));
            // Drawn in the same order as ever, so the demo's figures stay the report's.
            var investment = (decimal)random.Next(80, 3000) * 10_000m;
            var completed = done ? Min(started.AddDays(random.Next(120, 500)), today.AddDays(-1)) : (DateOnly?)null;
            transformations.Add(TransformationProject.Record(zone, e.Id, new TransformationInput($"{e.Name[..Math.Min(6, e.Name.Length)]}{Labels.Kind(kind)}项目", kind,
                investment, started, completed, done ? "生产效率提升、不良率下降、能耗降低" : null), today));
        }

        return new Plan(enterprises, transformations);
    }

    private static List<Enterprise> NearThreshold(ZoneId zone, ref int serial, Random random, DateOnly today)
    {
        var lastYear = today.Year - 1;
        var list = new List<Enterprise>();

        // R&D at 3.90% of 60 million sales: 高新技术企业 needs 4% in that band (60,000 yuan short each year).
        var rd = NewEnterprise(zone, "自贡临界研发科技有限公司", ZoneIndustry.AdvancedMaterials, "C3985", SizeClass.Medium, aboveSize: true, ++serial, random, today);
        rd.InKeyHighTechField = true;
        rd.OwnsCoreIp = true;
        rd.Years.AddRange(Years(rd, 60_000_000m, rdRatio: 0.039m, techShare: 0.18m, highTechShare: 0.7m, random, lastYear, growth: 1.0m));
        list.Add(rd);

        // Tech staff at 9.5%: just under the 10% 高新技术企业 gate.
        var staff = NewEnterprise(zone, "自贡临界人才装备有限公司", ZoneIndustry.IntelligentManufacturing, "C3491", SizeClass.Small, aboveSize: false, ++serial, random, today);
        staff.InKeyHighTechField = true;
        staff.OwnsCoreIp = true;
        staff.Years.AddRange(Years(staff, 18_000_000m, rdRatio: 0.06m, techShare: 0.095m, highTechShare: 0.75m, random, lastYear));
        list.Add(staff);

        // High-tech income at 59%: just under the 60% gate.
        var income = NewEnterprise(zone, "自贡临界产品电子有限公司", ZoneIndustry.IntelligentManufacturing, "C3971", SizeClass.Small, aboveSize: false, ++serial, random, today);
        income.InKeyHighTechField = true;
        income.OwnsCoreIp = true;
        income.Years.AddRange(Years(income, 15_000_000m, rdRatio: 0.065m, techShare: 0.3m, highTechShare: 0.59m, random, lastYear));
        list.Add(income);

        // Main-business revenue of 19.8 million: just below 规上 (20 million).
        var size = NewEnterprise(zone, "自贡临界规模泵业有限公司", ZoneIndustry.Traditional, "C3441", SizeClass.Small, aboveSize: false, ++serial, random, today);
        size.Years.AddRange(Years(size, 19_800_000m, rdRatio: 0.031m, techShare: 0.12m, highTechShare: 0.5m, random, lastYear));
        list.Add(size);

        return list;
    }

    private static Enterprise NewEnterprise(ZoneId zone, string name, ZoneIndustry industry, string code, SizeClass size, bool aboveSize, int serial, Random random, DateOnly today) => new()
    {
        ZoneId = zone,
        Name = name,
        CreditCode = DemoCreditCode(serial),
        RegisteredOn = today.AddDays(-random.Next(500, 7000)),
        Address = $"四川省自贡市高新区{(serial % 2 == 0 ? "板仓工业园" : "汇东路")}{serial}号",
        IndustryCode = code,
        ZoneIndustry = industry,
        SizeClass = size,
        AboveDesignatedSize = aboveSize,
        ContactName = "联系人" + serial,
        ContactPhone = "0813-" + (8_000_000 + serial).ToString(System.Globalization.CultureInfo.InvariantCulture),
    };

    /// <summary>Three complete years, oldest first, growing about 12% a year unless told otherwise.</summary>
    private static IEnumerable<AnnualReport> Years(Enterprise e, decimal latestSales, decimal rdRatio, decimal techShare, decimal highTechShare, Random random, int lastYear, decimal growth = 1.12m)
    {
        for (var back = 2; back >= 0; back--)
        {
            var factor = 1m;
            for (var i = 0; i < back; i++)
            {
                factor /= growth;
            }

            var sales = decimal.Round(latestSales * factor, 0);
            var staff = Math.Max(12, (int)(sales / 900_000m));
            var rd = decimal.Round(sales * rdRatio, 0);
            var costs = decimal.Round(sales * 0.86m, 0);
            var assets = decimal.Round(sales * 1.3m, 0);
            yield return new AnnualReport
            {
                ZoneId = e.ZoneId,
                EnterpriseId = e.Id,
                Year = lastYear - back,
                Staff = staff,
                TechStaff = (int)Math.Floor(staff * techShare),
                Sales = sales,
                TotalRevenue = decimal.Round(sales * 1.02m, 0),
                MainBusinessRevenue = sales,
                TotalCosts = costs,
                RdSpend = rd,
                RdSpendInChina = rd,
                TotalAssets = assets,
                NetAssets = decimal.Round(assets * 0.48m, 0),
                DebtRatio = 0.52m,
                HighTechIncome = decimal.Round(sales * 1.02m * highTechShare, 0),
                ClassOneIp = random.Next(0, 4),
                ClassTwoIp = random.Next(0, 9),
                AchievementsConverted = random.Next(0, 6),
                EquityRaised = 0m,
            };
        }
    }

    private static void AddCertificate(Enterprise e, SchemeCode scheme, DateOnly from, int serial)
    {
        var years = scheme == SchemeCode.HighTech ? 3 : scheme == SchemeCode.TechSme ? 0 : 3;
        var to = scheme == SchemeCode.TechSme ? new DateOnly(from.Year, 12, 31) : from.AddYears(years).AddDays(-1);
        var prefix = scheme switch
        {
            SchemeCode.HighTech => $"GR{from.Year}51",
            SchemeCode.TechSme => $"{from.Year}510300",
            SchemeCode.InnovativeSme => $"CX{from.Year}51",
            _ => $"ZJTX{from.Year}51",
        };
        e.Certificates.Add(new EnterpriseCertificate
        {
            ZoneId = e.ZoneId,
            EnterpriseId = e.Id,
            Scheme = scheme,
            Number = prefix + serial.ToString("D6", System.Globalization.CultureInfo.InvariantCulture),
            ValidFrom = from,
            ValidTo = to,
        });
    }

    private static int Scaled(int atDemoSize, int total) =>
        total <= EnterprisesDemoSeeder.Total ? atDemoSize : (int)((long)atDemoSize * total / EnterprisesDemoSeeder.Total);

    /// <summary>
    /// A plausible, unique company name: 自贡 + two characters + trade + 有限公司. Past about 13,000 names the
    /// combinations run out, so after repeated collisions the name carries the index to stay unique.
    /// </summary>
    private static string CompanyName(Random random, int index, HashSet<string> taken)
    {
        for (var attempt = 0; ; attempt++)
        {
            var first = Words[random.Next(Words.Length)];
            var second = Words[random.Next(Words.Length)];
            if (first == second)
            {
                continue;
            }

            var number = attempt < 32 ? string.Empty : index.ToString(System.Globalization.CultureInfo.InvariantCulture);
            var name = $"自贡{first}{second}{number}{Trades[index % Trades.Length]}{(index % 5 == 0 ? "股份" : string.Empty)}有限公司";
            if (taken.Add(name))
            {
                return name;
            }
        }
    }

    private static string IndustryCode(ZoneIndustry industry, Random random) => industry switch
    {
        ZoneIndustry.NewEnergy => random.Next(2) == 0 ? "C3849" : "C3841",
        ZoneIndustry.IntelligentManufacturing => random.Next(2) == 0 ? "C3491" : "C3499",
        ZoneIndustry.AdvancedMaterials => random.Next(2) == 0 ? "C3985" : "C3240",
        _ => random.Next(2) == 0 ? "C3441" : "C3443",
    };

    /// <summary>A valid-looking credit code for a 自贡 enterprise (91 = enterprise, 510300 = 自贡市) with the right check character.</summary>
    public static string DemoCreditCode(int serial)
    {
        var body = "91510300" + "MA6" + serial.ToString("D6", System.Globalization.CultureInfo.InvariantCulture);
        return body + Gaoxin.Kernel.Registry.UnifiedSocialCreditCode.CheckCharacter(body);
    }

    private static DateOnly Min(DateOnly a, DateOnly b) => a < b ? a : b;
}
