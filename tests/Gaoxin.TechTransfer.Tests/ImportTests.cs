using System.Net;
using MiniExcelLibs;

using static Gaoxin.Testing.ExcelFiles;

namespace Gaoxin.TechTransfer.Tests;

public sealed class ImportTests(SharedApps apps)
{
    private static Dictionary<string, object?> Row(string title, string kind = "发明专利", object? trl = null, string industry = "新能源", string? patents = "ZL200310102344.5", string owner = "四川大学") => new()
    {
        ["成果名称"] = title, ["简介"] = "批量导入", ["来源"] = "外引", ["类型"] = kind, ["技术成熟度"] = trl ?? 5, ["产业"] = industry, ["专利号"] = patents, ["所属单位"] = owner,
    };

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_batch_with_bad_rows_names_each_row_and_column_and_saves_nothing_unless_asked(Db db)
    {
        var app = await apps.GetAsync(db);
        var op = await app.SignedInAsync("operator@zigong.demo");
        var tag = Guid.NewGuid().ToString("N")[..6];
        var file = Workbook(
        [
            Row($"导入好行一{tag}"),
            Row($"导入坏专利{tag}", patents: "ZL200310102344.6"),
            Row($"导入坏成熟度{tag}", trl: 12),
            Row($"导入好行二{tag}", kind: "Software", industry: "智能制造", patents: null),
            Row($"导入坏单位{tag}", owner: "不存在的大学"),
            Row($"导入坏类型{tag}", kind: "论文", industry: "房地产"),
        ]);

        var refused = await op.PostAsync(new Uri("/api/v1/tech-transfer/achievements/import", UriKind.Relative), Xlsx(file));
        refused.StatusCode.ShouldBe(HttpStatusCode.UnprocessableEntity);
        var report = await refused.ReadJsonAsync();
        report.GetProperty("rows").GetInt32().ShouldBe(6);
        report.GetProperty("validRows").GetInt32().ShouldBe(2);
        report.GetProperty("saved").GetInt32().ShouldBe(0);
        var errors = report.GetProperty("errors").EnumerateArray().Select(e => (Row: e.GetProperty("row").GetInt32(), Column: e.GetProperty("column").GetString())).ToList();
        errors.ShouldContain((3, "专利号"));
        errors.ShouldContain((4, "技术成熟度"));
        errors.ShouldContain((6, "所属单位"));
        errors.ShouldContain((7, "类型"));
        errors.ShouldContain((7, "产业"));
        errors.ShouldNotContain(e => e.Row == 2 || e.Row == 5);
        (await (await op.GetAsync($"/api/v1/tech-transfer/achievements?search={tag}")).ReadJsonAsync()).GetProperty("total").GetInt32().ShouldBe(0);

        var partial = await op.PostAsync(new Uri("/api/v1/tech-transfer/achievements/import?validRowsOnly=true", UriKind.Relative), Xlsx(file));
        partial.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await partial.ReadJsonAsync()).GetProperty("saved").GetInt32().ShouldBe(2);
        var saved = await (await op.GetAsync($"/api/v1/tech-transfer/achievements?search={tag}")).ReadJsonAsync();
        saved.GetProperty("items").EnumerateArray().Select(a => a.GetProperty("title").GetString()).Order().ShouldBe([$"导入好行一{tag}", $"导入好行二{tag}"]);
        saved.GetProperty("items").EnumerateArray().Single(a => a.GetProperty("title").GetString() == $"导入好行一{tag}").GetProperty("patents")[0].GetString().ShouldBe("ZL200310102344.5");

        // What was exported can come back: the export uses the template's columns.
        var export = await op.GetAsync($"/api/v1/tech-transfer/achievements/export?search={tag}");
        export.StatusCode.ShouldBe(HttpStatusCode.OK);
        var rows = (await export.Content.ReadAsStreamAsync()).Query(useHeaderRow: true).Cast<IDictionary<string, object?>>().ToList();
        rows.Count.ShouldBe(2);
        rows.ShouldAllBe(r => (string?)r["所属单位"] == "四川大学");
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task An_unreadable_file_or_a_missing_column_is_refused_clearly(Db db)
    {
        var app = await apps.GetAsync(db);
        var institute = await app.SignedInAsync("institute@zigong.demo");
        var garbage = await institute.PostAsync(new Uri("/api/v1/tech-transfer/achievements/import", UriKind.Relative), new ByteArrayContent("不是表格"u8.ToArray()));
        garbage.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await garbage.ReadJsonAsync()).GetProperty("errors").GetProperty("file")[0].GetString()!.ShouldContain("不是有效的 .xlsx");

        var noKind = Workbook([new Dictionary<string, object?> { ["成果名称"] = "缺列", ["技术成熟度"] = 3, ["产业"] = "新能源" }]);
        var missing = await (await institute.PostAsync(new Uri("/api/v1/tech-transfer/achievements/import", UriKind.Relative), Xlsx(noKind))).ReadJsonAsync();
        missing.GetProperty("errors")[0].GetProperty("message").GetString()!.ShouldContain("类型");

        // An institute's rows are its own: the owner column is not needed and cannot be used to write for another.
        var own = Workbook([Row($"院所自有{Guid.NewGuid():N}", owner: "四川大学")]);
        var result = await (await institute.PostAsync(new Uri("/api/v1/tech-transfer/achievements/import", UriKind.Relative), Xlsx(own))).ReadJsonAsync();
        result.GetProperty("saved").GetInt32().ShouldBe(1);
        var mine = await (await institute.GetAsync("/api/v1/tech-transfer/achievements?size=200")).ReadJsonAsync();
        mine.GetProperty("items").EnumerateArray().ShouldAllBe(a => a.GetProperty("owner").GetString() == "四川轻化工大学");
    }
}
