using Gaoxin.Contracts.Funding;
using Gaoxin.Contracts.TechTransfer;
using Gaoxin.Data;
using Gaoxin.Kernel.Access;
using Gaoxin.Kernel.Rules;
using Gaoxin.Kernel.Zones;
using Gaoxin.TechTransfer.Projects;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Gaoxin.TechTransfer.Screening;

/// <summary>
/// Screening rounds (前瞻性项目筛选): the operator opens a round with criteria, reviewers, projects and a deadline;
/// reviewers score independently (each sees only their own sheet); the operator decides on the aggregated ranking
/// and publishes the results to the applicants.
/// </summary>
internal sealed class RoundDesk(GaoxinDbContext db, ProjectDesk projects, TimeProvider clock, IServiceProvider services)
{
    public static readonly IReadOnlyList<CriterionInput> DefaultCriteria =
    [
        new("technology", "技术先进性", 25),
        new("market", "市场需求", 20),
        new("team", "团队能力", 15),
        new("chain-fit", "与园区产业链契合度", 15),
        new("pilot-feasibility", "中试可行性", 15),
        new("ip", "知识产权", 10),
    ];

    /// <summary>Grade thresholds when the fund module is absent: the example policy (A ≥ 85, B ≥ 75, C ≥ 60).</summary>
    private static readonly string[] Grades = ["A", "B", "C"];

    public static readonly IReadOnlyList<GradeBand> DefaultBands = [new("A", 85), new("B", 75), new("C", 60)];

    public async Task<IReadOnlyList<RoundListItem>> ListAsync(Actor actor, CancellationToken ct)
    {
        var zone = new ZoneId(actor.ZoneId);
        var query = db.Set<ScreeningRound>().AsNoTracking().Where(r => r.ZoneId == zone);
        if (!actor.Roles.Any(TechTransferAccess.ZoneStaff.Contains))
        {
            return [];
        }

        if (!TechTransferAccess.IsOperator(actor) && !actor.IsIn(Roles.Viewer))
        {
            query = query.Where(r => r.Reviewers.Any(v => v.UserId == actor.UserId));
        }

        return (await query.Select(r => new RoundListItem(r.Id, r.Title, r.Deadline, r.Status, r.Entries.Count, r.Reviewers.Count)).ToListAsync(ct))
            .OrderByDescending(r => r.Deadline).ToList();
    }

    /// <summary>The zone's active reviewers an operator may assign to a round.</summary>
    public async Task<IReadOnlyList<ReviewerOption>> ReviewerOptionsAsync(Actor actor, CancellationToken ct) =>
        (await (from u in db.Users
                join ur in db.UserRoles on u.Id equals ur.UserId
                join r in db.Roles on ur.RoleId equals r.Id
                join o in db.Organisations on u.OrganisationId equals o.Id into orgs
                from o in orgs.DefaultIfEmpty()
                where u.ZoneId == actor.ZoneId && r.Name == Roles.Reviewer && !u.IsDisabled
                select new ReviewerOption(u.Id, u.DisplayName, u.Email ?? string.Empty, u.OrganisationId, o == null ? null : o.Name)).ToListAsync(ct))
            .OrderBy(r => r.Email, StringComparer.Ordinal).ToList();

