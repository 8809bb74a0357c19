using Gaoxin.Data;
using Gaoxin.Funding.Ledger;
using Gaoxin.Kernel.Access;
using Gaoxin.Kernel.Paging;
using Gaoxin.Kernel.Rules;
using Gaoxin.Kernel.Zones;
using Microsoft.EntityFrameworkCore;

namespace Gaoxin.Funding.Awards;

/// <summary>Applications and awards as the API and the pages show them; every figure from the ledger or the recorded facts.</summary>
internal sealed class AwardReads(GaoxinDbContext db, AwardService awards)
{
    public async Task<AwardView> AwardAsync(Actor actor, Guid id, CancellationToken ct)
    {
        var a = await awards.FindAwardAsync(actor, id, ct);
        var money = (await FundLedger.AwardMoneyAsync(db, a.ZoneId, [a.Id], ct))[a.Id];
        var payments = await db.Set<Payment>().AsNoTracking().Where(p => p.AwardId == a.Id).OrderBy(p => p.RecordedAt).ToListAsync(ct);
        // The award's 先投后股 instrument, as its commitment entry names it (approval writes both together).
        var instrumentId = await db.Set<LedgerEntry>().AsNoTracking().Where(e => e.AwardId == a.Id && e.Kind == EntryKind.AwardCommitted)
            .Select(e => e.InstrumentId).FirstOrDefaultAsync(ct);
        return View(a, money, payments, instrumentId);
    }

    /// <summary>A just-approved award as committed: its whole amount outstanding, nothing paid; no need to read back what was just written.</summary>
    public static AwardView Approved(Award award, Guid? instrumentId) =>
        View(award, new AwardMoney(award.Amount.Yuan, 0m, 0m, 0m, 0m), [], instrumentId);

    private static AwardView View(Award a, AwardMoney money, IReadOnlyList<Payment> payments, Guid? instrumentId) =>
        new(a.Id, a.ApplicationId, a.ProjectId, a.ProjectCode, a.ProjectTitle, a.OrganisationId, a.FundYear, a.Grade, a.Amount.Yuan, a.Instrument, a.Stage, a.Status,
            a.PolicyVersion, a.ApprovedOn, a.ApprovedBy, a.CloseReason, money.Paid, money.Released, money.Outstanding,
            a.Tranches.OrderBy(t => t.Number).Select(t => new TrancheView(t.Number, t.Label, t.Share, t.Amount.Yuan,
                payments.Where(p => p.TrancheId == t.Id && p.Status == PaymentStatus.Succeeded).Sum(p => p.Amount.Yuan), t.Status, t.MilestoneId, t.MilestoneTitle)).ToList(),
            payments.Select(PaymentView.Of).ToList(), instrumentId);

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
        return new Page<AwardListItem>(items.Select(a => new AwardListItem(a.Id, a.ProjectCode, a.ProjectTitle, a.FundYear, a.Grade, a.Amount.Yuan, a.Instrument, a.Status, a.ApprovedOn, money[a.Id].Paid)).ToList(),
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
        await awards.VisibleApplications(actor).Where(a => a.Id == id).Select(a => ApplicationView.Of(a)).FirstOrDefaultAsync(ct) ?? throw Refusal.NotFound("资金申请");
}
