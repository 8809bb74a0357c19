using Gaoxin.Contracts.TechTransfer;
using Gaoxin.Data;
using Gaoxin.Data.Audit;
using Gaoxin.Funding.Instruments;
using Gaoxin.Funding.Ledger;
using Gaoxin.Funding.Policy;
using Gaoxin.Kernel.Access;
using Gaoxin.Kernel.Rules;
using Gaoxin.Kernel.Zones;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Gaoxin.Funding.Awards;

/// <summary>An award as approved, with its 先投后股 instrument if it has one.</summary>
public sealed record Approval(Award Award, Guid? InstrumentId);

/// <summary>Applications → recommendation → approval; cancellation; tranche payments. Every money change runs in the fund's transaction.</summary>
internal sealed class AwardService(GaoxinDbContext db, FundLedger ledger, FundWriter writer, IAuditActor auditActor, PolicyBook policies, PolicyVersions policyVersions,
    IServiceProvider services, TimeProvider clock)
{
    public DateOnly Today() => ZoneClock.Of(clock).Today;

    private IRelayProjects Relay() => RelayOf(services);

    /// <summary>The relay's projects and milestones from <paramref name="services"/>; refused when the relay module is not installed.</summary>
    internal static IRelayProjects RelayOf(IServiceProvider services) => services.GetService<IRelayProjects>()
        ?? throw FundingRefusal.Invalid("projectId", "科技成果转化（接力）模块未安装，无法读取项目。");

    public IQueryable<FundApplication> VisibleApplications(Actor actor)
    {
        var zone = new ZoneId(actor.ZoneId);
        var q = db.Set<FundApplication>().AsNoTracking().Where(a => a.ZoneId == zone);
        return actor.IsOrganisationBound ? q.Where(a => a.OrganisationId == actor.OrganisationId) : q;
    }

    public IQueryable<Award> VisibleAwards(Actor actor)
    {
        var zone = new ZoneId(actor.ZoneId);
        var q = db.Set<Award>().AsNoTracking().Where(a => a.ZoneId == zone);
        return actor.IsOrganisationBound ? q.Where(a => a.OrganisationId == actor.OrganisationId) : q;
    }

    public async Task<FundApplication> SubmitAsync(Actor actor, ApplicationInput input, CancellationToken ct)
    {
        var project = await Relay().FindAsync(actor.ZoneId, input.ProjectId, ct) ?? throw FundingRefusal.Invalid("projectId", "项目不存在。");
        var owner = project.CompanyOrganisationId ?? project.LeadOrganisationId;
        if (actor.IsOrganisationBound && actor.OrganisationId != project.CompanyOrganisationId && actor.OrganisationId != project.LeadOrganisationId)
        {
            throw FundingRefusal.Forbidden("只能为本机构承担的项目申请资金。");
        }

        if (!RecordAccess.MayChange(actor, FundingAccess.Records, owner, project.ZoneId))
        {
            throw FundingRefusal.Forbidden();
        }

        if (project.Stage is not (RelayStage.Selected or RelayStage.PilotIncubation or RelayStage.IndustrialIncubation))
        {
            throw FundingRefusal.Invalid("projectId", "只有入选或处于中试/产业孵化阶段的项目可以申请中试专项资金。");
        }

        if (input.Amount > input.EligibleCost)
        {
            throw FundingRefusal.Invalid("amount", "申请金额不能超过合规中试成本。");
        }

        var app = new FundApplication
        {
            ZoneId = new ZoneId(actor.ZoneId),
            ProjectId = project.Id,
            ProjectCode = project.Code,
            ProjectTitle = project.Title,
            OrganisationId = owner,
            FundYear = input.FundYear,
            Amount = input.Amount,
            EligibleCost = input.EligibleCost,
            CostBreakdown = input.CostBreakdown.Trim(),
            Instrument = input.Instrument,
            Stage = input.Stage,
            ScreeningScore = project.ScreeningScore,
            SubmittedAt = clock.GetUtcNow(),
        };
        db.Add(app);
        await db.SaveChangesAsync(ct);
        return app;
    }

    /// <summary>The operator's recommendation: grade from the policy in force, the rules checked as advice (approval checks again under the lock).</summary>
    public async Task<(FundApplication Application, IReadOnlyList<RuleOutcome> Checks)> RecommendAsync(Actor actor, Guid id, RecommendInput input, CancellationToken ct)
    {
        var app = await TrackedApplicationAsync(actor, id, ct);
        if (app.Status is not (ApplicationStatus.Submitted or ApplicationStatus.Recommended))
        {
            throw FundingRefusal.Conflict("该申请已有决定，不能再推荐。");
        }

        var project = await Relay().FindAsync(actor.ZoneId, app.ProjectId, ct) ?? throw FundingRefusal.Invalid("projectId", "项目不存在。");
        var policy = await policies.InForceAsync(app.ZoneId, Today(), ct);
        var amount = input.Amount ?? app.Amount;
        var facts = Facts(app, project, policy, amount, await FundLedger.PositionAsync(db, app.ZoneId, app.FundYear, ct),
            await FundLedger.ProjectCommittedAsync(db, app.ZoneId, app.ProjectId, ct));
        var checks = BusinessRules.CheckAll(facts, AwardRules.All);
        if (checks.FirstOrDefault(c => !c.Passed) is { } refused)
        {
            throw new BusinessRuleException(refused);
        }

        app.Status = ApplicationStatus.Recommended;
        app.ScreeningScore = project.ScreeningScore;
        app.Grade = facts.Grade;
        app.RecommendedAmount = amount;
        app.RecommendationNote = input.Note;
        app.RecommendedBy = actor.Name;
        app.PolicyVersion = policy.Version;
        await db.SaveChangesAsync(ct);
        return (app, checks);
    }

    public async Task<FundApplication> RejectAsync(Actor actor, Guid id, DecisionInput input, CancellationToken ct)
    {
        var app = await TrackedApplicationAsync(actor, id, ct);
        if (app.Status is ApplicationStatus.Approved or ApplicationStatus.Rejected)
        {
            throw FundingRefusal.Conflict("该申请已有决定。");
        }

        app.Status = ApplicationStatus.Rejected;
        app.DecisionNote = input.Note;
        app.DecidedBy = actor.Name;
        app.DecidedAt = clock.GetUtcNow();
        await db.SaveChangesAsync(ct);
        return app;
    }

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
        var today = on ?? Today();
        var seen = await ApplicationAsync(actor, id, tracked: false, ct);
        if (seen.Status != ApplicationStatus.Recommended)
        {
            throw NotApprovable(seen.Status);
        }

        var (cachedPolicy, latestPolicy) = await policyVersions.InForceAsync(db, zone, today, ct);
        var (project, milestones) = await Relay().FindWithMilestonesAsync(actor.ZoneId, seen.ProjectId, ct) is { } found
            ? (found.Project, found.Milestones)
            : throw FundingRefusal.Invalid("projectId", "项目不存在。");

        var needs = new FundNeeds { ApplicationId = id, DecidesApplication = true, PolicyOf = zone };
        return await Queue(needs, async (batch, wct) =>
        {
            // Read again under the lock (who may see it does not change): of two approvals of one application only the first finds it still recommended.
            var locked = batch.Ledger;
            var app = await batch.ApplicationAsync(id, wct);
            if (app is null || app.ZoneId != zone)
            {
                throw FundingRefusal.NotFound("资金申请");
            }

            if (app.Status != ApplicationStatus.Recommended)
            {
                throw NotApprovable(app.Status);
            }

            var policy = cachedPolicy;
            if (await batch.LatestPolicyVersionAsync(zone, wct) != latestPolicy)
            {
                // A version was added since the copy was read (by another process, or just now): decide on the stored ones.
                policyVersions.Forget(zone);
                policy = await PolicyBook.ReadInForceAsync(batch.Db, zone, today, wct);
            }

            var amount = app.RecommendedAmount ?? app.Amount;
            var facts = Facts(app, project, policy, amount, await locked.LockedPositionAsync(app.ZoneId, app.FundYear, wct),
                await locked.LockedProjectCommittedAsync(app.ZoneId, app.ProjectId, wct));
            AwardRules.Enforce(facts);

            var award = new Award
            {
                ZoneId = app.ZoneId,
                ApplicationId = app.Id,
                ProjectId = app.ProjectId,
                ProjectCode = app.ProjectCode,
                ProjectTitle = app.ProjectTitle,
                OrganisationId = app.OrganisationId,
                FundYear = app.FundYear,
                Grade = facts.Grade!,
                Amount = amount,
                Instrument = app.Instrument,
                Stage = app.Stage,
                PolicyVersion = policy.Version,
                ApprovedOn = today,
                ApprovedBy = actor.Name,
            };
            award.Tranches.AddRange(TrancheSchedule.For(award, policy, milestones));
            locked.Db.Add(award);

            app.Status = ApplicationStatus.Approved;
            app.Grade = facts.Grade;
            app.DecisionNote = input.Note;
            app.DecidedBy = actor.Name;
            app.DecidedAt = clock.GetUtcNow();
            app.PolicyVersion = policy.Version;
            app.AwardId = award.Id;

            Guid? instrumentId = null;
            if (award.Instrument == Instrument.InvestThenEquity)
            {
                var instrument = EquityInstrument.For(award, policy);
                locked.Db.Add(instrument);
                instrumentId = instrument.Id;
            }

            await locked.AppendAsync(award.ZoneId, award.FundYear, EntryKind.AwardCommitted, amount, $"批准资助 {award.ProjectCode} {award.ProjectTitle}（{award.Grade} 级）", wct,
                award.Id, award.ProjectId, instrumentId, policy.Version);
            return new Approval(award, instrumentId);
        }, ct);
    }

    /// <summary>Hands a change to the group commit; never from inside a transaction, which might hold the lock the batch waits for.</summary>
    private Task<T> Queue<T>(FundNeeds needs, Func<FundBatch, CancellationToken, Task<T>> change, CancellationToken ct) =>
        db.Database.CurrentTransaction is null
            ? writer.WriteAsync(auditActor, needs, change, ct)
            : throw new InvalidOperationException("批准与拨付不能在已打开的事务中提交。");

    private static FundingRefusal NotApprovable(ApplicationStatus status) =>
        FundingRefusal.Conflict(status == ApplicationStatus.Approved ? "该申请已批准。" : "只有运营方推荐后的申请才能批准。");

    private static AwardFacts Facts(FundApplication app, RelayProject project, FundingPolicy policy, decimal amount, Gaoxin.Contracts.Funding.FundPosition position,
        decimal projectCommitted)
    {
        var grade = policy.GradeFor(project.ScreeningScore);
        return new AwardFacts(amount, grade, policy.CeilingFor(grade), app.EligibleCost, policy.ShareFor(grade), projectCommitted, policy.ProjectCap,
            position.Budget, position.Returned, position.Committed, app.FundYear);
    }

    private Task<FundApplication> TrackedApplicationAsync(Actor actor, Guid id, CancellationToken ct) => ApplicationAsync(actor, id, tracked: true, ct);

    private async Task<FundApplication> ApplicationAsync(Actor actor, Guid id, bool tracked, CancellationToken ct)
    {
        var zone = new ZoneId(actor.ZoneId);
        var app = await (tracked ? FundingQueries.TrackedApplication : FundingQueries.Application).For(db)(db, id, zone, ct);
        if (app is null || !RecordAccess.MaySee(actor, FundingAccess.Records, app.OrganisationId, zone.Value))
        {
            throw FundingRefusal.NotFound("资金申请");
        }

        return app;
    }

    public async Task<Award> FindAwardAsync(Actor actor, Guid id, CancellationToken ct, bool tracked = false)
    {
        var zone = new ZoneId(actor.ZoneId);
        var award = await (tracked ? FundingQueries.TrackedAward : FundingQueries.Award).For(db)(db, id, zone, ct);
        if (award is null || !RecordAccess.MaySee(actor, FundingAccess.Records, award.OrganisationId, zone.Value))
        {
            throw FundingRefusal.NotFound("资助");
        }

        return award;
    }

    /// <summary>撤销: the unpaid rest goes back to the award's fund-year; paid tranches stay paid.</summary>
    public Task<Award> CancelAsync(Actor actor, Guid id, CancelInput input, CancellationToken ct) => ledger.InTransactionAsync(async () =>
    {
        await ledger.LockAsync(ct);
        var award = await FindAwardAsync(actor, id, ct, tracked: true);
        if (award.Status != AwardStatus.Active)
        {
            throw FundingRefusal.Conflict("只有执行中的资助可以撤销。");
        }

        await CloseAsync(award, AwardStatus.Cancelled, input.Reason, ct);
        return award;
    }, ct);

    /// <summary>Closes an award: releases its outstanding commitment with a ledger entry and marks unpaid tranches released. In the fund's transaction.</summary>
    internal async Task<decimal> CloseAsync(Award award, AwardStatus status, string reason, CancellationToken ct)
    {
        var money = (await FundLedger.AwardMoneyAsync(db, award.ZoneId, [award.Id], ct))[award.Id];
        if (money.Outstanding > 0)
        {
            await ledger.AppendAsync(award.ZoneId, award.FundYear, EntryKind.CommitmentReleased, money.Outstanding, $"释放未拨付余额：{reason}", ct,
                award.Id, award.ProjectId, policyVersion: award.PolicyVersion);
        }

        foreach (var t in award.Tranches.Where(t => t.Status is TrancheStatus.Pending or TrancheStatus.PartiallyPaid))
        {
            t.Status = TrancheStatus.Released;
        }

        award.Status = status;
        award.ClosedOn = Today();
        award.CloseReason = reason;
        return money.Outstanding;
    }

    public Task<Tranche> LinkMilestoneAsync(Actor actor, Guid id, int number, MilestoneLinkInput input, CancellationToken ct) => ledger.InTransactionAsync(async () =>
    {
        await ledger.LockAsync(ct);
        var award = await FindAwardAsync(actor, id, ct, tracked: true);
        var tranche = award.Tranches.FirstOrDefault(t => t.Number == number) ?? throw FundingRefusal.NotFound("分期");
        if (tranche.Number == 1 || tranche.Status != TrancheStatus.Pending)
        {
            throw FundingRefusal.Conflict("签约分期无需里程碑；已拨付的分期不能改挂里程碑。");
        }

        var milestone = (await Relay().MilestonesAsync(actor.ZoneId, award.ProjectId, ct)).FirstOrDefault(m => m.Id == input.MilestoneId)
            ?? throw FundingRefusal.Invalid("milestoneId", "该里程碑不属于本项目的计划。");
        tranche.MilestoneId = milestone.Id;
        tranche.MilestoneTitle = milestone.Title;
        return tranche;
    }, ct);

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
        var today = Today();

        var needs = new FundNeeds { AwardId = id, Payments = (zone, key, id) };
        return await Queue(needs, async (batch, wct) =>
        {
            var locked = batch.Ledger;
            var award = await batch.AwardAsync(id, wct);
            if (award is null || award.ZoneId != zone || !RecordAccess.MaySee(actor, FundingAccess.Records, award.OrganisationId, zone.Value))
            {
                throw FundingRefusal.NotFound("资助");
            }

            var tranche = award.Tranches.FirstOrDefault(t => t.Number == number) ?? throw FundingRefusal.NotFound("分期");

            // A payment already made with this key (anywhere in the zone), and what this tranche has been paid, this batch included.
            var known = await batch.PaymentsAsync(zone, key, id, wct);
            var earlier = known.FirstOrDefault(p => p.IdempotencyKey == key);
            if (earlier is not null)
            {
                if (earlier.AwardId != id || earlier.TrancheNumber != number || earlier.Amount != input.Amount)
                {
                    throw FundingRefusal.Conflict("该幂等键已用于另一笔拨付。");
                }

                return (earlier, true);
            }

            if (award.Status != AwardStatus.Active)
            {
                throw FundingRefusal.Conflict("资助不在执行中，不能拨付。");
            }

            if (input.PaidOn > today.AddDays(1) || input.PaidOn < award.ApprovedOn)
            {
                throw FundingRefusal.Invalid("paidOn", "拨付日期不能早于批准日期，也不能晚于今天。");
            }

            // The plan's milestones only for a tranche that waits on one; through the relay's contract, in the batch's scope.
            var milestones = tranche.MilestoneId is null ? [] : await batch.Relay().MilestonesAsync(zone.Value, award.ProjectId, wct);
            var gate = new TrancheMilestoneAcceptedRule().Check(new TrancheFacts(tranche.Number, tranche.MilestoneId, milestones.FirstOrDefault(m => m.Id == tranche.MilestoneId)));
            if (!gate.Passed)
            {
                throw new BusinessRuleException(gate);
            }

            var paid = known.Where(p => p.TrancheId == tranche.Id && p.Status == PaymentStatus.Succeeded).Select(p => p.Amount).ToList();
            var within = new WithinTrancheRule().Check(new TrancheAmountFacts(input.Amount, tranche.Amount, paid.Sum()));
            if (!within.Passed)
            {
                throw new BusinessRuleException(within);
            }

            // Every read comes before the first change: anything that fails after a change sends the whole batch to a replay.
            var instrumentId = award.Instrument == Instrument.InvestThenEquity ? await FundingQueries.InstrumentOfAward.For(batch.Db)(batch.Db, award.Id, wct) : null;
            var payment = new Payment
            {
                ZoneId = zone,
                AwardId = award.Id,
                TrancheId = tranche.Id,
                TrancheNumber = tranche.Number,
                IdempotencyKey = key,
                Amount = input.Amount,
                PaidOn = input.PaidOn,
                Reference = input.Reference.Trim(),
                Status = input.Succeeded ? PaymentStatus.Succeeded : PaymentStatus.Failed,
                FailureReason = input.Succeeded ? null : input.FailureReason ?? "未说明",
                RecordedBy = actor.Name,
                RecordedAt = clock.GetUtcNow(),
            };
            batch.Db.Add(payment);
            batch.Recorded(payment);
            if (!input.Succeeded)
            {
                return (payment, false);
            }

            var totalPaid = paid.Sum() + input.Amount;
            tranche.Status = totalPaid >= tranche.Amount ? TrancheStatus.Paid : TrancheStatus.PartiallyPaid;
            await locked.AppendAsync(award.ZoneId, award.FundYear, EntryKind.TranchePaid, input.Amount, $"拨付第 {tranche.Number} 期（{tranche.Label}），凭证 {payment.Reference}", wct,
                award.Id, award.ProjectId, instrumentId, award.PolicyVersion);
            if (award.Tranches.All(t => t.Status == TrancheStatus.Paid))
            {
                award.Status = AwardStatus.Completed;
                award.ClosedOn = input.PaidOn;
            }

            return (payment, false);
        }, ct);
    }

    /// <summary>设定年度预算: appends the difference to the current budget; never below what is already committed.</summary>
    public Task<Gaoxin.Contracts.Funding.FundPosition> SetBudgetAsync(Actor actor, int year, BudgetInput input, CancellationToken ct) => ledger.InTransactionAsync(async () =>
    {
        await ledger.LockAsync(ct);
        var zone = new ZoneId(actor.ZoneId);
        var position = await FundLedger.PositionAsync(db, zone, year, ct);
        var rule = new BudgetCoversCommitmentsRule().Check(new BudgetFacts(input.Amount, position.Committed, position.Returned, year));
        if (!rule.Passed)
        {
            throw new BusinessRuleException(rule);
        }

        var delta = input.Amount - position.Budget;
        if (delta != 0)
        {
            var policy = await policies.InForceAsync(zone, Today(), ct);
            await ledger.AppendAsync(zone, year, EntryKind.BudgetSet, delta, input.Note ?? (position.Budget == 0 ? $"{year} 年度预算" : $"{year} 年度预算调整为 {Yuan.Show(input.Amount)}"), ct,
                policyVersion: policy.Version);
        }

        return position with { Budget = input.Amount, Available = input.Amount + position.Returned - position.Committed };
    }, ct);
}
