using System.Net;

namespace Gaoxin.Capital.Tests;

/// <summary>The demo: closed rounds from last year, and the fund's open 先投后股 instrument with one pending proposal from today's A round.</summary>
public sealed class DemoTests(SharedApps apps)
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task The_demo_leaves_one_pending_conversion_proposal_for_the_committee(Db db)
    {
        var app = await apps.GetAsync(db);
        var admin = await app.SignedInAsync("admin@zigong.demo");
        var closed = await (await admin.GetAsync("/api/v1/capital/rounds?state=Closed&size=200")).ReadJsonAsync();
        closed.GetProperty("items").EnumerateArray().Count(r => r.GetProperty("name").GetString() is "天使轮" or "Pre-A 轮").ShouldBeGreaterThanOrEqualTo(2);

        var pending = await admin.GetAsync("/api/v1/funding/proposals?status=Pending");
        pending.StatusCode.ShouldBe(HttpStatusCode.OK);
        var demo = (await pending.ReadJsonAsync()).EnumerateArray().Where(p => p.GetProperty("roundName").GetString() == "A 轮" && p.GetProperty("preMoney").GetDecimal() == 120_000_000m).ToList();
        var proposal = demo.ShouldHaveSingleItem();
        // 12 yuan a share less 20%: 9.6.
        proposal.GetProperty("conversionPrice").GetDecimal().ShouldBe(9.6m);
    }
}
