using System.Globalization;
using Gaoxin.Contracts.Funding;
using Gaoxin.Contracts.PilotBase;
using Gaoxin.Contracts.Scenes;
using Gaoxin.Contracts.Talent;
using Gaoxin.Contracts.TechTransfer;
using Gaoxin.Data;
using Gaoxin.Kernel.Access;
using Gaoxin.Kernel.Paging;
using Gaoxin.Kernel.Rules;
using Gaoxin.Kernel.Zones;
using Gaoxin.TechTransfer.Projects;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Gaoxin.TechTransfer.Package;

/// <summary>
/// Composes each relay project's support package from the modules that hold its parts, through their contracts only: pilot runs
/// (PilotBase), awards (Funding), scenes (Scenes), talent (whoever provides <see cref="IProjectTalent"/>); incubation is the relay's
/// own 产业孵化 stage. Each module is asked once per page of projects. A module not installed answers nothing: its element is not received.
/// </summary>
internal sealed class SupportPackages(GaoxinDbContext db, ProjectDesk desk, TimeProvider clock, IServiceProvider services, IProjectTalent talent)
{
    /// <summary>Stages a selected project reaches; a project whose furthest stage is one of them was selected.</summary>
    private static readonly RelayStage[] SelectedOrBeyond = [RelayStage.Selected, RelayStage.PilotIncubation, RelayStage.IndustrialIncubation, RelayStage.Industrialized];

    private sealed record Row(Guid Id, string Code, string Title, RelayStage Stage, ZoneIndustry Industry, string? CompanyName, Guid? CompanyOrganisationId, DateOnly? IndustrialStartedOn);

    public async Task<ProjectPackage> ForProjectAsync(Actor actor, Guid id, int days, CancellationToken ct)
    {
        var rows = await RowsOf(desk.Visible(actor).Where(p => p.Id == id)).ToListAsync(ct);
        if (rows.Count == 0)
        {
            throw Refusal.NotFound("项目");
        }

        return (await ComposeAsync(actor.ZoneId, rows, Rule(days), ct))[0];
    }

    /// <summary>
    /// The zone matrix: selected projects the actor may see, filtered. Without a gap filter a page is read and composed; with one, every
    /// project the other filters keep is composed (still one call per module) and the page is cut from those with the gaps asked for.
    /// </summary>
    public async Task<Page<ProjectPackage>> MatrixAsync(Actor actor, PackageFilter filter, PageRequest page, CancellationToken ct)
    {
        var rule = Rule(filter.Days);
        var query = ProjectDesk.Filter(desk.Visible(actor).AsNoTracking(), new ProjectFilter(filter.Search, filter.Stage, filter.Industry, null, null))
            .Where(p => SelectedOrBeyond.Contains(p.FurthestStage))
            .OrderByDescending(p => p.EntryYear).ThenBy(p => p.Code);
        if (filter.Gap is null && filter.HasGaps is null)
        {
            var total = await query.CountAsync(ct);
            var rows = await RowsOf(query.Skip(page.Skip).Take(page.Size)).ToListAsync(ct);
            return new Page<ProjectPackage>(await ComposeAsync(actor.ZoneId, rows, rule, ct), page.Number, page.Size, total);
        }

        var all = await ComposeAsync(actor.ZoneId, await RowsOf(query).ToListAsync(ct), rule, ct);
        var kept = all.Where(p => (filter.HasGaps is not { } has || p.HasGaps == has) && (filter.Gap is not { } gap || p.Elements.Any(e => e.Element == gap && e.Gap))).ToList();
        return new Page<ProjectPackage>([.. kept.Skip(page.Skip).Take(page.Size)], page.Number, page.Size, kept.Count);
    }

    private static PackageGapRule Rule(int days) =>
        days is >= 1 and <= 3650 ? new PackageGapRule(days) : throw Refusal.Invalid("days", "缺口天数应在 1 到 3650 之间。");

    private static IQueryable<Row> RowsOf(IQueryable<Project> query) =>
        query.Select(p => new Row(p.Id, p.Code, p.Title, p.Stage, p.Industry, p.CompanyName, p.CompanyOrganisationId, p.IndustrialStartedOn));

