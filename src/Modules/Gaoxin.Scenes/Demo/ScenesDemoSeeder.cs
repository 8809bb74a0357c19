using Gaoxin.Contracts;
using Gaoxin.Data;
using Gaoxin.Data.Seeding;
using Gaoxin.Kernel.Zones;
using Gaoxin.Scenes.Demands;
using Gaoxin.Scenes.SceneBoard;
using Gaoxin.Scenes.Supply;
using Microsoft.EntityFrameworkCore;

namespace Gaoxin.Scenes.Demo;

/// <summary>
/// The marketplace's core demo: the report's three scenes published on 29 September 2025 with the unmanned-vehicle plates
/// (物流配送, 安防巡逻, 环境监测) and two factory scenes (pump and valve inspection, cemented-carbide process data), the zone
/// firms' technical demands, their products, and experts. Proposals, trials, deals and contracts are seeded by the slices
/// that own them. Idempotent: nothing is added once the zone has scenes.
/// </summary>
internal sealed class ScenesDemoSeeder(TimeProvider time) : IDemoSeeder
{
    public int Order => 80;

    internal const string Committee = "自贡高新区管委会";

    /// <summary>The day the first scenes and the unmanned-vehicle plates were published.</summary>
    internal static readonly DateOnly FirstScenesDay = new(2025, 9, 29);

    private sealed record SceneSeed(string Code, string Title, SceneKind Kind, string Owner, string Place, string Problem, SceneOffer Offers, decimal? Budget,
        string OfferNote, ZoneIndustry Industry, string ChainLink, int MinReadiness, string? Certificates, DateOnly PublishedOn, int DueInDays, int TrialDays);

    private static readonly SceneSeed[] Scenes =
    [
        new("CJ-2025-001", "高新区无人车物流配送示范场景", SceneKind.LogisticsDelivery, Committee, "自贡高新区板仓工业园至航空产业园主干道及园区支路",
            "园区企业之间的零部件、快递和餐食短驳依靠人工车辆，夜间和节假日运力不足。需要 L4 级无人配送车在限定路段按时窗完成末端配送，并与园区物流平台对接订单和轨迹数据。",
            SceneOffer.TestSite | SceneOffer.Data | SceneOffer.PurchaseCommitment, 1_200_000m, "开放示范路段路权、园区订单数据接口；验证通过后首年采购配送服务",
            ZoneIndustry.IntelligentManufacturing, "无人驾驶", 7, "道路测试牌照", FirstScenesDay, 62, 120),
        new("CJ-2025-002", "园区无人车安防巡逻场景", SceneKind.SecurityPatrol, Committee, "自贡高新区孵化园、人才公寓及周边道路",
            "园区夜间巡逻依靠保安步巡和车巡，覆盖不全、记录难以追溯。需要无人巡逻车搭载激光雷达与可见光/红外摄像头，按规定路线夜间巡逻，识别异常人员车辆和烟火并实时告警。",
            SceneOffer.TestSite | SceneOffer.Budget, 600_000m, "夜间 22:00—次日 6:00 路权；巡逻验证经费补助",
            ZoneIndustry.IntelligentManufacturing, "激光雷达", 6, "道路测试牌照", FirstScenesDay, 62, 150),
        new("CJ-2025-003", "无人车移动环境监测场景", SceneKind.EnvironmentalMonitoring, Committee, "自贡高新区化工企业周边及釜溪河沿岸道路",
            "固定监测站点位少，难以发现园区道路和企业周边的扬尘、挥发性有机物异常。需要无人车搭载微型监测设备按路线采集 PM2.5、PM10、VOCs 数据，与生态环境分局平台联网。",
            SceneOffer.TestSite | SceneOffer.Data, null, "开放监测数据平台接口与历史监测数据",
            ZoneIndustry.IntelligentManufacturing, "环境监测", 6, null, FirstScenesDay, 430, 180),
        new("CJ-2025-004", "泵阀及输送机械智能巡检场景", SceneKind.Factory, "川力科技", "川力科技总装车间及客户矿山输送线",
            "输送机托辊、泵阀密封和轴承故障依靠人工听音和定期拆检，停机损失大。需要基于振动、温度和声纹的在线监测与故障诊断方案，提前 72 小时预警。",
            SceneOffer.TestSite | SceneOffer.Data | SceneOffer.Budget, 800_000m, "两条输送线和 20 台泵阀的试点，提供两年运行数据",
            ZoneIndustry.Traditional, "故障诊断", 5, null, new DateOnly(2025, 11, 10), 400, 180),
        new("CJ-2025-005", "硬质合金烧结工艺数据分析场景", SceneKind.Factory, Committee, "自贡高新区硬质合金产业集群企业烧结车间",
            "硬质合金烧结质量波动大，工艺参数凭经验调整。开放集群企业脱敏的烧结炉温度曲线、压力和成品检测数据，征集工艺参数优化和质量预测模型。",
            SceneOffer.Data | SceneOffer.Budget, 500_000m, "三家企业的脱敏工艺数据与成品检测数据",
            ZoneIndustry.Traditional, "硬质合金", 4, null, new DateOnly(2025, 12, 1), 420, 240),
    ];

