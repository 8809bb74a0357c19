using Gaoxin.Contracts;
using Gaoxin.Contracts.TechTransfer;
using Gaoxin.Data;
using Gaoxin.Data.Seeding;
using Gaoxin.Kernel.Zones;
using Gaoxin.PilotBase.Facilities;
using Gaoxin.PilotBase.Runs;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Gaoxin.PilotBase.Demo;

/// <summary>
/// The runs behind the demo relay's with-pilot projects: each project whose pilot plan names zone A gets one batch on the
/// resource its industry uses (the sodium-ion line for new energy, the sintering furnace for materials, the robot cell for
/// manufacturing, the pump test bench for the traditional clusters), 60 days into its pilot, accepted three days after it
/// ended and recorded on the relay through its contract, so the relay's with-pilot cohort (13 of 16 decided succeed, the
/// report's ~80%) rests on runs at the base. Projects piloted in zone B, still being built, have none: they are the
/// "marked as piloted but no run at the base" figure. A run whose end is after the zone's today is not seeded. Idempotent.
/// </summary>
internal sealed class PilotRunsDemoSeeder(IServiceProvider services, TimeProvider clock) : IDemoSeeder
{
    public int Order => 62;

    private const string Operator = "中试基地运营";

    private sealed record Recipe(string[] Resources, string Inputs, (string Name, string Unit, decimal? Min, decimal? Max, decimal Actual)[] Measurements);

    private static Recipe For(ZoneIndustry industry, int n) => industry switch
    {
        ZoneIndustry.NewEnergy => new(["A-PL-01", "A-EQ-05"], "层状氧化物正极 40 kg、硬碳负极 25 kg、电解液 60 L",
            [("首次库伦效率", "%", 85m, null, 88m + (n % 5)), ("500 周容量保持率", "%", 90m, null, 92m + (n % 4))]),
        ZoneIndustry.AdvancedMaterials => new(["A-EQ-10", "A-LAB-02"], "WC-Co 混合料 250 kg",
            [("硬度", "HRA", 90m, 93m, 91m + (n % 3 * 0.5m)), ("抗弯强度", "MPa", 2000m, null, 2150m + (n % 5 * 40m))]),
        ZoneIndustry.IntelligentManufacturing => new(["A-PL-02", "A-EQ-08"], "样机 3 台、测试工装 1 套",
            [("重复定位精度", "mm", null, 0.02m, 0.015m + (n % 3 * 0.001m)), ("节拍", "s", null, 30m, 24m + (n % 5))]),
        _ => new(["A-EQ-09"], "样泵 2 台", [("效率", "%", 80m, null, 83m + (n % 4))]),
    };

    public async Task SeedAsync(GaoxinDbContext db, DemoZone zone, CancellationToken ct)
    {
        var zoneId = new ZoneId(zone.ZoneId);
        if (services.GetService<IRelayPilotRuns>() is not { } relay || await db.Set<PilotRun>().AnyAsync(r => r.ZoneId == zoneId, ct))
        {
            return;
        }

        var resources = await db.Set<Resource>().AsNoTracking().Where(r => r.ZoneId == zoneId).ToDictionaryAsync(r => r.Code, r => r.Id, ct);
        if (resources.Count == 0)
        {
            return;
        }

        var today = ZoneClock.Of(clock).Today;
        var n = 0;
        foreach (var p in await relay.PilotProjectsAsync(zone.ZoneId, null, ct))
        {
            if (p.PilotArea != "A" || p.PilotStartedOn is not { } pilotStart || p.AcceptedRuns > 0)
            {
                continue;
            }

            var started = pilotStart.AddDays(60);
            var ended = started.AddDays(20);
            var decided = ended.AddDays(3);
            if (decided > today)
            {
                continue;
            }

            n++;
            var recipe = For(p.Industry, n);
            // A project that ended in the pilot itself failed there; every other one passed its batch.
            var passed = p.Project.Stage != RelayStage.Terminated || p.PilotMilestones.All(m => m.State == MilestoneState.Accepted);
            var milestone = p.PilotMilestones.OrderBy(m => m.Due).FirstOrDefault();
            var run = new PilotRun(zoneId, p.Project.Id, p.Project.Code, p.Project.Title, p.Project.LeadOrganisationId, p.Project.CompanyOrganisationId, milestone?.Id,
                $"PB-{p.Project.Code}-01", started, ended, recipe.Inputs, 90m + (n % 7), passed ? RunOutcome.Passed : RunOutcome.Failed,
                passed ? "工艺窗口稳定，关键参数全部达标。" : "批次一致性不足，建议调整工艺后复试。", Operator, At(ended));
            var measurements = recipe.Measurements.Select(m => new RunMeasurement(zoneId, run.Id, m.Name, m.Unit, m.Min, m.Max, m.Actual)).ToList();
            run.Accept(Operator, At(decided), "演示数据：运行记录已核对");
            db.Add(run);
            db.AddRange(measurements);
            db.AddRange(recipe.Resources.Where(resources.ContainsKey).Select(code => new RunResource(zoneId, run.Id, resources[code], null)));
            await relay.RecordAcceptedRunAsync(new AcceptedPilotRun(zone.ZoneId, p.Project.Id, run.Id, run.BatchCode, started, ended, passed, milestone?.Id,
                RunDesk.Evidence(run, measurements), Operator, decided, At(decided)), ct);
        }

        await db.SaveChangesAsync(ct);
    }

    private static DateTimeOffset At(DateOnly on) => ZoneClock.At(on, new TimeOnly(16, 0)).ToUniversalTime();
}
