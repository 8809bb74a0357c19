using Gaoxin.Contracts.TechTransfer;
using Gaoxin.Data;
using Gaoxin.Funding.Ledger;
using Gaoxin.Funding.Policy;
using Gaoxin.Kernel.Access;
using Gaoxin.Kernel.Money;
using Gaoxin.Kernel.Rules;
using Gaoxin.Kernel.Zones;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Gaoxin.Funding.Awards;

/// <summary>Applications → recommendation (approval and payment: <c>Decisions</c>); cancellation, milestones, the budget. Every money change runs in the fund's transaction.</summary>
internal sealed class AwardService(GaoxinDbContext db, FundLedger ledger, PolicyBook policies, IServiceProvider services, TimeProvider clock)
{
    public DateOnly Today() => ZoneClock.Of(clock).Today;

    internal IRelayProjects Relay() => RelayOf(services);

    /// <summary>The relay's projects and milestones from <paramref name="services"/>; refused when the relay module is not installed.</summary>
    internal static IRelayProjects RelayOf(IServiceProvider services) => services.GetService<IRelayProjects>()
        ?? throw Refusal.Invalid("projectId", "科技成果转化（接力）模块未安装，无法读取项目。");

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
        var project = await Relay().FindAsync(actor.ZoneId, input.ProjectId, ct) ?? throw Refusal.Invalid("projectId", "项目不存在。");
        var owner = project.CompanyOrganisationId ?? project.LeadOrganisationId;
        if (actor.IsOrganisationBound && actor.OrganisationId != project.CompanyOrganisationId && actor.OrganisationId != project.LeadOrganisationId)
        {
            throw Refusal.Forbidden("只能为本机构承担的项目申请资金。");
        }

        if (!RecordAccess.MayChange(actor, FundingAccess.Records, owner, project.ZoneId))
        {
            throw Refusal.Forbidden();
        }

        if (project.Stage is not (RelayStage.Selected or RelayStage.PilotIncubation or RelayStage.IndustrialIncubation))
        {
            throw Refusal.Invalid("projectId", "只有入选或处于中试/产业孵化阶段的项目可以申请中试专项资金。");
        }

        var zone = new ZoneId(actor.ZoneId);
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        // Two copies of one application sent at once are told apart under a per-project lock (SQLite: the IMMEDIATE
        // transaction; PostgreSQL: an advisory lock), so exactly one is accepted.
        if (db.IsPostgres)
        {
            await AdvisoryLock.LockThenReadAsync(db, SubmissionLockKey(project.Id), "SELECT 1", _ => 0, ct);
        }

        var open = await db.Set<FundApplication>().AsNoTracking()
            .Where(a => a.ZoneId == zone && a.ProjectId == project.Id && (a.Status == ApplicationStatus.Submitted || a.Status == ApplicationStatus.Recommended))
            .Select(a => new { a.FundYear, a.Instrument, a.Amount, a.EligibleCost, a.CostBreakdown })
            .ToListAsync(ct);
        var asked = new OpenApplication(input.FundYear, input.Instrument, Money.Of(input.Amount).Yuan, Money.Of(input.EligibleCost).Yuan, input.CostBreakdown);
        var duplicate = new NoDuplicateOpenApplicationRule().Check(new SubmissionFacts(asked,
            [.. open.Select(o => new OpenApplication(o.FundYear, o.Instrument, o.Amount.Yuan, o.EligibleCost.Yuan, o.CostBreakdown))]));
        if (!duplicate.Passed)
        {
            throw Refusal.ByRule(duplicate);
        }

