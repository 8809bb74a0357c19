using Gaoxin.Contracts.Enterprises;
using Gaoxin.Contracts.TechTransfer;
using Gaoxin.Data;
using Gaoxin.Kernel.Access;
using Gaoxin.Kernel.Paging;
using Gaoxin.Kernel.Rules;
using Gaoxin.Kernel.Zones;
using Gaoxin.TechTransfer.Achievements;
using Gaoxin.TechTransfer.Plans;
using Microsoft.EntityFrameworkCore;

namespace Gaoxin.TechTransfer.Projects;

/// <summary>
/// The relay's day-to-day work on projects: propose, move through stages (the project checks its stage rules and writes
/// the move to its timeline), plans and milestones, sales reports. The API and the pages both call it; a refusal is
/// thrown as a <see cref="Refusal"/>.
/// </summary>
internal sealed class ProjectDesk(GaoxinDbContext db, TimeProvider clock, IScreeningResults screening, IServiceProvider services)
{
    /// <summary>PostgreSQL advisory-lock key under which a proposal takes the year's next project code.</summary>
    internal const long CodeLockKey = 0x4758_5454_434F_4445;

    private const string ChangedMeanwhile = "该记录已被他人修改，请刷新后重试。";

    public DateOnly Today() => ZoneClock.Of(clock).Today;

    public IQueryable<Project> Visible(Actor actor)
    {
        var zone = new ZoneId(actor.ZoneId);
        var query = db.Set<Project>().Where(p => p.ZoneId == zone);
        if (!actor.Roles.Any(TechTransferAccess.Records.CanSee.Contains))
        {
            return query.Where(_ => false);
        }

        if (actor.IsOrganisationBound)
        {
            var org = actor.OrganisationId;
            query = query.Where(p => p.LeadOrganisationId == org || p.CompanyOrganisationId == org);
        }

        return query;
    }

    public async Task<Page<ProjectListItem>> ListAsync(Actor actor, ProjectFilter filter, PageRequest page, CancellationToken ct)
    {
        var query = Filter(Visible(actor).AsNoTracking(), filter);
        var total = await query.CountAsync(ct);
        var items = await query.OrderByDescending(p => p.EntryYear).ThenBy(p => p.Code).Skip(page.Skip).Take(page.Size).Select(ListItem).ToListAsync(ct);
        return new Page<ProjectListItem>(Unsealed(items, await screening.SealedAsync(actor, ct)), page.Number, page.Size, total);
    }

    public static IQueryable<Project> Filter(IQueryable<Project> query, ProjectFilter filter)
    {
        if (!string.IsNullOrWhiteSpace(filter.Search))
        {
            var s = filter.Search.Trim();
            query = query.Where(p => p.Title.Contains(s) || p.Code.Contains(s) || (p.CompanyName != null && p.CompanyName.Contains(s)));
        }

        if (filter.Stage is { } stage)
        {
            query = query.Where(p => p.Stage == stage);
        }

        if (filter.Industry is { } industry)
        {
            query = query.Where(p => p.Industry == industry);
        }

        if (filter.EntryYear is { } year)
        {
            query = query.Where(p => p.EntryYear == year);
        }

        if (filter.Origin is { } origin)
        {
            query = query.Where(p => p.Origin == origin);
        }

        return query;
    }

    public static readonly System.Linq.Expressions.Expression<Func<Project, ProjectListItem>> ListItem = p =>
        new ProjectListItem(p.Id, p.Code, p.Title, p.Stage, p.StageSince, p.Industry, p.Origin, p.EntryYear, p.CompanyName, p.Grade, p.ScreeningScore, p.BaseRunsAccepted > 0, p.Version);

    public async Task<Project?> FindAsync(Actor actor, Guid id, CancellationToken ct, bool tracked = false)
    {
        var query = Visible(actor).Include(p => p.Achievements).Include(p => p.Support);
        return tracked ? await query.FirstOrDefaultAsync(p => p.Id == id, ct) : await query.AsNoTracking().FirstOrDefaultAsync(p => p.Id == id, ct);
    }

