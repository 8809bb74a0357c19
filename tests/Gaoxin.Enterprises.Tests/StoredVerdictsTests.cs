using System.Net;
using System.Text.Json;
using Gaoxin.Data;
using Gaoxin.Enterprises.Certification;
using Gaoxin.Enterprises.Evaluations;
using Gaoxin.Enterprises.Registry;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MiniExcelLibs;

namespace Gaoxin.Enterprises.Tests;

/// <summary>
/// A change to an enterprise's facts re-evaluates that enterprise in the same request: the stored verdicts the lists and
/// the cultivation board read are what evaluating it now gives, with no zone refresh in between (issue #20: the board
/// is never a refresh behind). A refused change leaves them as they were.
/// </summary>
public sealed class StoredVerdictsTests
{
    private static readonly DateOnly Today = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(8));

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Every_change_to_an_enterprises_facts_restores_its_verdicts_in_the_same_request(Db db)
    {
        await using var app = await GaoxinApp.StartAsync(db);
        var admin = await app.SignedInAsync("admin@zigong.demo");
        var id = Guid.Parse((await (await admin.GetAsync("/api/v1/enterprises/?search=" + Uri.EscapeDataString("临界规模"))).ReadJsonAsync())
            .GetProperty("items")[0].GetProperty("id").GetString()!);
        var others = await StoredAsync(app, except: id);
        var before = await StoredAsync(app, only: id);
        (await FreshAsync(app, id)).ShouldBe(before, "the seeded zone refresh stored what the enterprise evaluates to");

        // Annual data: R&D to 6% of sales moves the 科技型中小企业 R&D item, so its stored total moves at once.
        var latest = (await (await admin.GetAsync($"/api/v1/enterprises/{id}")).ReadJsonAsync()).GetProperty("years")[0];
        var year = latest.GetProperty("year").GetInt32();
        var sales = latest.GetProperty("sales").GetDecimal();
        var body = JsonSerializer.Deserialize<Dictionary<string, object?>>(latest.GetRawText())!;
        body["rdSpend"] = body["rdSpendInChina"] = decimal.Round(sales * 0.06m, 0);
        body["totalCosts"] = Math.Max(latest.GetProperty("totalCosts").GetDecimal(), decimal.Round(sales * 0.06m, 0));
        (await admin.PutJsonAsync($"/api/v1/enterprises/{id}/years/{year}", body)).StatusCode.ShouldBe(HttpStatusCode.OK);
        var afterYear = await StoredAsync(app, only: id);
        afterYear.ShouldBe(await FreshAsync(app, id));
        afterYear.Single(r => r.StartsWith("TechSme|", StringComparison.Ordinal))
            .ShouldNotBe(before.Single(r => r.StartsWith("TechSme|", StringComparison.Ordinal)), "the R&D change moved the stored 科技型 result");

        // A refused year (more tech staff than staff) changes no stored verdict.
        body["techStaff"] = latest.GetProperty("staff").GetInt32() + 1;
        (await admin.PutJsonAsync($"/api/v1/enterprises/{id}/years/{year}", body)).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await StoredAsync(app, only: id)).ShouldBe(afterYear);

        // An honour: a national award opens 创新型's direct route, stored at once.
        (await admin.PostJsonAsync($"/api/v1/enterprises/{id}/honours", new { kind = "NationalScienceAward", name = "国家科学技术进步奖二等奖", awardedOn = Today.AddYears(-1), rank = 1 }))
            .StatusCode.ShouldBe(HttpStatusCode.Created);
        var afterHonour = await StoredAsync(app, only: id);
        afterHonour.ShouldBe(await FreshAsync(app, id));
        afterHonour.ShouldContain(r => r.StartsWith("InnovativeSme|QualifiesDirectly|", StringComparison.Ordinal));

        // A certificate added and removed again: stored after each.
        var certificate = await (await admin.PostJsonAsync($"/api/v1/enterprises/{id}/certificates", new { scheme = "HighTech", number = "GR2025510099", validFrom = Today.AddYears(-1), validTo = Today.AddYears(2) })).ReadJsonAsync();
        (await StoredAsync(app, only: id)).ShouldBe(await FreshAsync(app, id));
        (await admin.DeleteAsync(new Uri($"/api/v1/enterprises/{id}/certificates/{certificate.GetProperty("id").GetString()}", UriKind.Relative))).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        (await StoredAsync(app, only: id)).ShouldBe(await FreshAsync(app, id));

        // An expert score (a reviewer's) counts in the stored 高新 result.
        var reviewer = await app.SignedInAsync("reviewer@zigong.demo");
        (await reviewer.PutJsonAsync($"/api/v1/enterprises/{id}/expert-scores", new { item = "HighTech.RdManagement.System", score = 5 })).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await StoredAsync(app, only: id)).ShouldBe(await FreshAsync(app, id));

        // The import: the same year back with R&D at 1%, through a workbook.
        var exported = await (await admin.GetAsync($"/api/v1/enterprises/annual-data/export?year={year}")).Content.ReadAsByteArrayAsync();
        var creditCode = (await (await admin.GetAsync($"/api/v1/enterprises/{id}")).ReadJsonAsync()).GetProperty("creditCode").GetString();
        List<Dictionary<string, object?>> rows;
        using (var stream = new MemoryStream(exported))
        {
            rows = [.. stream.Query(useHeaderRow: true).Cast<IDictionary<string, object?>>()
                .Where(r => Equals(r["统一社会信用代码"], creditCode)).Select(r => new Dictionary<string, object?>(r))];
        }

        rows.Count.ShouldBe(1);
        rows[0]["研发费用（元）"] = rows[0]["境内研发费用（元）"] = decimal.Round(sales * 0.01m, 0);
        var imported = await admin.PostAsync(new Uri("/api/v1/enterprises/import", UriKind.Relative), ExcelFiles.Xlsx(ExcelFiles.Workbook(rows)));
        imported.StatusCode.ShouldBe(HttpStatusCode.OK, await imported.Content.ReadAsStringAsync());
        var afterImport = await StoredAsync(app, only: id);
        afterImport.ShouldBe(await FreshAsync(app, id));
        afterImport.ShouldNotBe(afterYear);

        // Nobody else's stored verdict moved.
        (await StoredAsync(app, except: id)).ShouldBe(others);

        // A new enterprise has its verdicts from its first save.
        var created = await admin.PostJsonAsync("/api/v1/enterprises/", new
        {
            name = "自贡验证新建企业有限公司", creditCode = "91510300MA6299999" + Gaoxin.Kernel.Registry.UnifiedSocialCreditCode.CheckCharacter("91510300MA6299999"), industryCode = "C3841", zoneIndustry = "NewEnergy",
            sizeClass = "Small", registeredOn = Today.AddYears(-2),
        });
        created.StatusCode.ShouldBe(HttpStatusCode.Created, await created.Content.ReadAsStringAsync());
        var newId = Guid.Parse((await created.ReadJsonAsync()).GetProperty("id").GetString()!);
        var stored = await StoredAsync(app, only: newId);
        stored.Count.ShouldBe(CertificationEngine.Evaluated.Count);
        stored.ShouldBe(await FreshAsync(app, newId));
    }

    private static string Key(EvaluationRecord r) =>
        $"{r.Scheme}|{r.Verdict}|{r.SchemeVersion}|{r.Total:F2}|{r.MaxReachable:F2}|{r.Shortfall:F2}|{r.FailedGates}|{r.FirstGap}|{r.EnterpriseId}";

    private static Task<List<string>> StoredAsync(GaoxinApp app, Guid? only = null, Guid? except = null) =>
        app.InScopeAsync(async db =>
        {
            var rows = db.Set<EvaluationRecord>().AsNoTracking();
            rows = only is { } o ? rows.Where(r => r.EnterpriseId == o) : except is { } x ? rows.Where(r => r.EnterpriseId != x) : rows;
            return (await rows.ToListAsync()).Select(Key).Order(StringComparer.Ordinal).ToList();
        });

    private static async Task<List<string>> FreshAsync(GaoxinApp app, Guid id)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<GaoxinDbContext>();
        var registry = scope.ServiceProvider.GetRequiredService<EnterpriseRegistry>();
        var engine = scope.ServiceProvider.GetRequiredService<CertificationEngine>();
        var e = await db.Set<Enterprise>().AsNoTracking().Include(e => e.Years).Include(e => e.Certificates).Include(e => e.Honours).AsSplitQuery().SingleAsync(e => e.Id == id);
        return [.. engine.EvaluateAll(await registry.FactsAsync(e, CancellationToken.None)).Select(ev => Key(EnterpriseEvaluations.Record(e, ev))).Order(StringComparer.Ordinal)];
    }
}
