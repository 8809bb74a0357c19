using System.Net;
using Gaoxin.Contracts.TechTransfer;
using Gaoxin.Funding.Ledger;
using Gaoxin.Kernel.Zones;
using Microsoft.EntityFrameworkCore;

namespace Gaoxin.Funding.Tests;

/// <summary>The money invariants under load: the check and the commit are serialised by the database, not by the process.</summary>
public sealed class ConcurrencyTests(FundingApps apps)
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Two_hundred_concurrent_approvals_never_exceed_the_budget_or_the_project_cap(Db db)
    {
        var app = await apps.GetAsync(db);
        var fund = await Fund.ForAsync(app);
        var year = await fund.FreshYearAsync(20_000_000m);
        // 41 projects screened through the relay in batches; selected is enough to apply (no tranche is paid here).
        var projects = (await app.Relay.CreateManyAsync(Enumerable.Repeat(new ProjectSpec(app.EnterpriseOrg, 95m, Stage: RelayStage.Selected), 41).ToList()))
            .Select(p => p.Id).ToList();
        var capped = projects[0];

        // 160 applications of 150,000 spread over 40 projects (600,000 each, far under the cap) and 40 applications of one
        // project asking 200,000 each (8,000,000, over the 5,000,000 cap): 32,000,000 in all, over the 20,000,000 budget.
        var requests = Enumerable.Range(0, 200).Select(i => i < 160 ? (Project: projects[1 + (i % 40)], Amount: 150_000m) : (Project: capped, Amount: 200_000m)).ToList();
        var ids = new List<(string Id, Guid Project, decimal Amount)>();
        foreach (var chunk in requests.Chunk(20))
        {
            var made = await Task.WhenAll(chunk.Select(async r => (Id: await fund.RecommendedAsync(r.Project, year, r.Amount), r.Project, r.Amount)));
            ids.AddRange(made);
        }

        var responses = await Task.WhenAll(ids.Select(async x => (x.Project, x.Amount, Response: await fund.ApproveAsync(x.Id))));

        responses.Select(r => r.Response.StatusCode).Distinct().Order().ShouldBe([HttpStatusCode.Created, HttpStatusCode.UnprocessableEntity]);
        var approved = responses.Where(r => r.Response.StatusCode == HttpStatusCode.Created).ToList();
        var approvedTotal = approved.Sum(r => r.Amount);
        approvedTotal.ShouldBeLessThanOrEqualTo(20_000_000m);
        approved.Where(r => r.Project == capped).Sum(r => r.Amount).ShouldBeLessThanOrEqualTo(5_000_000m);
        // Every refusal names one of the two rules the load was built to hit.
        foreach (var refused in responses.Where(r => r.Response.StatusCode == HttpStatusCode.UnprocessableEntity))
        {
            (await refused.Response.ReadJsonAsync()).GetProperty("rule").GetString().ShouldBeOneOf("WithinYearBudgetRule", "WithinProjectCapRule");
        }

        var position = await fund.PositionAsync(year);
        position.GetProperty("committed").GetDecimal().ShouldBe(approvedTotal);
        var zone = new ZoneId(app.ZoneId);
        var committedEntries = await app.App.InScopeAsync(ctx => ctx.Set<LedgerEntry>().Where(e => e.ZoneId == zone && e.FundYear == year && e.Kind == EntryKind.AwardCommitted).CountAsync());
        committedEntries.ShouldBe(approved.Count);
        // The load is large enough to fill the year: what is left is less than one more request.
        position.GetProperty("available").GetDecimal().ShouldBeLessThan(150_000m);
        (await app.App.InScopeAsync(ctx => LedgerVerification.VerifyAsync(ctx, CancellationToken.None))).Intact.ShouldBeTrue();
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task An_application_approved_twice_at_once_commits_once(Db db)
    {
        var app = await apps.GetAsync(db);
        var fund = await Fund.ForAsync(app);
        var year = await fund.FreshYearAsync();
        var id = await fund.RecommendedAsync(await fund.ProjectAsync(), year, 250_000m);

        var both = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => fund.ApproveAsync(id)));

        both.Count(r => r.StatusCode == HttpStatusCode.Created).ShouldBe(1);
        both.Where(r => r.StatusCode != HttpStatusCode.Created).ShouldAllBe(r => r.StatusCode == HttpStatusCode.Conflict);
        (await fund.PositionAsync(year)).GetProperty("committed").GetDecimal().ShouldBe(250_000m);
    }
}
