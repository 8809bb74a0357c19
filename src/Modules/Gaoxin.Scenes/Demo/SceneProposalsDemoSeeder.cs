using Gaoxin.Data;
using Gaoxin.Data.Seeding;
using Gaoxin.Kernel.Zones;
using Gaoxin.Scenes.SceneBoard;
using Gaoxin.Scenes.Supply;
using Microsoft.EntityFrameworkCore;

namespace Gaoxin.Scenes.Demo;

/// <summary>
/// Proposals and trials on the demo scenes: 九识智能's delivery trial on the logistics scene passed (left for the contract
/// registry to adopt), its patrol trial under way beside a declined proposal, two proposals on the environmental scene, 优必选's
/// inspection robot shortlisted at 川力科技 and 四川轻化工大学's sintering model submitted. The scenes past their proposal due day
/// with a shortlist are closed. Fixed dates: the same demo on every run. Idempotent: nothing is added once the zone has proposals.
/// </summary>
internal sealed class SceneProposalsDemoSeeder : IDemoSeeder
{
    public int Order => 81;

    private sealed record Seed(string Scene, string Proposer, string? Team, int Readiness, string? Certificates, string? Product, decimal? Quote, DateOnly SubmittedOn,
        string Summary);

    public async Task SeedAsync(GaoxinDbContext db, DemoZone zone, CancellationToken cancellationToken)
    {
        var zoneId = new ZoneId(zone.ZoneId);
        if (await db.Set<SceneProposal>().AnyAsync(p => p.ZoneId == zoneId, cancellationToken))
        {
            return;
        }

        var scenes = await db.Set<Scene>().Where(s => s.ZoneId == zoneId).ToDictionaryAsync(s => s.Code, cancellationToken);
        var products = await db.Set<Product>().Where(p => p.ZoneId == zoneId).ToDictionaryAsync(p => p.Name, cancellationToken);
        if (!scenes.TryGetValue("CJ-2025-001", out _))
        {
            return;
        }

        var org = zone.OrganisationsByName;
        SceneProposal Add(Seed s)
        {
            var proposal = new SceneProposal
            {
                ZoneId = zoneId, SceneId = scenes[s.Scene].Id, ProposerOrganisationId = org[s.Proposer], TeamName = s.Team, Summary = s.Summary, Readiness = s.Readiness,
                Certificates = s.Certificates, ProductId = s.Product is null ? null : products.GetValueOrDefault(s.Product)?.Id, QuotedAmount = s.Quote, SubmittedOn = s.SubmittedOn,
            };
            db.Add(proposal);
            return proposal;
        }

        // 物流配送: shortlisted, trialled on the demonstration roads, passed; the contract registry's seeder adopts it.
        var delivery = Add(new("CJ-2025-001", "九识智能", null, 9, "道路测试牌照、CCC", "Z5 L4 级无人配送车", 1_150_000m, new(2025, 10, 20),
            "投放 6 台 Z5 L4 级无人配送车，覆盖板仓工业园至航空产业园 18 公里示范路段，按 30 分钟时窗承接零部件、快递和餐食短驳；车辆接入园区物流平台，订单与轨迹实时回传。"));
        delivery.Shortlist("车辆已取得道路测试牌照，方案与园区物流平台对接完整。");
        delivery.StartTrial(new(2025, 12, 15));
        delivery.RecordTrial(true, "验证 90 天：6 台车累计行驶 21,460 公里，完成配送 18,326 单，准时率 97.8%，人工接管 0.12 次/百公里，无责任事故；夜间与节假日运力缺口基本补齐。",
            new(2026, 3, 15));

        // 安防巡逻: 九识智能 in trial; a team without the night-time endurance declined.
        var patrol = Add(new("CJ-2025-002", "九识智能", null, 7, "道路测试牌照", "无人巡逻车套件", 560_000m, new(2025, 10, 28),
            "2 台无人巡逻车加装激光雷达、红外热成像和声光告警，22:00—次日 6:00 沿孵化园、人才公寓环线巡逻，异常人员车辆与烟火识别结果推送园区安保平台。"));
        patrol.Shortlist("具备夜间巡逻与告警联动能力。");
        patrol.StartTrial(new(2026, 1, 5));
        var patrolTeam = Add(new("CJ-2025-002", "重庆大学", "智能车辆团队", 6, "道路测试牌照", null, 380_000m, new(2025, 11, 12),
            "以低速电动底盘改装巡逻样车，搭载自研多传感器融合感知算法，按固定路线巡逻并识别异常目标。"));
        patrolTeam.Decline("样车续航约 5 小时，不满足 8 小时夜间连续巡逻要求；建议完成续航改进后参加后续场景。");

        // 环境监测: two proposals submitted, not yet reviewed.
        Add(new("CJ-2025-003", "四川轻化工大学", "环境监测与微型传感团队", 6, null, null, 420_000m, new(2026, 2, 10),
            "研制车载微型监测单元（PM2.5、PM10、VOCs），数据经校准模型修正后与生态环境分局平台联网，按周生成园区走航污染热力图。"));
        Add(new("CJ-2025-003", "九识智能", null, 7, null, "Z5 L4 级无人配送车", 300_000m, new(2026, 3, 2),
            "利用配送车夜间空闲时段搭载第三方监测设备沿釜溪河沿岸与化工企业周边走航，监测数据实时回传。"));

        // 工厂场景: 优必选's inspection robot shortlisted at 川力科技; 四川轻化工大学's sintering model submitted.
        var robot = Add(new("CJ-2025-004", "优必选", null, 8, "CE", "工业巡检机器人", 680_000m, new(2026, 1, 20),
            "轮式巡检机器人按班次巡检泵房与输送线，采集振动、温度与声纹数据，结合故障诊断模型对托辊、密封与轴承故障提前预警。"));
        robot.Shortlist("覆盖声纹与红外巡检，可在两条输送线试点。");
        Add(new("CJ-2025-005", "四川轻化工大学", "硬质合金工艺团队", 4, null, null, 450_000m, new(2026, 2, 26),
            "基于烧结炉温度曲线、压力与成品检测数据建立质量预测模型，给出烧结工艺参数优化建议，目标将成品合格率提升 3 个百分点。"));

        // Proposals past their due day with a shortlist: the owner has closed them and the trials go on.
        scenes["CJ-2025-001"].Close();
        scenes["CJ-2025-002"].Close();
        await db.SaveChangesAsync(cancellationToken);
    }
}
