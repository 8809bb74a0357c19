using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Gaoxin.Funding.Tests;

/// <summary>The policy is versioned data with effective dates; a decision records the version it used.</summary>
public sealed class PolicyTests
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_new_version_applies_from_its_date_and_awards_record_it(Db db)
    {
        // A fixed day, just before midnight in China (UTC is still the day before): "today" is the zone's day.
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 6, 15, 23, 30, 0, TimeSpan.FromHours(8)).ToUniversalTime());
        await using var app = await FundingApp.StartAsync(db, services: s => s.AddSingleton<TimeProvider>(clock));
        var fund = await Fund.ForAsync(app);
        var year = await fund.FreshYearAsync();
        var today = new DateOnly(2026, 6, 15);

        var before = await (await fund.Admin.GetAsync("/api/v1/funding/policy")).ReadJsonAsync();
        before.GetProperty("gradeCCeiling").GetDecimal().ShouldBe(1_000_000m);
        var refused = await fund.Operator.PostJsonAsync($"/api/v1/funding/applications/{await fund.ApplyAsync(await fund.ProjectAsync(score: 65m), year, 1_100_000m)}/recommend", new { });
        (await refused.ReadJsonAsync()).GetProperty("rule").GetString().ShouldBe("WithinGradeCeilingRule");

        var bad = await fund.Admin.PostJsonAsync("/api/v1/funding/policies", new { effectiveFrom = today, note = "修订", gradeAMinScore = 70, gradeBMinScore = 75 });
        bad.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await bad.ReadJsonAsync()).GetProperty("errors").GetProperty("gradeAMinScore")[0].GetString()!.ShouldContain("A > B > C");
        (await fund.Operator.PostJsonAsync("/api/v1/funding/policies", new { effectiveFrom = today, note = "修订" })).StatusCode.ShouldBe(HttpStatusCode.Forbidden);

        var created = await fund.Admin.PostJsonAsync("/api/v1/funding/policies", new { effectiveFrom = today.AddDays(1), note = "C 级上限提高", gradeCCeiling = 1_200_000m });
        created.StatusCode.ShouldBe(HttpStatusCode.Created);
        var next = await created.ReadJsonAsync();
        var version = next.GetProperty("version").GetInt32();
        version.ShouldBeGreaterThan(before.GetProperty("version").GetInt32());
        // Not in force before its date: today still the old ceiling.
        (await (await fund.Admin.GetAsync("/api/v1/funding/policy")).ReadJsonAsync()).GetProperty("gradeCCeiling").GetDecimal().ShouldBe(1_000_000m);
        (await (await fund.Admin.GetAsync($"/api/v1/funding/policy?on={today.AddDays(1):yyyy-MM-dd}")).ReadJsonAsync()).GetProperty("version").GetInt32().ShouldBe(version);

        var inForce = await fund.Admin.PostJsonAsync("/api/v1/funding/policies", new { effectiveFrom = today, note = "C 级上限提高（即日起）", gradeCCeiling = 1_200_000m });
        var todayVersion = (await inForce.ReadJsonAsync()).GetProperty("version").GetInt32();
        var award = await fund.AwardAsync(await fund.ProjectAsync(score: 65m), year, 1_100_000m, eligible: 10_000_000m);
        award.GetProperty("grade").GetString().ShouldBe("C");
        award.GetProperty("policyVersion").GetInt32().ShouldBe(todayVersion);
        var entries = await (await fund.Admin.GetAsync($"/api/v1/funding/ledger?year={year}&kind=AwardCommitted")).ReadJsonAsync();
        entries.GetProperty("items")[0].GetProperty("policyVersion").GetInt32().ShouldBe(todayVersion);
    }
}
