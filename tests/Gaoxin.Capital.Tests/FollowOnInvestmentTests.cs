using Gaoxin.Contracts.Capital;
using Microsoft.Extensions.DependencyInjection;

namespace Gaoxin.Capital.Tests;

/// <summary>The follow-on contract sums the rounds closed in a period, and says "no data" (null) for a period without any.</summary>
public sealed class FollowOnInvestmentTests(SharedApps apps)
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Closed_rounds_in_the_period_are_summed_per_company(Db db)
    {
        var app = await apps.GetAsync(db);
        var c = await Capital.ForAsync(app);
        var zone = await app.InScopeAsync(ctx => Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.SingleAsync(ctx.Zones));

        async Task<FollowOnFigures?> ReadAsync(DateOnly from, DateOnly to)
        {
            await using var scope = app.Services.CreateAsyncScope();
            return await scope.ServiceProvider.GetRequiredService<IFollowOnInvestment>().ClosedInAsync(zone.Id.Value, from, to, CancellationToken.None);
        }

        var today = Capital.ChinaToday;
        var a = await c.DraftAsync(c.OtherEnterprise, 3_000_000m);
        var b = await c.DraftAsync(c.OtherEnterprise, 2_000_000.5m);
        await c.DraftAsync(c.OtherEnterprise, 9_000_000m); // a draft counts for nothing
        (await c.Operator.PostJsonAsync($"/api/v1/capital/rounds/{a}/close", new { closedOn = Capital.Day(today.AddDays(-1000)) })).EnsureSuccessStatusCode();
        (await c.Operator.PostJsonAsync($"/api/v1/capital/rounds/{b}/close", new { closedOn = Capital.Day(today.AddDays(-1000)) })).EnsureSuccessStatusCode();

        var f = await ReadAsync(today.AddDays(-1000), today.AddDays(-1000));
        f.ShouldNotBeNull();
        f.ByCompany[c.OtherEnterprise].ShouldBe(5_000_000.5m, "only this test closes rounds on that exact day");
        (await ReadAsync(today.AddYears(20), today.AddYears(21))).ShouldBeNull(); // no round closes in the future
    }
}