    /// <summary>The project the actor may see, or a refusal: another zone's, another organisation's and a missing one are not told apart.</summary>
    public async Task<Project> GetAsync(Actor actor, Guid id, CancellationToken ct, bool tracked = false) =>
        await FindAsync(actor, id, ct, tracked) ?? throw Refusal.NotFound("项目");

    public async Task<ProjectDetail> DetailAsync(Actor actor, Guid id, CancellationToken ct) => await DetailOfAsync(actor, await GetAsync(actor, id, ct), ct);

    /// <summary>The board: each stage's count and its most recent projects, under the same filter as the list.</summary>
    public async Task<IReadOnlyList<BoardColumn>> BoardAsync(Actor actor, ProjectFilter filter, int perStage, CancellationToken ct)
    {
        var query = Filter(Visible(actor), filter with { Stage = null });
        var counts = await query.GroupBy(p => p.Stage).Select(g => new { Stage = g.Key, Count = g.Count() }).ToListAsync(ct);
        var columns = new List<BoardColumn>();
        var sealedResults = await screening.SealedAsync(actor, ct);
        foreach (var stage in Enum.GetValues<RelayStage>())
        {
            var count = counts.FirstOrDefault(c => c.Stage == stage)?.Count ?? 0;
            var cards = count == 0 ? [] : await query.Where(p => p.Stage == stage).OrderByDescending(p => p.StageSince).ThenBy(p => p.Code).Take(perStage).Select(ListItem).ToListAsync(ct);
            columns.Add(new BoardColumn(stage, count, Unsealed(cards, sealedResults)));
        }

        return columns;
    }

    /// <summary>The list rows with the score and grade blanked where the screening results are still sealed for the reader.</summary>
    private static List<ProjectListItem> Unsealed(IEnumerable<ProjectListItem> items, IReadOnlySet<Guid> sealedResults) =>
        [.. items.Select(i => sealedResults.Contains(i.Id) ? i with { Grade = null, ScreeningScore = null } : i)];