    public async Task<RoundView> OpenAsync(Actor actor, RoundInput input, CancellationToken ct)
    {
        if (!TechTransferAccess.IsOperator(actor))
        {
            throw Refusal.Forbidden();
        }

        var errors = InputCheck.Annotations(input);
        // The criteria given are checked with the input (criteria[i].key); the defaults are known good.
        var criteria = input.Criteria.Count == 0 ? DefaultCriteria : input.Criteria;

        if (criteria.Select(c => c.Key).Distinct().Count() != criteria.Count)
        {
            errors["criteria"] = ["评分项的键不能重复。"];
        }

        if (input.Deadline <= clock.GetUtcNow())
        {
            errors["deadline"] = ["截止时间须晚于现在。"];
        }

        var zone = new ZoneId(actor.ZoneId);
        var reviewerIds = input.ReviewerIds.Distinct().ToList();
        var reviewers = await (from u in db.Users
                               join ur in db.UserRoles on u.Id equals ur.UserId
                               join r in db.Roles on ur.RoleId equals r.Id
                               where reviewerIds.Contains(u.Id) && u.ZoneId == zone.Value && r.Name == Roles.Reviewer && !u.IsDisabled
                               select new { u.Id, u.DisplayName, u.OrganisationId }).Distinct().ToListAsync(ct);
        if (reviewerIds.Count == 0 || reviewers.Count != reviewerIds.Count)
        {
            errors["reviewerIds"] = ["请至少指定一名评审专家；所选用户须为本园区在用的评审专家。"];
        }

        var projectIds = input.ProjectIds.Distinct().ToList();
        var chosen = await db.Set<Project>().Include(p => p.Achievements).Where(p => p.ZoneId == zone && projectIds.Contains(p.Id)).ToListAsync(ct);
        if (projectIds.Count == 0 || chosen.Count != projectIds.Count)
        {
            errors["projectIds"] = ["请至少选择一个本园区的项目。"];
        }
        else if (chosen.FirstOrDefault(p => p.Stage != RelayStage.Proposed) is { } busy)
        {
            errors["projectIds"] = [$"项目 {busy.Code} 当前阶段为“{StageNames.Of(busy.Stage)}”，只有“已申报”的项目可以进入筛选。"];
        }

        InputCheck.ThrowIfAny(errors);
        var bands = await BandsAsync(actor.ZoneId, ct);
        var round = new ScreeningRound(zone, input.Title.Trim(), input.Deadline.ToUniversalTime(),
            bands.First(b => b.Grade == "A").MinScore, bands.First(b => b.Grade == "B").MinScore, bands.First(b => b.Grade == "C").MinScore);
        round.Criteria.AddRange(criteria.Select((c, i) => new RoundCriterion { ZoneId = zone, RoundId = round.Id, Key = c.Key.Trim(), Name = c.Name.Trim(), Weight = c.Weight, Order = i }));
        round.Reviewers.AddRange(reviewers.Select(r => new RoundReviewer { ZoneId = zone, RoundId = round.Id, UserId = r.Id, Name = r.DisplayName, OrganisationId = r.OrganisationId }));
        round.Entries.AddRange(chosen.Select(p => new RoundEntry(zone, round.Id, p.Id)));
        db.Add(round);
        foreach (var p in chosen)
        {
            db.Add(p.MoveTo(RelayStage.Screening, $"进入筛选轮次“{round.Title}”", await projects.PlanProgressAsync(p.Id, ct), actor.Name, clock.GetUtcNow(), projects.Today()));

            // A reviewer from the applicant's (or its company's) organisation is excluded without being asked.
            foreach (var r in reviewers.Where(r => r.OrganisationId is not null && (r.OrganisationId == p.LeadOrganisationId || r.OrganisationId == p.CompanyOrganisationId)))
            {
                db.Add(new ConflictDeclaration { ZoneId = zone, RoundId = round.Id, ProjectId = p.Id, UserId = r.Id, Reason = "评审专家与申报单位同属一个机构，自动回避。", Automatic = true });
            }
        }

        await projects.SaveAsync(ct);
        return await ViewAsync(actor, round.Id, ct);
    }

    private async Task<IReadOnlyList<GradeBand>> BandsAsync(Guid zoneId, CancellationToken ct)
    {
        var fund = services.GetService<IFundPosition>();
        var bands = fund is null ? [] : await fund.GradeBandsAsync(zoneId, projects.Today(), ct);
        return bands.Count >= 3 && Grades.All(g => bands.Any(b => b.Grade == g)) ? bands : DefaultBands;
    }

