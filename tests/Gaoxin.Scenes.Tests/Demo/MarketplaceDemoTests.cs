using Gaoxin.Data;
using Gaoxin.Scenes.Demands;
using Gaoxin.Scenes.SceneBoard;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Gaoxin.Scenes.Tests.Demo;

/// <summary>The demo zone's marketplace holds the report's scenes of 29 September 2025 and the firms' demands.</summary>
public sealed class MarketplaceDemoTests(SharedApps apps) : IClassFixture<SharedApps>
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task The_report_s_three_scenes_open_on_the_day_of_the_plates_beside_two_factory_scenes(Db db)
    {
        var app = await apps.GetAsync(db);
        await using var scope = app.Services.CreateAsyncScope();
        var scenes = await scope.ServiceProvider.GetRequiredService<GaoxinDbContext>().Set<Scene>().AsNoTracking().OrderBy(s => s.Code).ToListAsync();

        var reportDay = new DateOnly(2025, 9, 29);
        scenes.Where(s => s.PublishedOn == reportDay).Select(s => s.Kind)
            .ShouldBe([SceneKind.LogisticsDelivery, SceneKind.SecurityPatrol, SceneKind.EnvironmentalMonitoring], ignoreOrder: true);
        scenes.Count(s => s.Kind == SceneKind.Factory).ShouldBe(2);
        scenes.Select(s => s.Code).ShouldBeUnique();
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Demands_await_moderation_and_some_posters_stay_anonymous(Db db)
    {
        var app = await apps.GetAsync(db);
        await using var scope = app.Services.CreateAsyncScope();
        var demands = await scope.ServiceProvider.GetRequiredService<GaoxinDbContext>().Set<Demand>().AsNoTracking().ToListAsync();

        demands.ShouldContain(d => d.Status == DemandStatus.Pending && d.PublishedOn == null);
        demands.ShouldContain(d => d.Status == DemandStatus.Published && d.Anonymous);
        demands.ShouldAllBe(d => d.BudgetMin == null || d.BudgetMax == null || d.BudgetMin <= d.BudgetMax);
    }
}
