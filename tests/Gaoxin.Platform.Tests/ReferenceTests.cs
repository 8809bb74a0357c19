using System.Net;
using System.Text.Json;
using Gaoxin.Data.Platform;
using Gaoxin.Kernel.Access;
using Gaoxin.Kernel.Zones;
using Microsoft.EntityFrameworkCore;

namespace Gaoxin.Platform.Tests;

/// <summary>
/// Every id in a body must exist, be in the caller's zone and, for organisation-bound callers, be their own organisation's
/// where it names an organisation or enterprise. Each class of fault (a foreign organisation's id, a random GUID, another
/// zone's id) is refused with a 400 naming the field, and nothing is written.
/// </summary>
public sealed class ReferenceTests(SharedApps apps)
{
    private static async Task<JsonElement[]> EnterprisesAsync(HttpClient client) =>
        [.. (await (await client.GetAsync("/api/v1/enterprises?size=100")).ReadJsonAsync()).GetProperty("items").EnumerateArray()];

    private static async Task<Guid> OwnOrganisationAsync(HttpClient client) =>
        (await (await client.GetAsync("/api/v1/me")).ReadJsonAsync()).GetProperty("organisationId").GetGuid();

    /// <summary>An organisation in a second zone, which no caller of the demo zone may reference.</summary>
    private static Task<Guid> OtherZoneOrganisationAsync(GaoxinApp app) => app.InScopeAsync(async ctx =>
    {
        var zone = new Zone { Id = ZoneId.New(), Name = "另一园区" + Guid.NewGuid().ToString("N")[..6], Code = "other" + Guid.NewGuid().ToString("N")[..6], DivisionCode = "510300" };
        var org = new Organisation { ZoneId = zone.Id, Name = "他区机构", Kind = OrganisationKind.Enterprise };
        ctx.Add(zone);
        ctx.Add(org);
        await ctx.SaveChangesAsync();
        return org.Id;
    });

