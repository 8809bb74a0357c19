using System.Net;

namespace Gaoxin.Sample.Tests;

/// <summary>The module over HTTP on a real database, both providers.</summary>
public sealed class RequestsApiTests
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_request_is_opened_approved_once_and_refused_over_the_limit(Db db)
    {
        await using var app = await GaoxinApp.StartAsync(db);
        var admin = await app.SignedInAsync("admin@zigong.demo");

        var opened = await admin.PostJsonAsync("/api/v1/sample/requests", new { title = "中试线", amount = 500_000m });
        opened.StatusCode.ShouldBe(HttpStatusCode.Created);
        var id = (await opened.ReadJsonAsync()).GetProperty("id").GetGuid();

        var approved = await admin.PostJsonAsync($"/api/v1/sample/requests/{id}/approve", new { });
        approved.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await approved.ReadJsonAsync()).GetProperty("status").GetString().ShouldBe("Approved");
        (await admin.PostJsonAsync($"/api/v1/sample/requests/{id}/approve", new { })).StatusCode.ShouldBe(HttpStatusCode.Conflict);

        var over = await admin.PostJsonAsync("/api/v1/sample/requests", new { title = "超额", amount = 500_000.01m });
        var overId = (await over.ReadJsonAsync()).GetProperty("id").GetGuid();
        var refused = await admin.PostJsonAsync($"/api/v1/sample/requests/{overId}/approve", new { });
        refused.StatusCode.ShouldBe((HttpStatusCode)422);
        (await refused.ReadJsonAsync()).GetProperty("rule").GetString().ShouldBe("WithinAmountLimitRule");

        (await admin.PostJsonAsync($"/api/v1/sample/requests/{Guid.NewGuid()}/approve", new { })).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await admin.PostJsonAsync("/api/v1/sample/requests", new { title = "", amount = 0m })).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Only_deciders_open_requests(Db db)
    {
        await using var app = await GaoxinApp.StartAsync(db);
        var viewer = await app.SignedInAsync("viewer@zigong.demo");
        (await viewer.PostJsonAsync("/api/v1/sample/requests", new { title = "试点", amount = 1m })).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }
}