        var app = FundApplication.Submit(zone, project, owner, input, clock.GetUtcNow());
        db.Add(app);
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        return app;
    }

    /// <summary>The advisory-lock key of one project's submissions (its id folded to 64 bits, apart from the fund's own key).</summary>
    private static long SubmissionLockKey(Guid project)
    {
        Span<byte> bytes = stackalloc byte[16];
        project.TryWriteBytes(bytes);
        return BitConverter.ToInt64(bytes[..8]) ^ BitConverter.ToInt64(bytes[8..]) ^ 0x46554e4441505053; // "FUNDAPPS"
    }

    /// <summary>The operator's recommendation: grade from the policy in force, the rules checked as advice (approval checks again under the lock).</summary>
    public async Task<(FundApplication Application, IReadOnlyList<RuleOutcome> Checks)> RecommendAsync(Actor actor, Guid id, RecommendInput input, CancellationToken ct)
    {
        var app = await TrackedApplicationAsync(actor, id, ct);
        app.EnsureRecommendable();

        var project = await Relay().FindAsync(actor.ZoneId, app.ProjectId, ct) ?? throw Refusal.Invalid("projectId", "项目不存在。");
        var policy = await policies.InForceAsync(app.ZoneId, Today(), ct);
        var amount = input.Amount is { } asked ? Money.Of(asked) : app.Amount;
        var facts = Facts(app, project, policy, amount, await FundLedger.PlannedPositionAsync(db, app.ZoneId, app.FundYear, () => Task.FromResult(policy.AnnualBudget), ct),
            await FundLedger.ProjectCommittedAsync(db, app.ZoneId, app.ProjectId, ct));
        var checks = BusinessRules.CheckAll(facts, AwardRules.All);
        if (checks.FirstOrDefault(c => !c.Passed) is { } refused)
        {
            throw Refusal.ByRule(refused);
        }

        app.Recommend(project.ScreeningScore, facts.Grade, amount, input.Note, actor.Name, policy.Version);
        await db.SaveChangesAsync(ct);
        return (app, checks);
    }

    public async Task<FundApplication> RejectAsync(Actor actor, Guid id, DecisionInput input, CancellationToken ct)
    {
        var app = await TrackedApplicationAsync(actor, id, ct);
        app.Reject(input.Note, actor.Name, clock.GetUtcNow());
        await db.SaveChangesAsync(ct);
        return app;
    }

    internal static AwardFacts Facts(FundApplication app, RelayProject project, FundingPolicy policy, Money amount, Gaoxin.Contracts.Funding.FundPosition position,
        decimal projectCommitted)
    {
        var grade = policy.GradeFor(project.ScreeningScore);
        return new AwardFacts(amount.Yuan, grade, policy.CeilingFor(grade), app.EligibleCost.Yuan, policy.ShareFor(grade), projectCommitted, policy.ProjectCap,
            position.Budget, position.Returned, position.Committed, app.FundYear);
    }

    private Task<FundApplication> TrackedApplicationAsync(Actor actor, Guid id, CancellationToken ct) => ApplicationAsync(actor, id, tracked: true, ct);

    internal async Task<FundApplication> ApplicationAsync(Actor actor, Guid id, bool tracked, CancellationToken ct)
    {
        var zone = new ZoneId(actor.ZoneId);
        var app = await (tracked ? FundingQueries.TrackedApplication : FundingQueries.Application).For(db)(db, id, zone, ct);
        if (app is null || !RecordAccess.MaySee(actor, FundingAccess.Records, app.OrganisationId, zone.Value))
        {
            throw Refusal.NotFound("资金申请");
        }

        return app;
    }

    public async Task<Award> FindAwardAsync(Actor actor, Guid id, CancellationToken ct, bool tracked = false)
    {
        var zone = new ZoneId(actor.ZoneId);
        var award = await (tracked ? FundingQueries.TrackedAward : FundingQueries.Award).For(db)(db, id, zone, ct);
        if (award is null || !RecordAccess.MaySee(actor, FundingAccess.Records, award.OrganisationId, zone.Value))
        {
            throw Refusal.NotFound("资助");
        }

        return award;
    }

    /// <summary>撤销: the unpaid rest goes back to the award's fund-year; paid tranches stay paid.</summary>
    public Task<Award> CancelAsync(Actor actor, Guid id, CancelInput input, CancellationToken ct) => ledger.InTransactionAsync(async () =>
    {
        await ledger.LockAsync(ct);
        var award = await FindAwardAsync(actor, id, ct, tracked: true);
        await CloseAsync(award, AwardStatus.Cancelled, input.Reason, ct);
        return award;
    }, ct);

    /// <summary>Closes an active award (<see cref="Award.Close"/>) and releases its outstanding commitment with a ledger entry. In the fund's transaction.</summary>
    internal async Task<decimal> CloseAsync(Award award, AwardStatus status, string reason, CancellationToken ct)
    {
        award.Close(status, reason, Today());
        var money = (await FundLedger.AwardMoneyAsync(db, award.ZoneId, [award.Id], ct))[award.Id];
        if (money.Outstanding > 0)
        {
            await ledger.AppendAsync(award.ZoneId, award.FundYear, EntryKind.CommitmentReleased, money.Outstanding, $"释放未拨付余额：{reason}", ct,
                award.Id, award.ProjectId, policyVersion: award.PolicyVersion);
        }

        return money.Outstanding;
    }

    public Task<Tranche> LinkMilestoneAsync(Actor actor, Guid id, int number, MilestoneLinkInput input, CancellationToken ct) => ledger.InTransactionAsync(async () =>
    {
        await ledger.LockAsync(ct);
        var award = await FindAwardAsync(actor, id, ct, tracked: true);
        var tranche = award.Tranches.FirstOrDefault(t => t.Number == number) ?? throw Refusal.NotFound("分期");
        tranche.EnsureMilestoneMayChange();

        var milestone = (await Relay().MilestonesAsync(actor.ZoneId, award.ProjectId, ct)).FirstOrDefault(m => m.Id == input.MilestoneId)
            ?? throw Refusal.Invalid("milestoneId", "该里程碑不属于本项目的计划。");
        tranche.LinkMilestone(milestone);
        return tranche;
    }, ct);

    public Task<Gaoxin.Contracts.Funding.FundPosition> SetBudgetAsync(Actor actor, int year, BudgetInput input, CancellationToken ct) => ledger.InTransactionAsync(async () =>
    {
        await ledger.LockAsync(ct);
        var zone = new ZoneId(actor.ZoneId);
        var position = await FundLedger.PositionAsync(db, zone, year, ct);
        var rule = new BudgetCoversCommitmentsRule().Check(new BudgetFacts(input.Amount, position.Committed, position.Returned, year));
        if (!rule.Passed)
        {
            throw Refusal.ByRule(rule);
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