    public async Task<ProjectDetail> DetailOfAsync(Actor actor, Project p, CancellationToken ct)
    {
        var achievementIds = p.Achievements.Select(a => a.AchievementId).ToList();
        var achievements = await db.Set<Achievement>().AsNoTracking().Where(a => achievementIds.Contains(a.Id))
            .Select(a => new AchievementRef(a.Id, a.Title, a.Kind, a.Readiness)).ToListAsync(ct);
        var lead = await db.Organisations.AsNoTracking().Where(o => o.Id == p.LeadOrganisationId).Select(o => o.Name).FirstOrDefaultAsync(ct) ?? "—";
        var pilot = await db.Set<PilotPlan>().AsNoTracking().Where(x => x.ProjectId == p.Id).Select(x => new PilotPlanView(x.Objectives, x.Facility, x.Budget)).FirstOrDefaultAsync(ct);
        var industrial = await db.Set<IndustrializationPlan>().AsNoTracking().Where(x => x.ProjectId == p.Id)
            .Select(x => new IndustrializationPlanView(x.Company, x.Capacity, x.TargetSales, x.TargetOutput)).FirstOrDefaultAsync(ct);
        var milestones = (await db.Set<Milestone>().AsNoTracking().Where(m => m.ProjectId == p.Id).ToListAsync(ct))
            .OrderBy(m => m.Plan).ThenBy(m => m.Due)
            .Select(m => new MilestoneView(m.Id, m.Plan, m.Title, m.Due, m.AcceptanceCriteria, m.State, m.Evidence, m.DecisionNote, m.AcceptedOn)).ToList();
        var outcomes = (await db.Set<OutcomeReport>().AsNoTracking().Where(o => o.ProjectId == p.Id).ToListAsync(ct))
            .OrderBy(o => o.ReportedOn).Select(o => new OutcomeView(o.ReportedOn, o.RevenueToDate, o.AnnualOutput)).ToList();
        var rounds = await screening.ForProjectAsync(actor, p.Id, ct);
        var resultsSealed = (await screening.SealedAsync(actor, ct)).Contains(p.Id);
        var definition = await DefinitionAsync(p.ZoneId.Value, ct);
        var verdict = SuccessJudge.Judge(p.PilotStartedOn is not null || p.IndustrialStartedOn is not null, p.IndustrialStartedOn, p.SucceededOn,
            p.Stage == RelayStage.Terminated, definition.WithinMonths, Today());
        var mayChange = TechTransferAccess.MayChangeProject(actor, p.LeadOrganisationId, p.CompanyOrganisationId, p.ZoneId.Value);
        return new ProjectDetail(p.Id, p.Code, p.Title, p.Summary, p.Team, p.LeadOrganisationId, lead, p.EnterpriseId, p.CompanyName, p.CompanyRegistered,
            p.Industry, p.Origin, p.EntryYear, p.Stage, p.StageSince, p.TerminationReason, p.PilotStartedOn, p.IndustrialStartedOn, p.SucceededOn,
            resultsSealed ? null : p.Grade, resultsSealed ? null : p.ScreeningScore, p.Version, TechTransferAccess.IsOperator(actor) ? TransitionAllowedRule.From(p.Stage) : [],
            achievements, p.Support.OrderBy(s => s.Kind).Select(s => new SupportView(s.Id, s.Kind, s.Details, s.AmountAsked, s.Granted)).ToList(),
            pilot, industrial, milestones, outcomes, rounds, mayChange, verdict, p.BaseRunsAccepted, p.FirstBaseRunOn);
    }

    public async Task<ProjectDetail> CreateAsync(Actor actor, ProjectInput input, CancellationToken ct)
    {
        if (!actor.Roles.Any(TechTransferAccess.Submitters.Contains))
        {
            throw Refusal.Forbidden();
        }

        var errors = InputCheck.Annotations(input);
        var lead = actor.IsOrganisationBound ? actor.OrganisationId : input.LeadOrganisationId;
        var zone = new ZoneId(actor.ZoneId);
        if (lead is null || !await db.Organisations.AnyAsync(o => o.Id == lead && o.ZoneId == zone, ct))
        {
            errors["leadOrganisationId"] = ["请选择本园区内的牵头单位。"];
        }

        var ids = input.AchievementIds.Distinct().ToList();
        var achievements = await db.Set<Achievement>().AsNoTracking().Where(a => a.ZoneId == zone && ids.Contains(a.Id)).ToListAsync(ct);
        if (achievements.Count != ids.Count)
        {
            errors["achievementIds"] = ["所选科技成果不存在或不属于本园区。"];
        }
        else if (actor.IsOrganisationBound && achievements.Any(a => a.OwnerOrganisationId != actor.OrganisationId))
        {
            errors["achievementIds"] = ["只能转化本单位的科技成果。"];
        }

        if (input.EnterpriseId is null && string.IsNullOrWhiteSpace(input.CompanyName))
        {
            errors["companyName"] = ["请选择承接企业，或填写拟注册企业名称。"];
        }

        // A registered company must be in the zone's registry and, for an organisation-bound proposer, be their own: another
        // firm is named by name and set by the center once verified (a foreign or unknown id is told apart from neither).
        var company = input.EnterpriseId is { } enterpriseId ? await EnterpriseAsync(actor, enterpriseId, ct) : null;
        if (input.EnterpriseId is not null && company is null)
        {
            errors["enterpriseId"] = [actor.IsOrganisationBound
                ? "只能选择本单位在企业库中登记的企业；其他承接企业请填写名称，由创新中心核实后设置。"
                : "企业库中没有这家企业（或不属于本园区）。"];
        }

        InputCheck.ThrowIfAny(errors);
        var today = Today();
        var year = today.Year;

        // Numbered within the year as the demo's and the center's own registers are (ZG-2026-008): the next number is taken
        // under a lock (SQLite: the IMMEDIATE transaction; PostgreSQL: an advisory lock), with the unique code behind it.
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        if (db.IsPostgres)
        {
            await AdvisoryLock.LockThenReadAsync(db, CodeLockKey, "SELECT 1", _ => 0, ct);
        }

        var code = ProjectCodes.Next(year, await db.Set<Project>().AsNoTracking().Where(p => p.ZoneId == zone && p.Code.StartsWith(ProjectCodes.Prefix(year)))
            .Select(p => p.Code).ToListAsync(ct));
        var project = Project.Propose(zone, code, input.Title.Trim(), input.Summary, input.Team, lead!.Value, input.EnterpriseId,
            string.IsNullOrWhiteSpace(input.CompanyName) ? company?.Name : input.CompanyName.Trim(), input.Industry, input.Origin, today, ids, input.Support.Select(s => (s.Kind, s.Details.Trim(), s.AmountAsked)));
        db.Add(project);
        db.Add(project.Log(ProjectEventKind.Created, $"项目申报：{project.Title}", actor.Name, clock.GetUtcNow()));
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        return await DetailOfAsync(actor, project, ct);
    }

