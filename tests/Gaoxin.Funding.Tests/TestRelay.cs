using System.Collections.Concurrent;
using Gaoxin.Contracts.TechTransfer;
using Microsoft.Extensions.DependencyInjection;

namespace Gaoxin.Funding.Tests;

/// <summary>
/// Creates relay projects for the fund's tests. Until the TechTransfer module is on this branch it keeps them itself,
/// standing in for IRelayProjects (registered through GaoxinApp.StartAsync's services hook); it is the one place that
/// knows how projects come to exist.
/// </summary>
public sealed class TestRelay : IRelayProjects
{
    private readonly ConcurrentDictionary<Guid, RelayProject> _projects = new();
    private readonly ConcurrentDictionary<Guid, List<RelayMilestone>> _milestones = new();
    private int _counter;

    public void Register(IServiceCollection services) => services.AddSingleton<IRelayProjects>(this);

    /// <summary>A selected project with a screening score, a company organisation and a pilot plan of two milestones (open).</summary>
    public RelayProject Create(Guid zoneId, Guid organisationId, decimal? score, string title = "钠离子电池中试线", RelayStage stage = RelayStage.PilotIncubation, bool companyRegistered = true)
    {
        var n = Interlocked.Increment(ref _counter);
        var project = new RelayProject(Guid.CreateVersion7(), zoneId, $"ZS-T{n:0000}", $"{title}{n}", organisationId, companyRegistered ? organisationId : null, null,
            companyRegistered ? "测试企业" : null, stage, score, null, 10_000_000m);
        _projects[project.Id] = project;
        _milestones[project.Id] =
        [
            new RelayMilestone(Guid.CreateVersion7(), project.Id, PlanKind.Pilot, "中试线建成", new DateOnly(2026, 6, 30), MilestoneState.Open, null),
            new RelayMilestone(Guid.CreateVersion7(), project.Id, PlanKind.Industrialization, "通过验收", new DateOnly(2027, 6, 30), MilestoneState.Open, null),
        ];
        return project;
    }

    /// <summary>The operator accepts a milestone of the project's plan.</summary>
    public void Accept(Guid projectId, string title)
    {
        var list = _milestones[projectId];
        lock (list)
        {
            var i = list.FindIndex(m => m.Title == title);
            list[i] = list[i] with { State = MilestoneState.Accepted, AcceptedOn = new DateOnly(2026, 7, 1) };
        }
    }

    public Task<RelayProject?> FindAsync(Guid zoneId, Guid projectId, CancellationToken ct) =>
        Task.FromResult(_projects.TryGetValue(projectId, out var p) && p.ZoneId == zoneId ? p : null);

    public Task<IReadOnlyList<RelayProject>> ListAsync(Guid zoneId, Guid? organisationId, CancellationToken ct) =>
        Task.FromResult<IReadOnlyList<RelayProject>>(_projects.Values.Where(p => p.ZoneId == zoneId && (organisationId is null || p.LeadOrganisationId == organisationId || p.CompanyOrganisationId == organisationId)).ToList());

    public Task<IReadOnlyList<RelayMilestone>> MilestonesAsync(Guid zoneId, Guid projectId, CancellationToken ct)
    {
        var list = _milestones.TryGetValue(projectId, out var l) ? l : [];
        lock (list)
        {
            return Task.FromResult<IReadOnlyList<RelayMilestone>>(list.ToList());
        }
    }
}
