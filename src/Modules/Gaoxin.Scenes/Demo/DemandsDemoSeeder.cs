using Gaoxin.Contracts;
using Gaoxin.Data;
using Gaoxin.Data.Seeding;
using Gaoxin.Kernel.Zones;
using Gaoxin.Scenes.Demands;
using Microsoft.EntityFrameworkCore;

namespace Gaoxin.Scenes.Demo;

/// <summary>
/// What moderation leaves behind, beside the core's XQ-2025-001..006: a demand refused with its reason, a re-post merged into
/// the earlier demand it repeats, and a published demand past its deadline (shown as expired). Idempotent by code.
/// </summary>
internal sealed class DemandsDemoSeeder(TimeProvider time) : IDemoSeeder
{
    public int Order => 82;

    public async Task SeedAsync(GaoxinDbContext db, DemoZone zone, CancellationToken cancellationToken)
    {
        var zoneId = new ZoneId(zone.ZoneId);
        if (await db.Set<Demand>().AnyAsync(d => d.ZoneId == zoneId && d.Code == "XQ-2025-007", cancellationToken)
            || !await db.Set<Demand>().AnyAsync(d => d.ZoneId == zoneId && d.Code == "XQ-2025-001", cancellationToken))
        {
            return;
        }

        var today = ZoneClock.Of(time).Today;
        var org = zone.OrganisationsByName;
        var earlier = await db.Set<Demand>().AsNoTracking().SingleAsync(d => d.ZoneId == zoneId && d.Code == "XQ-2025-003", cancellationToken);

        var rejected = new Demand
        {
            ZoneId = zoneId, Code = "XQ-2025-007", PosterOrganisationId = org["长盈精密"], Title = "寻求合作伙伴共同申报项目",
            Problem = "希望与高校合作申报各类科技项目，领域不限，欢迎联系洽谈合作事宜，具体技术指标待定。", Industry = ZoneIndustry.Other,
            PostedOn = today.AddDays(-40), Deadline = today.AddDays(60),
        };
        rejected.Reject("未说明具体技术难题和需要达到的指标，不属于技术需求；请补充后重新提交。");

        var repost = new Demand
        {
            ZoneId = zoneId, Code = "XQ-2025-008", PosterOrganisationId = earlier.PosterOrganisationId, Title = earlier.Title + "（重新发布）",
            Problem = earlier.Problem, Industry = earlier.Industry, ChainLink = earlier.ChainLink, BudgetMin = earlier.BudgetMin, BudgetMax = earlier.BudgetMax,
            PostedOn = today.AddDays(-30), Deadline = earlier.Deadline,
        };
        repost.Close(earlier.Id);

        var expired = new Demand
        {
            ZoneId = zoneId, Code = "XQ-2025-009", PosterOrganisationId = org["川力科技"], Title = "泵阀铸件砂眼缺陷射线检测外包",
            Problem = "泵阀铸件内部砂眼和缩松缺陷需要射线检测，企业无检测设备，寻求具备资质的检测机构承接，每月约 300 件。", Industry = ZoneIndustry.Traditional,
            ChainLink = "泵阀", BudgetMin = 50_000m, BudgetMax = 150_000m, PostedOn = today.AddDays(-120), Deadline = today.AddDays(-10),
        };
        expired.Publish(today.AddDays(-118), null);

        db.AddRange(rejected, repost, expired);
        await db.SaveChangesAsync(cancellationToken);
    }
}
