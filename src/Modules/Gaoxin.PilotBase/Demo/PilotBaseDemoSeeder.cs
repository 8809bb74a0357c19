using Gaoxin.Contracts;
using Gaoxin.Contracts.Industry;
using Gaoxin.Data;
using Gaoxin.Data.Seeding;
using Gaoxin.Kernel.Zones;
using Gaoxin.PilotBase.Catalogue;
using Gaoxin.PilotBase.Facilities;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Gaoxin.PilotBase.Demo;

/// <summary>
/// The report's pilot base: zone A in operation with about twenty resources serving the three leading industries and the
/// traditional clusters (sodium-ion cells, electrode coating, a robot test cell, a cemented-carbide sintering furnace,
/// environmental and reliability chambers), zone B under construction at its real figures (1.8 亿元, 2.5 万 m²) and linked to
/// the industry module's major project, and the catalogue of services. Idempotent: nothing is added once areas exist.
/// Runs after the industry seeder (it links zone B to the major project that builds it).
/// </summary>
internal sealed class PilotBaseDemoSeeder(IServiceProvider services) : IDemoSeeder
{
    public int Order => 60;

    private sealed record Param(CapabilityKind Kind, string Name, decimal? Min, decimal? Max, string? Unit, string? Text = null);

    private sealed record Item(string Code, string Name, ResourceKind Kind, string Room, ZoneIndustry? Industry, decimal? Hour, decimal? Day, decimal? Batch,
        decimal? MaxBatch, string? BatchUnit, string Description, Param[] Params, QualificationKind[]? Qualifications = null, bool InMaintenance = false);

