using Gaoxin.Contracts.TechTransfer;
using Gaoxin.Data;
using Gaoxin.Kernel.Rules;
using Gaoxin.Kernel.Zones;
using Gaoxin.TechTransfer.Plans;
using Gaoxin.TechTransfer.Projects;
using Microsoft.EntityFrameworkCore;

namespace Gaoxin.TechTransfer.Contracts;

/// <summary>
/// The relay's door for the pilot base: the projects and pilot milestones a run is recorded against, and the accepted runs
/// that put a project in the "with pilot" cohort and satisfy its milestones (through the milestone's own transitions).
/// </summary>
internal sealed class RelayPilotRuns(GaoxinDbContext db) : IRelayPilotRuns
{
    public async Task<RelayPilotProject?> FindAsync(Guid zoneId, Guid projectId, CancellationToken ct) =>
        (await ReadAsync(zoneId, projectId, null, pilotOnly: false, ct)).FirstOrDefault();

    public async Task<IReadOnlyList<RelayPilotProject>> PilotProjectsAsync(Guid zoneId, Guid? organisationId, CancellationToken ct) =>
        await ReadAsync(zoneId, null, organisationId, pilotOnly: true, ct);

    private async Task<List<RelayPilotProject>> ReadAsync(Guid zoneId, Guid? projectId, Guid? organisationId, bool pilotOnly, CancellationToken ct)
    {
        var zone = new ZoneId(zoneId);
        var projects = await db.Set<Project>().AsNoTracking()
            .Where(p => p.ZoneId == zone && (projectId == null || p.Id == projectId) && (!pilotOnly || p.PilotStartedOn != null)
                && (organisationId == null || p.LeadOrganisationId == organisationId || p.CompanyOrganisationId == organisationId))
            .OrderBy(p => p.Code).ToListAsync(ct);
        var ids = projects.Select(p => p.Id).ToList();
        var plans = await db.Set<PilotPlan>().AsNoTracking().Where(x => x.ZoneId == zone && ids.Contains(x.ProjectId)).ToDictionaryAsync(x => x.ProjectId, ct);
        var milestones = (await db.Set<Milestone>().AsNoTracking().Where(m => m.ZoneId == zone && m.Plan == PlanKind.Pilot && ids.Contains(m.ProjectId)).ToListAsync(ct))
            .ToLookup(m => m.ProjectId);
        return projects.Select(p => new RelayPilotProject(
            new RelayProject(p.Id, zoneId, p.Code, p.Title, p.LeadOrganisationId, p.CompanyOrganisationId, p.EnterpriseId, p.CompanyName, p.Stage,
                p.ScreeningScore, p.Grade, plans.TryGetValue(p.Id, out var plan) ? plan.Budget : null),
            p.Industry, plan is null ? null : plan.Facility == PilotFacility.BaseA ? "A" : "B", p.PilotStartedOn, p.BaseRunsAccepted, p.FirstBaseRunOn,
            milestones[p.Id].OrderBy(m => m.Due).Select(m => new RelayPilotMilestone(m.Id, m.Title, m.Due, m.AcceptanceCriteria, m.State, m.AcceptedOn)).ToList())).ToList();
    }

    public async Task<RunOnRelay> RecordAcceptedRunAsync(AcceptedPilotRun run, CancellationToken ct)
    {
        var zone = new ZoneId(run.ZoneId);
        var p = await db.Set<Project>().FirstOrDefaultAsync(x => x.ZoneId == zone && x.Id == run.ProjectId, ct) ?? throw Refusal.NotFound("项目");
        db.Add(p.RecordBaseRun(run.BatchCode, run.StartedOn, run.EndedOn, run.Passed, run.ActorName, run.At));
        var outcome = MilestoneByRun.NotLinked;
        if (run.MilestoneId is { } milestoneId)
        {
            var m = await db.Set<Milestone>().FirstOrDefaultAsync(x => x.ZoneId == zone && x.Id == milestoneId && x.ProjectId == p.Id && x.Plan == PlanKind.Pilot, ct)
                ?? throw Refusal.ByRule(RuleOutcome.Refuse("MilestoneExistsRule", "里程碑不存在。"));
            if (m.State == MilestoneState.Accepted)
            {
                outcome = MilestoneByRun.AlreadyAccepted;
            }
            else if (!run.Passed)
            {
                outcome = MilestoneByRun.RunNotPassed;
            }
            else
            {
                // The milestone's own life: evidence handed in, then accepted by the operator who accepted the run, each on the timeline as ProjectDesk writes them.
                m.SubmitEvidence(run.Evidence);
                db.Add(p.Changed(ProjectEventKind.MilestoneSubmitted, $"提交验收材料：{m.Title}（中试批次 {run.BatchCode}）", run.ActorName, run.At));
                var note = $"中试批次 {run.BatchCode} 已确认";
                m.Decide(accept: true, note, run.DecidedOn);
                db.Add(p.Changed(ProjectEventKind.MilestoneAccepted, $"验收通过：{m.Title}（{note}）", run.ActorName, run.At));
                outcome = MilestoneByRun.Accepted;
            }
        }

        return new RunOnRelay(p.BaseRunsAccepted, p.FirstBaseRunOn!.Value, outcome);
    }
}
