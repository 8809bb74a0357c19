using System.Net;
using Gaoxin.Kernel.Zones;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Gaoxin.Platforms.Tests;

/// <summary>The next evaluation's due date by a fake clock through the whole app: due today is on time, a day later overdue.</summary>
public sealed class DueDateTests
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Due_today_is_on_time_one_day_later_is_overdue_and_an_evaluation_restarts_the_cycle(Db db)
    {
        // Noon in Zigong on 2026-03-01.
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 3, 1, 4, 0, 0, TimeSpan.Zero));
        await using var app = await GaoxinApp.StartAsync(db, services: s => s.AddSingleton<TimeProvider>(clock));
        var admin = await app.SignedInAsync("admin@zigong.demo");
        var host = (await (await admin.GetAsync("/api/v1/platforms?size=1")).ReadJsonAsync()).GetProperty("items")[0].GetProperty("hostOrganisationId").GetGuid();
        var created = await admin.PostJsonAsync("/api/v1/platforms", new
        {
            name = "四川省工业泵阀可靠性工程技术研究中心（时钟）", type = "EngineeringCentre", level = "Provincial", hostOrganisationId = host,
            recognisedOn = new DateOnly(2023, 3, 1), documentNumber = "川科基〔2023〕3号",
        });
        created.StatusCode.ShouldBe(HttpStatusCode.Created, await created.Content.ReadAsStringAsync());
        var id = (await created.ReadJsonAsync()).GetProperty("id").GetGuid();

        var onTime = await (await admin.GetAsync($"/api/v1/platforms/{id}")).ReadJsonAsync();
        onTime.GetProperty("nextEvaluationDue").GetString().ShouldBe("2026-03-01");
        onTime.GetProperty("overdue").GetBoolean().ShouldBeFalse();

        clock.Advance(TimeSpan.FromDays(1));
        ZoneClock.Of(clock).Today.ShouldBe(new DateOnly(2026, 3, 2));
        admin = await app.SignedInAsync("admin@zigong.demo"); // a day later the cookie has expired
        var late = await (await admin.GetAsync($"/api/v1/platforms/{id}")).ReadJsonAsync();
        late.GetProperty("overdue").GetBoolean().ShouldBeTrue();
        late.GetProperty("dueMessage").GetString().ShouldBe("评估已逾期 1 天（应于 2026-03-01 前完成）。");

        var evaluated = await (await admin.PostJsonAsync($"/api/v1/platforms/{id}/evaluations", new { evaluatedOn = new DateOnly(2026, 3, 2), result = "Excellent" })).ReadJsonAsync();
        evaluated.GetProperty("nextEvaluationDue").GetString().ShouldBe("2029-03-02");
        evaluated.GetProperty("overdue").GetBoolean().ShouldBeFalse();
        (await admin.PostJsonAsync($"/api/v1/platforms/{id}/evaluations", new { evaluatedOn = new DateOnly(2026, 3, 3), result = "Good" })).StatusCode.ShouldBe((HttpStatusCode)422);
    }
}