    private static readonly Item[] Resources =
    [
        new("A-PL-01", "钠离子电芯中试线", ResourceKind.PilotLine, "钠电中试车间", ZoneIndustry.NewEnergy, null, 36_000m, 48_000m, 2_000m, "只",
            "方形/软包钠离子电芯从制浆到化成的全流程中试线，干燥间露点 ≤ -40℃。",
            [new(CapabilityKind.Capacity, "单批产能", 200m, 2_000m, "只"), new(CapabilityKind.Other, "电芯容量", 1m, 50m, "Ah"),
             new(CapabilityKind.CleanroomClass, "干燥间洁净等级", null, null, null, "ISO 8（露点 ≤ -40℃）")]),
        new("A-EQ-01", "极片涂布机", ResourceKind.Equipment, "钠电中试车间", ZoneIndustry.NewEnergy, 800m, null, null, null, null,
            "挤压式双面涂布，适用于正负极极片小批量验证。",
            [new(CapabilityKind.Dimension, "涂布宽度", 300m, 650m, "mm"), new(CapabilityKind.Capacity, "涂布速度", 1m, 30m, "m/min"),
             new(CapabilityKind.Temperature, "烘箱温度", 60m, 150m, "℃")]),
        new("A-EQ-02", "极片辊压机", ResourceKind.Equipment, "钠电中试车间", ZoneIndustry.NewEnergy, 500m, null, null, null, null,
            "热辊压，控制极片压实密度。",
            [new(CapabilityKind.Pressure, "轧制力", 0m, 150m, "t"), new(CapabilityKind.Temperature, "辊面温度", 20m, 120m, "℃")]),
        new("A-EQ-03", "极片分切机", ResourceKind.Equipment, "钠电中试车间", ZoneIndustry.NewEnergy, 300m, null, null, null, null,
            "激光模切与分切一体。", [new(CapabilityKind.Precision, "分切精度", null, 0.1m, "mm")]),
        new("A-EQ-04", "真空注液机", ResourceKind.Equipment, "钠电中试车间", ZoneIndustry.NewEnergy, 400m, null, null, null, null,
            "真空注液与静置，注液量闭环控制。", [new(CapabilityKind.Precision, "注液精度", null, 0.5m, "%"), new(CapabilityKind.Pressure, "真空度", -0.1m, 0m, "MPa")]),
        new("A-EQ-05", "化成分容柜", ResourceKind.Equipment, "钠电中试车间", ZoneIndustry.NewEnergy, null, 2_000m, null, 512m, "通道",
            "512 通道化成、分容与循环测试。", [new(CapabilityKind.Capacity, "通道数", 512m, 512m, "通道"), new(CapabilityKind.Other, "电压范围", 0m, 5m, "V")]),
        new("A-EQ-06", "电池安全测试舱", ResourceKind.Equipment, "可靠性试验室", ZoneIndustry.NewEnergy, null, null, 1_500m, 20m, "只",
            "针刺、挤压、过充过放与热失控测试，防爆舱体。", [new(CapabilityKind.Pressure, "挤压力", 0m, 200m, "kN"), new(CapabilityKind.Temperature, "热箱温度", 25m, 300m, "℃")],
            [QualificationKind.Cnas]),
        new("A-LAB-01", "电池性能测试实验室", ResourceKind.Laboratory, "电池测试室", ZoneIndustry.NewEnergy, null, 3_000m, null, null, null,
            "容量、倍率、高低温与循环寿命测试。", [new(CapabilityKind.Temperature, "测试温度", -40m, 85m, "℃"), new(CapabilityKind.Capacity, "测试通道", 256m, 256m, "通道")],
            [QualificationKind.Cnas, QualificationKind.Cma]),
        new("A-PL-02", "工业机器人测试单元", ResourceKind.PilotLine, "机器人测试间", ZoneIndustry.IntelligentManufacturing, 600m, 4_500m, null, null, null,
            "六轴与协作机器人的负载、节拍与重复定位精度测试。", [new(CapabilityKind.Capacity, "负载", 0m, 20m, "kg"), new(CapabilityKind.Precision, "重复定位精度", null, 0.02m, "mm")]),
        new("A-EQ-07", "伺服电机测试台", ResourceKind.Equipment, "机器人测试间", ZoneIndustry.IntelligentManufacturing, 400m, null, null, null, null,
            "电机效率、转矩—转速特性与温升测试。", [new(CapabilityKind.Power, "测试功率", 0m, 30m, "kW"), new(CapabilityKind.Other, "转速", 0m, 6_000m, "r/min")]),
        new("A-EQ-08", "三坐标测量机", ResourceKind.Equipment, "理化分析室", ZoneIndustry.IntelligentManufacturing, 350m, null, null, null, null,
            "精密零部件尺寸与形位公差检测。", [new(CapabilityKind.Precision, "示值误差", null, 1.8m, "μm"), new(CapabilityKind.Dimension, "测量行程", 0m, 1_200m, "mm")],
            [QualificationKind.Cma]),
        new("A-EQ-09", "泵阀性能试验台", ResourceKind.Equipment, "泵阀试验厅", ZoneIndustry.Traditional, 500m, null, null, null, null,
            "泵的流量—扬程—效率曲线、阀门密封与寿命试验。", [new(CapabilityKind.Capacity, "流量", 0m, 500m, "m³/h"), new(CapabilityKind.Pressure, "试验压力", 0m, 16m, "MPa")],
            [QualificationKind.Cma]),
        new("A-EQ-10", "硬质合金真空烧结炉", ResourceKind.Equipment, "烧结车间", ZoneIndustry.AdvancedMaterials, null, null, 6_000m, 300m, "kg",
            "脱蜡—烧结—低压热等静压一体炉。", [new(CapabilityKind.Temperature, "最高温度", 0m, 1_600m, "℃"), new(CapabilityKind.Pressure, "烧结压力", 0m, 10m, "MPa"),
             new(CapabilityKind.BatchSize, "装炉量", 0m, 300m, "kg")]),
        new("A-EQ-11", "喷雾干燥塔", ResourceKind.Equipment, "烧结车间", ZoneIndustry.AdvancedMaterials, null, 2_500m, null, null, null,
            "硬质合金混合料制粒。", [new(CapabilityKind.Capacity, "处理能力", 0m, 50m, "kg/h"), new(CapabilityKind.Temperature, "进风温度", 120m, 220m, "℃")]),
        new("A-EQ-12", "行星球磨机", ResourceKind.Equipment, "烧结车间", ZoneIndustry.AdvancedMaterials, 150m, null, null, null, null,
            "粉体湿磨与混料。", [new(CapabilityKind.Capacity, "球磨罐", 4m, 4m, "×500 mL")], InMaintenance: true),
        new("A-LAB-02", "材料理化分析室", ResourceKind.Laboratory, "理化分析室", ZoneIndustry.AdvancedMaterials, null, 1_800m, null, null, null,
            "扫描电镜、X 射线衍射、粒度与成分分析。", [new(CapabilityKind.Other, "分析项目", null, null, null, "SEM / XRD / 激光粒度 / ICP")],
            [QualificationKind.Cma, QualificationKind.Cnas]),
        new("A-EQ-13", "高低温湿热试验箱", ResourceKind.Equipment, "环境试验室", null, 120m, null, null, null, null,
            "高温、低温、湿热与温度循环试验。", [new(CapabilityKind.Temperature, "温度范围", -70m, 150m, "℃"), new(CapabilityKind.Other, "湿度范围", 20m, 98m, "%RH")],
            [QualificationKind.Cma]),
        new("A-EQ-14", "冷热冲击试验箱", ResourceKind.Equipment, "环境试验室", null, 150m, null, null, null, null,
            "两箱式冷热冲击。", [new(CapabilityKind.Temperature, "温度范围", -65m, 150m, "℃")]),
        new("A-EQ-15", "电动振动试验台", ResourceKind.Equipment, "可靠性试验室", null, 300m, null, null, null, null,
            "正弦、随机与冲击振动试验。", [new(CapabilityKind.Capacity, "额定推力", 0m, 3_000m, "kgf"), new(CapabilityKind.Other, "频率范围", 5m, 3_000m, "Hz")],
            [QualificationKind.Cma]),
        new("A-EQ-16", "盐雾试验箱", ResourceKind.Equipment, "环境试验室", null, 80m, null, null, null, null,
            "中性盐雾与交变盐雾试验。", [new(CapabilityKind.Temperature, "箱内温度", 35m, 50m, "℃")]),
        new("A-EQ-17", "工业 X 射线检测机", ResourceKind.Equipment, "理化分析室", ZoneIndustry.Traditional, 300m, null, null, null, null,
            "铸件、焊缝与电芯内部缺陷无损检测。", [new(CapabilityKind.Power, "管电压", 0m, 225m, "kV")]),
    ];

