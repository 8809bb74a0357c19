using Gaoxin.Contracts.TechTransfer;
using Gaoxin.Data;
using Gaoxin.Kernel.Zones;
using Gaoxin.TechTransfer.Achievements;
using Gaoxin.TechTransfer.Projects;
using Microsoft.EntityFrameworkCore;

namespace Gaoxin.TechTransfer.Analytics;

/// <summary>How the analytics page groups projects into cohorts.</summary>
public enum CohortBy
{
    /// <summary>入库年度</summary>
    EntryYear = 1,
    /// <summary>来源（外引/内育）</summary>
    Origin = 2,
    /// <summary>产业</summary>
    Industry = 3,
    /// <summary>是否经过中试</summary>
    Pilot = 4,
}

/// <summary>
/// One cohort's funnel and success: counts of projects that reached each step, and among those that started
/// conversion, successes, failures and those still in progress (shown apart, never as failures).
/// </summary>
public sealed record CohortRow(string Key, int Projects, int Screened, int Selected, int Pilot, int Industrial, int Industrialized,
    int Succeeded, int Failed, int InProgress, RateWithInterval Success);

public sealed record StageTime(RelayStage Stage, int Moves, double AverageDays);

public sealed record YearFigure(int Year, int Conversions, decimal NewOutput);

/// <summary>
/// What the "with pilot" figure rests on. The cohort is the projects with an accepted run at the base; the relay's old flag
/// (the pilot stage began) is kept only as <see cref="FlaggedWithoutRuns"/>, projects marked as piloted with no run at the
/// base, which the cohort leaves out. <see cref="PilotSuccesses"/> counts the successes of every project that was piloted by
/// either account, <see cref="SuccessesOnRuns"/> those of them with recorded runs.
/// </summary>
public sealed record PilotEvidence(int ProjectsWithRuns, int AcceptedRuns, int PilotSuccesses, int SuccessesOnRuns, int FlaggedWithoutRuns, int FlaggedWithoutRunsSucceeded);

public sealed record RelayReport(DateOnly AsOf, CohortBy By, decimal RevenueThreshold, int WithinMonths, int ConversionTarget, decimal OutputTarget,
    IReadOnlyList<StageCount> Funnel, RateWithInterval WithPilot, RateWithInterval WithoutPilot, int InProgress,
    IReadOnlyList<CohortRow> Cohorts, IReadOnlyList<StageTime> StageTimes, IReadOnlyList<YearFigure> Years, PilotEvidence Evidence);

/// <summary>
/// The relay's analytics, each figure one aggregate query over the projects' derived dates (pilot start, industrial
/// start, success) so it stays fast at province scale. Success follows the zone's definition in force. "With pilot"
/// means with an accepted run at the pilot base (<see cref="Project.BaseRunsAccepted"/>, recorded through the base's
/// contract), not the pilot stage's date.
/// </summary>
internal sealed class RelayAnalytics(GaoxinDbContext db, ProjectDesk desk)
{
    /// <summary>A grouping key EF translates: the cohort, whether the project went through the pilot, the year it succeeded (0: not yet).</summary>
    private sealed record Cell<TKey>(TKey Cohort, bool Pilot, int SuccessYear);

    private sealed record Counts(string Key, int Projects, int Screened, int Selected, int Pilot, int Industrial, int Industrialized, int Succeeded, int Failed, int Started);

