using System.Globalization;
using Gaoxin.Data;
using Gaoxin.Data.Platform;
using Gaoxin.Data.Seeding;
using Gaoxin.Kernel.Access;
using Gaoxin.Kernel.Money;
using Gaoxin.Kernel.Zones;
using Gaoxin.Platforms.Registry;
using Microsoft.EntityFrameworkCore;

namespace Gaoxin.Platforms.Demo;

/// <summary>
/// The report's 87 innovation platforms at provincial level or above (12 national, 75 provincial) and 23 municipal ones,
/// hosted by the zone's enterprises and institutes and co-built with 13 universities and institutes ("more than 10"),
/// with evaluations every cycle (a few missing, so some are overdue), one provincial platform revoked after a failed
/// evaluation (not among the 87) and one municipal one revoked by decision. Deterministic (fixed seed); does nothing
/// when the zone already has platforms.
/// </summary>
internal sealed class PlatformsDemoSeeder : IDemoSeeder
{
    public const int National = 12;
    public const int Provincial = 75;
    public const int Municipal = 22;

    public int Order => 97;

    /// <summary>Hosts (依托单位): the demo zone's own organisations first, then the zone's long-standing manufacturers.</summary>
    private static readonly (string Name, OrganisationKind Kind)[] Hosts =
    [
        ("兴储世纪", OrganisationKind.Enterprise), ("四川轻化工大学", OrganisationKind.Institute), ("珈钠能源", OrganisationKind.Enterprise),
        ("长盈精密", OrganisationKind.Enterprise), ("天钧精密", OrganisationKind.Enterprise), ("容钠新能源", OrganisationKind.Enterprise),
        ("川力科技", OrganisationKind.Enterprise), ("优必选", OrganisationKind.Enterprise), ("自贡创新中心", OrganisationKind.InnovationCenter),
        ("东方锅炉股份有限公司", OrganisationKind.Enterprise), ("华西能源工业股份有限公司", OrganisationKind.Enterprise),
        ("自贡硬质合金有限责任公司", OrganisationKind.Enterprise), ("四川大西洋焊接材料股份有限公司", OrganisationKind.Enterprise),
        ("中昊晨光化工研究院有限公司", OrganisationKind.Enterprise), ("四川川润股份有限公司", OrganisationKind.Enterprise),
        ("四川省自贡运输机械集团股份有限公司", OrganisationKind.Enterprise), ("自贡长征机床有限责任公司", OrganisationKind.Enterprise),
        ("四川久大盐业（集团）公司", OrganisationKind.Enterprise),
    ];

    /// <summary>The co-building universities and institutes (共建高校院所): 13 distinct.</summary>
    public static readonly string[] CoBuilders =
    [
        "四川轻化工大学", "西南交通大学", "四川大学", "电子科技大学", "西南石油大学", "中国科学院成都分院", "清华大学", "浙江大学",
        "中国工程物理研究院", "成都理工大学", "重庆大学", "西安交通大学", "西华大学",
    ];

    private static readonly string[] Fields =
    [
        "钠离子电池材料", "储能电池系统", "硬质合金", "焊接材料", "工业泵阀", "输送机械", "电站锅炉", "含氟高分子材料", "有机硅材料", "智能制造装备",
        "服务机器人", "无人驾驶物流", "新能源汽车零部件", "精细化工", "井矿盐化工", "节能环保装备", "工业互联网", "高端阀门", "特种陶瓷", "生物医药",
        "灯光文化装备", "发酵食品", "检验检测", "精密模具", "先进碳材料", "锂电正极材料", "航空零部件", "智能传感器", "氢能装备", "数控机床",
    ];

    private static readonly PlatformType[] Types =
    [
        PlatformType.KeyLaboratory, PlatformType.EngineeringCentre, PlatformType.EnterpriseTechCentre, PlatformType.NewRdInstitution,
        PlatformType.ExpertWorkstation, PlatformType.PilotPlatform, PlatformType.InnovationAlliance,
    ];

