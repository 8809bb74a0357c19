using System.Net;

namespace Gaoxin.Services.Tests.Notices;

/// <summary>The slice's pages render (prerendered HTML) with the demo's data for the roles that may open them.</summary>
public sealed class NoticePagesTests
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task The_enterprise_page_and_the_message_centre_render(Db db)
    {
        await using var app = await NoticeApps.StartAsync(db, smtpPort: null);
        var enterprise = await app.SignedInAsync(NoticeApps.EnterpriseUser);
        var admin = await app.SignedInAsync("admin@zigong.demo");
        var org = await app.OrganisationAsync(NoticeApps.Enterprise);

        async Task<string> Html(HttpClient client, string url)
        {
            var response = await client.GetAsync(url);
            response.StatusCode.ShouldBe(HttpStatusCode.OK, url + " → " + response.Headers.Location);
            return await response.Content.ReadAsStringAsync();
        }

        var mine = await Html(enterprise, "/services/my");
        mine.ShouldContain("service-page-name");
        mine.ShouldContain(NoticeApps.Enterprise);
        mine.ShouldContain("匹配政策");
        mine.ShouldContain("到期提醒：年度数据填报");

        var staff = await Html(admin, $"/services/enterprises/{org.Id}");
        staff.ShouldContain(NoticeApps.Enterprise);

        var notices = await Html(enterprise, "/services/notices");
        notices.ShouldContain("消息中心");
        notices.ShouldContain("政策匹配：您有符合条件的扶持政策");
        notices.ShouldContain("notices-mail-off");

        var other = await app.OrganisationAsync("九识智能");
        (await Html(enterprise, $"/services/enterprises/{other.Id}")).ShouldContain("service-page-error");
    }
}
