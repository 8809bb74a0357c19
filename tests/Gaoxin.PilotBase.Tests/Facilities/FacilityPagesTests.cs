using System.Net;

namespace Gaoxin.PilotBase.Tests.Facilities;

/// <summary>The slice's pages render (prerendered HTML) with the demo's base, for the roles that may open them.</summary>
public sealed class FacilityPagesTests(SharedApps apps) : IClassFixture<SharedApps>
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task The_front_page_resources_services_and_facilities_pages_render_for_an_operator(Db db)
    {
        var app = await apps.GetAsync(db);
        var op = await app.SignedInAsync("operator@zigong.demo");

        async Task<string> Html(HttpClient client, string url)
        {
            var response = await client.GetAsync(url);
            response.StatusCode.ShouldBe(HttpStatusCode.OK, url + " → " + response.Headers.Location);
            return await response.Content.ReadAsStringAsync();
        }

        var front = await Html(op, "/pilot-base");
        front.ShouldContain("1.8 亿元");
        front.ShouldContain("2.5 万 m²");
        front.ShouldContain("建设进度");
        front.ShouldContain("/pilot-base/catalogue");

        var resources = await Html(op, "/pilot-base/resources");
        resources.ShouldContain("硬质合金真空烧结炉");
        resources.ShouldContain("序号");

        var furnace = (await (await op.GetAsync("/api/v1/pilot-base/resources?q=A-EQ-10")).ReadJsonAsync()).GetProperty("items")[0].GetProperty("id").GetGuid();
        var detail = await Html(op, $"/pilot-base/resources/{furnace}");
        detail.ShouldContain("最高温度");

        (await Html(op, "/pilot-base/services")).ShouldContain("钠离子电芯工艺验证");
        (await Html(op, "/pilot-base/facilities")).ShouldContain("A1 中试厂房");

        // A viewer reads the resources but not the operators' pages.
        var viewer = await app.SignedInAsync("viewer@zigong.demo");
        (await Html(viewer, "/pilot-base/resources")).ShouldContain("硬质合金真空烧结炉");
        var denied = await viewer.GetAsync("/pilot-base/services");
        denied.StatusCode.ShouldBe(HttpStatusCode.Found);
        denied.Headers.Location!.ToString().ShouldContain("/account/denied");
    }
}
