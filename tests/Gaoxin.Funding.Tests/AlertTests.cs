using System.Globalization;
using System.Net;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Gaoxin.Funding.Tests;

/// <summary>到期提醒 by the app's own clock: a fresh app whose TimeProvider the test moves up to and past a 先投后股 deadline.</summary>
public sealed class AlertTests
{
    private static readonly TimeSpan China = TimeSpan.FromHours(8);

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Alerts_list_unconverted_instruments_from_the_window_edge_through_the_deadline_to_overdue_and_an_enterprise_sees_only_its_own(Db db)
    {
        TestDatabase.SkipUnlessAvailable(db);
        var clock = new FakeTimeProvider(TimeProvider.System.GetUtcNow());
        await using var app = await FundingApp.StartAsync(db, services: s => s.AddSingleton<TimeProvider>(clock));
        var fund = await Fund.ForAsync(app);
        var year = await fund.FreshYearAsync();

        // Ours: the enterprise user's organisation (兴储世纪), paid in part. Theirs: another enterprise's. Converted: never alerted.
        var ours = await InstrumentAsync(fund, await fund.AwardAsync(await fund.ProjectAsync(), year, 600_000m, instrument: "InvestThenEquity"), pay: true);
        var other = (await app.Relay.CreateAsync(app.Organisations["珈钠能源"], 90m)).Id;
        var theirs = await InstrumentAsync(fund, await ApproveAsync(fund, await fund.ApplyAsync(other, year, 300_000m, instrument: "InvestThenEquity", as_: fund.Operator)), pay: false);
        var converted = await InstrumentAsync(fund, await fund.AwardAsync(await fund.ProjectAsync(), year, 400_000m, instrument: "InvestThenEquity"), pay: true);
        var today = Today(clock);
        (await fund.Admin.PostJsonAsync($"/api/v1/funding/instruments/{converted}/convert", new { trigger = "OutsideRound", on = Iso(today), round = "A 轮", roundPricePerShare = 10m }))
            .StatusCode.ShouldBe(HttpStatusCode.OK);

        var deadline = DateOnly.Parse((await (await fund.Admin.GetAsync($"/api/v1/funding/instruments/{ours}")).ReadJsonAsync()).GetProperty("deadline").GetString()!, CultureInfo.InvariantCulture);
        deadline.ShouldBe(today.AddYears(5));

        // Today, five years ahead: nothing of ours is due within 180 days.
        var now = await AlertsAsync(fund.Admin);
        now.GetProperty("windowDays").GetInt32().ShouldBe(180);
        now.GetProperty("today").GetString().ShouldBe(Iso(today));
        Ids(now).ShouldNotContain(ours);

        // One day beyond the window: not yet; a wider window asked for names it, 181 days ahead.
        MoveTo(clock, deadline.AddDays(-181));
        fund = await Fund.ForAsync(app); // sign-in cookies expire by the same clock
        Ids(await AlertsAsync(fund.Admin)).ShouldNotContain(ours);
        var wider = await AlertsAsync(fund.Admin, "?days=181");
        wider.GetProperty("windowDays").GetInt32().ShouldBe(181);
        Alert(wider, ours).GetProperty("daysLeft").GetInt32().ShouldBe(181);

        // Exactly at the window's edge: listed, 180 days left.
        MoveTo(clock, deadline.AddDays(-180));
        fund = await Fund.ForAsync(app);
        var edge = Alert(await AlertsAsync(fund.Admin), ours);
        edge.GetProperty("daysLeft").GetInt32().ShouldBe(180);
        edge.GetProperty("daysOverdue").GetInt32().ShouldBe(0);
        edge.GetProperty("state").GetString().ShouldBe("Upcoming");
        edge.GetProperty("paid").GetDecimal().ShouldBe(240_000m); // 40% on signing
        edge.GetProperty("deadline").GetString().ShouldBe(Iso(deadline));

        // The deadline itself: due today (settlement may be done from this day).
        MoveTo(clock, deadline);
        fund = await Fund.ForAsync(app);
        var due = Alert(await AlertsAsync(fund.Admin), ours);
        due.GetProperty("daysLeft").GetInt32().ShouldBe(0);
        due.GetProperty("state").GetString().ShouldBe("DueToday");

        // Three days past: overdue, soonest deadline first; the converted instrument is never listed.
        MoveTo(clock, deadline.AddDays(3));
        fund = await Fund.ForAsync(app);
        var overdue = await AlertsAsync(fund.Admin);
        var late = Alert(overdue, ours);
        late.GetProperty("daysLeft").GetInt32().ShouldBe(-3);
        late.GetProperty("daysOverdue").GetInt32().ShouldBe(3);
        late.GetProperty("state").GetString().ShouldBe("Overdue");
        Ids(overdue).ShouldContain(theirs);
        Ids(overdue).ShouldNotContain(converted);
        var deadlines = overdue.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("deadline").GetString()).ToList();
        deadlines.ShouldBe(deadlines.Order(StringComparer.Ordinal).ToList());

