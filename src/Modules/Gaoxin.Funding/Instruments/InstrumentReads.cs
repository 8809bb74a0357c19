using Gaoxin.Data;
using Gaoxin.Funding.Ledger;
using Gaoxin.Kernel.Access;
using Gaoxin.Kernel.Rules;
using Gaoxin.Kernel.Zones;
using Microsoft.EntityFrameworkCore;

namespace Gaoxin.Funding.Instruments;

/// <summary>先投后股 instruments as the API and the pages show them: the list, the deadline alerts, one instrument's whole course.</summary>
internal sealed class InstrumentReads(GaoxinDbContext db, InstrumentService instruments, TimeProvider clock)
{
    /// <summary>
    /// 到期提醒 window when none is asked for: half a year ahead of the deadline. The funding policy has no parameter for it
    /// (it fixes the deadline itself, <c>DeadlineYears</c>), so this is the one place the default lives.
    /// </summary>
    public const int AlertWindowDays = 180;

    public const int MaxAlertWindowDays = 3650;

    public Task<List<InstrumentListItem>> ListAsync(Actor actor, CancellationToken ct) =>
        instruments.Visible(actor).OrderBy(i => i.StartedOn)
            .Select(i => new InstrumentListItem(i.Id, i.AwardId, i.ProjectTitle, i.Status, i.StartedOn, i.Deadline, i.ConvertedOn, i.Shares)).ToListAsync(ct);

    /// <summary>
    /// 到期提醒: the actor's unconverted instruments whose deadline is passed, today, or at most <paramref name="days"/> days ahead
    /// (today from the app's clock, China time), soonest deadline first, with what has been paid in.
    /// </summary>
    public async Task<DeadlineAlerts> AlertsAsync(Actor actor, int? days, CancellationToken ct)
    {
        var window = days ?? AlertWindowDays;
        if (window is < 0 or > MaxAlertWindowDays)
        {
            throw Refusal.Invalid("days", $"提醒窗口应为 0–{MaxAlertWindowDays} 天。");
        }

        var today = ZoneClock.Of(clock).Today;
        var until = today.AddDays(window);
        var due = await instruments.Visible(actor).Where(i => i.Status == InstrumentStatus.Unconverted && i.Deadline <= until)
            .OrderBy(i => i.Deadline).ThenBy(i => i.ProjectTitle).ThenBy(i => i.Id).ToListAsync(ct);
        var money = await FundLedger.AwardMoneyAsync(db, new ZoneId(actor.ZoneId), due.Select(i => i.AwardId).ToList(), ct);
        return new DeadlineAlerts(today, window, until, due.Select(i =>
        {
            var left = i.Deadline.DayNumber - today.DayNumber;
            var state = left > 0 ? AlertState.Upcoming : left == 0 ? AlertState.DueToday : AlertState.Overdue;
            return new DeadlineAlert(i.Id, i.AwardId, i.ProjectTitle, i.StartedOn, i.Deadline, left, Math.Max(0, -left), state, money[i.AwardId].Paid);
        }).ToList());
    }

    public async Task<InstrumentView> InstrumentAsync(Actor actor, Guid id, CancellationToken ct)
    {
        var i = await instruments.FindAsync(actor, id, ct);
        var money = (await FundLedger.AwardMoneyAsync(db, i.ZoneId, [i.AwardId], ct))[i.AwardId];
        var reviews = await db.Set<DiligenceReview>().AsNoTracking().Include(r => r.Approvals).Where(r => r.InstrumentId == i.Id).OrderBy(r => r.OpenedAt).ToListAsync(ct);
        return new InstrumentView(i.Id, i.AwardId, i.ProjectTitle, i.Status, i.Holder, i.StartedOn, i.ConvertibleFrom, i.Deadline, i.Discount, i.ReturnAnnualRate, i.Trigger,
            i.ConvertedOn, i.Round, i.RoundPricePerShare, i.ConversionPrice, i.Principal?.Yuan, i.Shares, i.ExitKind, i.ExitOn, i.Proceeds?.Yuan, i.ReturnCap?.Yuan, i.Credited?.Yuan, i.Settlement, i.ClosedOn,
            money.Paid, money.WrittenOff,
            reviews.Select(r => new ReviewView(r.Id, r.Findings, r.DiligenceDocumented, r.Status, r.OpenedBy, r.OpenedAt,
                r.Approvals.OrderBy(x => x.At).Select(x => new ApprovalView(x.Role, x.ApproverName, x.Approve, x.Opinion, x.At)).ToList(),
                r.Status == ReviewStatus.Open ? WriteOffRequiresApprovedReviewRule.RequiredRoles.Where(role => r.Approvals.All(a => a.Role != role)).ToList() : [])).ToList(),
            await instruments.LifeAsync(i, ct));
    }
}
