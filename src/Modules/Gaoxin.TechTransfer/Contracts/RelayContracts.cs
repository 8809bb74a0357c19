using Gaoxin.Contracts.TechTransfer;
using Gaoxin.Data;
using Gaoxin.Kernel.Zones;
using Gaoxin.TechTransfer.Analytics;
using Gaoxin.TechTransfer.Plans;
using Gaoxin.TechTransfer.Projects;
using Gaoxin.TechTransfer.Screening;
using Microsoft.EntityFrameworkCore;

namespace Gaoxin.TechTransfer.Contracts;

/// <summary>The relay as the fund and the cockpit see it: projects, grades, milestones and the headline figures.</summary>
internal sealed class RelayContracts(GaoxinDbContext db, RelayAnalytics analytics) : IRelayProjects, IRelayFigures
{
    // Filters go on the entity, before the projection: EF cannot translate members of a record built by its constructor.
    private IQueryable<RelayProject> Projects(Guid zoneId, Guid? projectId = null, Guid? organisationId = null)
    {
        var zone = new ZoneId(zoneId);
        return from p in db.Set<Project>().AsNoTracking()
               where p.ZoneId == zone && (projectId == null || p.Id == projectId)
                     && (organisationId == null || p.LeadOrganisationId == organisationId || p.CompanyOrganisationId == organisationId)
               join plan in db.Set<PilotPlan>().AsNoTracking() on p.Id equals plan.ProjectId into plans
               from plan in plans.DefaultIfEmpty()
               select new RelayProject(p.Id, zoneId, p.Code, p.Title, p.LeadOrganisationId, p.CompanyOrganisationId, p.EnterpriseId, p.CompanyName, p.Stage,
                   p.ScreeningScore, p.Grade, plan == null ? null : (decimal?)plan.Budget);
    }

    public async Task<RelayProject?> FindAsync(Guid zoneId, Guid projectId, CancellationToken ct) =>
        await Projects(zoneId, projectId).FirstOrDefaultAsync(ct);

    public async Task<IReadOnlyList<RelayProject>> ListAsync(Guid zoneId, Guid? organisationId, CancellationToken ct)
    {
        var projects = await Projects(zoneId, organisationId: organisationId).ToListAsync(ct);
        if (organisationId is not null)
        {
            // An applicant hears its score and grade from the round's publication, not from the fund's forms.
            var sealedResults = await ProjectScreeningResults.InUnpublishedRoundsAsync(db, new ZoneId(zoneId), ct);
            projects = [.. projects.Select(p => sealedResults.Contains(p.Id) ? p with { ScreeningScore = null, Grade = null } : p)];
        }

        return projects.OrderBy(p => p.Code, StringComparer.Ordinal).ToList();
    }

    public async Task<IReadOnlyList<RelayMilestone>> MilestonesAsync(Guid zoneId, Guid projectId, CancellationToken ct)
    {
        var milestones = new List<Milestone>();
        await foreach (var m in MilestonesOf.For(db)(db, new ZoneId(zoneId), projectId).WithCancellation(ct))
        {
            milestones.Add(m);
        }

        return InPlanOrder(milestones);
    }

    public async Task<RelayProjectWithMilestones?> FindWithMilestonesAsync(Guid zoneId, Guid projectId, CancellationToken ct)
    {
        // The id gives at most one row; enumerated rather than FirstOrDefault, which SQLite would need an APPLY for.
        ProjectWithPlan? found = null;
        await foreach (var row in ProjectWithPlan.Of.For(db)(db, new ZoneId(zoneId), projectId).WithCancellation(ct))
        {
            found = row;
        }

        return found is { Project: var p }
            ? new RelayProjectWithMilestones(new RelayProject(p.Id, zoneId, p.Code, p.Title, p.LeadOrganisationId, p.CompanyOrganisationId, p.EnterpriseId,
                p.CompanyName, p.Stage, p.ScreeningScore, p.Grade, found.Budget), InPlanOrder(found.Milestones))
            : null;
    }

    // Compiled once: the fund reads it for payments of tranches that wait on a milestone.
    private static readonly PerModel<Func<GaoxinDbContext, ZoneId, Guid, IAsyncEnumerable<Milestone>>> MilestonesOf = new(_ =>
        EF.CompileAsyncQuery((GaoxinDbContext db, ZoneId zone, Guid projectId) =>
            db.Set<Milestone>().AsNoTracking().Where(m => m.ZoneId == zone && m.ProjectId == projectId)));

    private sealed record ProjectWithPlan(Project Project, decimal? Budget, List<Milestone> Milestones)
    {
        // One query: the milestones correlate on the entity (not on the contract record).
        public static readonly PerModel<Func<GaoxinDbContext, ZoneId, Guid, IAsyncEnumerable<ProjectWithPlan>>> Of = new(_ =>
            EF.CompileAsyncQuery((GaoxinDbContext db, ZoneId zone, Guid projectId) =>
                from p in db.Set<Project>().AsNoTracking()
                where p.ZoneId == zone && p.Id == projectId
                select new ProjectWithPlan(
                    p,
                    db.Set<PilotPlan>().Where(plan => plan.ProjectId == p.Id).Select(plan => (decimal?)plan.Budget).FirstOrDefault(),
                    db.Set<Milestone>().AsNoTracking().Where(m => m.ZoneId == zone && m.ProjectId == p.Id).ToList())));
    }

    private static List<RelayMilestone> InPlanOrder(IEnumerable<Milestone> milestones) =>
        milestones.OrderBy(m => m.Plan).ThenBy(m => m.Due)
            .Select(m => new RelayMilestone(m.Id, m.ProjectId, m.Plan, m.Title, m.Due, m.State, m.AcceptedOn)).ToList();

    public async Task<RelayFigures> ForYearAsync(Guid zoneId, int year, CancellationToken ct)
    {
        var report = await analytics.ReportAsync(zoneId, CohortBy.Pilot, ct);
        var figure = report.Years.FirstOrDefault(y => y.Year == year);
        var zone = new ZoneId(zoneId);
        var incubated = await db.Set<Project>().AsNoTracking()
            .Where(p => p.ZoneId == zone && p.CompanyRegistered && p.IndustrialStartedOn != null && p.IndustrialStartedOn.Value.Year == year).CountAsync(ct);
        return new RelayFigures(year, report.Funnel, report.WithPilot, report.WithoutPilot, report.InProgress, figure?.Conversions ?? 0, report.ConversionTarget,
            figure?.NewOutput ?? 0m, report.OutputTarget, incubated);
    }
}
