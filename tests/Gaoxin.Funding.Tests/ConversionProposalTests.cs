using System.Globalization;
using System.Net;
using System.Text.Json;

namespace Gaoxin.Funding.Tests;

/// <summary>
/// An outside round closed in Capital on the company of an open 先投后股 instrument: the fund proposes the stake once, a
/// decider approves (the instrument converts as a manual conversion would) or rejects; the ledger and the audit chain verify.
/// </summary>
public sealed class ConversionProposalTests(FundingApps apps)
{
    private static string Today => Fund.ChinaToday.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static async Task<(Fund Fund, string Instrument)> PaidInstrumentAsync(FundingApp app)
    {
        var fund = await Fund.ForAsync(app);
        var year = await fund.FreshYearAsync();
        var award = await fund.AwardAsync(await fund.ProjectAsync(), year, 2_500_000m, instrument: "InvestThenEquity");
        (await fund.PayAsync(award.GetProperty("id").GetString()!, 1, 1_000_000m)).StatusCode.ShouldBe(HttpStatusCode.Created);
        return (fund, award.GetProperty("instrumentId").GetString()!);
    }

    /// <summary>A draft A round of the enterprise user's company (兴储世纪): pre-money 100,000,000 over 10,000,000 shares, so 10 yuan a share.</summary>
    private static async Task<string> DraftRoundAsync(Fund fund)
    {
        var investor = await fund.Operator.PostJsonAsync("/api/v1/capital/investors", new { name = "川南创投" + Guid.NewGuid().ToString("N")[..8], kind = "VentureCapital" });
        investor.StatusCode.ShouldBe(HttpStatusCode.Created, await investor.Content.ReadAsStringAsync());
        var id = (await investor.ReadJsonAsync()).GetProperty("id").GetGuid();
        var round = await fund.Operator.PostJsonAsync("/api/v1/capital/rounds", new
        {
            companyOrganisationId = fund.App.EnterpriseOrg, name = "A 轮", preMoney = 100_000_000m, amount = 20_000_000m, postMoney = 120_000_000m, preMoneyShares = 10_000_000m,
            investors = new[] { new { investorId = id, amount = 20_000_000m } },
        });
        round.StatusCode.ShouldBe(HttpStatusCode.Created, await round.Content.ReadAsStringAsync());
        return (await round.ReadJsonAsync()).GetProperty("id").GetString()!;
    }

    private static async Task<List<JsonElement>> ProposalsOfAsync(Fund fund, string instrument) =>
        (await (await fund.Admin.GetAsync("/api/v1/funding/proposals")).ReadJsonAsync()).EnumerateArray().Where(p => p.GetProperty("instrumentId").GetString() == instrument).ToList();

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_closed_round_proposes_the_stake_and_an_approval_converts_the_instrument(Db db)
    {
        var app = await apps.GetAsync(db);
        var (fund, instrument) = await PaidInstrumentAsync(app);
        var round = await DraftRoundAsync(fund);

        var closed = await fund.Operator.PostJsonAsync($"/api/v1/capital/rounds/{round}/close", new { closedOn = Today });
        closed.StatusCode.ShouldBe(HttpStatusCode.OK, await closed.Content.ReadAsStringAsync());
        var made = (await closed.ReadJsonAsync()).GetProperty("proposals").EnumerateArray().Single(p => p.GetProperty("instrumentId").GetString() == instrument);
        // 1,000,000 paid ÷ (10 × (1 − 20%)) = 125,000 shares; ÷ (100,000,000 × 0.8) = 1.25% of the company before the round.
        made.GetProperty("shares").GetDecimal().ShouldBe(125_000m);
        made.GetProperty("stakeOfPreMoney").GetDecimal().ShouldBe(0.0125m);
        made.GetProperty("status").GetString().ShouldBe("Pending");

        // A retried close changes nothing and proposes nothing more.
        (await fund.Operator.PostJsonAsync($"/api/v1/capital/rounds/{round}/close", new { closedOn = Today })).StatusCode.ShouldBe(HttpStatusCode.Conflict);
        var proposal = (await ProposalsOfAsync(fund, instrument)).ShouldHaveSingleItem();
        proposal.GetProperty("principal").GetDecimal().ShouldBe(1_000_000m);
        proposal.GetProperty("conversionPrice").GetDecimal().ShouldBe(8m);
        proposal.GetProperty("roundName").GetString().ShouldBe("A 轮");
        var id = proposal.GetProperty("id").GetString();

        (await fund.Enterprise.PostJsonAsync($"/api/v1/funding/proposals/{id}/approve", new { })).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await fund.Operator.PostJsonAsync($"/api/v1/funding/proposals/{id}/approve", new { })).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        var approved = await fund.Admin.PostJsonAsync($"/api/v1/funding/proposals/{id}/approve", new { note = "同意按 A 轮价格转股" });
        approved.StatusCode.ShouldBe(HttpStatusCode.OK, await approved.Content.ReadAsStringAsync());
        (await approved.ReadJsonAsync()).GetProperty("status").GetString().ShouldBe("Approved");
        (await fund.Admin.PostJsonAsync($"/api/v1/funding/proposals/{id}/approve", new { })).StatusCode.ShouldBe(HttpStatusCode.Conflict);