    public async Task<RoundView> ViewAsync(Actor actor, Guid id, CancellationToken ct)
    {
        var round = await Load(actor).AsNoTracking().FirstOrDefaultAsync(r => r.Id == id, ct);
        if (round is null || !MayViewRound(actor, round))
        {
            throw Refusal.NotFound("筛选轮次");
        }

        var reviews = await db.Set<Review>().AsNoTracking().Where(r => r.RoundId == id).Select(r => new { r.ProjectId, r.UserId, r.Total }).ToListAsync(ct);
        var conflicts = await db.Set<ConflictDeclaration>().AsNoTracking().Where(c => c.RoundId == id).Select(c => new { c.ProjectId, c.UserId }).ToListAsync(ct);
        var projectIds = round.Entries.Select(e => e.ProjectId).ToList();
        var info = await (from p in db.Set<Project>().AsNoTracking()
                          join o in db.Organisations.AsNoTracking() on p.LeadOrganisationId equals o.Id
                          where projectIds.Contains(p.Id)
                          select new { p.Id, p.Code, p.Title, Lead = o.Name }).ToDictionaryAsync(x => x.Id, ct);

        // Scores, ranks, grades and reasons are sealed until publication, and for a conflicted reviewer for good: independence
        // (no one sees another's score) and the applicants hear the result first from the publication.
        var isOperator = TechTransferAccess.IsOperator(actor);
        var entries = round.Entries.Select(e =>
        {
            var mine = reviews.Where(r => r.ProjectId == e.ProjectId).ToList();
            var eligible = round.Reviewers.Count(v => !conflicts.Any(c => c.ProjectId == e.ProjectId && c.UserId == v.UserId));
            var p = info[e.ProjectId];
            var conflicted = conflicts.Any(c => c.ProjectId == e.ProjectId && c.UserId == actor.UserId);
            if (!ResultsSealedUntilPublishedRule.MayRead(isOperator, round.Status, conflicted))
            {
                return new EntryView(e.ProjectId, p.Code, p.Title, p.Lead, mine.Count, eligible, null, null, null,
                    round.Status == RoundStatus.Published ? e.Decision : null, null);
            }

            var live = e.Score ?? ScoreAggregation.Aggregate(mine.Select(r => r.Total).ToList());
            return new EntryView(e.ProjectId, p.Code, p.Title, p.Lead, mine.Count, eligible, live, e.Rank,
                e.Grade ?? (live is { } s ? ScoreAggregation.GradeOf(s, round.GradeA, round.GradeB, round.GradeC) : null), e.Decision, e.Reason);
        }).OrderBy(e => e.Rank ?? int.MaxValue).ThenByDescending(e => e.Score ?? -1).ThenBy(e => e.Code).ToList();
        var reviewerViews = round.Reviewers.OrderBy(r => r.Name).Select(r => new ReviewerView(r.UserId, r.Name,
            reviews.Count(x => x.UserId == r.UserId), conflicts.Count(c => c.UserId == r.UserId))).ToList();
        return new RoundView(round.Id, round.Title, round.Deadline, round.Status, round.GradeA, round.GradeB, round.GradeC,
            round.Criteria.OrderBy(c => c.Order).Select(c => new CriterionView(c.Key, c.Name, c.Weight)).ToList(), reviewerViews, entries,
            clock.GetUtcNow() > round.Deadline);
    }

    private IQueryable<ScreeningRound> Load(Actor actor)
    {
        var zone = new ZoneId(actor.ZoneId);
        return db.Set<ScreeningRound>().Where(r => r.ZoneId == zone).Include(r => r.Criteria).Include(r => r.Reviewers).Include(r => r.Entries);
    }

    private static bool MayViewRound(Actor actor, ScreeningRound round) =>
        TechTransferAccess.IsOperator(actor) || actor.IsIn(Roles.Viewer) || round.Reviewers.Any(r => r.UserId == actor.UserId);

    /// <summary>A reviewer's own view: the projects, their conflicts, and only their own scores.</summary>
    public async Task<ReviewerRoundView> SheetsAsync(Actor actor, Guid id, CancellationToken ct)
    {
        var round = await Load(actor).AsNoTracking().FirstOrDefaultAsync(r => r.Id == id, ct);
        if (round is null || round.Reviewers.All(r => r.UserId != actor.UserId))
        {
            throw Refusal.NotFound("筛选轮次");
        }

        var projectIds = round.Entries.Select(e => e.ProjectId).ToList();
        var info = await (from p in db.Set<Project>().AsNoTracking()
                          join o in db.Organisations.AsNoTracking() on p.LeadOrganisationId equals o.Id
                          where projectIds.Contains(p.Id)
                          select new { p.Id, p.Code, p.Title, p.Summary, Lead = o.Name }).ToListAsync(ct);
        var mine = await db.Set<Review>().AsNoTracking().Include(r => r.Scores).Where(r => r.RoundId == id && r.UserId == actor.UserId).ToListAsync(ct);
        var conflicts = await db.Set<ConflictDeclaration>().AsNoTracking().Where(c => c.RoundId == id && c.UserId == actor.UserId).ToListAsync(ct);
        var sheets = info.OrderBy(p => p.Code).Select(p =>
        {
            var review = mine.FirstOrDefault(r => r.ProjectId == p.Id);
            var conflict = conflicts.FirstOrDefault(c => c.ProjectId == p.Id);
            return new ReviewSheet(p.Id, p.Code, p.Title, p.Summary, p.Lead, conflict is not null, conflict?.Reason,
                review?.Scores.ToDictionary(s => s.CriterionKey, s => s.Score), review?.Total, review?.Comment, review?.SubmittedAt);
        }).ToList();
        return new ReviewerRoundView(round.Id, round.Title, round.Deadline, round.Status,
            round.Criteria.OrderBy(c => c.Order).Select(c => new CriterionView(c.Key, c.Name, c.Weight)).ToList(), sheets);
    }