    public async Task<RelayReport> ReportAsync(Guid zoneId, CohortBy by, CancellationToken ct)
    {
        var definition = await desk.DefinitionAsync(zoneId, ct);
        var today = desk.Today();
        var cutoff = SuccessJudge.WindowCutoff(today, definition.WithinMonths);
        var zone = new ZoneId(zoneId);
        var projects = db.Set<Project>().AsNoTracking().Where(p => p.ZoneId == zone);

        // One pass over the zone's projects: counts by (cohort, pilot or not, year of success); every view below is a sum of these.
        var cells = by switch
        {
            CohortBy.Origin => await CountAsync(projects.GroupBy(p => new Cell<AchievementOrigin>(p.Origin, p.BaseRunsAccepted > 0, p.SucceededOn == null ? 0 : p.SucceededOn.Value.Year)), cutoff, k => k.ToString(), ct),
            CohortBy.Industry => await CountAsync(projects.GroupBy(p => new Cell<ZoneIndustry>(p.Industry, p.BaseRunsAccepted > 0, p.SucceededOn == null ? 0 : p.SucceededOn.Value.Year)), cutoff, k => k.ToString(), ct),
            CohortBy.Pilot => await CountAsync(projects.GroupBy(p => new Cell<bool>(p.BaseRunsAccepted > 0, p.BaseRunsAccepted > 0, p.SucceededOn == null ? 0 : p.SucceededOn.Value.Year)), cutoff, k => k ? "pilot" : "direct", ct),
            _ => await CountAsync(projects.GroupBy(p => new Cell<int>(p.EntryYear, p.BaseRunsAccepted > 0, p.SucceededOn == null ? 0 : p.SucceededOn.Value.Year)), cutoff, k => k.ToString(System.Globalization.CultureInfo.InvariantCulture), ct),
        };
        var cohorts = cells.GroupBy(c => c.Counts.Key).Select(g => Sum(g.Key, g.Select(c => c.Counts).ToList())).ToList();
        var byPilot = cells.GroupBy(c => c.Pilot ? "pilot" : "direct").Select(g => Sum(g.Key, g.Select(c => c.Counts).ToList())).ToList();
        var all = Sum("all", cohorts);
        var funnel = new List<StageCount>
        {
            new(RelayStage.Proposed, all.Projects),
            new(RelayStage.Screening, all.Screened),
            new(RelayStage.Selected, all.Selected),
            new(RelayStage.PilotIncubation, all.Pilot),
            new(RelayStage.IndustrialIncubation, all.Industrial),
            new(RelayStage.Industrialized, all.Industrialized),
        };
        var pilot = byPilot.FirstOrDefault(c => c.Key == "pilot") ?? Empty("pilot");
        var direct = byPilot.FirstOrDefault(c => c.Key == "direct") ?? Empty("direct");

        var stageTimes = (await db.Set<ProjectEvent>().AsNoTracking()
                .Where(e => e.ZoneId == zone && e.Kind == ProjectEventKind.StageChanged && e.FromStage != null && e.DaysInFromStage != null)
                .GroupBy(e => e.FromStage)
                .Select(g => new { Stage = g.Key, Moves = g.Count(), Average = g.Average(e => (double)e.DaysInFromStage!.Value) })
                .ToListAsync(ct))
            .Select(x => new StageTime(x.Stage!.Value, x.Moves, Math.Round(x.Average, 1))).OrderBy(x => x.Stage).ToList();

        var conversions = cells.Where(c => c.SuccessYear != 0).GroupBy(c => c.SuccessYear).Select(g => new { Year = g.Key, Count = g.Sum(c => c.Counts.Succeeded) }).ToList();

        // A project may report several times a year; its output for the year is its largest report, not the sum.
        var output = await db.Set<OutcomeReport>().AsNoTracking().Where(o => o.ZoneId == zone)
            .GroupBy(o => new { o.ProjectId, o.ReportedOn.Year })
            .Select(g => new { g.Key.Year, Output = g.Max(o => o.AnnualOutput) })
            .GroupBy(x => x.Year)
            .Select(g => new { Year = g.Key, Output = g.Sum(x => x.Output) })
            .ToListAsync(ct);
        var converted = conversions.ToDictionary(c => c.Year, c => c.Count);
        await CountContractsAsync(zone, converted, ct);
        var years = converted.Where(c => c.Value != 0).Select(c => c.Key).Union(output.Select(o => o.Year)).Order()
            .Select(y => new YearFigure(y, converted.GetValueOrDefault(y), output.FirstOrDefault(o => o.Year == y)?.Output ?? 0m)).ToList();

        // The ground under the with-pilot figure, in one more aggregate pass.
        var evidence = await projects.Where(p => p.BaseRunsAccepted > 0 || p.PilotStartedOn != null).GroupBy(_ => 1).Select(g => new PilotEvidence(
                g.Count(p => p.BaseRunsAccepted > 0),
                g.Sum(p => p.BaseRunsAccepted),
                g.Count(p => p.SucceededOn != null),
                g.Count(p => p.SucceededOn != null && p.BaseRunsAccepted > 0),
                g.Count(p => p.BaseRunsAccepted == 0),
                g.Count(p => p.BaseRunsAccepted == 0 && p.SucceededOn != null)))
            .FirstOrDefaultAsync(ct) ?? new PilotEvidence(0, 0, 0, 0, 0, 0);

        return new RelayReport(today, by, definition.RevenueThreshold, definition.WithinMonths, definition.AnnualConversionTarget, definition.AnnualOutputTarget,
            funnel, Rate(pilot), Rate(direct), all.Started - all.Succeeded - all.Failed,
            cohorts.OrderBy(c => c.Key, StringComparer.Ordinal).Select(Row).ToList(), stageTimes, years, evidence);
    }