    private static async Task ShouldRefuseAsync(HttpResponseMessage response, string field)
    {
        var body = await response.Content.ReadAsStringAsync();
        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest, body);
        (await response.ReadJsonAsync()).GetProperty("errors").TryGetProperty(field, out _).ShouldBeTrue(body);
    }

    private static Task<int> ProjectsTitledAsync(GaoxinApp app, string title) =>
        app.InScopeAsync(ctx => ctx.AuditEvents.CountAsync(e => e.EntityType.Contains("Project") && e.After != null && e.After.Contains(title)));

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_relay_proposal_names_as_registered_company_only_the_proposers_own_enterprise(Db db)
    {
        var app = await apps.GetAsync(db);
        var admin = await app.SignedInAsync("admin@zigong.demo");
        var enterprise = await app.SignedInAsync("enterprise@zigong.demo");
        var institute = await app.SignedInAsync("institute@zigong.demo");
        var own = await OwnOrganisationAsync(enterprise);
        var mine = (await EnterprisesAsync(enterprise)).Single().GetProperty("id").GetGuid();
        var foreign = (await EnterprisesAsync(admin)).First(e => e.GetProperty("id").GetGuid() != mine).GetProperty("id").GetGuid();

        foreach (var (client, enterpriseId) in new[] { (enterprise, foreign), (enterprise, Guid.NewGuid()), (institute, foreign), (institute, mine) })
        {
            var title = "引用校验" + Guid.NewGuid().ToString("N")[..6];
            await ShouldRefuseAsync(await client.PostJsonAsync("/api/v1/tech-transfer/projects", new { title, enterpriseId, industry = "NewEnergy" }), "enterpriseId");
            (await ProjectsTitledAsync(app, title)).ShouldBe(0);
        }

        // Zone staff may name any registered enterprise of the zone, but not one that does not exist.
        await ShouldRefuseAsync(await admin.PostJsonAsync("/api/v1/tech-transfer/projects", new { title = "引用校验随机", leadOrganisationId = own, enterpriseId = Guid.NewGuid() }), "enterpriseId");

        var accepted = await enterprise.PostJsonAsync("/api/v1/tech-transfer/projects", new { title = "本企业承接" + Guid.NewGuid().ToString("N")[..6], enterpriseId = mine, industry = "NewEnergy" });
        accepted.StatusCode.ShouldBe(HttpStatusCode.OK, await accepted.Content.ReadAsStringAsync());
        var detail = await accepted.ReadJsonAsync();
        detail.GetProperty("companyRegistered").GetBoolean().ShouldBeTrue();
        detail.GetProperty("companyName").GetString().ShouldNotBeNullOrEmpty();
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Setting_a_projects_company_checks_the_enterprise_and_its_organisation(Db db)
    {
        var app = await apps.GetAsync(db);
        var admin = await app.SignedInAsync("admin@zigong.demo");
        var op = await app.SignedInAsync("operator@zigong.demo");
        var project = (await (await op.GetAsync("/api/v1/tech-transfer/projects?size=1")).ReadJsonAsync()).GetProperty("items")[0].GetProperty("id").GetGuid();
        var firmId = (await EnterprisesAsync(await app.SignedInAsync("enterprise@zigong.demo"))).Single().GetProperty("id").GetGuid();
        var otherZone = await OtherZoneOrganisationAsync(app);
        var url = $"/api/v1/tech-transfer/projects/{project}/company";
        async Task<string> CompanyAsync()
        {
            var d = await (await op.GetAsync($"/api/v1/tech-transfer/projects/{project}")).ReadJsonAsync();
            return $"{d.GetProperty("enterpriseId")}|{d.GetProperty("companyName")}|{d.GetProperty("version")}";
        }

        var before = await CompanyAsync();

        await ShouldRefuseAsync(await op.PutJsonAsync(url, new { enterpriseId = Guid.NewGuid(), companyName = "随机" }), "enterpriseId");
        await ShouldRefuseAsync(await op.PutJsonAsync(url, new { enterpriseId = firmId, companyOrganisationId = Guid.NewGuid() }), "companyOrganisationId");
        await ShouldRefuseAsync(await op.PutJsonAsync(url, new { enterpriseId = firmId, companyOrganisationId = otherZone }), "companyOrganisationId");
        var someoneElse = await OwnOrganisationAsync(await app.SignedInAsync("institute@zigong.demo"));
        await ShouldRefuseAsync(await op.PutJsonAsync(url, new { enterpriseId = firmId, companyOrganisationId = someoneElse }), "companyOrganisationId");
        (await CompanyAsync()).ShouldBe(before);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Registry_and_industry_references_must_be_the_zones_own(Db db)
    {
        var app = await apps.GetAsync(db);
        var admin = await app.SignedInAsync("admin@zigong.demo");
        var otherZone = await OtherZoneOrganisationAsync(app);
        foreach (var organisationId in new[] { Guid.NewGuid(), otherZone })
        {
            await ShouldRefuseAsync(await admin.PostJsonAsync("/api/v1/enterprises", new
            {
                name = "引用校验企业", creditCode = "91510300MA6000019X", registeredOn = "2020-05-01", industryCode = "C3841", zoneIndustry = "NewEnergy", sizeClass = "Small",
                aboveDesignatedSize = false, organisationId,
            }), "organisationId");
        }

        await ShouldRefuseAsync(await admin.PostJsonAsync("/api/v1/industry/projects", new
        {
            name = "引用校验重大项目", enterpriseId = Guid.NewGuid(), investment = 1_000_000m, startOn = "2025-01-01", plannedCompletionOn = "2026-01-01",
        }), "enterpriseId");
        (await app.InScopeAsync(ctx => ctx.AuditEvents.CountAsync(e => e.After != null && (e.After.Contains("引用校验企业") || e.After.Contains("引用校验重大项目"))))).ShouldBe(0);
    }
}
