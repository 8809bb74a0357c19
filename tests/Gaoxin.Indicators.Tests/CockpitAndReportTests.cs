using System.Net;
using System.Text.Json;
using MiniExcelLibs;

namespace Gaoxin.Indicators.Tests;

/// <summary>The cockpit shows the modules' own numbers; the period report carries its period's figures in PDF and Excel.</summary>
public sealed class CockpitAndReportTests(SharedApps apps)
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task The_cockpits_numbers_equal_the_modules_own_numbers(Db db)
    {
        var app = await apps.GetAsync(db);
        var viewer = await app.SignedInAsync("viewer@zigong.demo");
        var valuesBefore = (await (await viewer.GetAsync("/api/v1/indicators/values?period=2025-09")).ReadJsonAsync()).ToString();
        var targetsBefore = (await (await viewer.GetAsync("/api/v1/indicators/targets")).ReadJsonAsync()).ToString();
        var cockpit = await (await viewer.GetAsync("/api/v1/indicators/cockpit")).ReadJsonAsync();

        // Enterprises: the registry's own list and rate.
        var counts = cockpit.GetProperty("enterprises");
        counts.GetProperty("enabled").GetBoolean().ShouldBeTrue();
        var figures = counts.GetProperty("figures");
        var list = await (await viewer.GetAsync("/api/v1/enterprises/?size=1")).ReadJsonAsync();
        figures.GetProperty("total").GetInt32().ShouldBe(list.GetProperty("total").GetInt32());
        var rate = await (await viewer.GetAsync("/api/v1/enterprises/transformation-rate")).ReadJsonAsync();
        figures.GetProperty("aboveDesignatedSize").GetInt32().ShouldBe(rate.GetProperty("aboveSize").GetInt32());
        figures.GetProperty("transformed").GetInt32().ShouldBe(rate.GetProperty("transformed").GetInt32());
        figures.GetProperty("transformationRate").GetDecimal().ShouldBe(rate.GetProperty("rate").GetDecimal());
        rate.GetProperty("display").GetString().ShouldBe("81.58%");
        figures.GetProperty("byRung").EnumerateObject().Sum(p => p.Value.GetInt32()).ShouldBeLessThanOrEqualTo(figures.GetProperty("total").GetInt32());
        figures.GetProperty("total").GetInt32().ShouldBeGreaterThan(400);

        // Indicators: the latest period's values as the indicators API gives them.
        var period = cockpit.GetProperty("period").GetProperty("code").GetString();
        period.ShouldBe("2025-09");
        // Other tests of this fixture import values meanwhile: the cockpit read between two reads of the
        // module equals one of them (the state before or after a concurrent import).
        var valuesAfter = (await (await viewer.GetAsync("/api/v1/indicators/values?period=" + period)).ReadJsonAsync()).ToString();
        new[] { valuesBefore, valuesAfter }.ShouldContain(cockpit.GetProperty("indicators").ToString());
        var targetsAfter = (await (await viewer.GetAsync("/api/v1/indicators/targets")).ReadJsonAsync()).ToString();
        new[] { targetsBefore, targetsAfter }.ShouldContain(cockpit.GetProperty("targets").ToString());

        // Industry: the same gaps and composition as the industry API.
        var industry = cockpit.GetProperty("industry").GetProperty("figures");
        var gaps = await (await viewer.GetAsync("/api/v1/industry/gaps")).ReadJsonAsync();
        industry.GetProperty("chains").EnumerateArray().Sum(c => c.GetProperty("nodes").EnumerateArray().Count(n => n.GetProperty("strength").GetString() == "Gap"))
            .ShouldBe(gaps.EnumerateArray().Count(g => g.GetProperty("strength").GetString() == "Gap"));
        var leads = await (await viewer.GetAsync("/api/v1/industry/leads")).ReadJsonAsync();
        industry.GetProperty("openLeads").GetInt32().ShouldBe(leads.EnumerateArray().Count(l => l.GetProperty("stage").GetString() != "Producing"));
        industry.GetProperty("staleLeads").GetInt32().ShouldBe(leads.EnumerateArray().Count(l => l.GetProperty("stale").GetBoolean()));
        var overview = await (await viewer.GetAsync("/api/v1/industry/overview")).ReadJsonAsync();
        industry.GetProperty("industries").ToString().ShouldBe(overview.GetProperty("industries").ToString());

        // Modules not installed in this build say so instead of showing zeros.
        foreach (var panel in new[] { "relay", "fund" })
        {
            var p = cockpit.GetProperty(panel);
            if (!p.GetProperty("enabled").GetBoolean())
            {
                p.GetProperty("note").GetString()!.ShouldContain("模块未启用");
                p.GetProperty("figures").ValueKind.ShouldBe(JsonValueKind.Null);
            }
        }
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task The_period_report_carries_its_periods_figures_in_pdf_and_excel(Db db)
    {
        Assert.SkipUnless(Gaoxin.Data.Documents.ChineseFont.Available, Gaoxin.Data.Documents.ChineseFont.MissingMessage);
        var app = await apps.GetAsync(db);
        var viewer = await app.SignedInAsync("viewer@zigong.demo");
        var values = (await (await viewer.GetAsync("/api/v1/indicators/values?period=2025-09")).ReadJsonAsync()).EnumerateArray().ToList();
        values.Count.ShouldBeGreaterThan(3);

        var pdf = await viewer.GetAsync("/api/v1/indicators/reports/2025/9/pdf");
        pdf.StatusCode.ShouldBe(HttpStatusCode.OK);
        pdf.Content.Headers.ContentType!.MediaType.ShouldBe("application/pdf");
        var text = PdfText.Read(await pdf.Content.ReadAsByteArrayAsync());
        var compact = text.Replace(" ", string.Empty, StringComparison.Ordinal).Replace("\n", string.Empty, StringComparison.Ordinal);
        compact.ShouldContain("2025年前三季度经济运行情况");
        foreach (var v in values)
        {
            compact.ShouldContain(v.GetProperty("name").GetString()!);
            compact.ShouldContain(v.GetProperty("value").GetDecimal().ToString("#,0.##", System.Globalization.CultureInfo.InvariantCulture));
            if (v.GetProperty("comparableGrowth").ValueKind == JsonValueKind.Number)
            {
                compact.ShouldContain("+" + v.GetProperty("comparableGrowth").GetDecimal().ToString("0.0", System.Globalization.CultureInfo.InvariantCulture) + "%");
            }
        }

        compact.ShouldContain("+16.2%");
        compact.ShouldContain("81.58%");

        var xlsx = await viewer.GetAsync("/api/v1/indicators/reports/2025/9/xlsx");
        xlsx.StatusCode.ShouldBe(HttpStatusCode.OK);
        using var stream = new MemoryStream(await xlsx.Content.ReadAsByteArrayAsync());
        stream.GetSheetNames().ShouldBe(["指标", "目标"]);
        var rows = stream.Query(useHeaderRow: true, sheetName: "指标").Cast<IDictionary<string, object?>>().ToList();
        // Other tests share this app and may add a value for the period meanwhile: one row per value known by then, no other row.
        var after = (await (await viewer.GetAsync("/api/v1/indicators/values?period=2025-09")).ReadJsonAsync()).EnumerateArray()
            .Select(v => v.GetProperty("code").GetString()).ToHashSet();
        rows.Count.ShouldBeInRange(values.Count, after.Count);
        rows.ShouldAllBe(r => after.Contains((string?)r["指标代码"]));
        foreach (var v in values)
        {
            var row = rows.Single(r => (string?)r["指标代码"] == v.GetProperty("code").GetString());
            row["统计期"].ShouldBe("2025年前三季度");
            Convert.ToDecimal(row["本期"], System.Globalization.CultureInfo.InvariantCulture).ShouldBe(v.GetProperty("value").GetDecimal());
            if (v.GetProperty("comparableGrowth").ValueKind == JsonValueKind.Number)
            {
                Convert.ToDecimal(row["可比价增速（%）"], System.Globalization.CultureInfo.InvariantCulture).ShouldBe(v.GetProperty("comparableGrowth").GetDecimal());
            }
        }

        var target = stream.Query(useHeaderRow: true, sheetName: "目标").Cast<IDictionary<string, object?>>().Single();
        Convert.ToDecimal(target["目标值"], System.Globalization.CultureInfo.InvariantCulture).ShouldBe(500m);

        (await viewer.GetAsync("/api/v1/indicators/reports/2025/8/pdf")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }
}