    /// <summary>(code, name, category, hours, price, unit, deliverables, description, resource codes)</summary>
    private static readonly (string Code, string Name, ServiceCategory Category, decimal Hours, decimal Price, PriceUnit Unit, string Deliverables, string Description, string[] Resources)[] Services =
    [
        ("S-01", "钠离子电芯工艺验证", ServiceCategory.ProcessValidation, 240m, 120_000m, PriceUnit.Fixed, "工艺文件、样品电芯 200 只、工艺验证报告",
            "按客户配方完成制浆、涂布、辊压、装配、注液、化成全流程验证，给出工艺窗口。", ["A-PL-01", "A-EQ-01", "A-EQ-02", "A-EQ-03", "A-EQ-04", "A-EQ-05"]),
        ("S-02", "电池性能测试", ServiceCategory.PerformanceTesting, 72m, 3_000m, PriceUnit.Day, "CNAS 检测报告",
            "容量、倍率、高低温与循环寿命测试。", ["A-LAB-01", "A-EQ-05"]),
        ("S-03", "电池安全与可靠性测试", ServiceCategory.ReliabilityTesting, 48m, 1_500m, PriceUnit.Batch, "安全测试报告与视频记录",
            "针刺、挤压、过充过放、热失控与振动测试。", ["A-EQ-06", "A-EQ-15"]),
        ("S-04", "硬质合金小批量试产", ServiceCategory.SmallBatchTrial, 96m, 6_000m, PriceUnit.Batch, "试产样件、烧结曲线与金相报告",
            "混料制粒、压制、真空烧结与性能检测的小批量试产。", ["A-EQ-10", "A-EQ-11", "A-EQ-12", "A-LAB-02"]),
        ("S-05", "泵阀性能与寿命试验", ServiceCategory.PerformanceTesting, 24m, 500m, PriceUnit.Hour, "性能曲线与试验报告",
            "泵的流量—扬程—效率曲线，阀门密封、启闭寿命试验。", ["A-EQ-09"]),
        ("S-06", "机器人与伺服系统测试", ServiceCategory.PerformanceTesting, 16m, 600m, PriceUnit.Hour, "测试报告",
            "机器人负载、节拍、重复定位精度与伺服电机特性测试。", ["A-PL-02", "A-EQ-07", "A-EQ-08"]),
        ("S-07", "环境与可靠性试验", ServiceCategory.ReliabilityTesting, 168m, 120m, PriceUnit.Hour, "CMA 试验报告",
            "高低温、湿热、冷热冲击、振动与盐雾试验。", ["A-EQ-13", "A-EQ-14", "A-EQ-15", "A-EQ-16"]),
        ("S-08", "检验检测与认证辅导", ServiceCategory.InspectionCertification, 40m, 8_000m, PriceUnit.Fixed, "检测报告、认证差距清单与整改建议",
            "理化分析、尺寸与无损检测，辅导产品认证与实验室资质申请。", ["A-LAB-02", "A-EQ-08", "A-EQ-17"]),
    ];