        // The enterprise user sees its own organisation's instrument only; a reviewer (a reader) sees the zone's.
        var mine = await AlertsAsync(fund.Enterprise);
        Ids(mine).ShouldContain(ours);
        Ids(mine).ShouldNotContain(theirs);
        var reviewer = await app.App.SignedInAsync("reviewer@zigong.demo");
        Ids(await AlertsAsync(reviewer)).ShouldContain(theirs);

        // Settled, it leaves the alerts; past the deadline a settlement still cannot be dated after today.
        var ahead = await fund.Admin.PostJsonAsync($"/api/v1/funding/instruments/{ours}/settle", new { kind = "Repayment", on = Iso(Today(clock).AddDays(1)), repaid = 240_000m, note = "到期还款" });
        ahead.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await ahead.ReadJsonAsync()).GetProperty("errors").GetProperty("on")[0].GetString()!.ShouldContain("不能晚于今天");
        (await fund.Admin.PostJsonAsync($"/api/v1/funding/instruments/{ours}/settle", new { kind = "Repayment", on = Iso(Today(clock)), repaid = 240_000m, note = "到期还款" }))
            .StatusCode.ShouldBe(HttpStatusCode.OK);
        Ids(await AlertsAsync(fund.Admin)).ShouldNotContain(ours);
        Ids(await AlertsAsync(fund.Admin)).ShouldContain(theirs);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task The_alert_window_is_checked_and_alerts_need_sign_in(Db db)
    {
        TestDatabase.SkipUnlessAvailable(db);
        var clock = new FakeTimeProvider(TimeProvider.System.GetUtcNow());
        await using var app = await FundingApp.StartAsync(db, services: s => s.AddSingleton<TimeProvider>(clock));
        var fund = await Fund.ForAsync(app);

        var bad = await fund.Admin.GetAsync("/api/v1/funding/instruments/alerts?days=-1");
        bad.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await bad.ReadJsonAsync()).GetProperty("detail").GetString()!.ShouldContain("提醒窗口");
        (await fund.Admin.GetAsync("/api/v1/funding/instruments/alerts?days=3651")).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var none = await AlertsAsync(fund.Admin, "?days=0");
        none.GetProperty("until").GetString().ShouldBe(Iso(Today(clock)));
        none.GetProperty("items").GetArrayLength().ShouldBe(0);

        (await app.App.Client().GetAsync("/api/v1/funding/instruments/alerts")).StatusCode.ShouldBeOneOf(HttpStatusCode.Unauthorized, HttpStatusCode.Redirect);
        var vehicle = await app.App.SignedInAsync("vehicle@zigong.demo");
        (await vehicle.GetAsync("/api/v1/funding/instruments/alerts")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }

    private static async Task<JsonElement> ApproveAsync(Fund fund, string applicationId)
    {
        var recommended = await fund.Operator.PostJsonAsync($"/api/v1/funding/applications/{applicationId}/recommend", new { note = "符合条件" });
        recommended.StatusCode.ShouldBe(HttpStatusCode.OK, await recommended.Content.ReadAsStringAsync());
        var approved = await fund.ApproveAsync(applicationId);
        approved.StatusCode.ShouldBe(HttpStatusCode.Created, await approved.Content.ReadAsStringAsync());
        return await approved.ReadJsonAsync();
    }

    private static async Task<string> InstrumentAsync(Fund fund, JsonElement award, bool pay)
    {
        if (pay)
        {
            (await fund.PayAsync(award.GetProperty("id").GetString()!, 1, award.GetProperty("tranches")[0].GetProperty("amount").GetDecimal())).StatusCode.ShouldBe(HttpStatusCode.Created);
        }

        return award.GetProperty("instrumentId").GetString()!;
    }

    private static async Task<JsonElement> AlertsAsync(HttpClient client, string query = "")
    {
        var r = await client.GetAsync("/api/v1/funding/instruments/alerts" + query);
        r.StatusCode.ShouldBe(HttpStatusCode.OK, await r.Content.ReadAsStringAsync());
        return await r.ReadJsonAsync();
    }

    private static List<string?> Ids(JsonElement alerts) => alerts.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetString()).ToList();

    private static JsonElement Alert(JsonElement alerts, string id) => alerts.GetProperty("items").EnumerateArray().Single(i => i.GetProperty("id").GetString() == id);

    private static DateOnly Today(TimeProvider clock) => DateOnly.FromDateTime(clock.GetUtcNow().ToOffset(China).DateTime);

    private static string Iso(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>Moves the clock forward to noon (China time) of the given day.</summary>
    private static void MoveTo(FakeTimeProvider clock, DateOnly day) =>
        clock.SetUtcNow(new DateTimeOffset(day.ToDateTime(new TimeOnly(12, 0)), China).ToUniversalTime());
}
