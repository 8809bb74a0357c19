using Gaoxin.Data;
using Gaoxin.Data.Seeding;
using Gaoxin.Kernel.Zones;
using Gaoxin.Services.Notices;
using Microsoft.EntityFrameworkCore;

namespace Gaoxin.Services.Demo;

/// <summary>
/// A few notices for the demo enterprise (兴储世纪) so its service page and message centre are not empty: dated days before
/// the demo's today, one unread. They count as already mailed (history), so a demo with a mail server sends nothing old.
/// Idempotent: nothing is added once the enterprise has a notice.
/// </summary>
internal sealed class NoticesDemoSeeder(TimeProvider time) : IDemoSeeder
{
    public int Order => 73;

    public async Task SeedAsync(GaoxinDbContext db, DemoZone zone, CancellationToken cancellationToken)
    {
        var zoneId = new ZoneId(zone.ZoneId);
        if (!zone.OrganisationsByName.TryGetValue("兴储世纪", out var enterprise)
            || await db.Set<Notice>().AnyAsync(n => n.ZoneId == zoneId && n.OrganisationId == enterprise, cancellationToken))
        {
            return;
        }

        var now = time.GetUtcNow();
        (int DaysAgo, NoticeKind Kind, string Title, string Body, bool Read)[] notices =
        [
            (20, NoticeKind.Policy, "政策匹配：您有符合条件的扶持政策", "根据企业库数据，贵单位符合“免申即享”扶持政策条件，可在企业服务页查看匹配政策及金额。", true),
            (12, NoticeKind.Application, "办件已受理", "贵单位提交的申请已受理，各审批部门并联审查，办理时限按工作日计算。", true),
            (5, NoticeKind.Relief, "纾困诉求已分派", "贵单位反映的融资困难已分派至经济发展局办理，将在承诺时限内答复。", true),
            (1, NoticeKind.Due, "到期提醒：年度数据填报", "请按时报送上一年度数据（营业收入、研发投入、从业人员等），逾期将影响政策兑现。", false),
        ];
        foreach (var (daysAgo, kind, title, body, read) in notices)
        {
            var at = now.AddDays(-daysAgo);
            var notice = new Notice(zoneId, kind, null, enterprise, title, body, $"/services/enterprises/{enterprise}", at);
            notice.MarkMailed(at);
            if (read)
            {
                notice.MarkRead(at.AddHours(3));
            }

            db.Add(notice);
        }

        await db.SaveChangesAsync(cancellationToken);
    }
}
