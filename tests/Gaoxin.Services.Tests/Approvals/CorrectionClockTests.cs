using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using static Gaoxin.Services.Tests.Approvals.ApprovalDriver;

namespace Gaoxin.Services.Tests.Approvals;

/// <summary>
/// 补正 through the API with the app's clock moved: the clock stops when the item is returned and resumes on resubmission
/// with the days it had left, across the 2026 mid-autumn and National Day holidays.
/// </summary>
public sealed class CorrectionClockTests
{
    /// <summary>Tuesday 22 September 2026, 10:00 in the zone.</summary>
    private static readonly DateTimeOffset Accepted = new(2026, 9, 22, 10, 0, 0, TimeSpan.FromHours(8));

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_correction_over_the_national_day_week_pauses_the_clock_and_resubmission_resumes_it(Db db)
    {
        TestDatabase.SkipUnlessAvailable(db);
        var clock = new FakeTimeProvider(Accepted.ToUniversalTime());
        await using var app = await GaoxinApp.StartAsync(db, services: s => s.AddSingleton<TimeProvider>(clock));
        var energy = await ItemAsync(app, "SV-003"); // 节能审查: 7 working days promised
        var application = await ApplyAsync(await app.SignedInAsync("enterprise@zigong.demo"), Body([energy]));
        var item = ItemOf(application, energy.Id);
        // 23, 24 Sep; 25–27 mid-autumn; 28, 29, 30 Sep; 1–7 Oct National Day; 8, 9 Oct.
        item.GetProperty("dueOn").GetString().ShouldBe("2026-10-09");
        var url = ItemUrl(application, item);

        clock.SetUtcNow(new DateTimeOffset(2026, 9, 28, 10, 0, 0, TimeSpan.FromHours(8)).ToUniversalTime());
        var returned = await (await (await app.SignedInAsync("officer@zigong.demo")).PostJsonAsync(url + "/return", new { reason = "节能报告缺少能耗计算书" })).ReadJsonAsync();
        returned.GetProperty("status").GetString().ShouldBe("Correction");
        returned.GetProperty("remainingDays").GetInt32().ShouldBe(4); // 28 Sep is spent: 29, 30 Sep, 8, 9 Oct left

        // Over the holidays and past the old due day, the paused clock still shows 4 and is not overdue.
        clock.SetUtcNow(new DateTimeOffset(2026, 10, 12, 9, 0, 0, TimeSpan.FromHours(8)).ToUniversalTime());
        var enterprise = await app.SignedInAsync("enterprise@zigong.demo");
        var paused = ItemOf(await GetAsync(enterprise, application), energy.Id);
        paused.GetProperty("remainingDays").GetInt32().ShouldBe(4);
        paused.GetProperty("overdue").GetBoolean().ShouldBeFalse();
        // The officer cannot decide while it is with the applicant.
        (await (await app.SignedInAsync("officer@zigong.demo")).PostJsonAsync(url + "/approve", new { })).StatusCode.ShouldBe(HttpStatusCode.Conflict);

        // A resubmission failing the form is refused and the clock stays paused.
        var bad = await ProblemAsync(await enterprise.PostJsonAsync(url + "/resubmit", new { fields = new Dictionary<string, string> { ["energy_use"] = "-5" } }), HttpStatusCode.BadRequest);
        bad.GetProperty("errors").TryGetProperty("fields.energy_use", out _).ShouldBeTrue();
        ItemOf(await GetAsync(enterprise, application), energy.Id).GetProperty("status").GetString().ShouldBe("Correction");

        var resumed = await (await enterprise.PostJsonAsync(url + "/resubmit", new { fields = new Dictionary<string, string> { ["energy_use"] = "1200" } })).ReadJsonAsync();
        resumed.GetProperty("status").GetString().ShouldBe("InReview");
        resumed.GetProperty("dueOn").GetString().ShouldBe("2026-10-16"); // 13, 14, 15, 16 Oct
        resumed.GetProperty("remainingDays").GetInt32().ShouldBe(4);
        resumed.GetProperty("corrections").GetInt32().ShouldBe(1);

        clock.SetUtcNow(new DateTimeOffset(2026, 10, 14, 15, 0, 0, TimeSpan.FromHours(8)).ToUniversalTime());
        var decided = await (await (await app.SignedInAsync("officer@zigong.demo")).PostJsonAsync(url + "/approve", new { })).ReadJsonAsync();
        decided.GetProperty("workingDaysUsed").GetInt32().ShouldBe(5); // 23, 24, 28 Sep and 13, 14 Oct
        decided.GetProperty("overdue").GetBoolean().ShouldBeFalse();
    }
}
