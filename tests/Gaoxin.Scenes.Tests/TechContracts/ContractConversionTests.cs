using System.Net;
using System.Text.Json;
using Gaoxin.Contracts.TechTransfer;
using Gaoxin.Scenes.TechContracts;
using Gaoxin.Scenes.Tests.Deals;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Gaoxin.Scenes.Tests.TechContracts;

/// <summary>
/// A registered contract that links a relay achievement (or project) counts as a conversion in the relay's figure (the cockpit)
/// and its report (the analytics' years), once per project or achievement; the link is checked against the zone and the parties.
/// Through HTTP on both databases.
/// </summary>
public sealed class ContractConversionTests(SharedApps apps) : IClassFixture<SharedApps>
{
    private const string Contracts = ContractsApiTests.Contracts;

    /// <summary>This year's conversions as the relay's report and the cockpit's relay panel give them (they must agree).</summary>
    private static async Task<int> ConversionsAsync(HttpClient admin, int year)
    {
        var report = await DealsApiTests.OkAsync(await admin.GetAsync("/api/v1/tech-transfer/analytics"));
        var inReport = report.GetProperty("years").EnumerateArray().Where(y => y.GetProperty("year").GetInt32() == year)
            .Select(y => y.GetProperty("conversions").GetInt32()).SingleOrDefault();
        var cockpit = await DealsApiTests.OkAsync(await admin.GetAsync("/api/v1/indicators/cockpit"));
        cockpit.GetProperty("relay").GetProperty("figures").GetProperty("conversionsInYear").GetInt32().ShouldBe(inReport);
        return inReport;
    }

    private static async Task<Guid> NewAchievementAsync(HttpClient institute)
    {
        var created = await DealsApiTests.OkAsync(await institute.PostJsonAsync("/api/v1/tech-transfer/achievements", new
        {
            title = "测试成果 " + Guid.NewGuid().ToString("N")[..8] + " 钠离子电池硬碳负极",
            summary = "测试用科技成果。",
            kind = "KnowHow",
            readiness = 6,
        }));
        return created.GetProperty("id").GetGuid();
    }

