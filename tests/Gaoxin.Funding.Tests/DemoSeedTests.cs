using System.Net;
using Gaoxin.Composition;
using Gaoxin.Funding.Awards;
using Gaoxin.Funding.Instruments;
using Gaoxin.Funding.Ledger;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Gaoxin.Funding.Tests;

/// <summary>The demo fund: budget and assessment without projects; awards, instruments and the cap once the relay has projects; idempotent.</summary>
public sealed class DemoSeedTests
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task The_demo_fund_is_seeded_from_the_ledger_and_only_once(Db db)
    {
        // A fixed day (noon, 15 June 2026, China time): the demo's years and the 先投后股 exit date follow the clock.
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 6, 15, 12, 0, 0, TimeSpan.FromHours(8)).ToUniversalTime());
        await using var app = await FundingApp.StartAsync(db, relayDemo: false, services: s => s.AddSingleton<TimeProvider>(clock));
        var fund = await Fund.ForAsync(app);
        const int year = 2026;

        // Without relay projects: this year's budget, last year's assessment, no awards.
        var dashboard = await (await fund.Admin.GetAsync("/api/v1/funding/dashboard")).ReadJsonAsync();
        dashboard.GetProperty("position").GetProperty("budget").GetDecimal().ShouldBe(20_000_000m);
        (await app.App.InScopeAsync(ctx => ctx.Set<Award>().CountAsync())).ShouldBe(0);
        (await fund.Admin.GetAsync($"/api/v1/funding/assessments/{year - 1}")).StatusCode.ShouldBe(HttpStatusCode.OK);

        // The relay starts empty (its demo seeder is left out); projects arrive through its API and seeding again adds the awards.
        var org = app.EnterpriseOrg;
        var scores = new[] { 95m, 91m, 88m, 86m, 83m, 80m, 78m, 76m, 72m, 68m, 65m, 62m, 90m, 87m, 79m, 70m, 55m };
        var projects = await app.Relay.CreateManyAsync(scores.Select((s, i) => new ProjectSpec(org, s, $"演示项目{i}")).ToList());
        foreach (var p in projects.Where((_, i) => i % 2 == 0))
        {
            await app.Relay.AcceptAsync(p.Id, "中试线建成");
        }

        await SeedAgainAsync(app);
        var entriesAfterFirst = await app.App.InScopeAsync(ctx => ctx.Set<LedgerEntry>().CountAsync());
        await SeedAgainAsync(app);
        (await app.App.InScopeAsync(ctx => ctx.Set<LedgerEntry>().CountAsync())).ShouldBe(entriesAfterFirst);

        var awards = await app.App.InScopeAsync(ctx => ctx.Set<Award>().AsNoTracking().ToListAsync());
        awards.Select(a => a.Grade).Distinct().Order().ShouldBe(["A", "B", "C"]);
        awards.ShouldContain(a => a.Amount.Yuan == 5_000_000m && a.FundYear == year);
        var instruments = await app.App.InScopeAsync(ctx => ctx.Set<EquityInstrument>().AsNoTracking().ToListAsync());
        instruments.Select(i => i.Status).ShouldBe([InstrumentStatus.Unconverted, InstrumentStatus.Converted, InstrumentStatus.Exited, InstrumentStatus.WrittenOff], ignoreOrder: true);
        var exited = instruments.Single(i => i.Status == InstrumentStatus.Exited);
        exited.Credited.ShouldNotBeNull();
        exited.Credited!.Value.ShouldBeGreaterThan(exited.Principal!.Value); // a return, capped
        exited.Credited.Value.ShouldBe(exited.ReturnCap!.Value);

        dashboard = await (await fund.Admin.GetAsync("/api/v1/funding/dashboard")).ReadJsonAsync();
        var position = dashboard.GetProperty("position");
        // 2026's awards, from the seeder's table and the scores above: the project at the cap (A, 5,000,000), two A at 2,000,000,
        // three B at 1,500,000, three C at 600,000 and one 先投后股 at 1,000,000.
        position.GetProperty("budget").GetDecimal().ShouldBe(20_000_000m);
        position.GetProperty("committed").GetDecimal().ShouldBe(5_000_000m + 2 * 2_000_000m + 3 * 1_500_000m + 3 * 600_000m + 1_000_000m);
        // The 先投后股 exit bought back on 15 June 2026, credited to 2026 at its return cap (the figure the demo seeds on this day).
        position.GetProperty("returned").GetDecimal().ShouldBe(422_536.98m);
        // 20,000,000 + 422,536.98 - 16,300,000.
        position.GetProperty("available").GetDecimal().ShouldBe(4_122_536.98m);
        (await app.App.InScopeAsync(ctx => LedgerVerification.VerifyAsync(ctx, CancellationToken.None))).Intact.ShouldBeTrue();

        // Statements open as PDF with Chinese text and as Excel (a machine without a CJK font skips the rest, naming the package).
        Assert.SkipUnless(Gaoxin.Data.Documents.ChineseFont.Available, Gaoxin.Data.Documents.ChineseFont.MissingMessage);
        var pdf = await fund.Admin.GetAsync($"/api/v1/funding/statements/years/{year}.pdf");
        pdf.Content.Headers.ContentType!.MediaType.ShouldBe("application/pdf");
        var text = PdfText.Read(await pdf.Content.ReadAsByteArrayAsync());
        text.ShouldContain("年度对账单");
        text.ShouldContain("资助承诺");
        var xlsx = await fund.Admin.GetAsync($"/api/v1/funding/statements/years/{year}.xlsx");
        var rows = MiniExcelLibs.MiniExcel.Query(await xlsx.Content.ReadAsStreamAsync(), useHeaderRow: true).Cast<IDictionary<string, object>>().ToList();
        rows.Count.ShouldBe(await app.App.InScopeAsync(ctx => ctx.Set<LedgerEntry>().CountAsync(e => e.FundYear == year)));
        rows.ShouldContain(r => (string)r["类型"] == "资助承诺");
        var report = await fund.Admin.GetAsync($"/api/v1/funding/assessments/{year - 1}/report.pdf");
        PdfText.Read(await report.Content.ReadAsByteArrayAsync()).ShouldContain("考核得分");
        var projectPdf = await fund.Enterprise.GetAsync($"/api/v1/funding/statements/projects/{awards[0].ProjectId}.pdf");
        projectPdf.StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    private static async Task SeedAgainAsync(FundingApp app)
    {
        await using var scope = app.App.Services.CreateAsyncScope();
        await GaoxinDatabase.SeedDemoAsync(scope.ServiceProvider, CancellationToken.None);
    }
}

