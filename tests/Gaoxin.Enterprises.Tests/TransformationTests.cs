using System.Globalization;
using System.Net;

namespace Gaoxin.Enterprises.Tests;

/// <summary>A 智改数转 project is recorded running and later marked complete, once, on a day between its start and today.</summary>
public sealed class TransformationTests(SharedApps apps)
{
    private static string ChinaToday => DateOnly.FromDateTime(DateTime.UtcNow.AddHours(8)).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_running_project_is_completed_once_within_its_dates_by_its_own_enterprise(Db db)
    {
        var app = await apps.GetAsync(db);
        var enterprise = await app.SignedInAsync("enterprise@zigong.demo");
        var id = (await (await enterprise.GetAsync($"/api/v1/enterprises/?search={Uri.EscapeDataString("兴储世纪")}")).ReadJsonAsync()).GetProperty("items")[0].GetProperty("id").GetString();
        var title = $"产线数字化改造{Guid.NewGuid():N}"[..20];
        var created = await enterprise.PostJsonAsync($"/api/v1/enterprises/{id}/transformations", new { title, kind = "Digital", investment = 1_200_000m, startedOn = "2025-03-01" });
        created.StatusCode.ShouldBe(HttpStatusCode.Created, await created.Content.ReadAsStringAsync());
        var project = (await created.ReadJsonAsync()).GetProperty("id").GetString();
        var complete = $"/api/v1/enterprises/{id}/transformations/{project}/complete";

        // Before its start or after today: refused on the field, and the project still runs.
        var early = await enterprise.PostJsonAsync(complete, new { completedOn = "2025-02-28" });
        early.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await early.ReadJsonAsync()).GetProperty("errors").GetProperty("completedOn")[0].GetString().ShouldBe("完成日期不能早于开始日期。");
        var later = DateOnly.ParseExact(ChinaToday, "yyyy-MM-dd", CultureInfo.InvariantCulture).AddDays(1).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        (await enterprise.PostJsonAsync(complete, new { completedOn = later })).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await RunningAsync()).ShouldBeTrue();

        // Another organisation's user does not find it; a viewer may not change it.
        (await (await app.SignedInAsync("vehicle@zigong.demo")).PostJsonAsync(complete, new { completedOn = "2025-03-01" })).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await (await app.SignedInAsync("viewer@zigong.demo")).PostJsonAsync(complete, new { completedOn = "2025-03-01" })).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await RunningAsync()).ShouldBeTrue();

        // On its first day is the earliest it can be done; once done, it is history.
        var done = await enterprise.PostJsonAsync(complete, new { completedOn = "2025-03-01", outcomes = "设备联网率 95%" });
        done.StatusCode.ShouldBe(HttpStatusCode.OK, await done.Content.ReadAsStringAsync());
        var view = await done.ReadJsonAsync();
        view.GetProperty("completedOn").GetString().ShouldBe("2025-03-01");
        view.GetProperty("outcomes").GetString().ShouldBe("设备联网率 95%");
        (await enterprise.PostJsonAsync(complete, new { completedOn = ChinaToday })).StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await RunningAsync()).ShouldBeFalse();

        async Task<bool> RunningAsync()
        {
            var detail = await (await enterprise.GetAsync($"/api/v1/enterprises/{id}")).ReadJsonAsync();
            return detail.GetProperty("transformations").EnumerateArray().Single(t => t.GetProperty("id").GetString() == project)
                .GetProperty("completedOn").ValueKind == System.Text.Json.JsonValueKind.Null;
        }
    }
}
