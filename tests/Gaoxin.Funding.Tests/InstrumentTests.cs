using System.Net;
using System.Text.Json;

namespace Gaoxin.Funding.Tests;

/// <summary>先投后股 over HTTP: conversion arithmetic, exit capped at the reasonable return, write-off only after an approved review.</summary>
public sealed class InstrumentTests(FundingApps apps)
{
    private static async Task<(Fund Fund, string AwardId, string InstrumentId, int Year)> PaidInstrumentAsync(FundingApp app, decimal amount, decimal paid)
    {
        var fund = await Fund.ForAsync(app);
        var year = await fund.FreshYearAsync();
        var award = await fund.AwardAsync(await fund.ProjectAsync(), year, amount, instrument: "InvestThenEquity");
        var id = award.GetProperty("id").GetString()!;
        (await fund.PayAsync(id, 1, paid)).StatusCode.ShouldBe(HttpStatusCode.Created);
        return (fund, id, award.GetProperty("instrumentId").GetString()!, year);
    }

    private static string Today() => DateOnly.FromDateTime(TimeProvider.System.GetUtcNow().AddHours(8).DateTime).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Conversion_and_exit_with_the_return_capped_and_credited_to_the_year_received(Db db)
    {
        var app = await apps.GetAsync(db);
        var (fund, awardId, instrument, year) = await PaidInstrumentAsync(app, 2_500_000m, 1_000_000m);

        var noRound = await fund.Admin.PostJsonAsync($"/api/v1/funding/instruments/{instrument}/convert", new { trigger = "OutsideRound", on = Today(), roundPricePerShare = 10m });
        (await noRound.ReadJsonAsync()).GetProperty("rule").GetString().ShouldBe("ConversionTriggerMetRule");
        var early = await fund.Admin.PostJsonAsync($"/api/v1/funding/instruments/{instrument}/convert", new { trigger = "DateReached", on = Today(), roundPricePerShare = 10m });
        (await early.ReadJsonAsync()).GetProperty("rule").GetString().ShouldBe("ConversionTriggerMetRule");

        var converted = await fund.Admin.PostJsonAsync($"/api/v1/funding/instruments/{instrument}/convert", new { trigger = "OutsideRound", on = Today(), round = "A 轮", roundPricePerShare = 10m });
        converted.StatusCode.ShouldBe(HttpStatusCode.OK, await converted.Content.ReadAsStringAsync());
        var c = await converted.ReadJsonAsync();
        c.GetProperty("principal").GetDecimal().ShouldBe(1_000_000m);
        c.GetProperty("conversionPrice").GetDecimal().ShouldBe(8m);
        c.GetProperty("shares").GetDecimal().ShouldBe(125_000m);
        c.GetProperty("holder").GetString()!.ShouldNotBeNullOrWhiteSpace();
        // The unpaid 1,500,000 is not converted: it goes back to the year's budget.
        var position = await fund.PositionAsync(year);
        position.GetProperty("committed").GetDecimal().ShouldBe(1_000_000m);

        var exitYear = int.Parse(Today()[..4], System.Globalization.CultureInfo.InvariantCulture);
        var returnedBefore = (await fund.PositionAsync(exitYear)).GetProperty("returned").GetDecimal();
        var exit = await fund.Admin.PostJsonAsync($"/api/v1/funding/instruments/{instrument}/exit", new { kind = "Sale", on = Today(), proceeds = 3_000_000m });
        exit.StatusCode.ShouldBe(HttpStatusCode.OK);
        var e = await exit.ReadJsonAsync();
        // Held 0 days: the cap is the principal; the excess does not flow to the fund.
        e.GetProperty("returnCap").GetDecimal().ShouldBe(1_000_000m);
        e.GetProperty("credited").GetDecimal().ShouldBe(1_000_000m);
        (await fund.PositionAsync(exitYear)).GetProperty("returned").GetDecimal().ShouldBe(returnedBefore + 1_000_000m);
        var life = e.GetProperty("life").EnumerateArray().Select(x => x.GetProperty("what").GetString()).ToList();
        life.ShouldContain("转股");
        life.ShouldContain("股权转让退出");
        life.First().ShouldStartWith("批准资助");
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_write_off_requires_a_review_approved_by_operator_and_zone_admin(Db db)
    {
        var app = await apps.GetAsync(db);
        var (fund, awardId, instrument, year) = await PaidInstrumentAsync(app, 1_000_000m, 400_000m);

        var bare = await fund.Admin.PostJsonAsync($"/api/v1/funding/instruments/{instrument}/write-off", new { reviewId = Guid.NewGuid() });
        bare.StatusCode.ShouldBe(HttpStatusCode.UnprocessableEntity);
        (await bare.ReadJsonAsync()).GetProperty("rule").GetString().ShouldBe("WriteOffRequiresApprovedReviewRule");

        var opened = await fund.Operator.PostJsonAsync($"/api/v1/funding/instruments/{instrument}/reviews", new { findings = "中试失败原因为技术路线风险，立项与拨付均按程序决策，已勤勉尽责。", diligenceDocumented = true });
        opened.StatusCode.ShouldBe(HttpStatusCode.OK);
        var reviewId = (await opened.ReadJsonAsync()).GetProperty("reviews")[0].GetProperty("id").GetString()!;
        (await fund.Operator.PostJsonAsync($"/api/v1/funding/reviews/{reviewId}/decision", new { approve = true, opinion = "同意" })).StatusCode.ShouldBe(HttpStatusCode.OK);

        var half = await fund.Admin.PostJsonAsync($"/api/v1/funding/instruments/{instrument}/write-off", new { reviewId });
        (await half.ReadJsonAsync()).GetProperty("detail").GetString()!.ShouldContain("管委会");
        (await fund.Operator.PostJsonAsync($"/api/v1/funding/reviews/{reviewId}/decision", new { approve = true })).StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await fund.Admin.PostJsonAsync($"/api/v1/funding/reviews/{reviewId}/decision", new { approve = true, opinion = "同意核销" })).StatusCode.ShouldBe(HttpStatusCode.OK);

        var written = await fund.Admin.PostJsonAsync($"/api/v1/funding/instruments/{instrument}/write-off", new { reviewId });
        written.StatusCode.ShouldBe(HttpStatusCode.OK, await written.Content.ReadAsStringAsync());
        var w = await written.ReadJsonAsync();
        w.GetProperty("status").GetString().ShouldBe("WrittenOff");
        w.GetProperty("writtenOff").GetDecimal().ShouldBe(400_000m);
        var position = await fund.PositionAsync(year);
        position.GetProperty("writtenOff").GetDecimal().ShouldBe(400_000m);
        position.GetProperty("committed").GetDecimal().ShouldBe(400_000m);
        (await fund.GetAwardAsync(awardId)).GetProperty("status").GetString().ShouldBe("WrittenOff");

        var settle = await fund.Admin.PostJsonAsync($"/api/v1/funding/instruments/{instrument}/settle", new { kind = "Grant", on = Today(), repaid = 0m });
        settle.StatusCode.ShouldBe(HttpStatusCode.Conflict);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_review_without_documented_diligence_ends_rejected_when_both_roles_have_decided(Db db)
    {
        var app = await apps.GetAsync(db);
        var (fund, _, instrument, _) = await PaidInstrumentAsync(app, 1_000_000m, 400_000m);

        var opened = await fund.Operator.PostJsonAsync($"/api/v1/funding/instruments/{instrument}/reviews", new { findings = "中试失败，但立项论证与拨付决策记录不全。", diligenceDocumented = false });
        opened.StatusCode.ShouldBe(HttpStatusCode.OK, await opened.Content.ReadAsStringAsync());
        var reviewId = (await opened.ReadJsonAsync()).GetProperty("reviews")[0].GetProperty("id").GetString()!;

        // Both roles approve, yet the exemption cannot apply: the review closes as rejected instead of staying open.
        (await (await fund.Operator.PostJsonAsync($"/api/v1/funding/reviews/{reviewId}/decision", new { approve = true })).ReadJsonAsync()).GetString().ShouldBe("Open");
        (await (await fund.Admin.PostJsonAsync($"/api/v1/funding/reviews/{reviewId}/decision", new { approve = true })).ReadJsonAsync()).GetString().ShouldBe("Rejected");
        (await fund.Admin.PostJsonAsync($"/api/v1/funding/reviews/{reviewId}/decision", new { approve = true })).StatusCode.ShouldBe(HttpStatusCode.Conflict);
        var refused = await fund.Admin.PostJsonAsync($"/api/v1/funding/instruments/{instrument}/write-off", new { reviewId });
        refused.StatusCode.ShouldBe(HttpStatusCode.UnprocessableEntity);
        (await refused.ReadJsonAsync()).GetProperty("rule").GetString().ShouldBe("WriteOffRequiresApprovedReviewRule");

        // Nothing is left open, so a new review can be opened.
        var again = await fund.Operator.PostJsonAsync($"/api/v1/funding/instruments/{instrument}/reviews", new { findings = "补充立项论证与拨付决策记录，已勤勉尽责。", diligenceDocumented = true });
        again.StatusCode.ShouldBe(HttpStatusCode.OK, await again.Content.ReadAsStringAsync());
        var reviews = (await again.ReadJsonAsync()).GetProperty("reviews").EnumerateArray().ToDictionary(r => r.GetProperty("id").GetString()!, r => r.GetProperty("status").GetString());
        reviews.Count.ShouldBe(2);
        reviews[reviewId].ShouldBe("Rejected");
        reviews.Where(r => r.Key != reviewId).Single().Value.ShouldBe("Open");
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_settlement_dated_after_today_is_refused_by_field(Db db)
    {
        var app = await apps.GetAsync(db);
        var (fund, _, instrument, _) = await PaidInstrumentAsync(app, 500_000m, 200_000m);
        var tomorrow = DateOnly.ParseExact(Today(), "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture).AddDays(1).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

        var future = await fund.Admin.PostJsonAsync($"/api/v1/funding/instruments/{instrument}/settle", new { kind = "Repayment", on = tomorrow, repaid = 200_000m });
        future.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var problem = await future.ReadJsonAsync();
        problem.GetProperty("title").GetString().ShouldBe("请求数据有误");
        problem.GetProperty("errors").GetProperty("on")[0].GetString()!.ShouldContain("不能晚于今天");
        (await (await fund.Admin.GetAsync($"/api/v1/funding/instruments/{instrument}")).ReadJsonAsync()).GetProperty("status").GetString().ShouldBe("Unconverted");
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task An_unconverted_instrument_is_settled_only_after_its_deadline(Db db)
    {
        var app = await apps.GetAsync(db);
        var (fund, _, instrument, _) = await PaidInstrumentAsync(app, 500_000m, 200_000m);
        var early = await fund.Admin.PostJsonAsync($"/api/v1/funding/instruments/{instrument}/settle", new { kind = "Grant", on = Today(), repaid = 0m });
        early.StatusCode.ShouldBe(HttpStatusCode.UnprocessableEntity);
        var problem = await early.ReadJsonAsync();
        problem.GetProperty("rule").GetString().ShouldBe("DeadlineReachedRule");
        var deadline = (await (await fund.Admin.GetAsync($"/api/v1/funding/instruments/{instrument}")).ReadJsonAsync()).GetProperty("deadline").GetString();
        problem.GetProperty("figures").GetProperty("deadline").GetString().ShouldBe(deadline);
    }
}