    /// <summary>Sets the company once it is registered as an enterprise (or renames the intended one).</summary>
    public async Task<ProjectDetail> SetCompanyAsync(Actor actor, Guid id, CompanyInput input, CancellationToken ct)
    {
        var p = await GetAsync(actor, id, ct, tracked: true);
        if (!TechTransferAccess.IsOperator(actor))
        {
            throw Refusal.Forbidden();
        }

        // The company's organisation decides who reaches the project: it must be the zone's, and the registered enterprise's own.
        var company = input.EnterpriseId is { } enterpriseId
            ? await EnterpriseAsync(actor, enterpriseId, ct) ?? throw Refusal.Invalid("enterpriseId", "企业库中没有这家企业（或不属于本园区）。")
            : null;
        var organisation = input.CompanyOrganisationId ?? company?.OrganisationId;
        var zone = new ZoneId(actor.ZoneId);
        if (input.CompanyOrganisationId is { } orgId && !await db.Organisations.AnyAsync(o => o.Id == orgId && o.ZoneId == zone, ct))
        {
            throw Refusal.Invalid("companyOrganisationId", "机构不存在或不属于本园区。");
        }

        if (company?.OrganisationId is { } registered && organisation != registered)
        {
            throw Refusal.Invalid("companyOrganisationId", "承接企业的机构与企业库登记的不一致。");
        }

        db.Add(p.SetCompany(input.EnterpriseId, organisation, input.CompanyName ?? company?.Name, actor.Name, clock.GetUtcNow()));
        await SaveAsync(ct);
        return await DetailOfAsync(actor, p, ct);
    }

    /// <summary>
    /// Moves a project to another stage by an operator. The project's stage rules decide; a refusal names the rule.
    /// The version the mover saw must still be current, and the save itself checks it again, so of two simultaneous
    /// moves exactly one wins and the other gets a conflict (409).
    /// </summary>
    public async Task<ProjectDetail> MoveAsync(Actor actor, Guid id, MoveInput input, CancellationToken ct)
    {
        var p = await GetAsync(actor, id, ct, tracked: true);
        if (!TechTransferAccess.IsOperator(actor))
        {
            throw Refusal.Forbidden();
        }

        if (input.ExpectedVersion is { } expected && expected != p.Version)
        {
            throw Refusal.Conflict(ChangedMeanwhile);
        }

        db.Add(p.MoveTo(input.To, input.Reason, await PlanProgressAsync(p.Id, ct), actor.Name, clock.GetUtcNow(), Today()));
        await SaveAsync(ct);
        return await DetailOfAsync(actor, p, ct);
    }