    public async Task<ReviewerRoundView> DeclareConflictAsync(Actor actor, Guid id, Guid projectId, ConflictInput input, CancellationToken ct)
    {
        InputCheck.Valid(input);
        var round = await Load(actor).AsNoTracking().FirstOrDefaultAsync(r => r.Id == id, ct);
        if (round is null || round.Reviewers.All(r => r.UserId != actor.UserId) || round.Entries.All(e => e.ProjectId != projectId))
        {
            throw Refusal.NotFound("筛选轮次或项目");
        }

        if (await db.Set<Review>().AnyAsync(r => r.RoundId == id && r.ProjectId == projectId && r.UserId == actor.UserId, ct))
        {
            throw Refusal.ByRule(RuleOutcome.Refuse("ConflictBeforeScoringRule", "您已对该项目评分；如存在利益冲突请联系运营方处理。"));
        }

        if (!await db.Set<ConflictDeclaration>().AnyAsync(c => c.RoundId == id && c.ProjectId == projectId && c.UserId == actor.UserId, ct))
        {
            db.Add(new ConflictDeclaration { ZoneId = round.ZoneId, RoundId = id, ProjectId = projectId, UserId = actor.UserId, Reason = input.Reason.Trim() });
            await db.SaveChangesAsync(ct);
        }

        return await SheetsAsync(actor, id, ct);
    }

    /// <summary>Submits (or, before the deadline, replaces) the reviewer's own scores for one project.</summary>
    public async Task<ReviewerRoundView> ScoreAsync(Actor actor, Guid id, Guid projectId, ReviewInput input, CancellationToken ct)
    {
        var round = await Load(actor).AsNoTracking().FirstOrDefaultAsync(r => r.Id == id, ct);
        if (round is null || round.Entries.All(e => e.ProjectId != projectId) || !actor.Roles.Any(TechTransferAccess.ZoneStaff.Contains))
        {
            throw Refusal.NotFound("筛选轮次或项目");
        }

        if (input.Comment is { Length: > 2000 })
        {
            throw Refusal.Invalid("comment", "评审意见不超过 2000 字。");
        }

        var conflicted = await db.Set<ConflictDeclaration>().AnyAsync(c => c.RoundId == id && c.ProjectId == projectId && c.UserId == actor.UserId, ct);
        var facts = new ScoringFacts(round.Reviewers.Any(r => r.UserId == actor.UserId), conflicted, clock.GetUtcNow(), round.Deadline, round.Status,
            round.Criteria.Select(c => c.Key).ToList(), input.Scores ?? []);
        Refusal.ThrowIfAnyFailed(ScoringRules.Check(facts));

        var review = await db.Set<Review>().Include(r => r.Scores).FirstOrDefaultAsync(r => r.RoundId == id && r.ProjectId == projectId && r.UserId == actor.UserId, ct);
        if (review is null)
        {
            review = new Review { ZoneId = round.ZoneId, RoundId = id, ProjectId = projectId, UserId = actor.UserId };
            db.Add(review);
        }
        else
        {
            db.RemoveRange(review.Scores);
            review.Scores.Clear();
        }

        review.Scores.AddRange(input.Scores!.Select(s => new ReviewScore { ZoneId = round.ZoneId, ReviewId = review.Id, CriterionKey = s.Key, Score = s.Value }));
        review.Total = ScoreAggregation.WeightedTotal(round.Criteria.Select(c => (c.Weight, input.Scores![c.Key])).ToList());
        review.Comment = input.Comment?.Trim();
        review.SubmittedAt = clock.GetUtcNow();
        await db.SaveChangesAsync(ct);
        return await SheetsAsync(actor, id, ct);
    }

    /// <summary>The operator's decision on one entry (the round checks its rules); the project is selected or rejected accordingly.</summary>
    public async Task<RoundView> DecideAsync(Actor actor, Guid id, Guid projectId, DecisionInput input, CancellationToken ct)
    {
        if (!TechTransferAccess.IsOperator(actor))
        {
            throw Refusal.Forbidden();
        }

        var round = await Load(actor).FirstOrDefaultAsync(r => r.Id == id, ct) ?? throw Refusal.NotFound("筛选轮次或项目");
        var reviews = (await db.Set<Review>().AsNoTracking().Where(r => r.RoundId == id).Select(r => new { r.ProjectId, r.UserId, r.Total }).ToListAsync(ct))
            .Select(r => (r.ProjectId, r.UserId, r.Total)).ToList();
        var conflicts = (await db.Set<ConflictDeclaration>().AsNoTracking().Where(c => c.RoundId == id).Select(c => new { c.ProjectId, c.UserId }).ToListAsync(ct))
            .Select(c => (c.ProjectId, c.UserId)).ToHashSet();
        var entry = round.Decide(projectId, input.Decision, input.Reason, reviews, conflicts, clock.GetUtcNow());
        var project = await db.Set<Project>().Include(p => p.Achievements).FirstAsync(p => p.Id == projectId, ct);
        db.Add(project.DecideByRound(input.Decision == EntryDecision.Selected, entry.Score, entry.Grade, $"“{round.Title}”决定：{entry.Reason}",
            await projects.PlanProgressAsync(project.Id, ct), actor.Name, clock.GetUtcNow(), projects.Today()));
        await projects.SaveAsync(ct);
        return await ViewAsync(actor, id, ct);
    }

