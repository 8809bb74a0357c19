using Gaoxin.Contracts.Enterprises;
using Gaoxin.Data;
using Gaoxin.Data.Seeding;
using Gaoxin.Industry.Chains;
using Gaoxin.Industry.Gaps;
using Gaoxin.Industry.Leads;
using Gaoxin.Industry.Projects;
using Gaoxin.Kernel.Zones;
using Microsoft.EntityFrameworkCore;

namespace Gaoxin.Industry.Demo;

/// <summary>
/// The report's industry system: three leading industries (新能源、智能制造、先进材料), the pump-and-valve and cemented-carbide
/// clusters, the sodium-ion and unmanned-systems chains with the report's firms placed (from the registry), radar, camera and
/// sensor nodes as gaps with leads against them, and the two major projects. Idempotent: nothing is added once industries exist.
/// </summary>
internal sealed class IndustryDemoSeeder(IEnterpriseDirectory directory, TimeProvider clock) : IDemoSeeder
{
    public int Order => 50;

    /// <summary>(segment, node, parent, registry search for firms placed there, key firm names)</summary>
    private static readonly (ChainSegment Segment, string Node, string? Parent, string[] Firms)[] SodiumIon =
    [
        (ChainSegment.Upstream, "正极材料", null, ["珈钠能源"]),
        (ChainSegment.Upstream, "硬碳负极", null, []),
        (ChainSegment.Upstream, "电解液", null, []),
        (ChainSegment.Upstream, "隔膜", null, []),
        (ChainSegment.Upstream, "集流体", null, []),
        (ChainSegment.Midstream, "电芯", null, ["兴储世纪", "容钠新能源"]),
        (ChainSegment.Midstream, "模组/电池包", null, ["天钧精密"]),
        (ChainSegment.Midstream, "电池结构件", "模组/电池包", ["长盈精密"]),
        (ChainSegment.Midstream, "电池管理系统（BMS）", null, []),
        (ChainSegment.Downstream, "储能系统", null, ["容钠新能源"]),
        (ChainSegment.Downstream, "电动两轮车", null, []),
        (ChainSegment.Downstream, "低速车", null, []),
    ];

    private static readonly (ChainSegment Segment, string Node, string? Parent, string[] Firms)[] Unmanned =
    [
        (ChainSegment.Upstream, "感知部件", null, []),
        (ChainSegment.Upstream, "激光雷达/毫米波雷达", "感知部件", []),
        (ChainSegment.Upstream, "车载摄像头", "感知部件", []),
        (ChainSegment.Upstream, "传感器", "感知部件", []),
        (ChainSegment.Upstream, "计算平台", null, []),
        (ChainSegment.Upstream, "线控底盘", null, []),
        (ChainSegment.Midstream, "无人车与机器人整机", null, ["九识智能", "优必选"]),
        (ChainSegment.Midstream, "自动驾驶软件", null, []),
        (ChainSegment.Downstream, "物流配送", null, ["九识智能"]),
        (ChainSegment.Downstream, "安防巡检", null, []),
        (ChainSegment.Downstream, "环境监测", null, []),
        (ChainSegment.Downstream, "职业教育", null, ["优必选"]),
    ];