    /// <summary>The proposer (or the center) corrects a proposal not yet in screening, against the version they saw.</summary>
    public async Task<ProjectDetail> ReviseAsync(Actor actor, Guid id, ProposalRevisionInput input, CancellationToken ct)
    {
        InputCheck.Valid(input);
        if (!Enum.IsDefined(input.Industry))
        {
            throw Refusal.Invalid("industry", "产业领域无效。");
        }

        var p = await GetAsync(actor, id, ct, tracked: true);
        if (!TechTransferAccess.MayChangeProject(actor, p.LeadOrganisationId, p.CompanyOrganisationId, actor.ZoneId))
        {
            throw Refusal.Forbidden();
        }

        if (input.Version != p.Version)
        {
            throw Refusal.Conflict(ChangedMeanwhile);
        }

        db.Add(p.Revise(input, actor.Name, clock.GetUtcNow()));
        await SaveAsync(ct);
        return await DetailOfAsync(actor, p, ct);
    }

    /// <summary>The proposer (or the center) withdraws a proposal not yet in screening; the project ends with the reason on its timeline.</summary>
    public async Task<ProjectDetail> WithdrawAsync(Actor actor, Guid id, WithdrawInput input, CancellationToken ct)
    {
        InputCheck.Valid(input);
        var p = await GetAsync(actor, id, ct, tracked: true);
        if (!TechTransferAccess.MayChangeProject(actor, p.LeadOrganisationId, p.CompanyOrganisationId, actor.ZoneId))
        {
            throw Refusal.Forbidden();
        }

        if (input.ExpectedVersion is { } expected && expected != p.Version)
        {
            throw Refusal.Conflict(ChangedMeanwhile);
        }

        db.Add(p.Withdraw(input.Reason, actor.Name, clock.GetUtcNow(), Today()));
        await SaveAsync(ct);
        return await DetailOfAsync(actor, p, ct);
    }

    /// <summary>What the stage rules need to know about the project's plans and milestones.</summary>
    public async Task<PlanProgress> PlanProgressAsync(Guid projectId, CancellationToken ct)
    {
        var milestones = await db.Set<Milestone>().AsNoTracking().Where(m => m.ProjectId == projectId).Select(m => new { m.Plan, m.State }).ToListAsync(ct);
        var hasPilot = await db.Set<PilotPlan>().AnyAsync(x => x.ProjectId == projectId, ct);
        var hasIndustrial = await db.Set<IndustrializationPlan>().AnyAsync(x => x.ProjectId == projectId, ct);
        return new PlanProgress(hasPilot, milestones.Count(m => m.Plan == PlanKind.Pilot), milestones.Count(m => m.Plan == PlanKind.Pilot && m.State == MilestoneState.Accepted),
            hasIndustrial, milestones.Count(m => m.Plan == PlanKind.Industrialization));
    }

    public async Task<ProjectDetail> SavePilotPlanAsync(Actor actor, Guid id, PilotPlanInput input, CancellationToken ct) =>
        await ChangeAsync(actor, id, input, async p =>
        {
            var plan = await db.Set<PilotPlan>().FirstOrDefaultAsync(x => x.ProjectId == p.Id, ct);
            if (plan is null)
            {
                plan = new PilotPlan { ZoneId = p.ZoneId, ProjectId = p.Id, Objectives = input.Objectives.Trim() };
                db.Add(plan);
            }

            plan.Objectives = input.Objectives.Trim();
            plan.Facility = input.Facility;
            plan.Budget = input.Budget;
            return (ProjectEventKind.PlanSaved, $"中试方案：{(input.Facility == PilotFacility.BaseA ? "A 区" : "B 区")}，预算 {input.Budget:N2} 元");
        }, ct);

