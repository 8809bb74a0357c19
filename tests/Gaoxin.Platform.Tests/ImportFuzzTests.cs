using System.Diagnostics;
using System.Net;
using System.Text.Json;
using Gaoxin.Data;
using Gaoxin.Data.Http;
using Gaoxin.Kernel.Rules;
using Microsoft.EntityFrameworkCore;
using static Gaoxin.Testing.ExcelFiles;

namespace Gaoxin.Platform.Tests;

/// <summary>The guard every import runs first: limits on what an .xlsx may expand to, counted while decompressing.</summary>
public sealed class SpreadsheetLimitsTests
{
    private static readonly byte[] Plain = Workbook([new Dictionary<string, object?> { ["名称"] = "甲", ["数值"] = 1 }]);

    [Fact]
    public void A_workbook_written_by_an_ordinary_tool_passes_and_the_stream_is_left_where_it_was()
    {
        using var stream = new MemoryStream(Plain);
        SpreadsheetLimits.Check(stream);
        stream.Position.ShouldBe(0);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void A_bomb_in_the_shared_strings_or_in_a_sheet_is_refused_as_too_large_in_chinese(bool inSharedStrings)
    {
        var bomb = HostileWorkbooks.Bomb(32L * 1024 * 1024, inSharedStrings);
        bomb.Length.ShouldBeLessThan(1024 * 1024);

        var refusal = Should.Throw<Refusal>(() => SpreadsheetLimits.Check(new MemoryStream(bomb)));

        refusal.Kind.ShouldBe(RefusalKind.TooLarge);
        refusal.Message.ShouldContain("压缩");
    }

    [Fact]
    public void A_bomb_that_declares_small_sizes_is_caught_while_decompressing()
    {
        var lying = HostileWorkbooks.WithDeclaredSizes(HostileWorkbooks.Bomb(64L * 1024 * 1024, inSharedStrings: true), declared: 1000);
        using (var zip = new System.IO.Compression.ZipArchive(new MemoryStream(lying)))
        {
            zip.Entries.ShouldAllBe(e => e.Length == 1000);
        }

        var refusal = Should.Throw<Refusal>(() => SpreadsheetLimits.Check(new MemoryStream(lying)));

        // Either the counting stream stops it, or the zip reader notices the lie: never parsed, never a 5xx.
        refusal.Kind.ShouldBeOneOf(RefusalKind.TooLarge, RefusalKind.Invalid);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void A_cell_longer_than_excel_allows_is_refused_even_when_the_part_is_small(bool inSharedStrings)
    {
        // 40,000 characters: well under the ratio floor, so only the cell check can see it.
        var refusal = Should.Throw<Refusal>(() => SpreadsheetLimits.Check(new MemoryStream(HostileWorkbooks.Bomb(40_000, inSharedStrings))));
        refusal.Kind.ShouldBe(RefusalKind.TooLarge);
        refusal.Message.ShouldContain("32767");

        SpreadsheetLimits.Check(new MemoryStream(HostileWorkbooks.Bomb(SpreadsheetLimits.MaxCellChars, inSharedStrings)));
    }

    [Fact]
    public void Bytes_that_are_not_a_zip_or_a_cut_off_zip_are_a_400_naming_the_file()
    {
        foreach (var bytes in new[] { HostileWorkbooks.RandomBytes(4096), HostileWorkbooks.Truncated(Plain), "不是表格"u8.ToArray() })
        {
            var refusal = Should.Throw<Refusal>(() => SpreadsheetLimits.Check(new MemoryStream(bytes)));
            refusal.Kind.ShouldBe(RefusalKind.Invalid);
            refusal.Fields["file"][0].ShouldContain(".xlsx");
        }
    }
}

[CollectionDefinition(nameof(MemoryMeasured), DisableParallelization = true)]
public sealed class MemoryMeasured;

/// <summary>
/// Every import endpoint in the OpenAPI document × hostile files (empty, random bytes, truncated, a zip bomb, wrong columns,
/// one bad row among good ones): never a 5xx, a Chinese answer, not one row written anywhere, and the process's memory growth
/// bounded. An import with no sample file below fails the suite, so a new import must be added here.
/// Runs alone (not beside other classes) so the memory it measures is its own.
/// </summary>
[Collection(nameof(MemoryMeasured))]
public sealed class ImportFuzzTests(ITestOutputHelper output)
{
    /// <summary>Generous: parsing the bomb unguarded takes over 500 MB.</summary>
    private const long MemoryBound = 200L * 1024 * 1024;

    /// <summary>A valid sample per import path: good rows that the admin may import, and a row the import must refuse.</summary>
    private static readonly Dictionary<string, Func<HttpClient, Task<Sample>>> Samples = new()
    {
        ["/api/v1/enterprises/import"] = async admin =>
        {
            var list = await (await admin.GetAsync("/api/v1/enterprises/?size=1")).ReadJsonAsync();
            var id = list.GetProperty("items")[0].GetProperty("id").GetString()!;
            var code = (await (await admin.GetAsync($"/api/v1/enterprises/{id}")).ReadJsonAsync()).GetProperty("creditCode").GetString()!;
            Dictionary<string, object?> Row(string credit, int year) => new()
            {
                ["统一社会信用代码"] = credit, ["年度"] = year, ["职工总数"] = 50, ["科技人员数"] = 10, ["销售收入（元）"] = 5_000_000m,
                ["总收入（元）"] = 5_000_000m, ["成本费用总额（元）"] = 4_000_000m, ["研发费用（元）"] = 300_000m, ["境内研发费用（元）"] = 300_000m,
            };
            return new Sample([Row(code, 2019), Row(code, 2018)], Row("91510300MA600001XX", 2019));
        },
        ["/api/v1/tech-transfer/achievements/import"] = admin =>
        {
            Dictionary<string, object?> Row(string title, string kind) => new()
            {
                ["成果名称"] = title, ["简介"] = "导入测试", ["来源"] = "外引", ["类型"] = kind, ["技术成熟度"] = 5, ["产业"] = "新能源",
                ["专利号"] = "ZL200310102344.5", ["所属单位"] = "四川大学",
            };
            var tag = Guid.NewGuid().ToString("N")[..8];
            return Task.FromResult(new Sample([Row("导入样例一" + tag, "发明专利"), Row("导入样例二" + tag, "发明专利")], Row("导入坏类型" + tag, "论文")));
        },
        ["/api/v1/indicators/import"] = async admin =>
        {
            var code = "F" + Guid.NewGuid().ToString("N")[..6].ToUpperInvariant();
            (await admin.PostJsonAsync("/api/v1/indicators/definitions", new { code, name = "导入样例指标" + code, unit = "亿元", published = false }))
                .StatusCode.ShouldBe(HttpStatusCode.Created);
            Dictionary<string, object?> Row(string unit, string period) => new()
            {
                ["指标代码"] = code, ["统计期"] = period, ["单位"] = unit, ["数值"] = 10m, ["可比价增速（%）"] = 5.5m,
            };
            return new Sample([Row("亿元", "2025-06"), Row("亿元", "2025-03")], Row("万元", "2025年前三季度"));
        },
    };

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Every_import_refuses_every_hostile_file_with_a_chinese_4xx_writes_nothing_and_stays_within_bounded_memory(Db db)
    {
        TestDatabase.SkipUnlessAvailable(db);
        var bomb = HostileWorkbooks.ZipBomb;
        await using var app = await GaoxinApp.StartAsync(db);
        var admin = await app.SignedInAsync("admin@zigong.demo");
        var imports = (await ApiOperations.ReadAsync(app)).Where(o => o.TakesFile).ToList();
        imports.Select(o => o.Path).ShouldBe(Samples.Keys, ignoreOrder: true,
            customMessage: "每个导入接口都要在 ImportFuzzTests.Samples 中有样例文件（新增导入时在此补上）。");

        var tried = 0;
        var serverErrors = 0;
        long maxGrowth = 0;
        foreach (var import in imports)
        {
            import.Method.ShouldBe("POST");
            var sample = await Samples[import.Path](admin);
            var good = Workbook(sample.Good);
            var hostile = new (string Name, byte[] Bytes)[]
            {
                ("empty", []),
                ("random bytes", HostileWorkbooks.RandomBytes(64 * 1024)),
                ("truncated", HostileWorkbooks.Truncated(good)),
                ("zip bomb", bomb),
                ("wrong columns", Workbook([new Dictionary<string, object?> { ["甲"] = "1", ["乙"] = 2 }])),
                ("one bad row", Workbook([.. sample.Good, sample.Bad])),
            };

            foreach (var (name, bytes) in hostile)
            {
                var rowsBefore = await RowCountsAsync(app);
                var (response, growth) = await MeasuredAsync(() => admin.PostAsync(new Uri(import.Path, UriKind.Relative), Xlsx(bytes)));
                tried++;
                maxGrowth = Math.Max(maxGrowth, growth);
                var status = (int)response.StatusCode;
                output.WriteLine($"{db} {import.Path} {name}: {status}, peak memory +{growth / 1024 / 1024} MB");
                if (status >= 500)
                {
                    serverErrors++;
                }

                status.ShouldBeInRange(400, 499, $"{import.Path} × {name}");
                await ShouldBeChineseAsync(response, $"{import.Path} × {name}");
                (await RowCountsAsync(app)).ShouldBe(rowsBefore, $"{import.Path} × {name} 不应写入任何行");
                growth.ShouldBeLessThan(MemoryBound, $"{import.Path} × {name}");
            }

            // The sample itself is good: it is saved, so "nothing written" above was a real check.
            var before = (await RowCountsAsync(app)).Values.Sum();
            var saved = await admin.PostAsync(new Uri(import.Path, UriKind.Relative), Xlsx(good));
            saved.StatusCode.ShouldBe(HttpStatusCode.OK, await saved.Content.ReadAsStringAsync());
            (await RowCountsAsync(app)).Values.Sum().ShouldBeGreaterThan(before);
        }

        output.WriteLine($"{db}: {imports.Count} imports × 6 hostile files = {tried} tried, 5xx {serverErrors}, max peak memory growth {maxGrowth / 1024 / 1024} MB");
        tried.ShouldBe(imports.Count * 6);
    }

    private static async Task ShouldBeChineseAsync(HttpResponseMessage response, string what)
    {
        var body = await response.ReadJsonAsync();
        var text = body.TryGetProperty("title", out var title)
            ? title.GetString() + (body.TryGetProperty("detail", out var detail) ? detail.GetString() : body.GetProperty("errors").ToString())
            : body.GetProperty("errors")[0].GetProperty("message").GetString();
        text.ShouldNotBeNull(what);
        if (body.TryGetProperty("errors", out var errors) && errors.ValueKind == JsonValueKind.Object)
        {
            text += string.Concat(errors.EnumerateObject().SelectMany(e => e.Value.EnumerateArray()).Select(m => m.GetString()));
        }

        text.ShouldMatch(@"\p{IsCJKUnifiedIdeographs}", what);
    }

    /// <summary>Rows in every table of the composed model: an import that refuses writes to none of them.</summary>
    private static Task<Dictionary<string, long>> RowCountsAsync(GaoxinApp app) => app.InScopeAsync(async ctx =>
    {
        var counts = new Dictionary<string, long>();
        var tables = ctx.Model.GetEntityTypes().Where(t => t.GetTableName() is not null).Select(t => (Schema: t.GetSchema(), Table: t.GetTableName()!)).Distinct();
        foreach (var (schema, table) in tables)
        {
            var name = schema is null ? $"\"{table}\"" : $"\"{schema}\".\"{table}\"";
#pragma warning disable EF1002 // table names come from the model, not from input
            counts[name] = await ctx.Database.SqlQueryRaw<long>($"SELECT COUNT(*) AS \"Value\" FROM {name}").SingleAsync();
#pragma warning restore EF1002
        }

        return counts;
    });

    /// <summary>The call's result and how far the process's peak resident memory rose during it (Linux resets the peak first).</summary>
    private static async Task<(T Result, long Growth)> MeasuredAsync<T>(Func<Task<T>> call)
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        ResetPeak();
        var before = Peak();
        var result = await call();
        return (result, Math.Max(0, Peak() - before));
    }

    private static long Peak()
    {
        using var process = Process.GetCurrentProcess();
        return process.PeakWorkingSet64;
    }

    private static void ResetPeak()
    {
        try
        {
            File.WriteAllText("/proc/self/clear_refs", "5");
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // Not Linux, or not allowed: the peak since start is still an upper bound of what is measured.
        }
    }

    private sealed record Sample(IReadOnlyList<Dictionary<string, object?>> Good, Dictionary<string, object?> Bad);
}