/// <summary>The fund on the real relay (TechTransfer's module and demo projects), with no stand-in.</summary>
public sealed class RealRelayTests(SharedApps apps)
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task The_demo_fund_awards_the_relays_graded_projects(Db db)
    {
        var app = await apps.GetAsync(db);
        var admin = await app.SignedInAsync("admin@zigong.demo");
        var dashboard = await (await admin.GetAsync("/api/v1/funding/dashboard")).ReadJsonAsync();
        var position = dashboard.GetProperty("position");
        position.GetProperty("budget").GetDecimal().ShouldBe(20_000_000m);
        position.GetProperty("committed").GetDecimal().ShouldBeGreaterThan(0m);
        position.GetProperty("committed").GetDecimal().ShouldBeLessThanOrEqualTo(20_000_000m);
        // The relay's demo screens projects into grades A, B and C; the fund awards across all three.
        dashboard.GetProperty("byGrade").EnumerateArray().Where(g => g.GetProperty("awards").GetInt32() > 0).Select(g => g.GetProperty("key").GetString()).ShouldBe(["A", "B", "C"]);
        var awards = await (await admin.GetAsync("/api/v1/funding/awards?size=200")).ReadJsonAsync();
        awards.GetProperty("items").EnumerateArray().ShouldContain(a => a.GetProperty("amount").GetDecimal() == 5_000_000m);
        var instruments = await (await admin.GetAsync("/api/v1/funding/instruments")).ReadJsonAsync();
        instruments.EnumerateArray().Select(i => i.GetProperty("status").GetString()).ShouldBe(["Unconverted", "Converted", "Exited", "WrittenOff"], ignoreOrder: true);
        (await (await admin.GetAsync("/api/v1/funding/ledger/verify")).ReadJsonAsync()).GetProperty("intact").GetBoolean().ShouldBeTrue();
    }
}

/// <summary>The module's pages render for the roles that see them (server prerender of the demo fund).</summary>
public sealed class PageTests(SharedApps apps)
{
    [Fact]
    public async Task The_fund_pages_render_the_demo_fund()
    {
        var app = await apps.GetAsync(Db.Sqlite);
        var admin = await app.SignedInAsync("admin@zigong.demo");
        var awards = await (await admin.GetAsync("/api/v1/funding/awards?size=200")).ReadJsonAsync();
        var awardId = awards.GetProperty("items")[0].GetProperty("id").GetString();
        var instrumentId = (await (await admin.GetAsync("/api/v1/funding/instruments")).ReadJsonAsync())[0].GetProperty("id").GetString();

        foreach (var (path, text) in new[]
        {
            ("/funding", "中试专项资金看板"), ("/funding/applications", "资金申请队列"), ($"/funding/awards/{awardId}", "分期拨付"),
            ("/funding/instruments", "先投后股"), ($"/funding/instruments/{instrumentId}", "全过程"), ("/funding/ledger", "资金台账"), ("/funding/assessment", "运营方年度考核"),
        })
        {
            var response = await admin.GetAsync(path);
            response.StatusCode.ShouldBe(System.Net.HttpStatusCode.OK, path);
            (await response.Content.ReadAsStringAsync()).ShouldContain(text, customMessage: path);
        }

        var enterprise = await app.SignedInAsync("enterprise@zigong.demo");
        var ledger = await enterprise.GetAsync("/funding/ledger");
        (await ledger.Content.ReadAsStringAsync()).ShouldNotContain("hash");
    }
}
