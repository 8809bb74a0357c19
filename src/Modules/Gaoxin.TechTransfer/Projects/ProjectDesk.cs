using Gaoxin.Contracts.TechTransfer;
using Gaoxin.Data;
using Gaoxin.Kernel.Access;
using Gaoxin.Kernel.Paging;
using Gaoxin.Kernel.Rules;
using Gaoxin.Kernel.Zones;
using Gaoxin.TechTransfer.Achievements;
using Gaoxin.TechTransfer.Analytics;
using Gaoxin.TechTransfer.Plans;
using Gaoxin.TechTransfer.Screening;
using Microsoft.EntityFrameworkCore;

namespace Gaoxin.TechTransfer.Projects;

/// <summary>
/// The relay's day-to-day work on projects: propose, move through stages (every move checked by the stage rules and
/// written to the timeline), plans and milestones, sales reports. The API and the pages both call it.
/// </summary>
internal sealed class ProjectDesk(GaoxinDbContext db, TimeProvider clock)
{
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
        return new Page<ProjectListItem>(items, page.Number, page.Size, total);
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
        new ProjectListItem(p.Id, p.Code, p.Title, p.Stage, p.StageSince, p.Industry, p.Origin, p.EntryYear, p.CompanyName, p.Grade, p.ScreeningScore, p.PilotStartedOn != null, p.Version);

    public async Task<Project?> FindAsync(Actor actor, Guid id, CancellationToken ct, bool tracked = false)
    {
        var query = Visible(actor).Include(p => p.Achievements).Include(p => p.Support);
        return tracked ? await query.FirstOrDefaultAsync(p => p.Id == id, ct) : await query.AsNoTracking().FirstOrDefaultAsync(p => p.Id == id, ct);
    }