    public async Task<ProjectDetail> SaveIndustrializationPlanAsync(Actor actor, Guid id, IndustrializationPlanInput input, CancellationToken ct) =>
        await ChangeAsync(actor, id, input, async p =>
        {
            var plan = await db.Set<IndustrializationPlan>().FirstOrDefaultAsync(x => x.ProjectId == p.Id, ct);
            if (plan is null)
            {
                plan = new IndustrializationPlan { ZoneId = p.ZoneId, ProjectId = p.Id, Company = input.Company.Trim(), Capacity = input.Capacity.Trim() };
                db.Add(plan);
            }

            plan.Company = input.Company.Trim();
            plan.Capacity = input.Capacity.Trim();
            plan.TargetSales = input.TargetSales;
            plan.TargetOutput = input.TargetOutput;
            return (ProjectEventKind.PlanSaved, $"产业化方案：{plan.Company}，{plan.Capacity}，目标产值 {input.TargetOutput:N0} 元");
        }, ct);

    public async Task<ProjectDetail> AddMilestoneAsync(Actor actor, Guid id, MilestoneInput input, CancellationToken ct) =>
        await ChangeAsync(actor, id, input, p =>
        {
            db.Add(new Milestone(p.ZoneId, p.Id, input.Plan, input.Title.Trim(), input.Due, input.AcceptanceCriteria.Trim()));
            return Task.FromResult((ProjectEventKind.PlanSaved, $"新增{(input.Plan == PlanKind.Pilot ? "中试" : "产业化")}里程碑：{input.Title.Trim()}（{input.Due:yyyy-MM-dd}）"));
        }, ct);

    /// <summary>The project's owner submits evidence for a milestone; it waits for the operator's acceptance.</summary>
    public async Task<ProjectDetail> SubmitEvidenceAsync(Actor actor, Guid id, Guid milestoneId, EvidenceInput input, CancellationToken ct) =>
        await ChangeAsync(actor, id, input, async p =>
        {
            var m = await MilestoneAsync(p, milestoneId, ct);
            m.SubmitEvidence(input.Evidence);
            return (ProjectEventKind.MilestoneSubmitted, $"提交验收材料：{m.Title}");
        }, ct);

    /// <summary>The operator accepts a submitted milestone or sends it back with a note.</summary>
    public async Task<ProjectDetail> DecideMilestoneAsync(Actor actor, Guid id, Guid milestoneId, MilestoneDecisionInput input, CancellationToken ct)
    {
        if (!TechTransferAccess.IsOperator(actor))
        {
            throw Refusal.Forbidden();
        }

        return await ChangeAsync(actor, id, input, async p =>
        {
            var m = await MilestoneAsync(p, milestoneId, ct);
            m.Decide(input.Accept, input.Note, Today());
            return (input.Accept ? ProjectEventKind.MilestoneAccepted : ProjectEventKind.MilestoneSentBack,
                $"{(input.Accept ? "验收通过" : "退回")}：{m.Title}" + (string.IsNullOrWhiteSpace(input.Note) ? string.Empty : $"（{input.Note.Trim()}）"));
        }, ct);
    }

    private async Task<Milestone> MilestoneAsync(Project p, Guid milestoneId, CancellationToken ct) =>
        await db.Set<Milestone>().FirstOrDefaultAsync(x => x.Id == milestoneId && x.ProjectId == p.Id, ct)
            ?? throw Refusal.ByRule(RuleOutcome.Refuse("MilestoneExistsRule", "里程碑不存在。"));

