using Gaoxin.Services.Tests.Notices;

namespace Gaoxin.Services.Tests.ServicePage;

/// <summary>An enterprise user's home page leads with its service page's news: the policies it now qualifies for and what falls due within 90 days.</summary>
public sealed class HomeToDoTests
{
    private const string Policies = "现在可享受的政策";
    private const string Due = "90 天内到期或已逾期的事项";

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task The_enterprises_to_dos_count_what_its_service_page_shows_and_staff_have_none_of_them(Db db)
    {
        await using var app = await NoticeApps.StartAsync(db, smtpPort: null);
        var own = await app.OrganisationAsync(NoticeApps.Enterprise);
        var enterprise = await app.SignedInAsync(NoticeApps.EnterpriseUser);
        var page = await (await enterprise.GetAsync($"/api/v1/services/enterprises/{own.Id}/page")).ReadJsonAsync();
        var policies = page.GetProperty("policies").GetArrayLength();
        var due = page.GetProperty("due").EnumerateArray().Count(d => d.GetProperty("daysLeft").GetInt32() <= 90);
        policies.ShouldBeGreaterThan(0, "the demo enterprise qualifies for policies");

        var lines = await HomeToDos.ReadAsync(enterprise);
        lines.Where(l => l.Title == Policies).Sum(l => l.Count).ShouldBe(policies);
        lines.Where(l => l.Title == Due).Sum(l => l.Count).ShouldBe(due);

        var admin = await HomeToDos.ReadAsync(await app.SignedInAsync("admin@zigong.demo"));
        admin.ShouldNotContain(l => l.Title == Policies || l.Title == Due);
    }
}
