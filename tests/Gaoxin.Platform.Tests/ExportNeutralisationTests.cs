using System.Globalization;
using System.Net;
using System.Text.Json;
using Gaoxin.Data.Http;
using MiniExcelLibs;

namespace Gaoxin.Platform.Tests;

/// <summary>
/// Formula injection: text a spreadsheet program could run as a formula (= + - @, a leading tab or CR) leaves the app
/// neutralised in every export, found from the OpenAPI document; numbers stay numbers.
/// </summary>
public sealed class ExportNeutralisationTests(SharedApps apps, ITestOutputHelper output)
{
    private static readonly string[] Hostile = ["=HYPERLINK(\"http://x\",\"点我\")", "@SUM(1)", "+1", "-1+2"];

    [Fact]
    public void Text_that_starts_like_a_formula_gets_an_apostrophe_and_numbers_stay_numbers()
    {
        var rows = Hostile.Append("\t=1").Append("普通名称").Select((name, i) => new Dictionary<string, object?> { ["名称"] = name, ["数值"] = -1.5m - i }).ToList();

        using var workbook = ExcelExport.Workbook(rows, "测试");
        var read = workbook.Query(useHeaderRow: true).Cast<IDictionary<string, object?>>().ToList();

        read.Select(r => (string?)r["名称"]).ShouldBe(["'=HYPERLINK(\"http://x\",\"点我\")", "'@SUM(1)", "'+1", "'-1+2", "'\t=1", "普通名称"]);
        read.Select(r => r["数值"]).ShouldAllBe(v => v is double);
        read.Select(r => Convert.ToDecimal(r["数值"], CultureInfo.InvariantCulture)).ShouldBe(rows.Select(r => (decimal)r["数值"]!));
        ExcelExport.Neutralise("-1+2").ShouldBe("'-1+2");
        ExcelExport.Neutralise("\r=1").ShouldBe("'\r=1");
        ExcelExport.Neutralise("川力科技").ShouldBe("川力科技");
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task No_exported_cell_starts_like_a_formula_in_any_export(Db db)
    {
        var app = await apps.GetAsync(db);
        var admin = await app.SignedInAsync("admin@zigong.demo");
        var tag = Guid.NewGuid().ToString("N")[..6];
        foreach (var name in Hostile)
        {
            var organisation = await admin.PostJsonAsync("/api/v1/organisations", new { name = name + tag, kind = "Enterprise" });
            organisation.IsSuccessStatusCode.ShouldBeTrue(await organisation.Content.ReadAsStringAsync());
            var achievement = await admin.PostJsonAsync("/api/v1/tech-transfer/achievements", new
            {
                title = name + "成果" + tag, summary = "导出测试", origin = "Local", kind = "InventionPatent", readiness = 5, industry = "NewEnergy",
                patents = new[] { "ZL200310102344.5" }, ownerOrganisationId = await OrganisationIdAsync(admin, "四川轻化工大学"),
            });
            achievement.StatusCode.ShouldBe(HttpStatusCode.OK, await achievement.Content.ReadAsStringAsync());
        }

        var exports = (await ApiOperations.ReadAsync(app))
            .Where(o => o.Method == "GET" && (o.Path.EndsWith(".xlsx", StringComparison.Ordinal) || o.Path.EndsWith("/xlsx", StringComparison.Ordinal) || o.Path.EndsWith("/export", StringComparison.Ordinal)))
            .ToList();
        exports.Count.ShouldBeGreaterThanOrEqualTo(14);

        var cells = 0;
        var numbers = 0;
        var found = new List<string>();
        foreach (var export in exports)
        {
            var url = await UrlAsync(admin, export);
            var response = await admin.GetAsync(url);
            response.StatusCode.ShouldBe(HttpStatusCode.OK, $"{url}: {await response.Content.ReadAsStringAsync()}");
            using var workbook = new MemoryStream(await response.Content.ReadAsByteArrayAsync());
            foreach (var sheet in workbook.GetSheetNames())
            {
                workbook.Position = 0;
                foreach (var row in workbook.Query(sheetName: sheet).Cast<IDictionary<string, object?>>())
                {
                    foreach (var value in row.Values)
                    {
                        if (value is string text)
                        {
                            cells++;
                            if (text.Length > 0 && text[0] is '=' or '+' or '-' or '@' or '\t' or '\r')
                            {
                                found.Add($"{url} [{sheet}]: {text}");
                            }

                            found.AddRange(Hostile.Where(h => text == h + tag || text == h + "成果" + tag).Select(_ => $"{url} [{sheet}]: {text} (not neutralised)"));
                        }
                        else if (value is double or decimal or int or long)
                        {
                            numbers++;
                        }
                    }
                }
            }
        }

        output.WriteLine($"{db}: {exports.Count} exports, {cells} text cells checked, {numbers} numeric cells, {found.Count} un-neutralised");
        found.ShouldBeEmpty();
        numbers.ShouldBeGreaterThan(0);

        // The hostile names did reach the exports, neutralised.
        var organisations = await admin.GetAsync("/api/v1/organisations/export");
        using var orgs = new MemoryStream(await organisations.Content.ReadAsByteArrayAsync());
        var names = orgs.Query(useHeaderRow: true).Cast<IDictionary<string, object?>>().Select(r => r.Values.First() as string).ToList();
        foreach (var name in Hostile)
        {
            names.ShouldContain("'" + name + tag);
        }
    }

    /// <summary>The export's URL with its route values filled from the demo: a new export with another parameter must be taught here.</summary>
    private static async Task<string> UrlAsync(HttpClient admin, ApiOperation export)
    {
        var url = export.Path;
        foreach (var parameter in System.Text.RegularExpressions.Regex.Matches(export.Path, @"\{(\w+)\}").Select(m => m.Groups[1].Value))
        {
            var value = (export.Path, parameter) switch
            {
                (_, "year") => "2025",
                (_, "month") => "9",
                (var p, "id") when p.Contains("/rounds/", StringComparison.Ordinal) => First(await (await admin.GetAsync("/api/v1/tech-transfer/rounds")).ReadJsonAsync(), "id"),
                (var p, "projectId") when p.Contains("/funding/", StringComparison.Ordinal) => First(await (await admin.GetAsync("/api/v1/funding/awards/" + First(await (await admin.GetAsync("/api/v1/funding/awards")).ReadJsonAsync(), "id"))).ReadJsonAsync(), "projectId"),
                _ => throw new InvalidOperationException($"导出接口 {export.Path} 的参数 {parameter} 未在 ExportNeutralisationTests.UrlAsync 中给出取值。"),
            };
            url = url.Replace("{" + parameter + "}", value, StringComparison.Ordinal);
        }

        return url;
    }

    private static string First(JsonElement list, string property)
    {
        if (list.ValueKind == JsonValueKind.Object && !list.TryGetProperty("items", out _))
        {
            return list.GetProperty(property).ToString();
        }

        var items = list.ValueKind == JsonValueKind.Array ? list : list.GetProperty("items");
        return items[0].GetProperty(property).ToString();
    }

    private static async Task<Guid> OrganisationIdAsync(HttpClient client, string name)
    {
        var page = await (await client.GetAsync($"/api/v1/organisations/?search={Uri.EscapeDataString(name)}&size=50")).ReadJsonAsync();
        return page.GetProperty("items").EnumerateArray().First(o => o.GetProperty("name").GetString() == name).GetProperty("id").GetGuid();
    }
}