    private sealed record DemandSeed(string Code, string Poster, string Title, string Problem, ZoneIndustry Industry, string ChainLink, decimal? Min, decimal? Max,
        int PostedDaysAgo, int DeadlineInDays, bool Anonymous, DemandStatus Status);

    private static readonly DemandSeed[] Demands =
    [
        new("XQ-2025-001", "兴储世纪", "层状氧化物正极材料循环寿命提升", "钠离子电池层状氧化物正极材料在高温循环中容量衰减快，需要包覆或掺杂改性技术，使 45℃ 下 2000 次循环容量保持率达到 85% 以上。",
            ZoneIndustry.NewEnergy, "正极材料", 500_000m, 2_000_000m, 300, 200, false, DemandStatus.Published),
        new("XQ-2025-002", "珈钠能源", "生物质硬碳负极首次效率提升", "以生物质为前驱体的硬碳负极首次库伦效率偏低（约 82%），需要预处理与碳化工艺改进，首效达到 90% 以上且成本可控。",
            ZoneIndustry.NewEnergy, "负极材料", 300_000m, 1_000_000m, 280, 150, true, DemandStatus.Published),
        new("XQ-2025-003", "长盈精密", "电池铝壳激光焊接缺陷在线检测", "电池结构件激光焊接存在气孔和虚焊，人工抽检漏检率高。需要基于机器视觉的焊缝在线检测系统，节拍不低于每分钟 30 件。",
            ZoneIndustry.NewEnergy, "结构件", 200_000m, 600_000m, 200, 120, false, DemandStatus.Published),
        new("XQ-2025-004", "川力科技", "带式输送机托辊故障声纹诊断", "矿山带式输送机托辊数量多、故障早期难以发现，需要声纹或振动识别算法定位故障托辊，准确率 90% 以上。",
            ZoneIndustry.Traditional, "故障诊断", null, null, 150, 200, false, DemandStatus.Published),
        new("XQ-2025-005", "优必选", "人形机器人关节减速器国产化", "人形机器人关节用精密减速器依赖进口，需要谐波或行星减速器的设计与小批量试制合作，回差不大于 1 弧分。",
            ZoneIndustry.IntelligentManufacturing, "减速器", 1_000_000m, 5_000_000m, 100, 240, true, DemandStatus.Published),
        new("XQ-2025-006", "容钠新能源", "钠离子电池电解液低温性能改善", "现有电解液在零下 20℃ 放电容量保持率不足 70%，需要溶剂和添加剂配方优化方案。",
            ZoneIndustry.NewEnergy, "电解液", 100_000m, 500_000m, 5, 90, false, DemandStatus.Pending),
    ];

    private sealed record ProductSeed(string Maker, string Name, string Description, ZoneIndustry Industry, string ChainLink, int Readiness, string? Certificates, int ListedDaysAgo);

    private static readonly ProductSeed[] Products =
    [
        new("九识智能", "Z5 L4 级无人配送车", "L4 级城市无人配送车，载重 1 吨、容积 5 立方米，激光雷达与多摄像头融合感知，支持远程监控和云端调度，适用于园区物流配送与快递短驳。",
            ZoneIndustry.IntelligentManufacturing, "无人驾驶", 9, "道路测试牌照、CCC", 400),
        new("九识智能", "无人巡逻车套件", "在无人车底盘上加装激光雷达、红外热成像和声光告警，按路线自主巡逻，识别异常人员、车辆和烟火并推送告警。",
            ZoneIndustry.IntelligentManufacturing, "激光雷达", 7, "道路测试牌照", 380),
        new("兴储世纪", "钠离子电池储能系统", "基于层状氧化物正极和硬碳负极的钠离子电池储能柜，低温性能好，适用于工商业储能和基站备电。",
            ZoneIndustry.NewEnergy, "储能系统", 8, "GB/T 36276 检测报告", 360),
        new("珈钠能源", "钠离子电池硬碳负极材料", "以生物质为原料的硬碳负极材料，比容量 300 mAh/g，首效 88%，可按客户需求定制粒径。",
            ZoneIndustry.NewEnergy, "负极材料", 7, null, 300),
        new("长盈精密", "钠离子电池铝壳结构件", "方形电池铝壳、盖板及连接片，激光焊接与冲压一体化生产，尺寸精度 ±0.05 mm。",
            ZoneIndustry.NewEnergy, "结构件", 9, "IATF 16949", 420),
        new("川力科技", "智能带式输送机", "集成托辊温度、振动监测和跑偏检测的带式输送机，支持远程运维和能耗分析。",
            ZoneIndustry.Traditional, "输送机械", 9, "ISO 9001、矿用产品安全标志", 500),
        new("优必选", "工业巡检机器人", "轮式巡检机器人，搭载可见光与红外摄像头、声纹采集，用于泵房、配电室和生产线巡检，自动生成巡检报告。",
            ZoneIndustry.IntelligentManufacturing, "巡检机器人", 8, "CE", 250),
        new("天钧精密", "精密冲压模具与连接片", "电池连接片和汇流排的级进模设计制造，支持铜铝复合材料。",
            ZoneIndustry.NewEnergy, "结构件", 9, "ISO 9001", 200),
    ];

