using Gaoxin.Data;
using Gaoxin.Data.Seeding;
using Gaoxin.Kernel.Zones;
using Gaoxin.Services.Calendar;
using Gaoxin.Services.Departments;
using Gaoxin.Services.Relief;
using Microsoft.EntityFrameworkCore;

namespace Gaoxin.Services.Demo;

/// <summary>
/// Relief cases in each state across the categories, for the demo's named enterprises, dated back from the demo's today:
/// reported, assigned in time, overdue, waiting for the rating, closed satisfied, and reopened after a rating of 2 then
/// closed. 容钠新能源 has none: the registry's demo gives it the early warning (staff fell) that an officer turns into a case.
/// Idempotent: nothing is added once the zone has a case.
/// </summary>
internal sealed class ReliefDemoSeeder(TimeProvider time) : IDemoSeeder
{
    public int Order => 74;

    private const string Officer = "经济发展局审批人员";

    public async Task SeedAsync(GaoxinDbContext db, DemoZone zone, CancellationToken cancellationToken)
    {
        var zoneId = new ZoneId(zone.ZoneId);
        if (await db.Set<ReliefCase>().AnyAsync(c => c.ZoneId == zoneId, cancellationToken)
            || !await db.Set<Department>().AnyAsync(d => d.ZoneId == zoneId, cancellationToken))
        {
            return;
        }

        var departments = await db.Set<Department>().Where(d => d.ZoneId == zoneId).ToDictionaryAsync(d => d.Code, cancellationToken);
        var calendar = await new ZoneCalendar(db).ForZoneAsync(zoneId, cancellationToken);
        var today = ZoneClock.Of(time).Today;
        var serial = 0;

        DateTimeOffset At(int daysAgo, int hour = 10) => new DateTimeOffset(today.AddDays(-daysAgo).ToDateTime(new TimeOnly(hour, 0)), TimeSpan.FromHours(8)).ToUniversalTime();

        ReliefCase Case(string enterprise, DifficultyCategory category, string description, ReliefSource source, int daysAgo)
        {
            var at = At(daysAgo, 9);
            var number = $"KN{ZoneClock.InZone(at).Year}-{++serial:D4}";
            var row = new ReliefCase(zoneId, number, zone.OrganisationsByName[enterprise], category, description, source, source == ReliefSource.Enterprise ? enterprise + "企业用户" : "创新中心运营人员", at);
            db.Add(row);
            Step(row, ReliefStep.Reported, $"{ReliefLabels.Of(source)}：{ReliefLabels.Of(category)}类困难", row.ReportedBy, at);
            return row;
        }

        void Step(ReliefCase row, ReliefStep kind, string text, string by, DateTimeOffset at, int? satisfaction = null) =>
            db.Add(new ReliefMeasure(zoneId, row.Id, text, by, at) { Kind = kind, Satisfaction = satisfaction });

        void Assign(ReliefCase row, string code, int daysAgo)
        {
            var from = today.AddDays(-daysAgo);
            var deadline = ReliefDeadlineRule.DefaultFrom(from, row.Category, calendar);
            row.Assign(departments[code].Id, deadline);
            Step(row, ReliefStep.Assigned, $"分办至{departments[code].Name}，办理期限 {deadline:yyyy-MM-dd}", "管委会管理员", At(daysAgo, 11));
        }

        void Measure(ReliefCase row, string text, int daysAgo, string by = Officer) => Step(row, ReliefStep.Measure, text, by, At(daysAgo, 15));

        void Propose(ReliefCase row, string note, int daysAgo, string by = Officer)
        {
            row.ProposeClosure(note, At(daysAgo, 16));
            Step(row, ReliefStep.ClosureProposed, note, by, At(daysAgo, 16));
        }

        void Rate(ReliefCase row, int satisfaction, int daysAgo, string by)
        {
            var reopenedDeadline = ReliefDeadlineRule.DefaultFrom(today.AddDays(-daysAgo), row.Category, calendar);
            var reopened = row.Rate(satisfaction, At(daysAgo, 17), reopenedDeadline);
            Step(row, ReliefStep.Rated, $"满意度 {satisfaction} 分", by, At(daysAgo, 17), satisfaction);
            if (reopened)
            {
                Step(row, ReliefStep.Reopened, $"企业不满意，退回重新办理，新期限 {reopenedDeadline:yyyy-MM-dd}", by, At(daysAgo, 17), satisfaction);
            }
        }

        // 已登记: waiting for triage.
        Case("珈钠能源", DifficultyCategory.Financing, "钠电正极材料扩产需流动资金约 3000 万元，现有授信不足，希望对接银行开展知识产权质押融资。", ReliefSource.Enterprise, 2);
        Case("九识智能", DifficultyCategory.Land, "无人物流车测试场地租期将满，希望在园区内协调约 20 亩临时测试用地。", ReliefSource.Enterprise, 1);

        // 办理中, in time.
        var labour = Case("长盈精密", DifficultyCategory.Labour, "四季度新增订单需招聘一线操作工约 120 人，本地招工困难。", ReliefSource.Officer, 6);
        Assign(labour, "RSJ", 5);
        Measure(labour, "联合自贡职业技术学院举办专场招聘会，达成意向 46 人。", 3, "人力资源和社会保障局审批人员");

        var finance = Case("优必选", DifficultyCategory.Financing, "人形机器人量产线建设资金缺口较大，希望纳入重点项目融资白名单。", ReliefSource.Officer, 8);
        Assign(finance, "JFJ", 7);
        Measure(finance, "已将企业推荐至市级重点项目融资白名单，并组织三家银行上门对接。", 4);

        // 逾期: the deadline passed while the department works it.
        var supply = Case("天钧精密", DifficultyCategory.SupplyChain, "铝材主要供应商停产检修，结构件原材料供应中断，影响交付。", ReliefSource.Enterprise, 45);
        Assign(supply, "JFJ", 44);
        Measure(supply, "走访企业核实缺料清单，联系区内两家铝材贸易商。", 40);

        // 待评价: the department proposed closing; 兴储世纪 (the demo's enterprise@) rates it.
        var market = Case("兴储世纪", DifficultyCategory.Market, "钠离子电池储能产品进入本地新型储能示范项目的渠道不畅。", ReliefSource.Enterprise, 20);
        Assign(market, "JFJ", 19);
        Measure(market, "组织企业参加全市新型储能项目供需对接会，推荐两个示范项目。", 12);
        Propose(market, "已促成企业与两个示范项目签订供货意向，建议办结。", 3);

        // 已办结, satisfied.
        var land = Case("川力科技", DifficultyCategory.Land, "智改数转新车间需扩建，原厂区相邻地块用地手续办理不清楚。", ReliefSource.Officer, 60);
        Assign(land, "GJJ", 59);
        Measure(land, "规划建设局上门讲解用地预审与规划许可流程，协助编制选址论证报告。", 50, "规划建设局审批人员");
        Propose(land, "用地预审与选址意见书已核发，扩建项目进入施工许可阶段。", 35, "规划建设局审批人员");
        Rate(land, 5, 33, "川力科技企业用户");

        // Reopened after a rating of 2, then closed with 4.
        var approvals = Case("兴储世纪", DifficultyCategory.Approvals, "电芯扩产项目环评审批进度慢，影响项目开工。", ReliefSource.Enterprise, 70);
        Assign(approvals, "HBJ", 69);
        Measure(approvals, "生态环境分局安排专人对接，指导补充环境影响报告表材料。", 62, "生态环境分局审批人员");
        Propose(approvals, "已告知企业补正要求，材料齐全后即可受理。", 56, "生态环境分局审批人员");
        Rate(approvals, 2, 54, "兴储世纪企业用户");
        Measure(approvals, "启用容缺受理，技术评估与审查并联开展。", 50, "生态环境分局审批人员");
        Propose(approvals, "环境影响报告表已批复，项目已开工。", 42, "生态环境分局审批人员");
        Rate(approvals, 4, 41, "兴储世纪企业用户");

        await db.SaveChangesAsync(cancellationToken);
    }
}