    private static Dictionary<string, object?> Linked(Guid buyer, Guid seller, DateOnly today, Guid? achievementId, Guid? projectId = null, bool registered = true)
    {
        var body = JsonSerializer.SerializeToElement(ContractsApiTests.Body(buyer, seller, today, 500_000m, [500_000m], registered ? ContractsApiTests.NewNumber() : null,
            registered ? today : null, relayProjectId: projectId, kind: "Transfer"));
        var map = body.EnumerateObject().ToDictionary(p => p.Name, p => (object?)p.Value);
        map["achievementId"] = achievementId;
        return map;
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_registered_contract_on_an_achievement_counts_one_conversion_however_many_contracts_it_has(Db db)
    {
        var app = await apps.GetAsync(db);
        var admin = await app.SignedInAsync("admin@zigong.demo");
        var institute = await app.SignedInAsync("institute@zigong.demo");
        var today = DealsApiTests.Today(app);
        var buyer = await DealsApiTests.OrganisationAsync(app, "兴储世纪");
        var seller = await DealsApiTests.OrganisationAsync(app, "四川轻化工大学");
        var achievement = await NewAchievementAsync(institute);
        var before = await ConversionsAsync(admin, today.Year);

        // Signed but not yet registered: not counted.
        var unregistered = await DealsApiTests.OkAsync(await admin.PostJsonAsync(Contracts, Linked(buyer, seller, today, achievement, registered: false)), HttpStatusCode.Created);
        unregistered.GetProperty("achievementId").GetGuid().ShouldBe(achievement);
        (await ConversionsAsync(admin, today.Year)).ShouldBe(before);

        // Registered: one conversion this year, in the report and on the cockpit.
        await DealsApiTests.OkAsync(await admin.PostJsonAsync($"{Contracts}/{unregistered.GetProperty("id").GetGuid()}/register",
            new { registrationNumber = ContractsApiTests.NewNumber(), registeredOn = today.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) }));
        (await ConversionsAsync(admin, today.Year)).ShouldBe(before + 1);

        // A second registered contract of the same achievement (the seller registers it itself) is not a second conversion.
        await DealsApiTests.OkAsync(await institute.PostJsonAsync(Contracts, Linked(buyer, seller, today, achievement)), HttpStatusCode.Created);
        (await ConversionsAsync(admin, today.Year)).ShouldBe(before + 1);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_project_counts_once_whether_its_contract_names_the_project_its_achievement_or_both(Db db)
    {
        var app = await apps.GetAsync(db);
        var admin = await app.SignedInAsync("admin@zigong.demo");
        var today = DealsApiTests.Today(app);
        var buyer = await DealsApiTests.OrganisationAsync(app, "兴储世纪");
        var university = await DealsApiTests.OrganisationAsync(app, "四川轻化工大学");
        var zone = await app.InScopeAsync(d => d.Organisations.Where(o => o.Id == university).Select(o => o.ZoneId).SingleAsync());

        // A demo project the university leads, not yet succeeded, with no contract on its timeline, and an achievement the university owns.
        IReadOnlyList<RelayProject> projects;
        await using (var scope = app.Services.CreateAsyncScope())
        {
            projects = await scope.ServiceProvider.GetRequiredService<IRelayProjects>().ListAsync(zone.Value, university, CancellationToken.None);
        }

        (Guid Project, Guid Achievement)? pick = null;
        foreach (var p in projects.Where(p => p.LeadOrganisationId == university).OrderBy(p => p.Code, StringComparer.Ordinal))
        {
            var detail = await DealsApiTests.OkAsync(await admin.GetAsync($"/api/v1/tech-transfer/projects/{p.Id}"));
            var timeline = await (await admin.GetAsync($"/api/v1/tech-transfer/projects/{p.Id}/timeline")).Content.ReadAsStringAsync();
            var achievements = detail.GetProperty("achievements").EnumerateArray().Select(a => a.GetProperty("id").GetGuid()).ToList();
            if (detail.GetProperty("succeededOn").ValueKind == JsonValueKind.Null && achievements.Count > 0 && !timeline.Contains("技术合同已认定登记", StringComparison.Ordinal))
            {
                await using var scope = app.Services.CreateAsyncScope();
                var owned = await scope.ServiceProvider.GetRequiredService<IRelayAchievements>().FindAsync(zone.Value, achievements, CancellationToken.None);
                if (owned.FirstOrDefault(a => a.OwnerOrganisationId == university) is { } a)
                {
                    pick = (p.Id, a.Id);
                    break;
                }
            }
        }

        pick.ShouldNotBeNull("the demo has a project of the university in progress with an achievement of its own");
        var (project, achievement) = pick.Value;
        var before = await ConversionsAsync(admin, today.Year);

        // Project and achievement together: the timeline records it and the figure counts it — once.
        var both = await DealsApiTests.OkAsync(await admin.PostJsonAsync(Contracts, Linked(buyer, university, today, achievement, project)), HttpStatusCode.Created);
        (await (await admin.GetAsync($"/api/v1/tech-transfer/projects/{project}/timeline")).Content.ReadAsStringAsync())
            .ShouldContain(both.GetProperty("registrationNumber").GetString()!);
        (await ConversionsAsync(admin, today.Year)).ShouldBe(before + 1);

        // The achievement alone (it belongs to the project) and the project alone: still the same one conversion.
        await DealsApiTests.OkAsync(await admin.PostJsonAsync(Contracts, Linked(buyer, university, today, achievement)), HttpStatusCode.Created);
        await DealsApiTests.OkAsync(await admin.PostJsonAsync(Contracts, Linked(buyer, university, today, null, project)), HttpStatusCode.Created);
        (await ConversionsAsync(admin, today.Year)).ShouldBe(before + 1);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task An_achievement_outside_the_zone_or_the_parties_is_refused_and_nothing_is_saved(Db db)
    {
        var app = await apps.GetAsync(db);
        var admin = await app.SignedInAsync("admin@zigong.demo");
        var vehicle = await app.SignedInAsync("vehicle@zigong.demo");
        var institute = await app.SignedInAsync("institute@zigong.demo");
        var today = DealsApiTests.Today(app);
        var buyer = await DealsApiTests.OrganisationAsync(app, "兴储世纪");
        var seller = await DealsApiTests.OrganisationAsync(app, "四川轻化工大学");
        var vehicleFirm = await DealsApiTests.OrganisationAsync(app, "九识智能");
        var achievement = await NewAchievementAsync(institute);
        var count = await app.InScopeAsync(d => d.Set<TechContract>().CountAsync());
        var conversions = await ConversionsAsync(admin, today.Year);

        var missing = await admin.PostJsonAsync(Contracts, Linked(buyer, seller, today, Guid.NewGuid()));
        missing.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await missing.Content.ReadAsStringAsync()).ShouldContain("科技成果不存在于本园区");

        // The university's achievement on a contract between two other firms; and a firm linking it to its own contract.
        var strangers = await admin.PostJsonAsync(Contracts, Linked(buyer, vehicleFirm, today, achievement));
        strangers.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await strangers.Content.ReadAsStringAsync()).ShouldContain("科技成果的所有单位不是合同的买方或卖方");
        (await vehicle.PostJsonAsync(Contracts, Linked(buyer, vehicleFirm, today, achievement))).StatusCode.ShouldBe(HttpStatusCode.BadRequest);

        (await app.InScopeAsync(d => d.Set<TechContract>().CountAsync())).ShouldBe(count);
        (await ConversionsAsync(admin, today.Year)).ShouldBe(conversions);
    }
}