        var i = await (await fund.Admin.GetAsync($"/api/v1/funding/instruments/{instrument}")).ReadJsonAsync();
        i.GetProperty("status").GetString().ShouldBe("Converted");
        i.GetProperty("trigger").GetString().ShouldBe("OutsideRound");
        i.GetProperty("round").GetString().ShouldBe("A 轮");
        i.GetProperty("shares").GetDecimal().ShouldBe(125_000m);
        i.GetProperty("conversionPrice").GetDecimal().ShouldBe(8m);
        i.GetProperty("principal").GetDecimal().ShouldBe(1_000_000m);

        (await (await fund.Admin.GetAsync("/api/v1/funding/ledger/verify")).ReadJsonAsync()).GetProperty("intact").GetBoolean().ShouldBeTrue();
        (await (await fund.Admin.GetAsync("/api/v1/admin/audit/verify")).ReadJsonAsync()).GetProperty("intact").GetBoolean().ShouldBeTrue();

        // The instrument page shows the decided proposal.
        (await (await fund.Admin.GetAsync($"/funding/instruments/{instrument}")).Content.ReadAsStringAsync()).ShouldContain($"data-proposal=\"{id}\"");

        // The round's money reaches the operator's assessment as computed follow-on investment.
        var preview = await fund.Operator.PostJsonAsync("/api/v1/funding/assessments/preview", new { year = Fund.ChinaToday.Year, followOnInvestment = 1m });
        var followOn = (await preview.ReadJsonAsync()).GetProperty("kpis").EnumerateArray().Single(k => k.GetProperty("key").GetString() == "FollowOn");
        followOn.GetProperty("source").GetString().ShouldBe("computed");
        followOn.GetProperty("actual").GetDecimal().ShouldBeGreaterThanOrEqualTo(20_000_000m);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Racing_closes_make_one_proposal_and_a_rejection_leaves_the_instrument_open(Db db)
    {
        var app = await apps.GetAsync(db);
        var (fund, instrument) = await PaidInstrumentAsync(app);
        var round = await DraftRoundAsync(fund);

        var clients = await Task.WhenAll(Enumerable.Range(0, 5).Select(_ => app.App.SignedInAsync("operator@zigong.demo")));
        var answers = await Task.WhenAll(clients.Select(c => c.PostJsonAsync($"/api/v1/capital/rounds/{round}/close", new { closedOn = Today })));
        answers.Count(a => a.StatusCode == HttpStatusCode.OK).ShouldBe(1, string.Join(",", answers.Select(a => (int)a.StatusCode)));
        answers.Count(a => a.StatusCode == HttpStatusCode.Conflict).ShouldBe(4);
        var proposal = (await ProposalsOfAsync(fund, instrument)).ShouldHaveSingleItem();
        var id = proposal.GetProperty("id").GetString();

        (await fund.Admin.PostJsonAsync($"/api/v1/funding/proposals/{id}/reject", new { reason = "" })).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var rejected = await fund.Admin.PostJsonAsync($"/api/v1/funding/proposals/{id}/reject", new { reason = "本轮估值偏低，待下一轮再议" });
        rejected.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await rejected.ReadJsonAsync()).GetProperty("reason").GetString().ShouldBe("本轮估值偏低，待下一轮再议");
        (await fund.Admin.PostJsonAsync($"/api/v1/funding/proposals/{id}/approve", new { })).StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await (await fund.Admin.GetAsync($"/api/v1/funding/instruments/{instrument}")).ReadJsonAsync()).GetProperty("status").GetString().ShouldBe("Unconverted");
        (await fund.Admin.PostJsonAsync($"/api/v1/funding/proposals/{Guid.NewGuid()}/approve", new { })).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }
}
