using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Gaoxin.Industry.Tests;

/// <summary>Stale leads by the app's own clock (on the list and as the home page's to-do): a fresh app whose TimeProvider the test moves.</summary>
public sealed class StaleLeadTests
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_lead_is_flagged_stale_after_30_days_without_a_step_and_fresh_again_after_one(Db db)
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2025, 10, 1, 1, 0, 0, TimeSpan.Zero));
        await using var app = await GaoxinApp.StartAsync(db, services: s => s.AddSingleton<TimeProvider>(clock));
        var admin = await app.SignedInAsync("admin@zigong.demo");
        var maps = await (await admin.GetAsync("/api/v1/industry/maps")).ReadJsonAsync();
        var sensor = maps.EnumerateArray().SelectMany(m => m.GetProperty("nodes").EnumerateArray()).Single(n => n.GetProperty("name").GetString() == "传感器");
        var created = await admin.PostJsonAsync("/api/v1/industry/leads", new { nodeId = sensor.GetProperty("id").GetString(), company = "时钟测试传感器公司", owner = "招商二科" });
        created.StatusCode.ShouldBe(HttpStatusCode.Created);
        var id = (await created.ReadJsonAsync()).GetProperty("lead").GetProperty("id").GetString();

        // Sign in afresh after each move of the clock: the sign-in cookie expires by the same clock.
        async Task<bool> StaleAsync()
        {
            admin = await app.SignedInAsync("admin@zigong.demo");
            return (await (await admin.GetAsync($"/api/v1/industry/leads/{id}")).ReadJsonAsync()).GetProperty("lead").GetProperty("stale").GetBoolean();
        }

        clock.Advance(TimeSpan.FromDays(30) - TimeSpan.FromMinutes(1));
        (await StaleAsync()).ShouldBeFalse();
        clock.Advance(TimeSpan.FromMinutes(1));
        (await StaleAsync()).ShouldBeTrue();

        var staleOnly = await (await admin.GetAsync("/api/v1/industry/leads?stale=true")).ReadJsonAsync();
        staleOnly.EnumerateArray().Select(l => l.GetProperty("id").GetString()).ShouldContain(id);

        // The home page's to-do for those who work the pipeline counts the same leads; a viewer has no such to-do.
        const string line = "长期未跟进的招商线索";
        (await HomeToDos.CountAsync(admin, line)).ShouldBe(staleOnly.GetArrayLength());
        (await HomeToDos.CountAsync(await app.SignedInAsync("operator@zigong.demo"), line)).ShouldBe(staleOnly.GetArrayLength());
        (await HomeToDos.CountAsync(await app.SignedInAsync("viewer@zigong.demo"), line)).ShouldBe(0);

        (await admin.PostJsonAsync($"/api/v1/industry/leads/{id}/steps", new { stage = "Contacted", note = "电话联系上对方投资部" })).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await StaleAsync()).ShouldBeFalse();
        (await HomeToDos.CountAsync(admin, line)).ShouldBe(staleOnly.GetArrayLength() - 1);
    }
}
