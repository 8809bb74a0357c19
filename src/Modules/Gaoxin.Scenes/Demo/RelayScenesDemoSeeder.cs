using Gaoxin.Contracts;
using Gaoxin.Contracts.TechTransfer;
using Gaoxin.Data;
using Gaoxin.Data.Seeding;
using Gaoxin.Kernel.Zones;
using Gaoxin.Scenes.SceneBoard;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Gaoxin.Scenes.Demo;

/// <summary>
/// A demonstration scene for the relay's first products (首台套示范应用): the committee adopted, after a trial, the proposals built on the
/// achievements of the first two relay projects in industrial incubation that came through the pilot base, so the relay's support
/// package shows a scene received. Fixed dates; idempotent (nothing is added once the scene exists); nothing without the relay.
/// </summary>
internal sealed class RelayScenesDemoSeeder(TimeProvider time, IServiceProvider services) : IDemoSeeder
{
    internal const string Code = "CJ-2026-006";

    private static readonly DateOnly Published = new(2026, 3, 2);
    private static readonly DateOnly AdoptedOn = new(2026, 8, 14);

    public int Order => 85;

    public async Task SeedAsync(GaoxinDbContext db, DemoZone zone, CancellationToken cancellationToken)
    {
        var zoneId = new ZoneId(zone.ZoneId);
        if (ZoneClock.Of(time).Today < AdoptedOn || !zone.OrganisationsByName.TryGetValue(ScenesDemoSeeder.Committee, out var committee)
            || services.GetService<IRelayPilotRuns>() is not { } relay || services.GetService<IRelayAchievements>() is not { } achievements
            || await db.Set<Scene>().AnyAsync(s => s.ZoneId == zoneId && s.Code == Code, cancellationToken))
        {
            return;
        }

        var owned = await achievements.ListAsync(zone.ZoneId, cancellationToken);
        var picks = (await relay.PilotProjectsAsync(zone.ZoneId, null, cancellationToken))
            .Where(p => p.AcceptedRuns > 0 && p.Project.Stage == RelayStage.IndustrialIncubation)
            .OrderBy(p => p.Project.Code, StringComparer.Ordinal)
            .Select(p => (p.Project, Achievement: owned.FirstOrDefault(a => a.OwnerOrganisationId == p.Project.LeadOrganisationId && p.Project.Title == a.Title + "产业化")))
            .Where(x => x.Achievement is not null)
            .Take(2)
            .ToList();
        if (picks.Count == 0)
        {
            return;
        }

        var scene = new Scene
        {
            ZoneId = zoneId, Code = Code, Title = "首台（套）新技术新产品示范应用场景", Kind = SceneKind.Other, OwnerOrganisationId = committee,
            Place = "自贡高新区板仓工业园、航空产业园及园区公共设施",
            Problem = "园区企业与公共设施需要在真实工况下先行试用本地转化的新技术新产品，以验证性能并形成首台（套）应用业绩。",
            Offers = SceneOffer.TestSite | SceneOffer.PurchaseCommitment, Budget = 600_000m, OfferNote = "验证通过的产品按首台（套）政策采购。",
            Industry = ZoneIndustry.Other, MinReadiness = 5, PublishedOn = Published, ProposalsDueOn = Published.AddDays(60), TrialEndsBy = Published.AddDays(180),
        };
        scene.Publish(Published);
        db.Add(scene);
        foreach (var (project, achievement) in picks)
        {
            var proposal = new SceneProposal
            {
                ZoneId = zoneId, SceneId = scene.Id, ProposerOrganisationId = project.LeadOrganisationId, TeamName = $"{project.Code} 项目团队",
                Summary = $"以“{achievement!.Title}”成果的中试定型产品在园区开展示范应用，按月报送运行数据。", Readiness = Math.Max(achievement.Readiness, 7),
                AchievementId = achievement.Id, QuotedAmount = 300_000m, SubmittedOn = Published.AddDays(18),
            };
            db.Add(proposal);
            proposal.Shortlist("产品已完成中试验证，具备示范条件。");
            proposal.StartTrial(Published.AddDays(70));
            proposal.RecordTrial(true, "示范运行 80 天，关键指标全部达到方案承诺，使用单位评价良好。", Published.AddDays(150));
            proposal.AdoptByPurchase(scene, 300_000m, AdoptedOn);
        }

        await db.SaveChangesAsync(cancellationToken);
    }
}
