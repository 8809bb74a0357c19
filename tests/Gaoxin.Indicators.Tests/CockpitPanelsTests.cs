using Gaoxin.Contracts.Funding;
using Gaoxin.Contracts.TechTransfer;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Gaoxin.Industry.Tests;

/// <summary>
/// The relay and fund panels show what the installed modules report through their contracts; a module that is not
/// installed says so.
/// </summary>
public sealed class CockpitPanelsTests
{
    [Fact]
    public async Task Installed_relay_and_fund_modules_fill_their_panels_with_their_own_figures()
    {
        await using var app = await GaoxinApp.StartAsync(Db.Sqlite);
        var viewer = await app.SignedInAsync("viewer@zigong.demo");
        var cockpit = await (await viewer.GetAsync("/api/v1/indicators/cockpit")).ReadJsonAsync();

        // The relay panel equals the relay module's own analytics.
        var analytics = await (await viewer.GetAsync("/api/v1/tech-transfer/analytics")).ReadJsonAsync();
        var thisYear = analytics.GetProperty("years").EnumerateArray().FirstOrDefault(y => y.GetProperty("year").GetInt32() == cockpit.GetProperty("year").GetInt32());
        var relay = cockpit.GetProperty("relay");
        relay.GetProperty("enabled").GetBoolean().ShouldBeTrue();
        relay.GetProperty("figures").GetProperty("conversionsInYear").GetInt32().ShouldBe(thisYear.ValueKind == System.Text.Json.JsonValueKind.Undefined ? 0 : thisYear.GetProperty("conversions").GetInt32());
        relay.GetProperty("figures").GetProperty("withPilot").GetProperty("rate").GetDecimal().ShouldBe(analytics.GetProperty("withPilot").GetProperty("rate").GetDecimal());
        relay.GetProperty("figures").GetProperty("withoutPilot").GetProperty("rate").GetDecimal().ShouldBe(analytics.GetProperty("withoutPilot").GetProperty("rate").GetDecimal());
        relay.GetProperty("figures").GetProperty("funnel")[0].GetProperty("count").GetInt32().ShouldBe(analytics.GetProperty("funnel")[0].GetProperty("count").GetInt32());

        // The fund panel equals the fund's own dashboard, derived from its ledger.
        var admin = await app.SignedInAsync("admin@zigong.demo");
        var position = (await (await admin.GetAsync("/api/v1/funding/dashboard")).ReadJsonAsync()).GetProperty("position");
        var fund = cockpit.GetProperty("fund");
        fund.GetProperty("enabled").GetBoolean().ShouldBeTrue();
        fund.GetProperty("figures").GetProperty("year").GetInt32().ShouldBe(cockpit.GetProperty("year").GetInt32());
        fund.GetProperty("figures").GetProperty("year").GetInt32().ShouldBe(position.GetProperty("year").GetInt32());
        foreach (var figure in new[] { "budget", "committed", "disbursed", "available" })
        {
            fund.GetProperty("figures").GetProperty(figure).GetDecimal().ShouldBe(position.GetProperty(figure).GetDecimal(), figure);
        }

        position.GetProperty("budget").GetDecimal().ShouldBe(20_000_000m);
    }

    [Fact]
    public async Task Without_the_relay_and_fund_modules_their_panels_say_the_module_is_not_enabled()
    {
        // A build without those modules: their contracts have no implementation.
        await using var app = await GaoxinApp.StartAsync(Db.Sqlite, services: s =>
        {
            s.RemoveAll<IRelayFigures>();
            s.RemoveAll<IRelayProjects>();
            s.RemoveAll<IFundPosition>();
            s.RemoveAll<Gaoxin.Data.Modules.IHeadlineFigureSource>();
        });

        var viewer = await app.SignedInAsync("viewer@zigong.demo");
        var cockpit = await (await viewer.GetAsync("/api/v1/indicators/cockpit")).ReadJsonAsync();
        cockpit.GetProperty("relay").GetProperty("enabled").GetBoolean().ShouldBeFalse();
        cockpit.GetProperty("relay").GetProperty("note").GetString().ShouldBe("成果转化接力模块未启用");
    }
}
