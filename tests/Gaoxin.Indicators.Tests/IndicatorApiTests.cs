using System.Net;
using System.Net.Http.Headers;
using MiniExcelLibs;

namespace Gaoxin.Indicators.Tests;

/// <summary>Indicators over HTTP: the report's growth rates, targets, values refused for bad units/periods/duplicates, the period-table import.</summary>
public sealed class IndicatorApiTests(SharedApps apps)
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task The_demo_reproduces_the_reports_growth_rates_and_keeps_both_growth_bases(Db db)
    {
        var app = await apps.GetAsync(db);
        var viewer = await app.SignedInAsync("viewer@zigong.demo");
        var values = (await (await viewer.GetAsync("/api/v1/indicators/values?period=" + Uri.EscapeDataString("2025年前三季度"))).ReadJsonAsync()).EnumerateArray().ToList();

        decimal Growth(string code) => values.Single(v => v.GetProperty("code").GetString() == code).GetProperty("comparableGrowth").GetDecimal();
        Growth("GDP").ShouldBe(7.0m);
        Growth("IVA").ShouldBe(16.2m);
        Growth("SVA").ShouldBe(7.1m);

        // Comparable and nominal are different things, both kept; the shown one names its basis.
        var gdp = values.Single(v => v.GetProperty("code").GetString() == "GDP");
        var before = (await (await viewer.GetAsync("/api/v1/indicators/values?code=GDP&period=2024-09")).ReadJsonAsync())[0].GetProperty("value").GetDecimal();
        gdp.GetProperty("nominalGrowth").GetDecimal().ShouldBe(decimal.Round((gdp.GetProperty("value").GetDecimal() / before - 1m) * 100m, 2));
        gdp.GetProperty("nominalGrowth").GetDecimal().ShouldNotBe(7.0m);
        gdp.GetProperty("growthBasis").GetString().ShouldBe("可比价");
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task The_2030_gdp_target_shows_the_growth_it_now_requires(Db db)
    {
        var app = await apps.GetAsync(db);
        var viewer = await app.SignedInAsync("viewer@zigong.demo");
        var target = (await (await viewer.GetAsync("/api/v1/indicators/targets")).ReadJsonAsync()).EnumerateArray().Single(t => t.GetProperty("code").GetString() == "GDP");
        target.GetProperty("year").GetInt32().ShouldBe(2030);
        target.GetProperty("value").GetDecimal().ShouldBe(500m);

        // From the latest full-year value on record, whatever it is.
        var annual = (await (await viewer.GetAsync("/api/v1/indicators/values?code=GDP")).ReadJsonAsync()).EnumerateArray()
            .Where(v => v.GetProperty("month").GetInt32() == 12).MaxBy(v => v.GetProperty("year").GetInt32());
        var fromYear = annual.GetProperty("year").GetInt32();
        target.GetProperty("latestYear").GetInt32().ShouldBe(fromYear);
        var expected = Math.Pow(500.0 / (double)annual.GetProperty("value").GetDecimal(), 1.0 / (2030 - fromYear)) - 1;
        ((double)target.GetProperty("requiredGrowth").GetDecimal()).ShouldBe(expected, 1e-6);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_value_for_an_undefined_period_or_unit_or_a_second_time_is_refused(Db db)
    {
        var app = await apps.GetAsync(db);
        var admin = await app.SignedInAsync("admin@zigong.demo");
        async Task<int> CountAsync() => (await (await admin.GetAsync("/api/v1/indicators/values?code=FAI")).ReadJsonAsync()).GetArrayLength();
        var before = await CountAsync();

        var undefinedPeriod = await admin.PostJsonAsync("/api/v1/indicators/values", new { code = "FAI", period = "2025-08", value = 80m, unit = "亿元" });
        undefinedPeriod.StatusCode.ShouldBe(HttpStatusCode.UnprocessableEntity);
        (await undefinedPeriod.ReadJsonAsync()).GetProperty("rule").GetString().ShouldBe("PeriodIsDefinedRule");

        var wrongUnit = await admin.PostJsonAsync("/api/v1/indicators/values", new { code = "FAI", period = "2025-06", value = 800_000m, unit = "万元" });
        wrongUnit.StatusCode.ShouldBe(HttpStatusCode.UnprocessableEntity);
        (await wrongUnit.ReadJsonAsync()).GetProperty("detail").GetString()!.ShouldContain("亿元");

        var duplicate = await admin.PostJsonAsync("/api/v1/indicators/values", new { code = "FAI", period = "2025-09", value = 96m, unit = "亿元" });
        duplicate.StatusCode.ShouldBe(HttpStatusCode.UnprocessableEntity);
        (await duplicate.ReadJsonAsync()).GetProperty("rule").GetString().ShouldBe("OneValuePerPeriodRule");

        var undefinedIndicator = await admin.PostJsonAsync("/api/v1/indicators/values", new { code = "NOPE", period = "2025-09", value = 1m, unit = "亿元" });
        undefinedIndicator.StatusCode.ShouldBe(HttpStatusCode.BadRequest);

        (await CountAsync()).ShouldBe(before);

        var viewer = await app.SignedInAsync("viewer@zigong.demo");
        (await viewer.PostJsonAsync("/api/v1/indicators/values", new { code = "FAI", period = "2025-06", value = 60m, unit = "亿元" })).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }

    private static MemoryStream Sheet(IEnumerable<Dictionary<string, object?>> rows)
    {
        var stream = new MemoryStream();
        stream.SaveAs(rows.ToList());
        stream.Position = 0;
        return stream;
    }

    private static async Task<HttpResponseMessage> ImportAsync(HttpClient client, MemoryStream file, string query = "")
    {
        using var content = new StreamContent(file);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        return await client.PostAsync(new Uri("/api/v1/indicators/import" + query, UriKind.Relative), content);
    }

    private static Dictionary<string, object?> Row(string code, string period, string unit, object value, object? growth = null) => new()
    {
        ["指标代码"] = code, ["统计期"] = period, ["单位"] = unit, ["数值"] = value, ["可比价增速（%）"] = growth,
    };

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_period_table_with_any_bad_row_or_column_saves_nothing_and_names_each_fault(Db db)
    {
        var app = await apps.GetAsync(db);
        var admin = await app.SignedInAsync("admin@zigong.demo");
        var code = "T" + Guid.NewGuid().ToString("N")[..6].ToUpperInvariant();
        (await admin.PostJsonAsync("/api/v1/indicators/definitions", new { code, name = "导入测试指标" + code, unit = "亿元", published = false })).StatusCode.ShouldBe(HttpStatusCode.Created);
        async Task<int> CountAsync() => (await (await admin.GetAsync("/api/v1/indicators/values?code=" + code)).ReadJsonAsync()).GetArrayLength();

        var bad = await ImportAsync(admin, Sheet(
        [
            Row(code, "2025-06", "亿元", 10m, 5.5m),            // good
            Row(code, "2025-08", "亿元", 11m),                  // undefined period
            Row(code, "2025年前三季度", "万元", 12m),             // wrong unit
            Row(code, "2025-06", "亿元", 10m),                  // duplicate in the file
            Row("UNDEFINED", "2025-09", "亿元", 1m),            // undefined indicator
            Row(code, "2025-09", "亿元", "十二"),                // not a number
        ]));
        bad.StatusCode.ShouldBe(HttpStatusCode.UnprocessableEntity);
        var errors = (await bad.ReadJsonAsync()).GetProperty("errors").EnumerateArray()
            .Select(e => (Row: e.GetProperty("row").GetInt32(), Column: e.GetProperty("column").GetString(), Message: e.GetProperty("message").GetString()!)).ToList();
        errors.ShouldContain(e => e.Row == 3 && e.Column == "统计期" && e.Message.Contains("未定义"));
        errors.ShouldContain(e => e.Row == 4 && e.Column == "单位" && e.Message.Contains("亿元"));
        errors.ShouldContain(e => e.Row == 5 && e.Message.Contains("重复"));
        errors.ShouldContain(e => e.Row == 6 && e.Column == "指标代码");
        errors.ShouldContain(e => e.Row == 7 && e.Column == "数值");
        errors.ShouldNotContain(e => e.Row == 2);
        (await CountAsync()).ShouldBe(0);

        // A misnamed column is named, not ignored.
        var columns = await ImportAsync(admin, Sheet([new() { ["指标代码"] = code, ["统计期"] = "2025-06", ["单位"] = "亿元", ["数值"] = 1m, ["增速"] = 3m }]));
        columns.StatusCode.ShouldBe(HttpStatusCode.UnprocessableEntity);
        (await columns.ReadJsonAsync()).GetProperty("errors")[0].GetProperty("column").GetString().ShouldBe("增速");
        (await CountAsync()).ShouldBe(0);

        // The corrected table goes in whole; the period may be given once for a single-period table.
        var good = await ImportAsync(admin, Sheet([Row(code, "2025年上半年", "亿元", 10m, 5.5m), Row(code, "2025-09", "亿元", 16m, 6.1m)]));
        good.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await good.ReadJsonAsync()).GetProperty("saved").GetInt32().ShouldBe(2);
        (await CountAsync()).ShouldBe(2);
        var single = await ImportAsync(admin, Sheet([new() { ["指标代码"] = code, ["单位"] = "亿元", ["数值"] = 4m }]), "?period=2025-03");
        single.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await CountAsync()).ShouldBe(3);

        // Importing the same table again is a duplicate, refused whole.
        (await ImportAsync(admin, Sheet([Row(code, "2025-06", "亿元", 10m)]))).StatusCode.ShouldBe(HttpStatusCode.UnprocessableEntity);
        (await CountAsync()).ShouldBe(3);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Open_data_lists_only_published_indicators_as_json_and_csv_for_every_signed_in_user(Db db)
    {
        var app = await apps.GetAsync(db);
        var enterprise = await app.SignedInAsync("enterprise@zigong.demo");
        var json = (await (await enterprise.GetAsync("/api/v1/indicators/open-data")).ReadJsonAsync()).EnumerateArray().ToList();
        json.ShouldContain(r => r.GetProperty("code").GetString() == "GDP" && r.GetProperty("period").GetString() == "2025-09" && r.GetProperty("comparableGrowth").GetDecimal() == 7.0m);
        json.ShouldNotContain(r => r.GetProperty("code").GetString() == "TAX");

        var csv = await enterprise.GetAsync("/api/v1/indicators/open-data?format=csv");
        csv.Content.Headers.ContentType!.MediaType.ShouldBe("text/csv");
        var text = await csv.Content.ReadAsStringAsync();
        var lines = text.TrimStart('\uFEFF').Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        lines[0].ShouldBe("code,indicator,unit,period,period_title,value,comparable_growth_pct,nominal_growth_pct");
        lines.Length.ShouldBe(json.Count + 1);
        lines.ShouldContain(l => l.StartsWith("IVA,规模以上工业增加值,亿元,2025-09,2025年前三季度,", StringComparison.Ordinal) && l.Contains(",16.2", StringComparison.Ordinal));
        (await enterprise.GetAsync("/api/v1/indicators/open-data?format=xml")).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await enterprise.GetAsync("/api/v1/indicators/values")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await enterprise.GetAsync("/api/v1/indicators/cockpit")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }
}
