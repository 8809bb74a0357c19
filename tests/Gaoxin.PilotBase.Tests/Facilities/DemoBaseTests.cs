namespace Gaoxin.PilotBase.Tests.Facilities;

/// <summary>The demo zone's pilot base as the report describes it.</summary>
public sealed class DemoBaseTests(SharedApps apps) : IClassFixture<SharedApps>
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Zone_A_operates_with_its_resources_and_zone_B_is_built_at_the_reports_figures_under_the_industry_modules_major_project(Db db)
    {
        var app = await apps.GetAsync(db);
        var viewer = await app.SignedInAsync("viewer@zigong.demo");
        var areas = (await (await viewer.GetAsync("/api/v1/pilot-base/areas")).ReadJsonAsync()).EnumerateArray().ToList();
        areas.Select(a => a.GetProperty("code").GetString()).ShouldBe(["A", "B"]);

        areas[0].GetProperty("status").GetString().ShouldBe("Operating");
        areas[0].GetProperty("resources").GetInt32().ShouldBeGreaterThanOrEqualTo(20);

        var b = areas[1];
        b.GetProperty("status").GetString().ShouldBe("UnderConstruction");
        b.GetProperty("investment").GetDecimal().ShouldBe(180_000_000m);
        b.GetProperty("floorArea").GetDecimal().ShouldBe(25_000m);
        var projects = (await (await viewer.GetAsync("/api/v1/industry/overview")).ReadJsonAsync()).GetProperty("projects").EnumerateArray();
        var builder = projects.Single(p => p.GetProperty("id").GetGuid() == b.GetProperty("majorProjectId").GetGuid());
        builder.GetProperty("name").GetString()!.ShouldContain("中试基地（B区）");
    }
}
