using Gaoxin.Contracts.Scenes;
using Gaoxin.Data;
using Gaoxin.Kernel.Zones;
using Gaoxin.Scenes.SceneBoard;
using Gaoxin.Scenes.TechContracts;
using Microsoft.EntityFrameworkCore;

namespace Gaoxin.Scenes.Contracts;

/// <summary>
/// Scenes and market take-up a relay project received, for the relay's support package: a proposal of the project's company that a
/// scene owner adopted, a proposal built on one of the project's achievements that was adopted, or a registered technology contract naming the project (with its scene when it came from a proposal).
/// One read of each for a page of projects.
/// </summary>
internal sealed class ProjectScenes(GaoxinDbContext db) : IProjectScenes
{
    public async Task<IReadOnlyList<ProjectScene>> ForProjectsAsync(Guid zoneId, IReadOnlyCollection<ProjectSceneKey> projects, CancellationToken ct)
    {
        var zone = new ZoneId(zoneId);
        var projectIds = projects.Select(p => p.ProjectId).Distinct().ToList();
        var companies = projects.Where(p => p.CompanyOrganisationId is not null).Select(p => p.CompanyOrganisationId!.Value).Distinct().ToList();

        var achievements = projects.SelectMany(p => p.AchievementIds).Distinct().ToList();
        var adopted = companies.Count == 0 && achievements.Count == 0 ? [] : await db.Set<SceneProposal>().AsNoTracking()
            .Where(p => p.ZoneId == zone && p.AdoptedOn != null
                && (companies.Contains(p.ProposerOrganisationId) || (p.AchievementId != null && achievements.Contains(p.AchievementId.Value))))
            .Join(db.Set<Scene>(), p => p.SceneId, s => s.Id, (p, s) => new { p.ProposerOrganisationId, p.AchievementId, On = p.AdoptedOn!.Value, p.ContractId, s.Code, s.Title })
            .ToListAsync(ct);
        var named = await db.Set<TechContract>().AsNoTracking()
            .Where(c => c.ZoneId == zone && c.RegisteredOn != null && c.RelayProjectId != null && projectIds.Contains(c.RelayProjectId.Value))
            .Select(c => new { c.Id, ProjectId = c.RelayProjectId!.Value, On = c.RegisteredOn!.Value, c.Title, c.RegistrationNumber, c.SceneProposalId })
            .ToListAsync(ct);
        var proposalIds = named.Where(c => c.SceneProposalId != null).Select(c => c.SceneProposalId!.Value).Distinct().ToList();
        var sceneOf = proposalIds.Count == 0 ? [] : await db.Set<SceneProposal>().AsNoTracking().Where(p => p.ZoneId == zone && proposalIds.Contains(p.Id))
            .Join(db.Set<Scene>(), p => p.SceneId, s => s.Id, (p, s) => new { p.Id, s.Code, s.Title }).ToDictionaryAsync(x => x.Id, ct);
        var adoptedContracts = adopted.Where(a => a.ContractId != null).Select(a => a.ContractId!.Value).Distinct().ToList();
        var numbers = adoptedContracts.Count == 0 ? [] : await db.Set<TechContract>().AsNoTracking().Where(c => c.ZoneId == zone && adoptedContracts.Contains(c.Id))
            .Select(c => new { c.Id, c.RegistrationNumber }).ToDictionaryAsync(c => c.Id, c => c.RegistrationNumber, ct);

        var found = new List<ProjectScene>();
        foreach (var c in named)
        {
            var scene = c.SceneProposalId is { } proposal && sceneOf.TryGetValue(proposal, out var s) ? s : null;
            found.Add(new ProjectScene(c.ProjectId, c.On, scene?.Title ?? c.Title, scene?.Code, c.RegistrationNumber));
        }

        foreach (var project in projects)
        {
            foreach (var a in adopted.Where(a => a.ProposerOrganisationId == project.CompanyOrganisationId || (a.AchievementId is { } id && project.AchievementIds.Contains(id))))
            {
                var number = a.ContractId is { } id && numbers.TryGetValue(id, out var n) ? n : null;
                if (!found.Any(f => f.ProjectId == project.ProjectId && f.SceneCode == a.Code && f.ContractNumber == number))
                {
                    found.Add(new ProjectScene(project.ProjectId, a.On, a.Title, a.Code, number));
                }
            }
        }

        return found.OrderBy(s => s.On).ThenBy(s => s.Title, StringComparer.Ordinal).ToList();
    }
}