    public async Task SeedAsync(GaoxinDbContext db, DemoZone zone, CancellationToken cancellationToken)
    {
        var zoneId = new ZoneId(zone.ZoneId);
        if (await db.Set<InnovationPlatform>().AnyAsync(p => p.ZoneId == zoneId, cancellationToken))
        {
            return;
        }

        var orgs = await db.Organisations.Where(o => o.ZoneId == zoneId).ToDictionaryAsync(o => o.Name, o => o.Id, cancellationToken);
        foreach (var (name, kind) in Hosts.Where(h => !orgs.ContainsKey(h.Name)))
        {
            var org = new Organisation { ZoneId = zoneId, Name = name, Kind = kind, Note = "创新平台依托单位" };
            db.Organisations.Add(org);
            orgs[name] = org.Id;
        }

        var random = new Random(19);
        var names = new HashSet<string>();
        var at = ZoneClock.At(new DateOnly(2025, 11, 1), new TimeOnly(9, 0)).ToUniversalTime();
        var levels = Enumerable.Repeat(PlatformLevel.National, National).Concat(Enumerable.Repeat(PlatformLevel.Provincial, Provincial + 1))
            .Concat(Enumerable.Repeat(PlatformLevel.Municipal, Municipal + 1)).ToList();
        for (var i = 0; i < levels.Count; i++)
        {
            var level = levels[i];
            var host = Hosts[i % Hosts.Length].Name;
            var type = Types[random.Next(Types.Length)];
            var name = Name(level, type, host, Fields, random, names);
            var recognised = new DateOnly(2012 + random.Next(13), 1 + random.Next(12), 1 + random.Next(28));
            // Every co-builder appears (the first thirteen platforms take one each in turn), then zero to three at random.
            var partners = new List<string>();
            if (i < CoBuilders.Length)
            {
                partners.Add(CoBuilders[i]);
            }

            for (var k = random.Next(4); k > 0; k--)
            {
                var partner = CoBuilders[random.Next(CoBuilders.Length)];
                if (!partners.Contains(partner) && partner != host)
                {
                    partners.Add(partner);
                }
            }

            partners.Remove(host);
            var spec = new PlatformSpec(name, type, level, orgs[host], recognised, Document(level, recognised, random), 
                partners.Select(p => new CoBuilderSpec(p, orgs.TryGetValue(p, out var id) ? id : null)).ToList(), null);
            var platform = new InnovationPlatform(zoneId, spec, at);
            Evaluate(platform, level, recognised, random, failLast: i == National + Provincial, skipLast: i % 9 == 4);
            if (i == levels.Count - 1)
            {
                platform.Revoke("依托单位整体搬迁出园区，经管委会研究撤销认定", new DateOnly(2025, 6, 30));
            }

            if (random.Next(3) == 0 && platform.State == PlatformState.Active)
            {
                platform.AddEquipment(EquipmentNames[random.Next(EquipmentNames.Length)], $"型号 {(char)('A' + random.Next(26))}-{100 + random.Next(900)}",
                    Money.Of(100_000m * (5 + random.Next(200))), random.Next(4) != 0, "0813-" + (5_000_000 + random.Next(4_999_999)).ToString(CultureInfo.InvariantCulture));
            }

            db.Add(platform);
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    private static readonly string[] EquipmentNames =
    [
        "扫描电子显微镜", "X 射线衍射仪", "电池充放电测试系统", "三坐标测量机", "高低温交变湿热试验箱", "电感耦合等离子体发射光谱仪",
        "激光粒度分析仪", "万能材料试验机", "工业 CT", "热重分析仪",
    ];

    private static string Name(PlatformLevel level, PlatformType type, string host, string[] fields, Random random, HashSet<string> taken)
    {
        while (true)
        {
            var field = fields[random.Next(fields.Length)];
            var place = level switch { PlatformLevel.National => "国家", PlatformLevel.Provincial => "四川省", _ => "自贡市" };
            var name = type switch
            {
                PlatformType.KeyLaboratory => $"{field}{place}重点实验室",
                PlatformType.EngineeringCentre => $"{place}{field}工程技术研究中心",
                PlatformType.EnterpriseTechCentre => $"{host}{field}{(level == PlatformLevel.National ? "国家企业技术中心" : level == PlatformLevel.Provincial ? "省级企业技术中心" : "市级企业技术中心")}",
                PlatformType.NewRdInstitution => $"{place}{field}新型研发机构",
                PlatformType.ExpertWorkstation => $"{host}{field}{place}院士（专家）工作站",
                PlatformType.PilotPlatform => $"{place}{field}中试平台",
                _ => $"{place}{field}产业技术创新联盟",
            };
            if (taken.Add(name))
            {
                return name;
            }
        }
    }

    private static string? Document(PlatformLevel level, DateOnly on, Random random)
    {
        var n = (10 + random.Next(190)).ToString(CultureInfo.InvariantCulture);
        var y = on.Year.ToString(CultureInfo.InvariantCulture);
        return level switch
        {
            PlatformLevel.National => $"国科发基〔{y}〕{n}号",
            PlatformLevel.Provincial => random.Next(2) == 0 ? $"川科基〔{y}〕{n}号" : $"川经信技术〔{y}〕{n}号",
            _ => random.Next(2) == 0 ? $"自科发〔{y}〕{n}号" : null,
        };
    }

    /// <summary>One evaluation per cycle up to 2025-11; the last left out for some (overdue now), the last failed for one.</summary>
    private static void Evaluate(InnovationPlatform platform, PlatformLevel level, DateOnly recognised, Random random, bool failLast, bool skipLast)
    {
        var cutoff = new DateOnly(2025, 11, 30);
        var dates = new List<DateOnly>();
        for (var d = recognised.AddYears(EvaluationCycle.YearsFor(level)); d <= cutoff; d = d.AddYears(EvaluationCycle.YearsFor(level)))
        {
            dates.Add(d.AddDays(-random.Next(60)));
        }

        if (skipLast && dates.Count > 0)
        {
            dates.RemoveAt(dates.Count - 1);
        }

        if (failLast && dates.Count == 0)
        {
            dates.Add(cutoff);
        }

        var at = ZoneClock.At(cutoff, new TimeOnly(9, 0)).ToUniversalTime();
        for (var k = 0; k < dates.Count; k++)
        {
            var result = failLast && k == dates.Count - 1 ? EvaluationResult.Fail : (EvaluationResult)(1 + random.Next(3));
            platform.Evaluate(dates[k], result, result == EvaluationResult.Fail ? "研发投入与成果转化未达认定条件" : null, cutoff, at);
        }
    }
}