    private sealed record ExpertSeed(string Name, string Title, string Affiliation, ZoneIndustry Industry, string Expertise);

    private static readonly ExpertSeed[] Experts =
    [
        new("李明远", "教授", "四川轻化工大学", ZoneIndustry.NewEnergy, "钠离子电池正极材料的包覆与掺杂改性、高温循环衰减机理、材料中试放大。"),
        new("王海燕", "副教授", "重庆大学", ZoneIndustry.IntelligentManufacturing, "机械设备振动信号分析与故障诊断，旋转机械声纹识别，工业物联网监测。"),
        new("陈立", "研究员", "西安交通大学国家技术转移中心", ZoneIndustry.Other, "技术转移与技术合同谈判，知识产权评估、许可与作价入股。"),
        new("赵峰", "教授级高工", "四川轻化工大学", ZoneIndustry.Traditional, "硬质合金粉末冶金与烧结工艺，工艺参数优化与质量预测建模。"),
        new("刘晓川", "高级工程师", "重庆大学", ZoneIndustry.IntelligentManufacturing, "激光雷达点云感知，无人车定位与路径规划，机器视觉缺陷检测。"),
    ];

    public async Task SeedAsync(GaoxinDbContext db, DemoZone zone, CancellationToken cancellationToken)
    {
        var zoneId = new ZoneId(zone.ZoneId);
        if (await db.Set<Scene>().AnyAsync(s => s.ZoneId == zoneId, cancellationToken))
        {
            return;
        }

        var today = ZoneClock.Of(time).Today;
        var org = zone.OrganisationsByName;
        foreach (var s in Scenes)
        {
            var scene = new Scene
            {
                ZoneId = zoneId, Code = s.Code, Title = s.Title, Kind = s.Kind, OwnerOrganisationId = org[s.Owner], Place = s.Place, Problem = s.Problem,
                Offers = s.Offers, Budget = s.Budget, OfferNote = s.OfferNote, Industry = s.Industry, ChainLink = s.ChainLink, MinReadiness = s.MinReadiness,
                RequiredCertificates = s.Certificates, PublishedOn = s.PublishedOn, ProposalsDueOn = s.PublishedOn.AddDays(s.DueInDays),
                TrialEndsBy = s.PublishedOn.AddDays(s.DueInDays + s.TrialDays),
            };
            scene.Publish(s.PublishedOn);
            db.Add(scene);
        }

        foreach (var d in Demands)
        {
            var posted = today.AddDays(-d.PostedDaysAgo);
            var demand = new Demand
            {
                ZoneId = zoneId, Code = d.Code, PosterOrganisationId = org[d.Poster], Title = d.Title, Problem = d.Problem, Industry = d.Industry, ChainLink = d.ChainLink,
                BudgetMin = d.Min, BudgetMax = d.Max, PostedOn = posted, Deadline = today.AddDays(d.DeadlineInDays), Anonymous = d.Anonymous,
            };
            if (d.Status == DemandStatus.Published)
            {
                demand.Publish(posted.AddDays(2), null);
            }

            db.Add(demand);
        }

        foreach (var p in Products)
        {
            db.Add(new Product
            {
                ZoneId = zoneId, OrganisationId = org[p.Maker], Name = p.Name, Description = p.Description, Industry = p.Industry, ChainLink = p.ChainLink,
                Readiness = p.Readiness, Certificates = p.Certificates, ListedOn = today.AddDays(-p.ListedDaysAgo),
            });
        }

        foreach (var e in Experts)
        {
            db.Add(new Expert
            {
                ZoneId = zoneId, Name = e.Name, Title = e.Title, Affiliation = e.Affiliation, OrganisationId = org.TryGetValue(e.Affiliation, out var o) ? o : null,
                Industry = e.Industry, Expertise = e.Expertise, ConsentToIntroductions = true,
            });
        }

        await db.SaveChangesAsync(cancellationToken);
    }
}
