using Gaoxin.Contracts.Funding;
using Gaoxin.Contracts.TechTransfer;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Time.Testing;

namespace Gaoxin.Indicators.Tests;

/// <summary>
/// The cockpit's panels show the figures the demo zone is known to have (the report's, as the seeders lay them down),
/// not whatever another endpoint running the same analytics says; a module that is not installed says so.
/// </summary>
public sealed class CockpitPanelsTests
{
    /// <summary>A fixed zone date (2026-12-01 10:00 in the zone), the same as TechTransfer's AnalyticsTests.</summary>
    private static readonly DateTimeOffset AsOf = new(2026, 12, 1, 2, 0, 0, TimeSpan.Zero);

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task The_panels_show_the_demo_zones_known_figures(Db db)
    {
        await using var app = await GaoxinApp.StartAsync(db, services: s => s.AddSingleton<TimeProvider>(new FakeTimeProvider(AsOf)));
        var viewer = await app.SignedInAsync("viewer@zigong.demo");
        var cockpit = await (await viewer.GetAsync("/api/v1/indicators/cockpit")).ReadJsonAsync();
        cockpit.GetProperty("year").GetInt32().ShouldBe(2026);

        // Enterprises (EnterprisesDemoSeeder): 460 in the registry; 114 above designated size, 93 of them 智改数转 —
        // the report's 81.58%.
        var enterprises = cockpit.GetProperty("enterprises");
        enterprises.GetProperty("enabled").GetBoolean().ShouldBeTrue();
        var counts = enterprises.GetProperty("figures");
        counts.GetProperty("total").GetInt32().ShouldBe(460);
        counts.GetProperty("aboveDesignatedSize").GetInt32().ShouldBe(114);
        counts.GetProperty("transformed").GetInt32().ShouldBe(93);
        decimal.Round(counts.GetProperty("transformationRate").GetDecimal(), 4).ShouldBe(0.8158m); // 93 / 114, unrounded in the contract

        // The relay (TechTransferDemoSeeder's cohort table, worked out in TechTransfer's AnalyticsTests): 65 projects;
        // 8 of 26 decided succeed without the pilot base (the report's ~30%), 13 of 16 with it (~80%); 10 still in
        // progress. Conversions in 2026 are the five 2025 pilot successes (i = 45–49: pilot end in early 2026, success
        // 2–4 months later), against the report's target of at least 10 a year and 500 million CNY of new output.
        var relay = cockpit.GetProperty("relay");
        relay.GetProperty("enabled").GetBoolean().ShouldBeTrue();
        var figures = relay.GetProperty("figures");
        figures.GetProperty("funnel").EnumerateArray().Select(f => f.GetProperty("count").GetInt32()).ShouldBe([65, 64, 54, 26, 45, 21]);
        figures.GetProperty("withoutPilot").GetProperty("successes").GetInt32().ShouldBe(8);
        figures.GetProperty("withoutPilot").GetProperty("decided").GetInt32().ShouldBe(26);
        figures.GetProperty("withoutPilot").GetProperty("rate").GetDecimal().ShouldBe(0.3077m);
        figures.GetProperty("withPilot").GetProperty("successes").GetInt32().ShouldBe(13);
        figures.GetProperty("withPilot").GetProperty("decided").GetInt32().ShouldBe(16);
        figures.GetProperty("withPilot").GetProperty("rate").GetDecimal().ShouldBe(0.8125m);
        figures.GetProperty("inProgress").GetInt32().ShouldBe(10);
        figures.GetProperty("conversionsInYear").GetInt32().ShouldBe(5);
        figures.GetProperty("conversionTarget").GetInt32().ShouldBe(10);
        figures.GetProperty("newOutputTarget").GetDecimal().ShouldBe(500_000_000m);

        // The fund (FundingDemoSeeder): the report's 20 million CNY a year; this year's grants are one at the 5 million
        // cap, 2 × 2 million (A), 3 × 1.5 million (B), 3 × 600,000 (C) and one 1 million 先投后股: 16.3 million committed.
        // Last year's 先投后股 that exits today returns money into this year (its amount follows the fund's return cap
        // arithmetic, tested in Gaoxin.Funding.Tests), and what is available is the budget plus that, less the commitments.
        var fund = cockpit.GetProperty("fund");
        fund.GetProperty("enabled").GetBoolean().ShouldBeTrue();
        var position = fund.GetProperty("figures");
        position.GetProperty("year").GetInt32().ShouldBe(2026);
        position.GetProperty("budget").GetDecimal().ShouldBe(20_000_000m);
        position.GetProperty("committed").GetDecimal().ShouldBe(16_300_000m);
        var returned = position.GetProperty("returned").GetDecimal();
        returned.ShouldBeGreaterThan(0m);
        position.GetProperty("available").GetDecimal().ShouldBe(20_000_000m + returned - 16_300_000m);
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
