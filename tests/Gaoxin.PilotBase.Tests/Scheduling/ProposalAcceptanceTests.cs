using System.Net;
using Gaoxin.Kernel.Zones;
using Gaoxin.PilotBase.Bookings;
using Gaoxin.PilotBase.Facilities;
using Gaoxin.PilotBase.Scheduling;
using Microsoft.EntityFrameworkCore;

namespace Gaoxin.PilotBase.Tests.Scheduling;

/// <summary>Propose over HTTP, then accept: all bookings or none, the database refusing what was booked meanwhile.</summary>
public sealed class ProposalAcceptanceTests(SharedApps apps) : IClassFixture<SharedApps>
{
    private static async Task<(ZoneId Zone, Guid Chamber, Guid Shock)> ResourcesAsync(GaoxinApp app) => await app.InScopeAsync(async db =>
    {
        var rows = await db.Set<Resource>().Where(r => r.Code == "A-EQ-13" || r.Code == "A-EQ-14").ToListAsync();
        return (rows[0].ZoneId, rows.Single(r => r.Code == "A-EQ-13").Id, rows.Single(r => r.Code == "A-EQ-14").Id);
    });

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_proposal_is_refused_whole_when_one_of_its_slots_was_booked_meanwhile_and_accepted_whole_once_it_is_free(Db db)
    {
        var app = await apps.GetAsync(db);
        var (zone, chamber, shock) = await ResourcesAsync(app);
        var op = await app.SignedInAsync("operator@zigong.demo");
        // A week in 2027 of its own per provider, far from the demo's bookings.
        var day = new DateTimeOffset(2027, db == Db.Postgres ? 9 : 10, 4, 8, 0, 0, TimeSpan.FromHours(8));
        var input = new ScheduleInput(
        [
            new RunRequestInput("H", "湿热试验", 240, [chamber], day, day.AddHours(4), Price: 480m),
            new RunRequestInput("S", "冷热冲击", 120, [shock], day, day.AddHours(8), ["H"], Customer: CustomerKind.External, CustomerName: "某区外企业", Price: 300m),
        ]);
        var proposed = await op.PostJsonAsync("/api/v1/pilot-base/schedule/proposals", input);
        proposed.StatusCode.ShouldBe(HttpStatusCode.Created, await proposed.Content.ReadAsStringAsync());
        var proposal = await proposed.ReadJsonAsync();
        var id = proposal.GetProperty("id").GetGuid();
        proposal.GetProperty("totalLatenessMinutes").GetInt64().ShouldBe(0);
        var items = proposal.GetProperty("items").EnumerateArray().ToList();
        items.Select(i => i.GetProperty("key").GetString()).ShouldBe(["H", "S"]);
        items[1].GetProperty("startsAt").GetDateTimeOffset().ShouldBe(day.AddHours(4), "the shock test follows the humidity test");

        // Someone books the shock chamber over the second run's slot before the operator accepts.
        var intruder = new Booking(zone, shock, BookingKind.Booking, day.AddHours(5), day.AddHours(6), CustomerKind.Enterprise, "插队预约", "test", day.AddDays(-30).ToUniversalTime());
        await app.InScopeAsync(async ctx => { ctx.Add(intruder); await ctx.SaveChangesAsync(); return 0; });

        var refused = await op.PostAsync(new Uri($"/api/v1/pilot-base/schedule/proposals/{id}/accept", UriKind.Relative), null);
        refused.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        var detail = (await refused.ReadJsonAsync()).GetProperty("detail").GetString()!;
        detail.ShouldContain("整个方案未写入任何预约");
        detail.ShouldContain("「冷热冲击」（A-EQ-14");
        detail.ShouldContain("预约「插队预约」");
        detail.ShouldContain(intruder.Id.ToString());
        (await app.InScopeAsync(ctx => ctx.Set<Booking>().CountAsync(b => b.ProposalId == id))).ShouldBe(0, "nothing partial: the humidity run was not booked either");
        (await app.InScopeAsync(ctx => ctx.Set<ScheduleProposal>().SingleAsync(p => p.Id == id))).Status.ShouldBe(ProposalStatus.Open);

        await app.InScopeAsync(async ctx =>
        {
            var row = await ctx.Set<Booking>().SingleAsync(b => b.Id == intruder.Id);
            row.Decide(BookingStatus.Cancelled, "test", day.AddDays(-29).ToUniversalTime(), "取消");
            await ctx.SaveChangesAsync();
            return 0;
        });
        var accepted = await op.PostAsync(new Uri($"/api/v1/pilot-base/schedule/proposals/{id}/accept", UriKind.Relative), null);
        accepted.StatusCode.ShouldBe(HttpStatusCode.OK, await accepted.Content.ReadAsStringAsync());
        (await accepted.ReadJsonAsync()).GetProperty("status").GetString().ShouldBe("Accepted");
        var booked = await app.InScopeAsync(ctx => ctx.Set<Booking>().Where(b => b.ProposalId == id).OrderBy(b => b.StartsAt).ToListAsync());
        booked.Count.ShouldBe(2);
        booked.ShouldAllBe(b => b.Status == BookingStatus.Approved && b.HoldsSlot);
        booked[0].StartsAt.ShouldBe(day);
        booked[1].CustomerName.ShouldBe("某区外企业");
        booked[1].Price.ShouldBe(300m);

        (await op.PostAsync(new Uri($"/api/v1/pilot-base/schedule/proposals/{id}/accept", UriKind.Relative), null)).StatusCode.ShouldBe(HttpStatusCode.Conflict);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_hard_deadline_that_cannot_be_met_is_refused_with_the_deadline_named_and_nothing_kept(Db db)
    {
        var app = await apps.GetAsync(db);
        var (_, chamber, _) = await ResourcesAsync(app);
        var op = await app.SignedInAsync("admin@zigong.demo");
        var day = new DateTimeOffset(2027, 11, 1, 8, 0, 0, TimeSpan.FromHours(8));
        var before = await app.InScopeAsync(ctx => ctx.Set<ScheduleProposal>().CountAsync());

        var response = await op.PostJsonAsync("/api/v1/pilot-base/schedule/proposals",
            new ScheduleInput([new RunRequestInput("H", "湿热试验", 600, [chamber], day, day.AddHours(6))], HardDeadlines: true));

        response.StatusCode.ShouldBe(HttpStatusCode.UnprocessableEntity);
        var problem = await response.ReadJsonAsync();
        problem.GetProperty("rule").GetString().ShouldBe("ScheduleFeasibility");
        problem.GetProperty("detail").GetString().ShouldBe("无法排程：「湿热试验」无法在硬性截止 11月1日 14:00 前完成：最早 11月1日 08:00 开始、需 10 小时，最早 11月1日 18:00 才能完成。");
        (await app.InScopeAsync(ctx => ctx.Set<ScheduleProposal>().CountAsync())).ShouldBe(before);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task The_scheduling_and_utilisation_pages_render_for_the_roles_that_may_open_them(Db db)
    {
        var app = await apps.GetAsync(db);
        var admin = await app.SignedInAsync("admin@zigong.demo");
        var scheduling = await admin.GetAsync("/pilot-base/scheduling");
        scheduling.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await scheduling.Content.ReadAsStringAsync()).ShouldContain("schedule-requests");
        var viewer = await app.SignedInAsync("viewer@zigong.demo");
        var utilisation = await viewer.GetAsync("/pilot-base/utilisation");
        utilisation.StatusCode.ShouldBe(HttpStatusCode.OK);
        var html = await utilisation.Content.ReadAsStringAsync();
        html.ShouldContain("utilisation-resources");
        html.ShouldContain("A-EQ-13");
    }
}
