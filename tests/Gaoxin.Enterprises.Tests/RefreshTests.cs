using System.Net;
using Gaoxin.Data;
using Gaoxin.Enterprises.Certification;
using Gaoxin.Enterprises.Evaluations;
using Gaoxin.Enterprises.Registry;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Gaoxin.Enterprises.Tests;

/// <summary>
/// The zone refresh (keyset batches, pipelined, evaluated in parallel, stored by COPY on PostgreSQL) stores exactly
/// what evaluating each enterprise on its own gives: every stored field, one row per enterprise and scheme.
/// </summary>
public sealed class RefreshTests
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task The_zone_refresh_stores_what_each_enterprise_evaluates_to(Db kind)
    {
        await using var app = await GaoxinApp.StartAsync(kind);
        var reviewer = await app.SignedInAsync("reviewer@zigong.demo");
        var search = await (await reviewer.GetAsync("/api/v1/enterprises/?search=临界人才")).ReadJsonAsync();
        var scored = Guid.Parse(search.GetProperty("items")[0].GetProperty("id").GetString()!);
        (await reviewer.PutJsonAsync($"/api/v1/enterprises/{scored}/expert-scores", new { item = "HighTech.RdManagement.System", score = 5 })).StatusCode.ShouldBe(HttpStatusCode.OK);

        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<GaoxinDbContext>();
        var zone = (await db.Set<Enterprise>().Select(e => e.ZoneId).Distinct().SingleAsync()).Value;
        var total = await db.Set<Enterprise>().CountAsync();

        // A small batch size so the pipeline goes round many times (and ends on a partial batch).
        (await scope.ServiceProvider.GetRequiredService<EnterpriseEvaluations>().RefreshZoneAsync(zone, CancellationToken.None, batchSize: 37)).ShouldBe(total);

        var stored = await db.Set<EvaluationRecord>().AsNoTracking().ToListAsync();
        var registry = scope.ServiceProvider.GetRequiredService<EnterpriseRegistry>();
        var engine = scope.ServiceProvider.GetRequiredService<CertificationEngine>();
        var expected = new List<EvaluationRecord>();
        foreach (var e in await db.Set<Enterprise>().AsNoTracking().Include(e => e.Years).Include(e => e.Certificates).AsSplitQuery().ToListAsync())
        {
            expected.AddRange(engine.EvaluateAll(await registry.FactsAsync(e, CancellationToken.None)).Select(ev => EnterpriseEvaluations.Record(e, ev)));
        }

        static string Key(EvaluationRecord r) => $"{r.ZoneId.Value}|{r.EnterpriseId}|{r.Scheme}|{r.SchemeVersion}|{r.AsOf:O}|{r.Verdict}|{r.Total:F2}|{r.MaxReachable:F2}|{r.Shortfall:F2}|{r.FailedGates}|{r.FirstGap}";
        stored.Count.ShouldBe(total * CertificationEngine.Evaluated.Count);
        stored.Select(Key).Order(StringComparer.Ordinal).ShouldBe(expected.Select(Key).Order(StringComparer.Ordinal));
        stored.Where(r => r.EnterpriseId == scored && r.Scheme == SchemeCode.HighTech).ShouldHaveSingleItem();
    }
}

public sealed class IncrementalRefreshTests
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_second_refresh_rewrites_only_the_results_that_changed(Db kind)
    {
        await using var app = await GaoxinApp.StartAsync(kind);
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<GaoxinDbContext>();
        var refresh = scope.ServiceProvider.GetRequiredService<EnterpriseEvaluations>();
        var zone = (await db.Set<Enterprise>().Select(e => e.ZoneId).Distinct().SingleAsync()).Value;
        await refresh.RefreshZoneAsync(zone, CancellationToken.None);
        var before = await db.Set<EvaluationRecord>().AsNoTracking().ToDictionaryAsync(r => r.Id);

        // Nothing changed: not one stored result is rewritten.
        await refresh.RefreshZoneAsync(zone, CancellationToken.None);
        (await db.Set<EvaluationRecord>().AsNoTracking().Select(r => r.Id).ToListAsync()).ShouldBe(before.Keys, ignoreOrder: true);

        // One enterprise's R&D rises to 6% of sales behind the registry's back (a save through the registry restores
        // its verdicts itself, see StoredVerdictsTests): its 科技型中小企业 result is rewritten by the refresh, nobody else's.
        var admin = await app.SignedInAsync("admin@zigong.demo");
        var id = (await (await admin.GetAsync("/api/v1/enterprises/?search=" + Uri.EscapeDataString("临界规模"))).ReadJsonAsync()).GetProperty("items")[0].GetProperty("id").GetString()!;
        var enterpriseId = Guid.Parse(id);
        var latest = await db.Set<AnnualReport>().Where(y => y.EnterpriseId == enterpriseId).OrderByDescending(y => y.Year).FirstAsync();
        var rd = decimal.Round(latest.Sales!.Value * 0.06m, 0);
        await db.Set<AnnualReport>().Where(y => y.Id == latest.Id).ExecuteUpdateAsync(u => u
            .SetProperty(y => y.RdSpend, rd).SetProperty(y => y.RdSpendInChina, rd).SetProperty(y => y.TotalCosts, Math.Max(latest.TotalCosts ?? 0, rd)));
        await refresh.RefreshZoneAsync(zone, CancellationToken.None);
        var after = await db.Set<EvaluationRecord>().AsNoTracking().ToListAsync();
        var changed = Guid.Parse(id);
        after.Where(r => r.EnterpriseId != changed).Select(r => r.Id).ShouldBe(before.Values.Where(r => r.EnterpriseId != changed).Select(r => r.Id), ignoreOrder: true);
        var rewritten = after.Where(r => r.EnterpriseId == changed && !before.ContainsKey(r.Id)).ToList();
        rewritten.ShouldNotBeEmpty();
        rewritten.ShouldContain(r => r.Scheme == SchemeCode.TechSme);
        after.Count.ShouldBe(before.Count);
    }
}
