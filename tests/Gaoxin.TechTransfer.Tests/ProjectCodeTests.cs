using System.Net;
using System.Text.RegularExpressions;
using Gaoxin.TechTransfer.Projects;
using static Gaoxin.TechTransfer.Tests.RelayApi;

namespace Gaoxin.TechTransfer.Tests;

/// <summary>项目编号: proposals made in the UI or the API are numbered ZG-{year}-{NNN} like the center's register, never twice.</summary>
public sealed partial class ProjectCodeTests(SharedApps apps)
{
    [Fact]
    public void The_first_of_a_year_is_001() => ProjectCodes.Next(2027, []).ShouldBe("ZG-2027-001");

    [Fact]
    public void The_next_follows_the_highest_of_the_year_not_the_count() =>
        ProjectCodes.Next(2026, ["ZG-2026-001", "ZG-2026-008", "ZG-2026-003"]).ShouldBe("ZG-2026-009");

    [Fact]
    public void An_older_code_with_a_suffix_counts_by_its_number() =>
        ProjectCodes.Next(2026, ["ZG-2026-008", "ZG-2026-009-07D0"]).ShouldBe("ZG-2026-010");

    [Fact]
    public void Other_years_and_foreign_codes_are_not_counted() =>
        ProjectCodes.Next(2026, ["ZG-2025-120", "XX-2026-050", "ZG-2026-abc", "ZG-2026-002"]).ShouldBe("ZG-2026-003");

    [Fact]
    public void Past_999_the_number_grows_a_digit() => ProjectCodes.Next(2026, ["ZG-2026-999"]).ShouldBe("ZG-2026-1000");

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Proposals_sent_at_once_get_distinct_codes_after_the_years_highest(Db db)
    {
        var app = await apps.GetAsync(db);
        var institute = await app.SignedInAsync("institute@zigong.demo");
        var tag = Guid.NewGuid().ToString("N")[..6];
        var achievement = await AchievementAsync(institute, $"编号测试成果{tag}");
        var before = await CodesAsync(app);

        var made = await Task.WhenAll(Enumerable.Range(1, 6).Select(i => ProjectAsync(institute, $"编号测试{tag}-{i}", achievement)));

        var codes = made.Select(p => p.GetProperty("code").GetString()!).ToList();
        codes.Distinct().Count().ShouldBe(6);
        codes.ShouldAllBe(c => CodeShape().IsMatch(c));
        var year = codes[0][..8]; // "ZG-2026-"
        var highest = before.Where(c => c.StartsWith(year, StringComparison.Ordinal)).Select(Number).DefaultIfEmpty(0).Max();
        codes.ShouldAllBe(c => c.StartsWith(year, StringComparison.Ordinal));
        codes.Select(Number).ShouldAllBe(n => n > highest);
    }

    private static async Task<List<string>> CodesAsync(GaoxinApp app)
    {
        var op = await app.SignedInAsync("operator@zigong.demo");
        var page = await (await op.GetAsync("/api/v1/tech-transfer/projects?size=200")).ReadJsonAsync();
        page.GetProperty("total").GetInt32().ShouldBeLessThanOrEqualTo(200, "every code is on the one page read");
        return [.. page.GetProperty("items").EnumerateArray().Select(p => p.GetProperty("code").GetString()!).Where(c => CodeShape().IsMatch(c))];
    }

    private static int Number(string code) => int.Parse(code.Split('-')[2], System.Globalization.CultureInfo.InvariantCulture);

    [GeneratedRegex(@"^ZG-\d{4}-\d{3,}$")]
    private static partial Regex CodeShape();
}
