using Gaoxin.Data;
using Gaoxin.Funding.Awards;
using Gaoxin.Funding.Instruments;
using Gaoxin.Funding.Ledger;
using Gaoxin.Kernel.Access;
using Gaoxin.Kernel.Paging;
using Gaoxin.Kernel.Zones;
using Microsoft.EntityFrameworkCore;

namespace Gaoxin.Funding.Api;

public sealed record LedgerFilter(int? Year, EntryKind? Kind, Guid? ProjectId, Guid? AwardId);

/// <summary>Read models shared by the API and the pages; every figure from the ledger or the recorded facts.</summary>
internal sealed class FundingReads(GaoxinDbContext db, AwardService awards, InstrumentService instruments)
{
    private static readonly string[] Grades = ["A", "B", "C"];

    /// <summary>
    /// 到期提醒 window when none is asked for: half a year ahead of the deadline. The funding policy has no parameter for it
    /// (it fixes the deadline itself, <c>DeadlineYears</c>), so this is the one place the default lives.
    /// </summary>
    public const int AlertWindowDays = 180;

    public const int MaxAlertWindowDays = 3650;

    public async Task<Dashboard> DashboardAsync(Actor actor, int year, CancellationToken ct)
    {
        var zone = new ZoneId(actor.ZoneId);
        var position = await FundLedger.PositionAsync(db, zone, year, ct);
        var list = await db.Set<Award>().AsNoTracking().Where(a => a.ZoneId == zone && a.FundYear == year).ToListAsync(ct);
        var money = await FundLedger.AwardMoneyAsync(db, zone, list.Select(a => a.Id).ToList(), ct);
        Breakdown Sum(string key, IEnumerable<Award> group)
        {
            var g = group.ToList();
            return new Breakdown(key, g.Sum(a => money[a.Id].Committed - money[a.Id].Released), g.Sum(a => money[a.Id].Paid), g.Count);
        }

        var byGrade = Grades.Select(grade => Sum(grade, list.Where(a => a.Grade == grade))).ToList();
        var byInstrument = Enum.GetValues<Instrument>().Select(i => Sum(i.ToString(), list.Where(a => a.Instrument == i))).ToList();
        var pending = await db.Set<FundApplication>().CountAsync(a => a.ZoneId == zone && (a.Status == ApplicationStatus.Submitted || a.Status == ApplicationStatus.Recommended), ct);
        var active = await db.Set<EquityInstrument>().CountAsync(i => i.ZoneId == zone && (i.Status == InstrumentStatus.Unconverted || i.Status == InstrumentStatus.Converted), ct);
        return new Dashboard(position, byGrade, byInstrument, pending, active);
    }

    public async Task<AwardView> AwardAsync(Actor actor, Guid id, CancellationToken ct)
    {
        var a = await awards.FindAwardAsync(actor, id, ct);
        var money = (await FundLedger.AwardMoneyAsync(db, a.ZoneId, [a.Id], ct))[a.Id];
        var payments = await db.Set<Payment>().AsNoTracking().Where(p => p.AwardId == a.Id).OrderBy(p => p.RecordedAt).ToListAsync(ct);
        var instrumentId = await db.Set<EquityInstrument>().AsNoTracking().Where(i => i.AwardId == a.Id).Select(i => (Guid?)i.Id).FirstOrDefaultAsync(ct);
        return View(a, money, payments, instrumentId);
    }

    /// <summary>A just-approved award as committed: its whole amount outstanding, nothing paid; no need to read back what was just written.</summary>
    public static AwardView Approved(Approval approval) =>
        View(approval.Award, new AwardMoney(approval.Award.Amount, 0m, 0m, 0m, 0m), [], approval.InstrumentId);

    private static AwardView View(Award a, AwardMoney money, IReadOnlyList<Payment> payments, Guid? instrumentId) =>
        new AwardView(a.Id, a.ApplicationId, a.ProjectId, a.ProjectCode, a.ProjectTitle, a.OrganisationId, a.FundYear, a.Grade, a.Amount, a.Instrument, a.Stage, a.Status,
            a.PolicyVersion, a.ApprovedOn, a.ApprovedBy, a.CloseReason, money.Paid, money.Released, money.Outstanding,
            a.Tranches.OrderBy(t => t.Number).Select(t => new TrancheView(t.Number, t.Label, t.Share, t.Amount,
                payments.Where(p => p.TrancheId == t.Id && p.Status == PaymentStatus.Succeeded).Sum(p => p.Amount), t.Status, t.MilestoneId, t.MilestoneTitle)).ToList(),
            payments.Select(Payment).ToList(), instrumentId);