    /// <summary>
    /// Adds the conversions by registered contract to the successes by year, each project once: the unit is the contract's
    /// project, else the project its achievement belongs to, else the achievement itself; it counts in the year of its first
    /// conversion (first contract or success, whichever came first). A project that succeeded and also has a contract is moved
    /// to the contract's year when the contract came first, never counted twice.
    /// </summary>
    private async Task CountContractsAsync(ZoneId zone, Dictionary<int, int> converted, CancellationToken ct)
    {
        var contracts = await db.Set<ContractConversion>().AsNoTracking().Where(c => c.ZoneId == zone)
            .Select(c => new { c.ProjectId, c.AchievementId, c.RegisteredOn }).ToListAsync(ct);
        if (contracts.Count == 0)
        {
            return;
        }

        var loose = contracts.Where(c => c.ProjectId == null && c.AchievementId != null).Select(c => c.AchievementId!.Value).Distinct().ToList();
        var homes = (await db.Set<ProjectAchievement>().AsNoTracking().Where(pa => pa.ZoneId == zone && loose.Contains(pa.AchievementId))
                .Select(pa => new { pa.AchievementId, pa.ProjectId }).ToListAsync(ct))
            .GroupBy(pa => pa.AchievementId).ToDictionary(g => g.Key, g => g.Min(pa => pa.ProjectId));
        Guid? ProjectOf(Guid? projectId, Guid? achievementId) =>
            projectId ?? (achievementId is { } a && homes.TryGetValue(a, out var home) ? (Guid?)home : null);
        var units = contracts
            .Select(c => (Project: ProjectOf(c.ProjectId, c.AchievementId), c.AchievementId, c.RegisteredOn))
            .GroupBy(u => u.Project ?? u.AchievementId!.Value)
            .Select(g => new { g.Key, IsProject = g.First().Project is not null, First = g.Min(u => u.RegisteredOn) })
            .ToList();
        var projectIds = units.Where(u => u.IsProject).Select(u => u.Key).ToList();
        var succeeded = await db.Set<Project>().AsNoTracking().Where(p => p.ZoneId == zone && projectIds.Contains(p.Id) && p.SucceededOn != null)
            .ToDictionaryAsync(p => p.Id, p => p.SucceededOn!.Value, ct);
        foreach (var unit in units)
        {
            if (succeeded.TryGetValue(unit.Key, out var on))
            {
                if (unit.First >= on || unit.First.Year == on.Year)
                {
                    continue;
                }

                converted[on.Year] = converted.GetValueOrDefault(on.Year) - 1;
            }

            converted[unit.First.Year] = converted.GetValueOrDefault(unit.First.Year) + 1;
        }
    }

    private sealed record CellCounts(Counts Counts, bool Pilot, int SuccessYear);

    private static async Task<List<CellCounts>> CountAsync<TKey>(IQueryable<IGrouping<Cell<TKey>, Project>> groups, DateOnly cutoff, Func<TKey, string> name, CancellationToken ct)
    {
        var rows = await groups.Select(g => new
        {
            g.Key,
            Projects = g.Count(),
            Screened = g.Count(p => p.FurthestStage != RelayStage.Proposed),
            Selected = g.Count(p => p.FurthestStage == RelayStage.Selected || p.FurthestStage == RelayStage.PilotIncubation || p.FurthestStage == RelayStage.IndustrialIncubation || p.FurthestStage == RelayStage.Industrialized),
            Pilot = g.Count(p => p.PilotStartedOn != null),
            Industrial = g.Count(p => p.IndustrialStartedOn != null),
            Industrialized = g.Count(p => p.Stage == RelayStage.Industrialized),
            Succeeded = g.Count(p => p.SucceededOn != null),
            Failed = g.Count(p => p.SucceededOn == null && (p.PilotStartedOn != null || p.IndustrialStartedOn != null)
                && (p.Stage == RelayStage.Terminated || (p.IndustrialStartedOn != null && p.IndustrialStartedOn < cutoff))),
            Started = g.Count(p => p.PilotStartedOn != null || p.IndustrialStartedOn != null),
        }).ToListAsync(ct);
        return rows.Select(r => new CellCounts(new Counts(name(r.Key.Cohort), r.Projects, r.Screened, r.Selected, r.Pilot, r.Industrial, r.Industrialized,
            r.Succeeded, r.Failed, r.Started), r.Key.Pilot, r.Key.SuccessYear)).ToList();
    }

    private static Counts Empty(string key) => new(key, 0, 0, 0, 0, 0, 0, 0, 0, 0);

    private static Counts Sum(string key, IReadOnlyList<Counts> rows) => new(key, rows.Sum(r => r.Projects), rows.Sum(r => r.Screened), rows.Sum(r => r.Selected),
        rows.Sum(r => r.Pilot), rows.Sum(r => r.Industrial), rows.Sum(r => r.Industrialized), rows.Sum(r => r.Succeeded), rows.Sum(r => r.Failed), rows.Sum(r => r.Started));

    private static RateWithInterval Rate(Counts c) => Wilson.Interval(c.Succeeded, c.Succeeded + c.Failed);

    private static CohortRow Row(Counts c) => new(c.Key, c.Projects, c.Screened, c.Selected, c.Pilot, c.Industrial, c.Industrialized, c.Succeeded, c.Failed,
        c.Started - c.Succeeded - c.Failed, Rate(c));
}
