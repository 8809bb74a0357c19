using Gaoxin.Contracts.TechTransfer;
using Gaoxin.Data;
using Gaoxin.Data.Audit;
using Gaoxin.Data.Operations;
using Gaoxin.Funding.Awards;
using Gaoxin.Funding.Instruments;
using Gaoxin.Funding.Ledger;
using Gaoxin.Funding.Policy;
using Gaoxin.Kernel.Access;
using Gaoxin.Kernel.Money;
using Gaoxin.Kernel.Rules;
using Gaoxin.Kernel.Zones;
using Microsoft.EntityFrameworkCore;

namespace Gaoxin.Funding.Decisions;

/// <summary>An award as approved, with its 先投后股 instrument if it has one.</summary>
public sealed record Approval(Award Award, Guid? InstrumentId);

/// <summary>
/// The fund's busiest money decisions, 批准 (approval commits money and creates the award, its tranches and any 先投后股
/// instrument) and 拨付 (payment of a tranche), run through the group commit (<see cref="FundWriter"/>).
/// </summary>
internal sealed class FundDecisions(GaoxinDbContext db, AwardService awards, FundWriter writer, IAuditActor auditActor, PolicyVersions policyVersions, TimeProvider clock,
    GaoxinMetrics metrics)
{
    /// <summary>
    /// 管委会批准: under the fund's lock (in the group commit), reads the year's and the project's positions from the ledger,
    /// enforces every rule, then commits the money, the award, its tranches (and the 先投后股 instrument) together.
    /// </summary>
    /// <param name="on">The decision date; only the demo seeder records earlier decisions, everyone else decides today.</param>
    public async Task<Approval> ApproveAsync(Actor actor, Guid id, DecisionInput input, CancellationToken ct, DateOnly? on = null)
    {
        // What does not decide money is read before the lock: the application (who may see it, its project), the project
        // with its plan's milestones (one read through the relay's contract); the policy in force comes from the process's copy.
        var zone = new ZoneId(actor.ZoneId);
        var today = on ?? awards.Today();
        var seen = await awards.ApplicationAsync(actor, id, tracked: false, ct);
        seen.EnsureApprovable();

        var (cachedPolicy, latestPolicy) = await policyVersions.InForceAsync(db, zone, today, ct);
        var (project, milestones) = await awards.Relay().FindWithMilestonesAsync(actor.ZoneId, seen.ProjectId, ct) is { } found
            ? (found.Project, found.Milestones)
            : throw Refusal.Invalid("projectId", "项目不存在。");

        var needs = new FundNeeds { ApplicationId = id, DecidesApplication = true, PolicyOf = zone };
        var approval = await Queue(needs, async (batch, wct) =>
        {
            // Read again under the lock (who may see it does not change): of two approvals of one application only the first finds it still recommended.
            var locked = batch.Ledger;
            var app = await batch.ApplicationAsync(id, wct);
            if (app is null || app.ZoneId != zone)
            {
                throw Refusal.NotFound("资金申请");
            }

            app.EnsureApprovable();

            var policy = cachedPolicy;
            if (await batch.LatestPolicyVersionAsync(zone, wct) != latestPolicy)
            {
                // A version was added since the copy was read (by another process, or just now): decide on the stored ones.
                policyVersions.Forget(zone);
                policy = await PolicyBook.ReadInForceAsync(batch.Db, zone, today, wct);
            }

            var amount = app.AmountToApprove;
            var position = await locked.LockedPositionAsync(app.ZoneId, app.FundYear, wct);
            var opened = locked.LockedYearOpened(app.ZoneId, app.FundYear);
            var facts = AwardService.Facts(app, project, policy, amount, opened ? position : FundLedger.WithBudget(position, policy.AnnualBudget),
                await locked.LockedProjectCommittedAsync(app.ZoneId, app.ProjectId, wct));
            AwardRules.Enforce(facts);
            if (!opened)
            {
                // The year's first award opens its budget from the policy, so the ledger alone still explains every figure.
                await locked.AppendAsync(app.ZoneId, app.FundYear, EntryKind.BudgetSet, policy.AnnualBudget,
                    $"{app.FundYear} 年度预算（按资助政策第 {policy.Version} 版，{Yuan.Show(policy.AnnualBudget)}）", wct, policyVersion: policy.Version);
            }

            var award = Award.For(app, facts.Grade!, amount, policy.Version, today, actor.Name);
            award.Tranches.AddRange(TrancheSchedule.For(award, policy, milestones));
            locked.Db.Add(award);
            app.Approve(award, input.Note, actor.Name, clock.GetUtcNow());

            Guid? instrumentId = null;
            if (award.Instrument == Instrument.InvestThenEquity)
            {
                var instrument = EquityInstrument.For(award, policy);
                locked.Db.Add(instrument);
                instrumentId = instrument.Id;
            }

            await locked.AppendAsync(award.ZoneId, award.FundYear, EntryKind.AwardCommitted, amount.Yuan, $"批准资助 {award.ProjectCode} {award.ProjectTitle}（{award.Grade} 级）", wct,
                award.Id, award.ProjectId, instrumentId, policy.Version);
            return new Approval(award, instrumentId);
        }, ct);
        metrics.FundApproved();
        return approval;
    }

    /// <summary>Hands a change to the group commit; never from inside a transaction, which might hold the lock the batch waits for.</summary>
    private Task<T> Queue<T>(FundNeeds needs, Func<FundBatch, CancellationToken, Task<T>> change, CancellationToken ct) =>
        db.Database.CurrentTransaction is null
            ? writer.WriteAsync(auditActor, needs, change, ct)
            : throw new InvalidOperationException("批准与拨付不能在已打开的事务中提交。");

    /// <summary>
    /// 拨付 (in the group commit): gated on the tranche's milestone being accepted; a known idempotency key returns the
    /// payment already recorded (a double submit pays once); a failed payment is recorded and moves no money.
    /// </summary>
    public async Task<(Payment Payment, bool Replayed)> PayAsync(Actor actor, Guid id, int number, PaymentInput input, CancellationToken ct)
    {
        // Nothing is read before the lock: the award, who may see it, its tranche, and the payments already made are all
        // read by the batch (the award and the payments for every change in it at once).
        var zone = new ZoneId(actor.ZoneId);
        var key = input.IdempotencyKey.Trim();
        var today = awards.Today();

        var needs = new FundNeeds { AwardId = id, Payments = (zone, key, id) };
        var recorded = await Queue(needs, async (batch, wct) =>
        {
            var locked = batch.Ledger;
            var award = await batch.AwardAsync(id, wct);
            if (award is null || award.ZoneId != zone || !RecordAccess.MaySee(actor, FundingAccess.Records, award.OrganisationId, zone.Value))
            {
                throw Refusal.NotFound("资助");
            }

            var tranche = award.Tranches.FirstOrDefault(t => t.Number == number) ?? throw Refusal.NotFound("分期");

            // A payment already made with this key (anywhere in the zone), and what this tranche has been paid, this batch included.
            var known = await batch.PaymentsAsync(zone, key, id, wct);
            var earlier = known.FirstOrDefault(p => p.IdempotencyKey == key);
            if (earlier is not null)
            {
                if (earlier.AwardId != id || earlier.TrancheNumber != number || earlier.Amount.Yuan != input.Amount)
                {
                    throw Refusal.Conflict("该幂等键已用于另一笔拨付。");
                }

                return (earlier, true);
            }

            award.EnsurePayable(input.PaidOn, today);

            // The plan's milestones only for a tranche that waits on one; through the relay's contract, in the batch's scope.
            var milestones = tranche.MilestoneId is null ? [] : await batch.Relay().MilestonesAsync(zone.Value, award.ProjectId, wct);
            var gate = new TrancheMilestoneAcceptedRule().Check(new TrancheFacts(tranche.Number, tranche.MilestoneId, milestones.FirstOrDefault(m => m.Id == tranche.MilestoneId)));
            if (!gate.Passed)
            {
                throw Refusal.ByRule(gate);
            }

            var paid = known.Where(p => p.TrancheId == tranche.Id && p.Status == PaymentStatus.Succeeded).Sum(p => p.Amount.Yuan);
            var within = new WithinTrancheRule().Check(new TrancheAmountFacts(input.Amount, tranche.Amount.Yuan, paid));
            if (!within.Passed)
            {
                throw Refusal.ByRule(within);
            }

            // Every read comes before the first change: anything that fails after a change sends the whole batch to a replay.
            var instrumentId = award.Instrument == Instrument.InvestThenEquity ? await DecisionQueries.InstrumentOfAward.For(batch.Db)(batch.Db, award.Id, wct) : null;
            var payment = award.Pay(tranche, key, input, Money.Of(paid), today, actor.Name, clock.GetUtcNow());
            batch.Db.Add(payment);
            batch.Recorded(payment);
            if (payment.Status == PaymentStatus.Succeeded)
            {
                await locked.AppendAsync(award.ZoneId, award.FundYear, EntryKind.TranchePaid, input.Amount, $"拨付第 {tranche.Number} 期（{tranche.Label}），凭证 {payment.Reference}", wct,
                    award.Id, award.ProjectId, instrumentId, award.PolicyVersion);
            }

            return (payment, false);
        }, ct);
        var (stored, replayed) = recorded;
        if (!replayed)
        {
            metrics.PaymentRecorded(stored.Status == PaymentStatus.Succeeded ? "succeeded" : "failed");
        }

        return recorded;
    }

}

internal static class DecisionQueries
{
    /// <summary>The 先投后股 instrument an award created, if any.</summary>
    public static readonly PerModel<Func<GaoxinDbContext, Guid, CancellationToken, Task<Guid?>>> InstrumentOfAward = new(_ =>
        EF.CompileAsyncQuery((GaoxinDbContext db, Guid awardId, CancellationToken ct) =>
            db.Set<EquityInstrument>().Where(i => i.AwardId == awardId).Select(i => (Guid?)i.Id).FirstOrDefault()));
}
