using System.Net;
using System.Text;
using MiniExcelLibs;

using static Gaoxin.Testing.ExcelFiles;

namespace Gaoxin.Enterprises.Tests;

/// <summary>The module over HTTP on the demo zone: evaluations with gaps, expert scores, policies, cultivation, import, validation.</summary>
public sealed class ModuleApiTests(SharedApps apps)
{
    private static async Task<string> IdOfAsync(HttpClient client, string search)
    {
        var list = await (await client.GetAsync($"/api/v1/enterprises/?search={Uri.EscapeDataString(search)}")).ReadJsonAsync();
        return list.GetProperty("items")[0].GetProperty("id").GetString()!;
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task An_enterprise_page_explains_a_failed_rd_gate_with_the_yuan_still_needed(Db db)
    {
        var app = await apps.GetAsync(db);
        var viewer = await app.SignedInAsync("viewer@zigong.demo");
        var id = await IdOfAsync(viewer, "临界研发");

        var assessment = await (await viewer.GetAsync($"/api/v1/enterprises/{id}/evaluations")).ReadJsonAsync();

        // Demo figures: sales 60M in each of the last 3 years, R&D 3.9% → 7,020,000 of 180,000,000; 4% needs 7,200,000.
        var highTech = assessment.GetProperty("evaluations").EnumerateArray().Single(e => e.GetProperty("scheme").GetString() == "HighTech");
        highTech.GetProperty("verdict").GetString().ShouldBe("DoesNotQualify");
        var gate = highTech.GetProperty("gates").EnumerateArray().Single(g => g.GetProperty("passed").ValueKind == System.Text.Json.JsonValueKind.False && g.GetProperty("figures").GetString()!.Contains("3.90%"));
        gate.GetProperty("gap").GetString()!.ShouldContain("180,000 元");
        assessment.GetProperty("evaluations").GetArrayLength().ShouldBe(4);
        assessment.GetProperty("ladder").GetProperty("main").GetProperty("next").GetString().ShouldNotBeNull();
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Reviewers_enter_expert_scores_within_range_only(Db db)
    {
        var app = await apps.GetAsync(db);
        var reviewer = await app.SignedInAsync("reviewer@zigong.demo");
        var id = await IdOfAsync(reviewer, "临界人才");

        var tooHigh = await reviewer.PutJsonAsync($"/api/v1/enterprises/{id}/expert-scores", new { item = "HighTech.RdManagement.System", score = 7 });
        tooHigh.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await tooHigh.ReadJsonAsync()).GetProperty("errors").GetProperty("score")[0].GetString()!.ShouldContain("0–6");
        (await reviewer.PutJsonAsync($"/api/v1/enterprises/{id}/expert-scores", new { item = "Nonsense", score = 1 })).StatusCode.ShouldBe(HttpStatusCode.BadRequest);

        var ok = await reviewer.PutJsonAsync($"/api/v1/enterprises/{id}/expert-scores", new { item = "HighTech.RdManagement.System", score = 5 });
        ok.StatusCode.ShouldBe(HttpStatusCode.OK);
        var highTech = (await ok.ReadJsonAsync()).GetProperty("evaluations").EnumerateArray().Single(e => e.GetProperty("scheme").GetString() == "HighTech");
        highTech.GetProperty("items").EnumerateArray().Any(i => i.GetProperty("score").GetDecimal() > 0 && i.GetProperty("title").GetString()!.Contains("研发")).ShouldBeTrue();

        var viewer = await app.SignedInAsync("viewer@zigong.demo");
        (await viewer.PutJsonAsync($"/api/v1/enterprises/{id}/expert-scores", new { item = "HighTech.RdManagement.System", score = 6 })).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Policies_find_their_enterprises_and_an_enterprise_sees_what_it_gets(Db db)
    {
        var app = await apps.GetAsync(db);
        var admin = await app.SignedInAsync("admin@zigong.demo");

        var bad = await admin.PostJsonAsync("/api/v1/enterprises/policies", new { name = "错误政策", eligibility = """{"metric":"Salez","op":">=","value":1}""", amount = """{"fixed":-5}""", validFrom = "2026-01-01" });
        bad.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var errors = (await bad.ReadJsonAsync()).GetProperty("errors");
        errors.GetProperty("eligibility")[0].GetString()!.ShouldContain("Salez");
        errors.TryGetProperty("amount", out _).ShouldBeTrue();

        var created = await admin.PostJsonAsync("/api/v1/enterprises/policies", new
        {
            name = "钠电企业规上奖励" + Guid.NewGuid().ToString("N")[..4],
            eligibility = """{"all":[{"aboveDesignatedSize":true},{"metric":"Sales","op":">=","value":180000000}]}""",
            amount = """{"rate":0.001,"of":"Sales","cap":150000}""",
            validFrom = "2020-01-01",
        });
        created.StatusCode.ShouldBe(HttpStatusCode.Created);
        var policyId = (await created.ReadJsonAsync()).GetProperty("id").GetString();

        var matches = await (await admin.GetAsync($"/api/v1/enterprises/policies/{policyId}/matches")).ReadJsonAsync();
        var xingchu = matches.GetProperty("beneficiaries").EnumerateArray().Single(b => b.GetProperty("name").GetString() == "兴储世纪有限公司");
        // 兴储世纪's latest sales are 186,000,000: 0.1% is 186,000, capped at 150,000.
        xingchu.GetProperty("amount").GetDecimal().ShouldBe(150_000m);
        matches.GetProperty("beneficiaries").EnumerateArray().ShouldAllBe(b => b.GetProperty("amount").GetDecimal() <= 150_000m);

        var enterprise = await app.SignedInAsync("enterprise@zigong.demo");
        var ownId = await IdOfAsync(enterprise, "兴储世纪");
        var own = await (await enterprise.GetAsync($"/api/v1/enterprises/{ownId}/policies")).ReadJsonAsync();
        own.EnumerateArray().Single(p => p.GetProperty("policyId").GetString() == policyId).GetProperty("matched").GetBoolean().ShouldBeTrue();
        (await enterprise.GetAsync($"/api/v1/enterprises/policies/{policyId}/matches")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task The_cultivation_board_lists_candidates_expiring_certificates_and_annual_evaluations(Db db)
    {
        var app = await apps.GetAsync(db);
        var viewer = await app.SignedInAsync("viewer@zigong.demo");
        var board = await (await viewer.GetAsync("/api/v1/enterprises/cultivation?perRung=5")).ReadJsonAsync();
        board.GetProperty("rungs").GetArrayLength().ShouldBe(4);
        board.GetProperty("rungs").EnumerateArray().ShouldAllBe(r => r.GetProperty("candidates").GetArrayLength() <= 5);
        var asOf = DateOnly.Parse(board.GetProperty("asOf").GetString()!, System.Globalization.CultureInfo.InvariantCulture);
        board.GetProperty("expiring").EnumerateArray().ShouldAllBe(x => x.GetProperty("daysLeft").GetInt32() >= 0 && x.GetProperty("daysLeft").GetInt32() <= 90);
        board.GetProperty("reevaluation").EnumerateArray().ShouldAllBe(x => x.GetProperty("dueBy").GetString() == $"{asOf.Year + 1}-03-31");

        var enterprise = await app.SignedInAsync("enterprise@zigong.demo");
        (await enterprise.GetAsync("/api/v1/enterprises/cultivation")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Invalid_credit_codes_and_inconsistent_figures_are_refused_with_reasons(Db db)
    {
        var app = await apps.GetAsync(db);
        var admin = await app.SignedInAsync("admin@zigong.demo");
        var profile = new
        {
            name = "校验测试企业", creditCode = "91510300MA6000019Y", registeredOn = "2020-05-01", industryCode = "C3841", zoneIndustry = "NewEnergy", sizeClass = "Small", aboveDesignatedSize = false,
        };
        var wrongCheck = await admin.PostJsonAsync("/api/v1/enterprises/", profile);
        wrongCheck.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await wrongCheck.ReadJsonAsync()).GetProperty("errors").GetProperty("creditCode")[0].GetString()!.ShouldContain("校验");

        var id = await IdOfAsync(admin, "临界规模");
        var inconsistent = await admin.PutJsonAsync($"/api/v1/enterprises/{id}/years/2025", new
        {
            year = 2025, staff = 10, techStaff = 12, sales = 1_000_000m, totalCosts = 500_000m, rdSpend = 600_000m, rdSpendInChina = 100_000m,
            classOneIp = 0, classTwoIp = 0, achievementsConverted = 0, equityRaised = 0m, awards = 0, standardsLed = 0, majorIncident = false, onCreditList = false,
        });
        inconsistent.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var errors = (await inconsistent.ReadJsonAsync()).GetProperty("errors");
        errors.GetProperty("techStaff")[0].GetString()!.ShouldContain("不能多于职工总数");
        errors.GetProperty("rdSpend")[0].GetString()!.ShouldContain("不能高于成本费用总额");
        var detail = await (await admin.GetAsync($"/api/v1/enterprises/{id}")).ReadJsonAsync();
        detail.GetProperty("years").EnumerateArray().Single(y => y.GetProperty("year").GetInt32() == 2025).GetProperty("staff").GetInt32().ShouldNotBe(10);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task An_import_with_bad_rows_names_each_row_and_column_and_saves_nothing_unless_asked(Db db)
    {
        var app = await apps.GetAsync(db);
        var admin = await app.SignedInAsync("admin@zigong.demo");
        var id = await IdOfAsync(admin, "临界产品");
        var code = (await (await admin.GetAsync($"/api/v1/enterprises/{id}")).ReadJsonAsync()).GetProperty("creditCode").GetString()!;
        var year = DateTime.UtcNow.Year - 4;

        var rows = new[]
        {
            Row(code, year, staff: 80, tech: 20, sales: 9_000_000),          // row 2: good
            Row("91510300MA600001XX", year, staff: 10, tech: 2, sales: 100),   // row 3: bad credit code
            Row(code, year + 100, staff: 10, tech: 2, sales: 100),             // row 4: year out of range
            Row(code, year - 1, staff: 10, tech: 20, sales: 100),              // row 5: tech staff above staff
        };
        var file = Workbook(rows);

        var refused = await admin.PostAsync(new Uri("/api/v1/enterprises/import", UriKind.Relative), Xlsx(file));
        refused.StatusCode.ShouldBe(HttpStatusCode.UnprocessableEntity);
        var report = await refused.ReadJsonAsync();
        report.GetProperty("saved").GetInt32().ShouldBe(0);
        var errors = report.GetProperty("errors").EnumerateArray().Select(e => (Row: e.GetProperty("row").GetInt32(), Column: e.GetProperty("column").GetString())).ToList();
        errors.ShouldContain((3, "统一社会信用代码"));
        errors.ShouldContain((4, "年度"));
        errors.ShouldContain((5, "科技人员数"));
        errors.ShouldNotContain(e => e.Row == 2);
        (await YearsAsync(admin, id)).ShouldNotContain(year);

        var partial = await admin.PostAsync(new Uri("/api/v1/enterprises/import?validRowsOnly=true", UriKind.Relative), Xlsx(file));
        partial.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await partial.ReadJsonAsync()).GetProperty("saved").GetInt32().ShouldBe(1);
        (await YearsAsync(admin, id)).ShouldContain(year);

        var garbage = await admin.PostAsync(new Uri("/api/v1/enterprises/import", UriKind.Relative), new ByteArrayContent(Encoding.UTF8.GetBytes("不是表格")));
        garbage.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await garbage.ReadJsonAsync()).GetProperty("errors").GetProperty("file")[0].GetString()!.ShouldContain(".xlsx");
    }

    private static async Task<List<int>> YearsAsync(HttpClient client, string id) =>
        (await (await client.GetAsync($"/api/v1/enterprises/{id}")).ReadJsonAsync()).GetProperty("years").EnumerateArray().Select(y => y.GetProperty("year").GetInt32()).ToList();

    private static Dictionary<string, object?> Row(string code, int year, int staff, int tech, decimal sales) => new()
    {
        ["统一社会信用代码"] = code, ["年度"] = year, ["职工总数"] = staff, ["科技人员数"] = tech, ["销售收入（元）"] = sales,
        ["总收入（元）"] = sales, ["成本费用总额（元）"] = sales * 0.9m, ["研发费用（元）"] = sales * 0.05m, ["境内研发费用（元）"] = sales * 0.05m,
    };
}

public sealed class AnnualDataRoundTripTests(SharedApps apps)
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Exported_annual_data_imports_back_unchanged(Db db)
    {
        var app = await apps.GetAsync(db);
        var enterprise = await app.SignedInAsync("enterprise@zigong.demo");
        var exported = await enterprise.GetAsync("/api/v1/enterprises/annual-data/export");
        exported.StatusCode.ShouldBe(HttpStatusCode.OK);
        var bytes = await exported.Content.ReadAsByteArrayAsync();
        using (var stream = new MemoryStream(bytes))
        {
            var rows = stream.Query(useHeaderRow: true).Cast<IDictionary<string, object>>().ToList();
            rows.Count.ShouldBe(3, "the enterprise user exports its own three years only");
            rows.ShouldAllBe(r => (string)r["企业名称"] == "兴储世纪有限公司");
        }

        var admin = await app.SignedInAsync("admin@zigong.demo");
        var content = new ByteArrayContent(bytes);
        var reimport = await admin.PostAsync(new Uri("/api/v1/enterprises/import", UriKind.Relative), content);
        reimport.StatusCode.ShouldBe(HttpStatusCode.OK);
        var report = await reimport.ReadJsonAsync();
        report.GetProperty("errors").GetArrayLength().ShouldBe(0);
        report.GetProperty("saved").GetInt32().ShouldBe(3);
    }
}
