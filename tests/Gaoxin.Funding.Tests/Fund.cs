using System.Net;
using System.Text.Json;

namespace Gaoxin.Funding.Tests;

/// <summary>The fund's API as the tests drive it: the zone admin, the operator and an enterprise user, each signed in through the form.</summary>
public sealed class Fund
{
    private Fund(FundingApp app, HttpClient admin, HttpClient op, HttpClient enterprise)
    {
        App = app;
        Admin = admin;
        Operator = op;
        Enterprise = enterprise;
    }

    public FundingApp App { get; }

    public HttpClient Admin { get; }

    public HttpClient Operator { get; }

    public HttpClient Enterprise { get; }

    public static async Task<Fund> ForAsync(FundingApp app) =>
        new(app, await app.App.SignedInAsync("admin@zigong.demo"), await app.App.SignedInAsync("operator@zigong.demo"), await app.App.SignedInAsync("enterprise@zigong.demo"));

    public async Task<int> FreshYearAsync(decimal budget = 20_000_000m)
    {
        var year = App.FreshYear();
        (await Admin.PutJsonAsync($"/api/v1/funding/years/{year}/budget", new { amount = budget })).StatusCode.ShouldBe(HttpStatusCode.OK);
        return year;
    }

    /// <summary>A project of the enterprise user's organisation in pilot incubation, screened at <paramref name="score"/>.</summary>
    public async Task<Guid> ProjectAsync(decimal score = 90m) => (await App.Relay.CreateAsync(App.EnterpriseOrg, score)).Id;

    private static int _applications;

    /// <summary>A new application each call: its breakdown is numbered, so several of one project are not one sent twice.</summary>
    public async Task<string> ApplyAsync(Guid projectId, int year, decimal amount, decimal eligible = 100_000_000m, string instrument = "Grant", HttpClient? as_ = null)
    {
        var breakdown = $"设备 60%，材料 30%，检测 10%（第 {Interlocked.Increment(ref _applications)} 份）";
        var r = await (as_ ?? Enterprise).PostJsonAsync("/api/v1/funding/applications", new { projectId, fundYear = year, amount, eligibleCost = eligible, costBreakdown = breakdown, instrument });
        r.StatusCode.ShouldBe(HttpStatusCode.Created, await r.Content.ReadAsStringAsync());
        return (await r.ReadJsonAsync()).GetProperty("id").GetString()!;
    }

    public async Task<string> RecommendedAsync(Guid projectId, int year, decimal amount, decimal eligible = 100_000_000m, string instrument = "Grant")
    {
        var id = await ApplyAsync(projectId, year, amount, eligible, instrument);
        var r = await Operator.PostJsonAsync($"/api/v1/funding/applications/{id}/recommend", new { note = "符合条件" });
        r.StatusCode.ShouldBe(HttpStatusCode.OK, await r.Content.ReadAsStringAsync());
        return id;
    }

    public Task<HttpResponseMessage> ApproveAsync(string applicationId) => Admin.PostJsonAsync($"/api/v1/funding/applications/{applicationId}/approve", new { note = "同意" });

    public async Task<JsonElement> AwardAsync(Guid projectId, int year, decimal amount, decimal eligible = 100_000_000m, string instrument = "Grant")
    {
        var r = await ApproveAsync(await RecommendedAsync(projectId, year, amount, eligible, instrument));
        r.StatusCode.ShouldBe(HttpStatusCode.Created, await r.Content.ReadAsStringAsync());
        return await r.ReadJsonAsync();
    }

    /// <summary>Today in China, worked out here rather than by the code under test.</summary>
    public static DateOnly ChinaToday => DateOnly.FromDateTime(DateTime.UtcNow.AddHours(8));

    public Task<HttpResponseMessage> PayAsync(string awardId, int tranche, decimal amount, string? key = null, bool succeeded = true, DateOnly? paidOn = null) =>
        Admin.PostJsonAsync($"/api/v1/funding/awards/{awardId}/tranches/{tranche}/payments",
            new { idempotencyKey = key ?? Guid.NewGuid().ToString("N"), amount, paidOn = (paidOn ?? ChinaToday).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), reference = "BANK-" + Guid.NewGuid().ToString("N")[..8], succeeded, failureReason = succeeded ? null : "收款账户户名不符" });

    /// <summary>The version of the policy in force today, as the API reads it.</summary>
    public async Task<int> PolicyVersionAsync() => (await (await Admin.GetAsync("/api/v1/funding/policy")).ReadJsonAsync()).GetProperty("version").GetInt32();

    public async Task<JsonElement> PositionAsync(int year) => await (await Admin.GetAsync($"/api/v1/funding/years/{year}")).ReadJsonAsync();

    public async Task<JsonElement> GetAwardAsync(string id) => await (await Admin.GetAsync($"/api/v1/funding/awards/{id}")).ReadJsonAsync();
}
