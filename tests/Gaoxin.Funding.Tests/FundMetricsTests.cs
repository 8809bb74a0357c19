using System.Net;

namespace Gaoxin.Funding.Tests;

/// <summary>Issue #21: the fund's decisions and its rules' refusals move the app's own counters, read from /metrics as Prometheus does.</summary>
public sealed class FundMetricsTests(FundingApps apps)
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task An_approval_a_payment_and_a_rule_refusal_each_move_their_counter(Db db)
    {
        var app = await apps.GetAsync(db);
        var fund = await Fund.ForAsync(app);
        var year = await fund.FreshYearAsync();
        var project = await fund.ProjectAsync(score: 80m);
        var before = await app.App.ScrapeAsync();

        var award = await fund.AwardAsync(project, year, 2_000_000m, eligible: 5_000_000m);
        var id = award.GetProperty("id").GetString()!;
        (await fund.PayAsync(id, 1, 800_000m)).StatusCode.ShouldBe(HttpStatusCode.Created);
        var gated = await fund.PayAsync(id, 2, 800_000m);
        gated.StatusCode.ShouldBe(HttpStatusCode.UnprocessableEntity);

        // Other tests share the app and may count too: each counter moved by at least this test's own.
        var after = await app.App.ScrapeAsync();
        Moved(before, after, "gaoxin_fund_approvals_total").ShouldBeGreaterThanOrEqualTo(1);
        Moved(before, after, "gaoxin_fund_payments_total", "outcome=\"succeeded\"").ShouldBeGreaterThanOrEqualTo(1);
        Moved(before, after, "gaoxin_refusals_total", "kind=\"Rule\"", "rule=\"TrancheMilestoneAcceptedRule\"").ShouldBeGreaterThanOrEqualTo(1);
    }

    private static double Moved(string before, string after, string name, params string[] labels) =>
        PrometheusText.Sum(after, name, labels) - PrometheusText.Sum(before, name, labels);
}