    public async Task SeedAsync(GaoxinDbContext db, DemoZone zone, CancellationToken cancellationToken)
    {
        var zoneId = new ZoneId(zone.ZoneId);
        if (await db.Set<BaseArea>().AnyAsync(a => a.ZoneId == zoneId, cancellationToken))
        {
            return;
        }

        var a = new BaseArea(zoneId, "A", "中试基地 A 区", AreaStatus.Operating, 12_000m, 0m)
        {
            Description = "已投用，提供钠离子电池、智能制造与先进材料的中试与检测服务（建筑面积与投资为演示值）。",
        };
        var b = new BaseArea(zoneId, "B", "川南渝西科技成果转化中试基地（B区）", AreaStatus.UnderConstruction, 25_000m, 180_000_000m)
        {
            Description = "位于自贡高新区两岸科创片区，总投资 1.8 亿元、占地 2.5 万平方米，正全速建设，将与已投用的 A 区协同。",
        };

        // Zone B's progress is the industry module's major project's; link it when that module is installed.
        if (services.GetService<IIndustryFigures>() is { } industry)
        {
            var overview = await industry.OverviewAsync(zone.ZoneId, null, cancellationToken);
            b.MajorProjectId = overview.Projects.FirstOrDefault(p => p.Name.Contains("中试基地", StringComparison.Ordinal))?.Id;
        }

        db.AddRange(a, b);
        var buildings = new Dictionary<string, Building>
        {
            ["A1"] = new(zoneId, a.Id, "A1 中试厂房"),
            ["A2"] = new(zoneId, a.Id, "A2 检测楼"),
        };
        db.AddRange(buildings.Values);
        var roomsByName = new Dictionary<string, Room>();
        foreach (var (name, building) in new[]
                 {
                     ("钠电中试车间", "A1"), ("烧结车间", "A1"), ("泵阀试验厅", "A1"), ("机器人测试间", "A1"),
                     ("电池测试室", "A2"), ("可靠性试验室", "A2"), ("环境试验室", "A2"), ("理化分析室", "A2"),
                 })
        {
            roomsByName[name] = new Room(zoneId, buildings[building].Id, name);
        }

        db.AddRange(roomsByName.Values);
        var byCode = new Dictionary<string, Resource>();
        foreach (var item in Resources)
        {
            var r = new Resource(zoneId, a.Id, item.Code, item.Name, item.Kind)
            {
                RoomId = roomsByName[item.Room].Id,
                Industry = item.Industry,
                Description = item.Description,
                PricePerHour = item.Hour,
                PricePerDay = item.Day,
                PricePerBatch = item.Batch,
                MaxBatchSize = item.MaxBatch,
                BatchUnit = item.BatchUnit,
            };
            if (item.InMaintenance)
            {
                r.ChangeStatus(ResourceStatus.Maintenance);
            }

            byCode[item.Code] = r;
            db.Add(r);
            db.AddRange(item.Params.Select(p => new CapabilityParameter(zoneId, r.Id, p.Kind, p.Name, p.Min, p.Max, p.Unit, p.Text)));
            var n = 0;
            foreach (var q in item.Qualifications ?? [])
            {
                n++;
                var prefix = q == QualificationKind.Cnas ? "CNAS L" : "CMA 2023";
                db.Add(new Qualification(zoneId, r.Id, q, $"{prefix}{item.Code.Replace("-", string.Empty, StringComparison.Ordinal)}{n}", new DateOnly(2028, 6, 30)));
            }
        }

        foreach (var s in Services)
        {
            var service = new PilotService(zoneId, s.Code, s.Name, s.Category, s.Description, s.Hours, s.Price, s.Unit, s.Deliverables);
            db.Add(service);
            db.AddRange(s.Resources.Select(code => new ServiceResource(zoneId, service.Id, byCode[code].Id)));
        }

        await db.SaveChangesAsync(cancellationToken);
    }
}
