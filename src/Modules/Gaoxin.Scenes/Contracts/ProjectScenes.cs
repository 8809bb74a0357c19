using Gaoxin.Contracts.Scenes;
using Gaoxin.Data;
using Gaoxin.Kernel.Zones;
using Gaoxin.Scenes.SceneBoard;
using Gaoxin.Scenes.TechContracts;
using Microsoft.EntityFrameworkCore;

namespace Gaoxin.Scenes.Contracts;

/// <summary>
/// Scenes a relay project received, for the relay's support package: a proposal of the project's company that a scene owner
/// adopted, or a registered contract naming the project that came from a scene proposal. One read of each for a page of projects.
/// </summary>
internal sealed class ProjectScenes(GaoxinDbContext db) : IProjectScenes
{
    public async Task<IReadOnlyList<ProjectScene>> ForProjectsAsync(Guid zoneId, IReadOnlyCollection<ProjectSceneKey> projects, CancellationToken ct)
    {
        var zone = new ZoneId(zoneId);
        var projectIds = projects.Select(p => p.ProjectId).Distinct().ToList();
        var companies = projects.Where(p => p.CompanyOrganisationId is not null).Select(p => p.CompanyOrganisationId!.Value).Distinct().ToList();

        var adopted = await db.Set<SceneProposal>().AsNoTracking()
            .Where(p => p.ZoneId == zone && p.AdoptedOn != null && companies.Contains(p.ProposerOrganisationId))
            .Join(db.Set<Scene>(), p => p.SceneId, s => s.Id, (p, s) => new { ProposalId = p.Id, p.ProposerOrganisationId, On = p.AdoptedOn!.Value, p.ContractId, s.Code, s.Title })
            .ToListAsync(ct);
        var named = await db.Set<TechContract>().AsNoTracking()
            .Where(c => c.ZoneId == zone && c.RegisteredOn != null && c.RelayProjectId != null && projectIds.Contains(c.RelayProjectId.Value) && c.SceneProposalId != null)
            .Join(db.Set<SceneProposal>(), c => c.SceneProposalId, p => p.Id, (c, p) => new { ProjectId = c.RelayProjectId!.Value, ProposalId = p.Id, On = c.RegisteredOn!.Value, c.RegistrationNumber, p.SceneId })
            .Join(db.Set<Scene>(), x => x.SceneId, s => s.Id, (x, s) => new { x.ProjectId, x.ProposalId, x.On, x.RegistrationNumber, s.Code, s.Title })
            .ToListAsync(ct);
        var contractIds = adopted.Where(a => a.ContractId != null).Select(a => a.ContractId!.Value).Distinct().ToList();
        var numbers = contractIds.Count == 0 ? [] : await db.Set<TechContract>().AsNoTracking().Where(c => c.ZoneId == zone && contractIds.Contains(c.Id))
            .Select(c => new { c.Id, c.RegistrationNumber }).ToDictionaryAsync(c => c.Id, c => c.RegistrationNumber, ct);

        var found = new Dictionary<(Guid Project, Guid Proposal), ProjectScene>();
        foreach (var n in named)
        {
            found.TryAdd((n.ProjectId, n.ProposalId), new ProjectScene(n.ProjectId, n.On, n.Code, n.Title, n.RegistrationNumber));
        }

        foreach (var project in projects.Where(p => p.CompanyOrganisationId is not null))
        {
            foreach (var a in adopted.Where(a => a.ProposerOrganisationId == project.CompanyOrganisationId))
            {
                found.TryAdd((project.ProjectId, a.ProposalId),
                    new ProjectScene(project.ProjectId, a.On, a.Code, a.Title, a.ContractId is { } id && numbers.TryGetValue(id, out var number) ? number : null));
            }
        }

        return found.Values.OrderBy(s => s.On).ThenBy(s => s.SceneCode, StringComparer.Ordinal).ToList();
    }
}