    /// <summary>Publishes a fully decided round: applicants now see their score, rank, grade, decision and reasons.</summary>
    public async Task<RoundView> PublishAsync(Actor actor, Guid id, CancellationToken ct)
    {
        if (!TechTransferAccess.IsOperator(actor))
        {
            throw Refusal.Forbidden();
        }

        var round = await Load(actor).FirstOrDefaultAsync(r => r.Id == id, ct) ?? throw Refusal.NotFound("筛选轮次");
        round.Publish();
        var ids = round.Entries.Select(e => e.ProjectId).ToList();
        var now = clock.GetUtcNow();
        foreach (var p in await db.Set<Project>().Where(p => ids.Contains(p.Id)).ToListAsync(ct))
        {
            db.Add(p.Log(ProjectEventKind.Screened, $"“{round.Title}”评审结果已公布", actor.Name, now));
        }

        await projects.SaveAsync(ct);
        return await ViewAsync(actor, id, ct);
    }
}

/// <summary>
/// A project's round results for its detail, and which projects' aggregate (score, grade) a person may not read yet:
/// both follow <see cref="ResultsSealedUntilPublishedRule"/>.
/// </summary>
internal sealed class ProjectScreeningResults(GaoxinDbContext db) : IScreeningResults
{
    public async Task<IReadOnlyList<ScreeningResultView>> ForProjectAsync(Actor actor, Guid projectId, CancellationToken ct)
    {
        var isOperator = TechTransferAccess.IsOperator(actor);
        var rows = await (from e in db.Set<RoundEntry>().AsNoTracking()
                          join r in db.Set<ScreeningRound>().AsNoTracking() on e.RoundId equals r.Id
                          where e.ProjectId == projectId && (isOperator || r.Status == RoundStatus.Published)
                          select new { r.Id, r.Title, r.Status, e.Score, e.Rank, e.Grade, e.Decision, e.Reason }).ToListAsync(ct);
        var conflictedIn = await db.Set<ConflictDeclaration>().AsNoTracking().Where(c => c.ProjectId == projectId && c.UserId == actor.UserId)
            .Select(c => c.RoundId).ToListAsync(ct);
        return rows.Select(r => ResultsSealedUntilPublishedRule.MayRead(isOperator, r.Status, conflictedIn.Contains(r.Id))
                ? new ScreeningResultView(r.Id, r.Title, r.Status == RoundStatus.Open ? null : r.Score, r.Status == RoundStatus.Open ? null : r.Rank,
                    r.Status == RoundStatus.Open ? null : r.Grade, r.Decision?.ToString(), r.Reason)
                : new ScreeningResultView(r.Id, r.Title, null, null, null, r.Decision?.ToString(), null))
            .ToList();
    }

    public async Task<IReadOnlySet<Guid>> SealedAsync(Actor actor, CancellationToken ct)
    {
        if (TechTransferAccess.IsOperator(actor))
        {
            return new HashSet<Guid>();
        }

        var zone = new ZoneId(actor.ZoneId);
        var unpublished = await InUnpublishedRoundsAsync(db, zone, ct);
        var conflicted = await db.Set<ConflictDeclaration>().AsNoTracking().Where(c => c.ZoneId == zone && c.UserId == actor.UserId)
            .Select(c => c.ProjectId).ToListAsync(ct);
        return unpublished.Concat(conflicted).ToHashSet();
    }

    /// <summary>The zone's projects entered in a round not yet published: their results are sealed for all but the operators.</summary>
    public static async Task<HashSet<Guid>> InUnpublishedRoundsAsync(GaoxinDbContext db, ZoneId zone, CancellationToken ct) =>
        (await (from e in db.Set<RoundEntry>().AsNoTracking()
                join r in db.Set<ScreeningRound>().AsNoTracking() on e.RoundId equals r.Id
                where r.ZoneId == zone && r.Status != RoundStatus.Published
                select e.ProjectId).ToListAsync(ct)).ToHashSet();
}
