using System.Net;

namespace Gaoxin.Industry.Tests;

/// <summary>Every read endpoint of both modules against every role: zone staff read, organisation-bound roles do not; open data is for all.</summary>
public sealed class AccessMatrixTests(SharedApps apps)
{
    private static readonly string[] StaffOnly =
    [
        "/api/v1/industry/industries", "/api/v1/industry/maps", "/api/v1/industry/maps/export", "/api/v1/industry/gaps", "/api/v1/industry/leads",
        "/api/v1/industry/leads/export", "/api/v1/industry/projects", "/api/v1/industry/projects/export", "/api/v1/industry/settings", "/api/v1/industry/overview",
        "/api/v1/indicators/definitions", "/api/v1/indicators/periods", "/api/v1/indicators/values", "/api/v1/indicators/values/export", "/api/v1/indicators/targets",
        "/api/v1/indicators/cockpit", "/api/v1/indicators/reports/2025/9", "/api/v1/indicators/reports/2025/9/xlsx",
    ];

    public static IEnumerable<object[]> Cases =>
        from db in new[] { Db.Sqlite, Db.Postgres }
        from user in new[] { "admin", "operator", "reviewer", "viewer", "enterprise", "institute", "vehicle" }
        select new object[] { db, user };

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Reads_are_for_the_zones_staff_and_open_data_for_everyone(Db db, string user)
    {
        var app = await apps.GetAsync(db);
        var client = await app.SignedInAsync(user + "@zigong.demo");
        var staff = user is "admin" or "operator" or "reviewer" or "viewer";
        foreach (var url in StaffOnly)
        {
            (await client.GetAsync(url)).StatusCode.ShouldBe(staff ? HttpStatusCode.OK : HttpStatusCode.Forbidden, url);
        }

        (await client.GetAsync("/api/v1/indicators/open-data")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await client.GetAsync("/api/v1/indicators/import/template")).StatusCode.ShouldBe(user == "admin" ? HttpStatusCode.OK : HttpStatusCode.Forbidden);
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Changes_are_for_editors_and_statistics_for_the_committee(Db db, string user)
    {
        var app = await apps.GetAsync(db);
        var client = await app.SignedInAsync(user + "@zigong.demo");
        var editor = user is "admin" or "operator";

        // An empty body is refused as bad input when the role may write, and as forbidden when it may not: authorization comes first.
        var chain = await client.PostJsonAsync("/api/v1/industry/chains", new { industryId = Guid.Empty, name = "" });
        chain.StatusCode.ShouldBe(editor ? HttpStatusCode.BadRequest : HttpStatusCode.Forbidden);
        var lead = await client.PostJsonAsync("/api/v1/industry/leads", new { nodeId = Guid.Empty, company = "", owner = "" });
        lead.StatusCode.ShouldBe(editor ? HttpStatusCode.BadRequest : HttpStatusCode.Forbidden);
        var value = await client.PostJsonAsync("/api/v1/indicators/values", new { code = "", period = "", value = 1m });
        value.StatusCode.ShouldBe(user == "admin" ? HttpStatusCode.BadRequest : HttpStatusCode.Forbidden);
        var target = await client.PostJsonAsync("/api/v1/indicators/targets", new { code = "", year = 1, value = 0m });
        target.StatusCode.ShouldBe(user == "admin" ? HttpStatusCode.BadRequest : HttpStatusCode.Forbidden);
    }
}