    /// <summary>Records a sales report; success is re-judged from all reports under the definition in force.</summary>
    public async Task<ProjectDetail> ReportOutcomeAsync(Actor actor, Guid id, OutcomeInput input, CancellationToken ct)
    {
        if (input.ReportedOn > Today())
        {
            throw Refusal.Invalid("reportedOn", "报告日期不能晚于今天。");
        }

        InputCheck.Valid(input);
        var p = await ChangeableAsync(actor, id, ct);
        var report = new OutcomeReport { ZoneId = p.ZoneId, ProjectId = p.Id, ReportedOn = input.ReportedOn, RevenueToDate = input.RevenueToDate, AnnualOutput = input.AnnualOutput };
        var definition = await DefinitionAsync(p.ZoneId.Value, ct);
        var earlier = await db.Set<OutcomeReport>().AsNoTracking().Where(o => o.ProjectId == p.Id).Select(o => new { o.ReportedOn, o.RevenueToDate }).ToListAsync(ct);
        db.AddRange(p.ReportSales(report, earlier.Select(r => (r.ReportedOn, r.RevenueToDate)), definition, actor.Name, clock.GetUtcNow()));
        db.Add(report);
        await SaveAsync(ct);
        return await DetailOfAsync(actor, p, ct);
    }

    public async Task<SuccessDefinition> DefinitionAsync(Guid zoneId, CancellationToken ct)
    {
        var zone = new ZoneId(zoneId);
        var today = Today();
        return await db.Set<SuccessDefinition>().AsNoTracking().Where(d => d.ZoneId == zone && d.EffectiveFrom <= today).OrderByDescending(d => d.EffectiveFrom).FirstOrDefaultAsync(ct)
            ?? new SuccessDefinition { ZoneId = zone, EffectiveFrom = DateOnly.MinValue };
    }

    public async Task<SuccessDefinitionView> DefinitionViewAsync(Guid zoneId, CancellationToken ct)
    {
        var d = await DefinitionAsync(zoneId, ct);
        return new SuccessDefinitionView(d.EffectiveFrom, d.RevenueThreshold, d.WithinMonths, d.AnnualConversionTarget, d.AnnualOutputTarget, 0);
    }

    /// <summary>
    /// Records a new version of the success definition effective today (today's earlier edit is replaced) and judges
    /// every project of the zone again under it, so the analytics never mix two definitions.
    /// </summary>
    public async Task<SuccessDefinitionView> SaveDefinitionAsync(Actor actor, SuccessDefinitionInput input, CancellationToken ct)
    {
        if (!actor.IsIn(Roles.ZoneAdmin))
        {
            throw Refusal.Forbidden();
        }

        InputCheck.Valid(input);
        var zone = new ZoneId(actor.ZoneId);
        var today = Today();
        var d = await db.Set<SuccessDefinition>().FirstOrDefaultAsync(x => x.ZoneId == zone && x.EffectiveFrom == today, ct);
        if (d is null)
        {
            d = new SuccessDefinition { ZoneId = zone, EffectiveFrom = today };
            db.Add(d);
        }

        d.RevenueThreshold = input.RevenueThreshold;
        d.WithinMonths = input.WithinMonths;
        d.AnnualConversionTarget = input.AnnualConversionTarget;
        d.AnnualOutputTarget = input.AnnualOutputTarget;

        var started = await db.Set<Project>().Where(p => p.ZoneId == zone && p.IndustrialStartedOn != null).ToListAsync(ct);
        var ids = started.Select(p => p.Id).ToList();
        var reports = (await db.Set<OutcomeReport>().AsNoTracking().Where(o => o.ZoneId == zone).Select(o => new { o.ProjectId, o.ReportedOn, o.RevenueToDate }).ToListAsync(ct))
            .Where(o => ids.Contains(o.ProjectId)).ToLookup(o => o.ProjectId);
        var changed = 0;
        var now = clock.GetUtcNow();
        foreach (var p in started)
        {
            if (p.Rejudge(reports[p.Id].Select(r => (r.ReportedOn, r.RevenueToDate)), input.RevenueThreshold, input.WithinMonths, actor.Name, now) is { } e)
            {
                db.Add(e);
                changed++;
            }
        }

        await SaveAsync(ct);
        return new SuccessDefinitionView(d.EffectiveFrom, d.RevenueThreshold, d.WithinMonths, d.AnnualConversionTarget, d.AnnualOutputTarget, changed);
    }

