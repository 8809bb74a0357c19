using Gaoxin.Contracts.Funding;
using Gaoxin.Contracts.TechTransfer;
using Microsoft.Extensions.DependencyInjection;

namespace Gaoxin.Industry.Tests;

/// <summary>
/// The relay and fund panels show whatever the installed modules report. Those modules are built elsewhere; here stand-ins
/// registered under the contracts play their part, and the cockpit must pass their figures through unchanged.
/// </summary>
public sealed class CockpitPanelsTests
{
    private sealed class RelayStandIn : IRelayFigures
    {
        public Task<RelayFigures> ForYearAsync(Guid zoneId, int year, CancellationToken ct) => Task.FromResult(new RelayFigures(year,
            [new StageCount(RelayStage.Proposed, 42), new StageCount(RelayStage.PilotIncubation, 9)],
            new RateWithInterval(6, 8, 0.75m, 0.41m, 0.93m), new RateWithInterval(2, 10, 0.2m, 0.06m, 0.51m), 5, 7, 10, 310_000_000m, 500_000_000m, 4));
    }

    private sealed class FundStandIn : IFundPosition
    {
        public Task<FundPosition?> ForYearAsync(Guid zoneId, int year, CancellationToken ct) =>
            Task.FromResult<FundPosition?>(new FundPosition(year, 20_000_000m, 12_500_000m, 8_000_000m, 7_500_000m, 0m, 0m));

        public Task<IReadOnlyList<GradeBand>> GradeBandsAsync(Guid zoneId, DateOnly on, CancellationToken ct) => Task.FromResult<IReadOnlyList<GradeBand>>([]);

        public Task<IReadOnlyList<ProjectSupport>> SupportForProjectAsync(Guid zoneId, Guid projectId, CancellationToken ct) => Task.FromResult<IReadOnlyList<ProjectSupport>>([]);
    }

    [Fact]
    public async Task Installed_relay_and_fund_modules_fill_their_panels_with_their_own_figures()
    {
        await using var app = await GaoxinApp.StartAsync(Db.Sqlite, services: s =>
        {
            s.AddScoped<IRelayFigures, RelayStandIn>();
            s.AddScoped<IFundPosition, FundStandIn>();
        });
        var viewer = await app.SignedInAsync("viewer@zigong.demo");
        var cockpit = await (await viewer.GetAsync("/api/v1/indicators/cockpit")).ReadJsonAsync();

        var relay = cockpit.GetProperty("relay");
        relay.GetProperty("enabled").GetBoolean().ShouldBeTrue();
        relay.GetProperty("figures").GetProperty("conversionsInYear").GetInt32().ShouldBe(7);
        relay.GetProperty("figures").GetProperty("withPilot").GetProperty("rate").GetDecimal().ShouldBe(0.75m);
        relay.GetProperty("figures").GetProperty("funnel")[0].GetProperty("count").GetInt32().ShouldBe(42);

        var fund = cockpit.GetProperty("fund");
        fund.GetProperty("enabled").GetBoolean().ShouldBeTrue();
        fund.GetProperty("figures").GetProperty("available").GetDecimal().ShouldBe(7_500_000m);
        fund.GetProperty("figures").GetProperty("year").GetInt32().ShouldBe(cockpit.GetProperty("year").GetInt32());
    }

    [Fact]
    public async Task Without_the_relay_and_fund_modules_their_panels_say_the_module_is_not_enabled()
    {
        await using var app = await GaoxinApp.StartAsync(Db.Sqlite);
        using (var scope = app.Services.CreateScope())
        {
            Assert.SkipWhen(scope.ServiceProvider.GetService<IRelayFigures>() is not null, "The relay module is installed in this build.");
        }

        var viewer = await app.SignedInAsync("viewer@zigong.demo");
        var cockpit = await (await viewer.GetAsync("/api/v1/indicators/cockpit")).ReadJsonAsync();
        cockpit.GetProperty("relay").GetProperty("enabled").GetBoolean().ShouldBeFalse();
        cockpit.GetProperty("relay").GetProperty("note").GetString().ShouldBe("成果转化接力模块未启用");
    }
}
