using System.Net;

namespace Gaoxin.Services.Tests.Notices;

/// <summary>Each caller reads only its own notices and its own enterprise's page; another's is not found.</summary>
public sealed class NoticeScopingTests
{
    private const string Vehicle = "九识智能";

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task An_enterprise_lists_and_reads_its_own_notices_and_never_another_organisations(Db db)
    {
        await using var app = await NoticeApps.StartAsync(db, smtpPort: null);
        var mine = await app.PostToAsync(NoticeApps.Enterprise, "补正通知：SQ2026-S001");
        var theirs = await app.PostToAsync(Vehicle, "办件已受理：SQ2026-S002");
        var enterprise = await app.SignedInAsync(NoticeApps.EnterpriseUser);
        var vehicle = await app.SignedInAsync("vehicle@zigong.demo");

        var list = await (await enterprise.GetAsync("/api/v1/services/notices?size=50")).ReadJsonAsync();
        var ids = list.GetProperty("items").EnumerateArray().Select(n => n.GetProperty("id").GetGuid()).ToList();
        ids.ShouldContain(mine);
        ids.ShouldNotContain(theirs);
        list.GetProperty("total").GetInt32().ShouldBe(5, "the demo's four and the new one");
        list.GetProperty("unread").GetInt32().ShouldBe(2, "the demo's one unread and the new one");
        list.GetProperty("items")[0].GetProperty("title").GetString().ShouldBe("补正通知：SQ2026-S001", "newest first");

        (await enterprise.PostJsonAsync($"/api/v1/services/notices/{theirs}/read", new { })).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await vehicle.PostJsonAsync($"/api/v1/services/notices/{theirs}/read", new { })).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await vehicle.PostJsonAsync($"/api/v1/services/notices/{mine}/read", new { })).StatusCode.ShouldBe(HttpStatusCode.NotFound);

        var read = await (await enterprise.PostJsonAsync($"/api/v1/services/notices/{mine}/read", new { })).ReadJsonAsync();
        read.GetProperty("readAt").ValueKind.ShouldNotBe(System.Text.Json.JsonValueKind.Null);
        (await (await enterprise.GetAsync("/api/v1/services/notices")).ReadJsonAsync()).GetProperty("unread").GetInt32().ShouldBe(1);

        var all = await (await enterprise.PostJsonAsync("/api/v1/services/notices/read-all", new { })).ReadJsonAsync();
        all.GetProperty("marked").GetInt32().ShouldBe(1);
        (await (await enterprise.GetAsync("/api/v1/services/notices?unread=true")).ReadJsonAsync()).GetProperty("total").GetInt32().ShouldBe(0);
        (await app.NoticeAsync(theirs)).ReadAt.ShouldNotBeNull("only its own organisation read it");
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task The_service_page_opens_for_the_enterprise_itself_and_zone_staff_only(Db db)
    {
        await using var app = await NoticeApps.StartAsync(db, smtpPort: null);
        var own = await app.OrganisationAsync(NoticeApps.Enterprise);
        var other = await app.OrganisationAsync(Vehicle);
        var university = await app.OrganisationAsync("四川轻化工大学");
        var enterprise = await app.SignedInAsync(NoticeApps.EnterpriseUser);
        var vehicle = await app.SignedInAsync("vehicle@zigong.demo");
        var admin = await app.SignedInAsync("admin@zigong.demo");
        var officer = await app.SignedInAsync("officer@zigong.demo");
        var institute = await app.SignedInAsync("institute@zigong.demo");

        (await enterprise.GetAsync($"/api/v1/services/enterprises/{own.Id}/page")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await enterprise.GetAsync($"/api/v1/services/enterprises/{other.Id}/page")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await vehicle.GetAsync($"/api/v1/services/enterprises/{own.Id}/page")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await vehicle.GetAsync($"/api/v1/services/enterprises/{other.Id}/page")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await admin.GetAsync($"/api/v1/services/enterprises/{own.Id}/page")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await officer.GetAsync($"/api/v1/services/enterprises/{other.Id}/page")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await admin.GetAsync($"/api/v1/services/enterprises/{university.Id}/page")).StatusCode.ShouldBe(HttpStatusCode.NotFound, "a university is no enterprise");
        (await admin.GetAsync($"/api/v1/services/enterprises/{Guid.CreateVersion7()}/page")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await institute.GetAsync($"/api/v1/services/enterprises/{own.Id}/page")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Preferences_are_each_users_own_and_say_when_mail_is_off(Db db)
    {
        await using var app = await NoticeApps.StartAsync(db, smtpPort: null);
        var enterprise = await app.SignedInAsync(NoticeApps.EnterpriseUser);
        var vehicle = await app.SignedInAsync("vehicle@zigong.demo");

        var initial = await (await enterprise.GetAsync("/api/v1/services/notices/preferences")).ReadJsonAsync();
        initial.GetProperty("mode").GetString().ShouldBe("Immediately");
        initial.GetProperty("mailEnabled").GetBoolean().ShouldBeFalse("no SMTP host is configured");
        initial.GetProperty("email").GetString().ShouldBe(NoticeApps.EnterpriseUser);

        (await enterprise.PutJsonAsync("/api/v1/services/notices/preferences", new { })).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await enterprise.PutJsonAsync("/api/v1/services/notices/preferences", new { mode = "Weekly" })).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var chosen = await (await enterprise.PutJsonAsync("/api/v1/services/notices/preferences", new { mode = "Off" })).ReadJsonAsync();
        chosen.GetProperty("mode").GetString().ShouldBe("Off");

        (await (await enterprise.GetAsync("/api/v1/services/notices/preferences")).ReadJsonAsync()).GetProperty("mode").GetString().ShouldBe("Off");
        (await (await vehicle.GetAsync("/api/v1/services/notices/preferences")).ReadJsonAsync()).GetProperty("mode").GetString().ShouldBe("Immediately");
    }
}