    /// <summary>The timeline of a project the actor may see.</summary>
    public async Task<IReadOnlyList<TimelineEntry>> TimelineAsync(Actor actor, Guid projectId, CancellationToken ct)
    {
        await GetAsync(actor, projectId, ct);
        var resultsSealed = (await screening.SealedAsync(actor, ct)).Contains(projectId);
        return (await db.Set<ProjectEvent>().AsNoTracking().Where(e => e.ProjectId == projectId).ToListAsync(ct))
            .OrderBy(e => e.At).ThenBy(e => e.Id)
            .Select(e => new TimelineEntry(e.At, e.Kind, e.FromStage, e.ToStage, e.DaysInFromStage,
                resultsSealed && IsScreeningDecision(e) ? $"{StageNames.Of(e.FromStage!.Value)} → {StageNames.Of(e.ToStage!.Value)}" : e.Text, e.ActorName)).ToList();
    }

    // The round's decision moves a project out of screening; its text carries the score and the reason.
    private static bool IsScreeningDecision(ProjectEvent e) =>
        e.FromStage == RelayStage.Screening && e.ToStage is RelayStage.Selected or RelayStage.Rejected;

    /// <summary>An owner's or operator's change to a project: annotations, access, the change, a timeline entry, a new version, one save.</summary>
    private async Task<ProjectDetail> ChangeAsync(Actor actor, Guid id, object input, Func<Project, Task<(ProjectEventKind Kind, string Text)>> change, CancellationToken ct)
    {
        InputCheck.Valid(input);
        var p = await ChangeableAsync(actor, id, ct);
        var (kind, text) = await change(p);
        db.Add(p.Changed(kind, text, actor.Name, clock.GetUtcNow()));
        await SaveAsync(ct);
        return await DetailOfAsync(actor, p, ct);
    }

    /// <summary>The tracked project, if the actor may see it (else not found) and change it (else forbidden).</summary>
    private async Task<Project> ChangeableAsync(Actor actor, Guid id, CancellationToken ct)
    {
        var p = await GetAsync(actor, id, ct, tracked: true);
        return TechTransferAccess.MayChangeProject(actor, p.LeadOrganisationId, p.CompanyOrganisationId, p.ZoneId.Value) ? p : throw Refusal.Forbidden();
    }

    /// <summary>Saves; a project changed by someone else since it was read (its version moved) is a conflict, and nothing is saved.</summary>
    public async Task SaveAsync(CancellationToken ct)
    {
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            throw Refusal.Conflict(ChangedMeanwhile);
        }
    }

    /// <summary>The zone's registered enterprise, when the caller may name it: organisation-bound callers only their own.</summary>
    private async Task<EnterpriseSummary?> EnterpriseAsync(Actor actor, Guid enterpriseId, CancellationToken ct)
    {
        if (services.GetService(typeof(IEnterpriseDirectory)) is not IEnterpriseDirectory directory)
        {
            return null;
        }

        var found = (await directory.FindAsync(actor.ZoneId, [enterpriseId], ct)) is [var first, ..] ? first : null;
        return found is null || (actor.IsOrganisationBound && found.OrganisationId != actor.OrganisationId) ? null : found;
    }
}

/// <summary>A project's screening results as its viewer may see them; the screening rounds answer it (they know the projects, not the reverse).</summary>
internal interface IScreeningResults
{
    Task<IReadOnlyList<ScreeningResultView>> ForProjectAsync(Actor actor, Guid projectId, CancellationToken ct);

    /// <summary>The projects whose screening score and grade the actor may not read (yet).</summary>
    Task<IReadOnlySet<Guid>> SealedAsync(Actor actor, CancellationToken ct);
}
