using System.Net;
using System.Net.Http.Json;
using Gaoxin.Contracts.Services;
using Gaoxin.Services.Relief;
using static Gaoxin.Services.Tests.Queues.QueueData;

namespace Gaoxin.Services.Tests.Queues;

/// <summary>The year's figures on a small known set, on Monday 28 September 2026 (Friday 25 September was a holiday).</summary>
public sealed class FiguresTests
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Figures_count_a_decision_on_the_due_day_as_on_time_and_relief_by_category(Db db)
    {
        var data = await StartAsync(db, D(2026, 9, 28));
        await using var _ = data.App;
        // Decided on its due day (used 3 of 3): on time, the boundary.
        await data.AddAsync("FG-001", "兴储世纪", "SV-001", 3, D(2026, 9, 21), i => i.Decide(true, D(2026, 9, 24), Cn, null, "test", At(D(2026, 9, 24))));
        // Decided a working day late (used 4 of 3).
        await data.AddAsync("FG-002", "兴储世纪", "SV-001", 3, D(2026, 9, 21), i => i.Decide(false, D(2026, 9, 28), Cn, "不符合条件", "test", At(D(2026, 9, 28))));
        // Decided early (used 2 of 5).
        await data.AddAsync("FG-003", "九识智能", "SV-004", 5, D(2026, 9, 14), i => i.Decide(true, D(2026, 9, 16), Cn, null, "test", At(D(2026, 9, 16))));
        // Open: one paused once for correction, one overdue.
        await data.AddAsync("FG-004", "九识智能", "SV-002", 20, D(2026, 9, 1), i => i.PauseForCorrection(D(2026, 9, 3), Cn, "补正", "test", At(D(2026, 9, 3))));
        await data.AddAsync("FG-005", "兴储世纪", "SV-001", 3, D(2026, 9, 21));

        var zone = await data.ZoneAsync();
        var enterprise = await data.OrganisationAsync("兴储世纪");
        await data.App.InScopeAsync(async d =>
        {
            var financing = new ReliefCase(zone, "JK-001", enterprise, DifficultyCategory.Financing, "流动资金紧张", ReliefSource.Enterprise, "test", At(D(2026, 9, 1)));
            financing.Assign(await data.DepartmentAsync("JFJ"), D(2026, 9, 30));
            financing.Close(4, "已对接银行", At(D(2026, 9, 11)));
            var land = new ReliefCase(zone, "JK-002", enterprise, DifficultyCategory.Land, "用地指标", ReliefSource.Officer, "test", At(D(2026, 9, 1)));
            land.Assign(await data.DepartmentAsync("GJJ"), D(2026, 9, 30));
            land.Close(5, null, At(D(2026, 9, 5)));
            var open = new ReliefCase(zone, "JK-003", enterprise, DifficultyCategory.Financing, "贷款续贷", ReliefSource.Enterprise, "test", At(D(2026, 9, 20)));
            var lastYear = new ReliefCase(zone, "JK-004", enterprise, DifficultyCategory.Market, "订单下滑", ReliefSource.EarlyWarning, "test", At(D(2025, 12, 1)));
            d.AddRange(financing, land, open, lastYear);
            return await d.SaveChangesAsync();
        });

        var viewer = await data.App.SignedInAsync("viewer@zigong.demo");
        var response = await viewer.GetAsync("/api/v1/services/figures/2026");
        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        var f = (await response.Content.ReadFromJsonAsync<ServicesFigures>())!;
        f.Decided.ShouldBe(3);
        f.OnTimeRate.ShouldBe(0.6667m, "2 of 3: used == limit counts as on time");
        f.AverageDaysUsed.ShouldBe(3m);
        f.AverageLimitDays.ShouldBe(3.67m);
        f.Applications.ShouldBe(5);
        f.CorrectionsPerApplication.ShouldBe(0.2m);
        f.OpenNow.ShouldBe(2);
        f.OverdueNow.ShouldBe(1);
        f.ReliefCases.ShouldBe(3);
        f.ReliefClosed.ShouldBe(2);
        f.MedianDaysToClose.ShouldBe(7m, "10 and 4 days");
        f.AverageSatisfaction.ShouldBe(4.5m);
        var financingRow = f.ByCategory.Single(c => c.Category == "Financing");
        financingRow.ShouldSatisfyAllConditions(c => c.Cases.ShouldBe(2), c => c.Closed.ShouldBe(1), c => c.MedianDaysToClose.ShouldBe(10m), c => c.Label.ShouldBe("融资"));
        f.ByCategory.Single(c => c.Category == "Market").Cases.ShouldBe(0, "reported in 2025");

        // The contract the cockpit and the period report read gives the same figures.
        var contract = await data.InScopeAsync(sp => ((IServicesFigures)sp.GetService(typeof(IServicesFigures))!).ForYearAsync(zone.Value, 2026, CancellationToken.None));
        contract.OnTimeRate.ShouldBe(f.OnTimeRate);
        (await (await data.App.SignedInAsync("enterprise@zigong.demo")).GetAsync("/api/v1/services/figures/2026")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }
}