    public async Task SeedAsync(GaoxinDbContext db, DemoZone zone, CancellationToken cancellationToken)
    {
        var zoneId = new ZoneId(zone.ZoneId);
        if (await db.Set<IndustryEntry>().AnyAsync(i => i.ZoneId == zoneId, cancellationToken))
        {
            return;
        }

        var today = ZoneClock.Of(clock).Today;
        var year = today.Year - 1;
        db.Add(new IndustrySettings { ZoneId = zoneId, ValidFrom = new DateOnly(2024, 1, 1), StrongMinEnterprises = 3, StrongMinKeyFirms = 1, StrongMinOutput = 50_000_000m, StaleLeadDays = 30 });

        IndustryEntry AddIndustry(string name, ZoneIndustry category, IndustryTier tier, int order)
        {
            var entry = new IndustryEntry { ZoneId = zoneId, Name = name, Category = category, Tier = tier, SortOrder = order };
            db.Add(entry);
            return entry;
        }

        var newEnergy = AddIndustry("新能源", ZoneIndustry.NewEnergy, IndustryTier.Leading, 1);
        var intelligent = AddIndustry("智能制造", ZoneIndustry.IntelligentManufacturing, IndustryTier.Leading, 2);
        var materials = AddIndustry("先进材料", ZoneIndustry.AdvancedMaterials, IndustryTier.Leading, 3);
        var pumps = AddIndustry("泵阀及输送机械", ZoneIndustry.Traditional, IndustryTier.Advantage, 4);
        var carbide = AddIndustry("硬质合金", ZoneIndustry.Traditional, IndustryTier.Advantage, 5);
        AddIndustry("人工智能与低空经济", ZoneIndustry.Other, IndustryTier.Future, 6);

        var nodes = new Dictionary<string, ChainNode>();
        AddChain("钠离子电池", newEnergy, "从正极、硬碳负极等材料到电芯、模组，再到储能与两轮车、低速车应用。", SodiumIon);
        AddChain("无人系统", intelligent, "无人车、机器人：上游感知部件（雷达、摄像头、传感器）是待补的短板。", Unmanned);
        AddChain("泵阀产业集群", pumps, "国家级中小企业特色产业集群。",
        [
            (ChainSegment.Upstream, "铸锻件", null, []),
            (ChainSegment.Midstream, "泵阀整机", null, ["*泵阀", "*阀门"]),
            (ChainSegment.Midstream, "输送机械", null, ["川力科技", "*输送设备"]),
            (ChainSegment.Downstream, "运维服务", null, []),
        ]);
        AddChain("硬质合金产业集群", carbide, "四川省中小企业特色产业集群。",
        [
            (ChainSegment.Upstream, "钨粉与碳化钨粉", null, []),
            (ChainSegment.Midstream, "硬质合金制品", null, ["*硬质合金"]),
            (ChainSegment.Downstream, "数控刀具", null, []),
        ]);
        AddChain("新材料", materials, "先进材料：电池材料之外的功能材料。",
        [
            (ChainSegment.Upstream, "化工原料", null, []),
            (ChainSegment.Midstream, "功能新材料", null, ["*新材料"]),
        ]);

        // Firms come from the registry; "*word" places up to three ordinary firms whose name has the word.
        var placements = new List<(Placement Placement, ChainNode Node)>();
        var plan = SodiumIon.Select(x => (x.Node, x.Firms)).Concat(Unmanned.Select(x => (x.Node, x.Firms)))
            .Concat([("泵阀整机", ["*泵阀", "*阀门"]), ("输送机械", ["川力科技", "*输送设备"]), ("硬质合金制品", ["*硬质合金"]), ("功能新材料", (string[])["*新材料"])]);
        var taken = new HashSet<Guid>();
        foreach (var (nodeName, firms) in plan)
        {
            foreach (var firm in firms)
            {
                var ordinary = firm.StartsWith('*');
                var found = await directory.SearchAsync(zone.ZoneId, ordinary ? firm[1..] : firm, ordinary ? 6 : 1, cancellationToken);
                foreach (var e in found.Where(e => !ordinary || taken.Add(e.Id)).Take(ordinary ? 3 : 1))
                {
                    var node = nodes[nodeName];
                    var p = new Placement { ZoneId = zoneId, NodeId = node.Id, EnterpriseId = e.Id, EnterpriseName = e.Name, KeyFirm = !ordinary, Product = node.Name };
                    db.Add(p);
                    placements.Add((p, node));
                }
            }
        }

        var sales = await directory.SalesAsync(zone.ZoneId, year, placements.Select(p => p.Placement.EnterpriseId).ToList(), cancellationToken);
        foreach (var (p, _) in placements)
        {
            if (sales.TryGetValue(p.EnterpriseId, out var amount))
            {
                db.Add(new PlacementOutput { ZoneId = zoneId, PlacementId = p.Id, Year = year, Output = amount });
            }
        }

        var now = clock.GetUtcNow();
        AddLead(nodes["激光雷达/毫米波雷达"], "深圳某激光雷达企业（示例）", "广东深圳", 120_000_000m, LeadStage.Visited, "经济发展局 张科长", "邀请来园考察测试场", 6);
        AddLead(nodes["车载摄像头"], "成都某车载摄像头模组企业（示例）", "四川成都", 60_000_000m, LeadStage.Contacted, "经济发展局 李主任", "寄送无人车产业园招商手册", 12);
        AddLead(nodes["传感器"], "重庆某MEMS传感器企业（示例）", "重庆", 80_000_000m, LeadStage.Negotiating, "经济发展局 王科长", "谈厂房租金与设备补助", 45);
        AddLead(nodes["硬碳负极"], "某硬碳负极材料企业（示例）", "江西宜春", 150_000_000m, LeadStage.Lead, "新能源产业专班", "电话联系，了解扩产计划", 3);

        var robots = await directory.SearchAsync(zone.ZoneId, "优必选", 1, cancellationToken) is [var ubtech, ..] ? ubtech : null;
        var pilotBase = MajorProject.Register(zoneId, "川南渝西科技成果转化中试基地（B区）", "自贡高新区两岸科创片区", null, 180_000_000m, 25_000m, null,
            new DateOnly(2025, 3, 1), new DateOnly(2026, 12, 31), "与已投用的 A 区协同，为“创新—中试—产业化”提供全流程服务", null);
        Milestone(pilotBase, "开工建设", new DateOnly(2025, 3, 1), new DateOnly(2025, 3, 1));
        Milestone(pilotBase, "主体结构封顶", new DateOnly(2025, 12, 31), new DateOnly(2025, 12, 20));
        Milestone(pilotBase, "设备安装调试", new DateOnly(2026, 9, 30), null);
        Milestone(pilotBase, "竣工验收，建成投用", new DateOnly(2026, 12, 31), null);
        pilotBase.RecordYear(2025, 90_000_000m, 86_000_000m, 0m, null, today);
        pilotBase.RecordYear(2026, 90_000_000m, null, 0m, null, today);
        var hq = MajorProject.Register(zoneId, "优必选“双总部”项目", robots?.Name ?? "优必选", robots?.Id, 180_000_000m, null, new DateOnly(2024, 6, 1),
            new DateOnly(2024, 9, 1), new DateOnly(2025, 12, 31), "职业教育类机器人约 3000 台（套）/年", 150_000_000m);
        Milestone(hq, "签约落户综保区", new DateOnly(2024, 6, 1), new DateOnly(2024, 6, 1));
        Milestone(hq, "装修与产线建设", new DateOnly(2025, 9, 30), new DateOnly(2025, 10, 15));

        // The last milestone, done, completes the project (建成).
        Milestone(hq, "建成投用", new DateOnly(2025, 12, 31), new DateOnly(2025, 12, 28));

        // Promised at signing: 1.5 亿 a year from 2026, 16 亿 cumulative by 2030.
        foreach (var (y, revenue) in new[] { (2026, 150_000_000m), (2027, 250_000_000m), (2028, 350_000_000m), (2029, 400_000_000m), (2030, 450_000_000m) })
        {
            hq.RecordYear(y, 0m, null, revenue, null, today);
        }

        hq.RecordYear(2025, 180_000_000m, 172_000_000m, 0m, null, today);
        db.AddRange(pilotBase, hq);
        await db.SaveChangesAsync(cancellationToken);

        // Steps the report announces are recorded as done only once the demo's clock has passed them.
        void Milestone(MajorProject project, string title, DateOnly due, DateOnly? done)
        {
            var milestone = project.AddMilestone(title, due, null, today);
            if (done is { } on && on <= today)
            {
                project.CompleteMilestone(milestone.Id, on, today);
            }
        }

        Chain AddChain(string name, IndustryEntry industry, string description, (ChainSegment Segment, string Node, string? Parent, string[] Firms)[] links)
        {
            var chain = new Chain { ZoneId = zoneId, IndustryId = industry.Id, Name = name, Description = description };
            db.Add(chain);
            var order = 0;
            foreach (var (segment, node, parent, _) in links)
            {
                var n = new ChainNode { ZoneId = zoneId, ChainId = chain.Id, Name = node, Segment = segment, ParentId = parent is null ? null : nodes[parent].Id, SortOrder = order++ };
                nodes[node] = n;
                db.Add(n);
            }

            return chain;
        }

        void AddLead(ChainNode node, string company, string location, decimal investment, LeadStage stage, string owner, string next, int daysAgo)
        {
            var at = now.AddDays(-daysAgo);
            var lead = Lead.Register(zoneId, node.Id, company, location, investment, owner, next, today.AddDays(7), at.AddDays(-20), "演示数据");
            lead.Step(stage, next, null, next, today.AddDays(7), at, "演示数据");
            db.Add(lead);
        }
    }
}