    private async Task<List<ProjectPackage>> ComposeAsync(Guid zoneId, List<Row> rows, PackageGapRule rule, CancellationToken ct)
    {
        if (rows.Count == 0)
        {
            return [];
        }

        var ids = rows.Select(r => r.Id).ToList();
        var zone = new ZoneId(zoneId);
        var selections = await db.Set<ProjectEvent>().AsNoTracking()
            .Where(e => e.ZoneId == zone && ids.Contains(e.ProjectId) && e.Kind == ProjectEventKind.StageChanged && e.ToStage == RelayStage.Selected)
            .Select(e => new { e.ProjectId, e.At }).ToListAsync(ct);
        var selectedOn = selections.GroupBy(s => s.ProjectId).ToDictionary(g => g.Key, g => ZoneClock.DayOf(g.Min(s => s.At)));

        var runs = services.GetService<IPilotRunsByProject>() is { } pilot ? await pilot.AcceptedRunsAsync(zoneId, ids, ct) : [];
        var awards = services.GetService<IFundPosition>() is { } fund ? await fund.AwardsForProjectsAsync(zoneId, ids, ct) : [];
        IReadOnlyList<ProjectScene> scenes = [];
        if (services.GetService<IProjectScenes>() is { } market)
        {
            var uses = (await db.Set<ProjectAchievement>().AsNoTracking().Where(a => a.ZoneId == zone && ids.Contains(a.ProjectId)).Select(a => new { a.ProjectId, a.AchievementId })
                .ToListAsync(ct)).ToLookup(a => a.ProjectId, a => a.AchievementId);
            scenes = await market.ForProjectsAsync(zoneId, rows.Select(r => new ProjectSceneKey(r.Id, r.CompanyOrganisationId, uses[r.Id].ToList())).ToList(), ct);
        }

        var people = await talent.ForProjectsAsync(zoneId, ids, ct);

        var today = ZoneClock.Of(clock).Today;
        return rows.Select(r =>
        {
            var selected = selectedOn.TryGetValue(r.Id, out var on) ? on : (DateOnly?)null;
            var owed = r.Stage is not (RelayStage.Terminated or RelayStage.Industrialized or RelayStage.Rejected);
            PackageItem Item(PackageElement element, DateOnly? day, string? what)
            {
                var outcome = rule.Check(new PackageGapFacts(element, selected, today, day is not null, owed));
                var name = TechTransferText.Get("Package.Element." + element);
                return new PackageItem(element, name, day is not null, day, what, !outcome.Passed,
                    outcome.Passed ? null : string.Format(CultureInfo.CurrentCulture, TechTransferText.Get("Package.GapText"), PackageGapRule.DaysSince(selected, today), name));
            }

            var run = runs.FirstOrDefault(x => x.ProjectId == r.Id && x.Passed);
            var projectAwards = awards.Where(a => a.ProjectId == r.Id && a.Stands).ToList();
            var scene = scenes.FirstOrDefault(s => s.ProjectId == r.Id);
            var person = people.FirstOrDefault(t => t.ProjectId == r.Id);
            var items = new List<PackageItem>
            {
                Item(PackageElement.Pilot, run?.AcceptedOn, run is null ? null : Text("Package.What.Pilot", run.BatchCode)),
                Item(PackageElement.Incubation, r.IndustrialStartedOn, r.IndustrialStartedOn is null ? null
                    : string.IsNullOrWhiteSpace(r.CompanyName) ? TechTransferText.Get("Package.What.Incubation") : Text("Package.What.IncubationBy", r.CompanyName)),
                Item(PackageElement.Fund, projectAwards.FirstOrDefault()?.ApprovedOn, projectAwards.Count == 0 ? null : FundText(projectAwards)),
                Item(PackageElement.Scene, scene?.On, scene is null ? null : SceneText(scene)),
                Item(PackageElement.Talent, person?.On, person?.What),
            };
            return new ProjectPackage(r.Id, r.Code, r.Title, r.Stage, r.Industry, r.CompanyName, selected, PackageGapRule.DaysSince(selected, today), items,
                items.Any(i => i.Gap), talent.Available);
        }).ToList();
    }

    private static string FundText(IReadOnlyList<ProjectAward> awards)
    {
        var amount = Wan(awards.Sum(a => a.Amount));
        var paid = awards.Sum(a => a.Paid);
        return paid == 0 ? Text("Package.What.FundUnpaid", amount) : Text("Package.What.FundPaid", amount, Wan(paid));
    }

    private static string SceneText(ProjectScene scene) => (scene.SceneCode, scene.ContractNumber) switch
    {
        (null, { } number) => Text("Package.What.Contract", scene.Title, number),
        (_, null) => Text("Package.What.SceneAdopted", scene.Title),
        (_, { } number) => Text("Package.What.SceneContract", scene.Title, number),
    };

    /// <summary>Yuan shown in 万元 (ten thousands), at most two decimals.</summary>
    private static string Wan(decimal yuan) => (yuan / 10_000m).ToString("0.##", CultureInfo.InvariantCulture);

    private static string Text(string key, params object[] args) => string.Format(CultureInfo.CurrentCulture, TechTransferText.Get(key), args);
}

/// <summary>The talent answer while no module records talent: nothing received, and the package says talent is not recorded.</summary>
internal sealed class NoProjectTalent : IProjectTalent
{
    public bool Available => false;

    public Task<IReadOnlyList<ProjectTalentSupport>> ForProjectsAsync(Guid zoneId, IReadOnlyCollection<Guid> projectIds, CancellationToken ct) =>
        Task.FromResult<IReadOnlyList<ProjectTalentSupport>>([]);
}