    public static PaymentView Payment(Payment p) => new(p.Id, p.TrancheNumber, p.Amount, p.PaidOn, p.Reference, p.Status, p.FailureReason, p.IdempotencyKey);

    public async Task<Page<AwardListItem>> AwardsAsync(Actor actor, int? year, PageRequest page, CancellationToken ct)
    {
        var q = awards.VisibleAwards(actor);
        if (year is not null)
        {
            q = q.Where(a => a.FundYear == year);
        }

        var total = await q.CountAsync(ct);
        var items = await q.OrderByDescending(a => a.ApprovedOn).ThenBy(a => a.Id).Skip(page.Skip).Take(page.Size).ToListAsync(ct);
        var money = await FundLedger.AwardMoneyAsync(db, new ZoneId(actor.ZoneId), items.Select(a => a.Id).ToList(), ct);
        return new Page<AwardListItem>(items.Select(a => new AwardListItem(a.Id, a.ProjectCode, a.ProjectTitle, a.FundYear, a.Grade, a.Amount, a.Instrument, a.Status, a.ApprovedOn, money[a.Id].Paid)).ToList(),
            page.Number, page.Size, total);
    }

    public async Task<Page<ApplicationView>> ApplicationsAsync(Actor actor, ApplicationStatus? status, PageRequest page, CancellationToken ct)
    {
        var q = awards.VisibleApplications(actor);
        if (status is not null)
        {
            q = q.Where(a => a.Status == status);
        }

        var total = await q.CountAsync(ct);
        var items = await q.OrderByDescending(a => a.SubmittedAt).ThenBy(a => a.Id).Skip(page.Skip).Take(page.Size).ToListAsync(ct);
        return new Page<ApplicationView>(items.Select(ApplicationView.Of).ToList(), page.Number, page.Size, total);
    }

    public async Task<ApplicationView> ApplicationAsync(Actor actor, Guid id, CancellationToken ct) =>
        await awards.VisibleApplications(actor).Where(a => a.Id == id).Select(a => ApplicationView.Of(a)).FirstOrDefaultAsync(ct) ?? throw FundingRefusal.NotFound("资金申请");

    public async Task<Page<LedgerEntryView>> LedgerAsync(Actor actor, LedgerFilter filter, PageRequest page, CancellationToken ct)
    {
        var zone = new ZoneId(actor.ZoneId);
        var q = db.Set<LedgerEntry>().AsNoTracking().Where(e => e.ZoneId == zone);
        if (filter.Year is { } y)
        {
            q = q.Where(e => e.FundYear == y);
        }

        if (filter.Kind is { } k)
        {
            q = q.Where(e => e.Kind == k);
        }

        if (filter.ProjectId is { } p)
        {
            q = q.Where(e => e.ProjectId == p);
        }

        if (filter.AwardId is { } a)
        {
            q = q.Where(e => e.AwardId == a);
        }

        var total = await q.CountAsync(ct);
        var items = await q.OrderByDescending(e => e.Sequence).Skip(page.Skip).Take(page.Size).ToListAsync(ct);
        return new Page<LedgerEntryView>(items.Select(LedgerEntryView.Of).ToList(), page.Number, page.Size, total);
    }

    /// <summary>
    /// 到期提醒: the actor's unconverted instruments whose deadline is passed, today, or at most <paramref name="days"/> days ahead
    /// (today from the app's clock, China time), soonest deadline first, with what has been paid in.
    /// </summary>
    public async Task<DeadlineAlerts> AlertsAsync(Actor actor, int? days, CancellationToken ct)
    {
        var window = days ?? AlertWindowDays;
        if (window is < 0 or > MaxAlertWindowDays)
        {
            throw FundingRefusal.Invalid("days", $"提醒窗口应为 0–{MaxAlertWindowDays} 天。");
        }

        var today = awards.Today();
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
            i.ConvertedOn, i.Round, i.RoundPricePerShare, i.ConversionPrice, i.Principal, i.Shares, i.ExitKind, i.ExitOn, i.Proceeds, i.ReturnCap, i.Credited, i.Settlement, i.ClosedOn,
            money.Paid, money.WrittenOff,
            reviews.Select(r => new ReviewView(r.Id, r.Findings, r.DiligenceDocumented, r.Status, r.OpenedBy, r.OpenedAt,
                r.Approvals.OrderBy(x => x.At).Select(x => new ApprovalView(x.Role, x.ApproverName, x.Approve, x.Opinion, x.At)).ToList(),
                r.Status == ReviewStatus.Open ? WriteOffRequiresApprovedReviewRule.RequiredRoles.Where(role => r.Approvals.All(a => a.Role != role)).ToList() : [])).ToList(),
            await instruments.LifeAsync(i, ct));
    }
}