    public async Task<Outcome<ProjectDetail>> DetailAsync(Actor actor, Guid id, CancellationToken ct)
    {
        var p = await FindAsync(actor, id, ct);
        return p is null ? Outcome<ProjectDetail>.NotFound() : Outcome<ProjectDetail>.Ok(await DetailOfAsync(actor, p, ct));
    }

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
        var screening = await ScreeningResultsAsync(actor, p.Id, ct);
        var definition = await DefinitionAsync(p.ZoneId.Value, ct);
        var verdict = SuccessJudge.Judge(p.PilotStartedOn is not null || p.IndustrialStartedOn is not null, p.IndustrialStartedOn, p.SucceededOn,
            p.Stage == RelayStage.Terminated, definition.WithinMonths, Today());
        var mayChange = TechTransferAccess.MayChangeProject(actor, p.LeadOrganisationId, p.CompanyOrganisationId, p.ZoneId.Value);
        return new ProjectDetail(p.Id, p.Code, p.Title, p.Summary, p.Team, p.LeadOrganisationId, lead, p.EnterpriseId, p.CompanyName, p.CompanyRegistered,
            p.Industry, p.Origin, p.EntryYear, p.Stage, p.StageSince, p.TerminationReason, p.PilotStartedOn, p.IndustrialStartedOn, p.SucceededOn,
            p.Grade, p.ScreeningScore, p.Version, TechTransferAccess.IsOperator(actor) ? TransitionAllowedRule.From(p.Stage) : [],
            achievements, p.Support.OrderBy(s => s.Kind).Select(s => new SupportView(s.Id, s.Kind, s.Details, s.AmountAsked, s.Granted)).ToList(),
            pilot, industrial, milestones, outcomes, screening, mayChange, verdict);
    }

    /// <summary>Round results for the project: staff see them at once; applicants only once the round is published.</summary>
    private async Task<IReadOnlyList<ScreeningResultView>> ScreeningResultsAsync(Actor actor, Guid projectId, CancellationToken ct)
    {
        var staff = actor.Roles.Any(TechTransferAccess.ZoneStaff.Contains);
        var rows = await (from e in db.Set<RoundEntry>().AsNoTracking()
                          join r in db.Set<ScreeningRound>().AsNoTracking() on e.RoundId equals r.Id
                          where e.ProjectId == projectId && (staff || r.Status == RoundStatus.Published)
                          select new { r.Id, r.Title, r.Status, e.Score, e.Rank, e.Grade, e.Decision, e.Reason }).ToListAsync(ct);
        return rows.Select(r => new ScreeningResultView(r.Id, r.Title, r.Status == RoundStatus.Open ? null : r.Score, r.Status == RoundStatus.Open ? null : r.Rank,
            r.Status == RoundStatus.Open ? null : r.Grade, r.Decision?.ToString(), r.Reason)).ToList();
    }

    public async Task<Outcome<ProjectDetail>> CreateAsync(Actor actor, ProjectInput input, CancellationToken ct)
    {
        if (!actor.Roles.Any(TechTransferAccess.Submitters.Contains))
        {
            return Outcome<ProjectDetail>.Forbidden();
        }

        var errors = Check.Annotations(input);
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

        if (errors.Count > 0)
        {
            return Outcome<ProjectDetail>.Invalid(errors);
        }

        var today = Today();
        var year = today.Year;
        var count = await db.Set<Project>().CountAsync(p => p.ZoneId == zone && p.EntryYear == year, ct);
        var project = new Project
        {
            ZoneId = zone,
            // Numbered within the year, with a short random tail so two proposals at the same moment never collide on the unique code.
            Code = $"ZG-{year}-{count + 1:D3}-{Guid.CreateVersion7().ToString("N")[^4..].ToUpperInvariant()}",
            Title = input.Title.Trim(),
            Summary = input.Summary,
            Team = input.Team,
            LeadOrganisationId = lead!.Value,
            EnterpriseId = input.EnterpriseId,
            CompanyName = input.CompanyName?.Trim(),
            CompanyRegistered = input.EnterpriseId is not null,
            Industry = input.Industry,
            Origin = input.Origin,
            EntryYear = year,
            StageSince = today,
        };
        project.Achievements.AddRange(ids.Select(a => new ProjectAchievement { ZoneId = zone, ProjectId = project.Id, AchievementId = a }));
        project.Support.AddRange(input.Support.Select(s => new SupportRequest { ZoneId = zone, ProjectId = project.Id, Kind = s.Kind, Details = s.Details.Trim(), AmountAsked = s.AmountAsked }));
        db.Add(project);
        db.Add(Event(project, ProjectEventKind.Created, $"项目申报：{project.Title}", actor.Name));
        await db.SaveChangesAsync(ct);
        return Outcome<ProjectDetail>.Ok(await DetailOfAsync(actor, project, ct));
    }

    /// <summary>Sets the company once it is registered as an enterprise (or renames the intended one).</summary>
    public async Task<Outcome<ProjectDetail>> SetCompanyAsync(Actor actor, Guid id, Guid? enterpriseId, Guid? companyOrganisationId, string? companyName, CancellationToken ct)
    {
        var p = await FindAsync(actor, id, ct, tracked: true);
        if (p is null)
        {
            return Outcome<ProjectDetail>.NotFound();
        }

        if (!TechTransferAccess.IsOperator(actor))
        {
            return Outcome<ProjectDetail>.Forbidden();
        }

        if (enterpriseId is null && string.IsNullOrWhiteSpace(companyName))
        {
            return Outcome<ProjectDetail>.Invalid("companyName", "请选择承接企业，或填写拟注册企业名称。");
        }

        p.EnterpriseId = enterpriseId;
        p.CompanyOrganisationId = companyOrganisationId;
        p.CompanyName = companyName?.Trim() ?? p.CompanyName;
        p.CompanyRegistered = enterpriseId is not null;
        p.Version++;
        db.Add(Event(p, ProjectEventKind.Note, $"承接企业：{p.CompanyName}{(p.CompanyRegistered ? "（已注册）" : "（拟注册）")}", actor.Name));
        await db.SaveChangesAsync(ct);
        return Outcome<ProjectDetail>.Ok(await DetailOfAsync(actor, p, ct));
    }

    /// <summary>
    /// Moves a project to another stage by an operator. The stage rules decide; a refusal throws with the rule's name.
    /// The version the mover saw must still be current, and the save itself checks it again, so of two simultaneous
    /// moves exactly one wins and the other gets a 409.
    /// </summary>
    public async Task<Outcome<ProjectDetail>> MoveAsync(Actor actor, Guid id, MoveInput input, CancellationToken ct)
    {
        var p = await FindAsync(actor, id, ct, tracked: true);
        if (p is null)
        {
            return Outcome<ProjectDetail>.NotFound();
        }

        if (!TechTransferAccess.IsOperator(actor))
        {
            return Outcome<ProjectDetail>.Forbidden();
        }

        if (input.ExpectedVersion is { } expected && expected != p.Version)
        {
            throw new DbUpdateConcurrencyException($"项目版本已变化（{expected} → {p.Version}）。");
        }

        await ApplyMoveAsync(p, input.To, input.Reason, actor.Name, byRound: false, ct);
        await db.SaveChangesAsync(ct);
        return Outcome<ProjectDetail>.Ok(await DetailOfAsync(actor, p, ct));
    }

    /// <summary>Checks the stage rules and applies the move to the tracked project (the caller saves).</summary>
    public async Task ApplyMoveAsync(Project p, RelayStage to, string? reason, string actorName, bool byRound, CancellationToken ct)
    {
        var facts = await FactsAsync(p, to, reason, byRound, ct);
        if (StageTransitions.FirstRefusal(facts) is { } refusal)
        {
            throw new BusinessRuleException(refusal);
        }

        var today = Today();
        var from = p.Stage;
        var days = Math.Max(0, today.DayNumber - p.StageSince.DayNumber);
        p.Stage = to;
        p.StageSince = today;
        p.Version++;
        if (to == RelayStage.PilotIncubation)
        {
            p.PilotStartedOn = today;
        }

        if (to == RelayStage.IndustrialIncubation)
        {
            p.IndustrialStartedOn = today;
        }

        if (to is RelayStage.Terminated or RelayStage.Rejected)
        {
            p.TerminationReason = reason?.Trim();
        }
        else if (to > p.FurthestStage)
        {
            p.FurthestStage = to;
        }

        var text = $"{StageNames.Of(from)} → {StageNames.Of(to)}" + (string.IsNullOrWhiteSpace(reason) ? string.Empty : $"：{reason.Trim()}");
        var e = Event(p, ProjectEventKind.StageChanged, text, actorName);
        e.FromStage = from;
        e.ToStage = to;
        e.DaysInFromStage = days;
        db.Add(e);
    }

    private async Task<TransitionFacts> FactsAsync(Project p, RelayStage to, string? reason, bool byRound, CancellationToken ct)
    {
        var milestones = await db.Set<Milestone>().AsNoTracking().Where(m => m.ProjectId == p.Id).Select(m => new { m.Plan, m.State }).ToListAsync(ct);
        var hasPilot = await db.Set<PilotPlan>().AnyAsync(x => x.ProjectId == p.Id, ct);
        var hasIndustrial = await db.Set<IndustrializationPlan>().AnyAsync(x => x.ProjectId == p.Id, ct);
        return new TransitionFacts(p.Stage, to, reason, p.Achievements.Count, byRound,
            hasPilot, milestones.Count(m => m.Plan == PlanKind.Pilot), milestones.Count(m => m.Plan == PlanKind.Pilot && m.State == MilestoneState.Accepted),
            hasIndustrial, milestones.Count(m => m.Plan == PlanKind.Industrialization), p.CompanyRegistered);
    }

    public async Task<Outcome<ProjectDetail>> SavePilotPlanAsync(Actor actor, Guid id, PilotPlanInput input, CancellationToken ct) =>
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
            return Event(p, ProjectEventKind.PlanSaved, $"中试方案：{(input.Facility == PilotFacility.BaseA ? "A 区" : "B 区")}，预算 {input.Budget:N2} 元", actor.Name);
        }, ct);

    public async Task<Outcome<ProjectDetail>> SaveIndustrializationPlanAsync(Actor actor, Guid id, IndustrializationPlanInput input, CancellationToken ct) =>
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
            return Event(p, ProjectEventKind.PlanSaved, $"产业化方案：{plan.Company}，{plan.Capacity}，目标产值 {input.TargetOutput:N0} 元", actor.Name);
        }, ct);

    public async Task<Outcome<ProjectDetail>> AddMilestoneAsync(Actor actor, Guid id, MilestoneInput input, CancellationToken ct) =>
        await ChangeAsync(actor, id, input, p =>
        {
            db.Add(new Milestone { ZoneId = p.ZoneId, ProjectId = p.Id, Plan = input.Plan, Title = input.Title.Trim(), Due = input.Due, AcceptanceCriteria = input.AcceptanceCriteria.Trim() });
            return Task.FromResult(Event(p, ProjectEventKind.PlanSaved, $"新增{(input.Plan == PlanKind.Pilot ? "中试" : "产业化")}里程碑：{input.Title.Trim()}（{input.Due:yyyy-MM-dd}）", actor.Name));
        }, ct);

    /// <summary>The project's owner submits evidence for a milestone; it waits for the operator's acceptance.</summary>
    public async Task<Outcome<ProjectDetail>> SubmitEvidenceAsync(Actor actor, Guid id, Guid milestoneId, EvidenceInput input, CancellationToken ct) =>
        await ChangeAsync(actor, id, input, async p =>
        {
            var m = await db.Set<Milestone>().FirstOrDefaultAsync(x => x.Id == milestoneId && x.ProjectId == p.Id, ct)
                ?? throw new BusinessRuleException(RuleOutcome.Refuse("MilestoneExistsRule", "里程碑不存在。"));
            if (m.State == MilestoneState.Accepted)
            {
                throw new BusinessRuleException(RuleOutcome.Refuse("AcceptedMilestoneIsFinalRule", "该里程碑已验收，不能再提交材料。"));
            }

            m.Evidence = input.Evidence.Trim();
            m.State = MilestoneState.Submitted;
            return Event(p, ProjectEventKind.MilestoneSubmitted, $"提交验收材料：{m.Title}", actor.Name);
        }, ct);

    /// <summary>The operator accepts a submitted milestone or sends it back with a note.</summary>
    public async Task<Outcome<ProjectDetail>> DecideMilestoneAsync(Actor actor, Guid id, Guid milestoneId, MilestoneDecisionInput input, CancellationToken ct)
    {
        if (!TechTransferAccess.IsOperator(actor))
        {
            return Outcome<ProjectDetail>.Forbidden();
        }

        return await ChangeAsync(actor, id, input, async p =>
        {
            var m = await db.Set<Milestone>().FirstOrDefaultAsync(x => x.Id == milestoneId && x.ProjectId == p.Id, ct)
                ?? throw new BusinessRuleException(RuleOutcome.Refuse("MilestoneExistsRule", "里程碑不存在。"));
            if (m.State != MilestoneState.Submitted)
            {
                throw new BusinessRuleException(RuleOutcome.Refuse("MilestoneNeedsEvidenceRule", "只有已提交材料的里程碑才能验收或退回。",
                    new Dictionary<string, string> { ["state"] = m.State.ToString() }));
            }

            if (!input.Accept && string.IsNullOrWhiteSpace(input.Note))
            {
                throw new BusinessRuleException(RuleOutcome.Refuse("SendBackNeedsNoteRule", "退回里程碑须说明原因。"));
            }

            m.State = input.Accept ? MilestoneState.Accepted : MilestoneState.SentBack;
            m.DecisionNote = input.Note?.Trim();
            m.AcceptedOn = input.Accept ? Today() : null;
            return Event(p, input.Accept ? ProjectEventKind.MilestoneAccepted : ProjectEventKind.MilestoneSentBack,
                $"{(input.Accept ? "验收通过" : "退回")}：{m.Title}" + (string.IsNullOrWhiteSpace(input.Note) ? string.Empty : $"（{input.Note.Trim()}）"), actor.Name);
        }, ct);
    }

    /// <summary>Records a sales report; success is re-judged from all reports under the definition in force.</summary>
    public async Task<Outcome<ProjectDetail>> ReportOutcomeAsync(Actor actor, Guid id, OutcomeInput input, CancellationToken ct)
    {
        if (input.ReportedOn > Today())
        {
            return Outcome<ProjectDetail>.Invalid("reportedOn", "报告日期不能晚于今天。");
        }

        return await ChangeAsync(actor, id, input, async p =>
        {
            if (p.IndustrialStartedOn is null)
            {
                throw new BusinessRuleException(RuleOutcome.Refuse("OutcomeAfterIncubationRule", "项目尚未进入产业孵化，不能登记产品销售。"));
            }

            db.Add(new OutcomeReport { ZoneId = p.ZoneId, ProjectId = p.Id, ReportedOn = input.ReportedOn, RevenueToDate = input.RevenueToDate, AnnualOutput = input.AnnualOutput });
            var definition = await DefinitionAsync(p.ZoneId.Value, ct);
            var reports = await db.Set<OutcomeReport>().AsNoTracking().Where(o => o.ProjectId == p.Id).Select(o => new { o.ReportedOn, o.RevenueToDate }).ToListAsync(ct);
            var before = p.SucceededOn;
            p.SucceededOn = SuccessJudge.SucceededOn(p.IndustrialStartedOn, reports.Select(r => (r.ReportedOn, r.RevenueToDate)).Append((input.ReportedOn, input.RevenueToDate)),
                definition.RevenueThreshold, definition.WithinMonths);
            if (before is null && p.SucceededOn is not null)
            {
                db.Add(Event(p, ProjectEventKind.Succeeded, $"达到产业化成功标准：累计销售 {input.RevenueToDate:N0} 元 ≥ {definition.RevenueThreshold:N0} 元", actor.Name));
            }

            return Event(p, ProjectEventKind.OutcomeReported, $"产品销售报告（{input.ReportedOn:yyyy-MM-dd}）：累计销售 {input.RevenueToDate:N0} 元，新增产值 {input.AnnualOutput:N0} 元", actor.Name);
        }, ct);
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
    public async Task<Outcome<SuccessDefinitionView>> SaveDefinitionAsync(Actor actor, SuccessDefinitionInput input, CancellationToken ct)
    {
        if (!actor.IsIn(Gaoxin.Kernel.Access.Roles.ZoneAdmin))
        {
            return Outcome<SuccessDefinitionView>.Forbidden();
        }

        var errors = Check.Annotations(input);
        if (errors.Count > 0)
        {
            return Outcome<SuccessDefinitionView>.Invalid(errors);
        }

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
        foreach (var p in started)
        {
            var succeeded = SuccessJudge.SucceededOn(p.IndustrialStartedOn, reports[p.Id].Select(r => (r.ReportedOn, r.RevenueToDate)), input.RevenueThreshold, input.WithinMonths);
            if (succeeded != p.SucceededOn)
            {
                p.SucceededOn = succeeded;
                p.Version++;
                changed++;
                db.Add(Event(p, ProjectEventKind.Note, succeeded is null ? "按新的成功标准重新判定：尚未达标" : $"按新的成功标准重新判定：{succeeded:yyyy-MM-dd} 达标", actor.Name));
            }
        }

        await db.SaveChangesAsync(ct);
        return Outcome<SuccessDefinitionView>.Ok(new SuccessDefinitionView(d.EffectiveFrom, d.RevenueThreshold, d.WithinMonths, d.AnnualConversionTarget, d.AnnualOutputTarget, changed));
    }

    public async Task<IReadOnlyList<TimelineEntry>> TimelineAsync(Guid projectId, CancellationToken ct) =>
        (await db.Set<ProjectEvent>().AsNoTracking().Where(e => e.ProjectId == projectId).ToListAsync(ct))
            .OrderBy(e => e.At).ThenBy(e => e.Id)
            .Select(e => new TimelineEntry(e.At, e.Kind, e.FromStage, e.ToStage, e.DaysInFromStage, e.Text, e.ActorName)).ToList();

    /// <summary>An owner's or operator's change to a project: annotations, access, the change, a timeline entry, a new version, one save.</summary>
    private async Task<Outcome<ProjectDetail>> ChangeAsync(Actor actor, Guid id, object input, Func<Project, Task<ProjectEvent>> change, CancellationToken ct)
    {
        var errors = Check.Annotations(input);
        if (errors.Count > 0)
        {
            return Outcome<ProjectDetail>.Invalid(errors);
        }

        var p = await FindAsync(actor, id, ct, tracked: true);
        if (p is null)
        {
            return Outcome<ProjectDetail>.NotFound();
        }

        if (!TechTransferAccess.MayChangeProject(actor, p.LeadOrganisationId, p.CompanyOrganisationId, p.ZoneId.Value))
        {
            return Outcome<ProjectDetail>.Forbidden();
        }

        db.Add(await change(p));
        p.Version++;
        await db.SaveChangesAsync(ct);
        return Outcome<ProjectDetail>.Ok(await DetailOfAsync(actor, p, ct));
    }

    public ProjectEvent Event(Project p, ProjectEventKind kind, string text, string? actor) =>
        new() { ZoneId = p.ZoneId, ProjectId = p.Id, At = clock.GetUtcNow(), Kind = kind, Text = text, ActorName = actor };
}
