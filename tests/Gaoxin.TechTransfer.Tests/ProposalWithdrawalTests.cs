using System.Net;
using static Gaoxin.TechTransfer.Tests.RelayApi;

namespace Gaoxin.TechTransfer.Tests;

/// <summary>
/// 修改申报 and 撤回申报 over HTTP: before screening the proposer corrects a proposal (against the version seen) or takes it
/// back saying why; after that only the center changes or ends it.
/// </summary>
public sealed class ProposalWithdrawalTests(SharedApps apps) : IClassFixture<SharedApps>
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task The_proposer_withdraws_a_proposal_before_screening_with_a_reason_and_only_then(Db db)
    {
        var app = await apps.GetAsync(db);
        var institute = await app.SignedInAsync("institute@zigong.demo");
        var tag = Guid.NewGuid().ToString("N")[..6];
        var project = await ProjectAsync(institute, $"撤回测试{tag}", await AchievementAsync(institute, $"撤回成果{tag}"));
        var id = project.GetProperty("id").GetGuid();
        var version = project.GetProperty("version").GetInt32();
        var withdraw = $"/api/v1/tech-transfer/projects/{id}/withdraw";

        // No reason, a stale version, or someone else's project: refused, and nothing changes.
        (await ProblemAsync(await institute.PostJsonAsync(withdraw, new { reason = " ", expectedVersion = version }), HttpStatusCode.UnprocessableEntity))
            .GetProperty("rule").GetString().ShouldBe("WithdrawalBeforeScreeningRule");
        (await institute.PostJsonAsync(withdraw, new { reason = "团队调整", expectedVersion = version + 1 })).StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await (await app.SignedInAsync("enterprise@zigong.demo")).PostJsonAsync(withdraw, new { reason = "团队调整" })).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await (await institute.GetAsync($"/api/v1/tech-transfer/projects/{id}")).ReadJsonAsync()).GetProperty("stage").GetString().ShouldBe("Proposed");

        var done = await (await institute.PostJsonAsync(withdraw, new { reason = "团队调整，暂缓转化", expectedVersion = version })).ReadJsonAsync();
        done.GetProperty("stage").GetString().ShouldBe("Terminated");
        done.GetProperty("terminationReason").GetString().ShouldBe("申报单位撤回：团队调整，暂缓转化");
        var timeline = await (await institute.GetAsync($"/api/v1/tech-transfer/projects/{id}/timeline")).ReadJsonAsync();
        timeline.EnumerateArray().ShouldContain(e => e.GetProperty("text").GetString()!.Contains("申报单位撤回：团队调整，暂缓转化"));

        // Once in screening the proposer can no longer take it back.
        var op = await app.SignedInAsync("operator@zigong.demo");
        var second = (await ProjectAsync(institute, $"撤回测试二{tag}", await AchievementAsync(institute, $"撤回成果二{tag}"))).GetProperty("id").GetGuid();
        (await op.PostJsonAsync($"/api/v1/tech-transfer/projects/{second}/move", new { to = "Screening" })).StatusCode.ShouldBe(HttpStatusCode.OK);
        var late = await ProblemAsync(await institute.PostJsonAsync($"/api/v1/tech-transfer/projects/{second}/withdraw", new { reason = "团队调整" }), HttpStatusCode.UnprocessableEntity);
        late.GetProperty("detail").GetString().ShouldBe("项目已处于“筛选中”，不能再撤回申报；如需终止，请联系创新中心。");
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task The_proposer_corrects_a_proposal_against_the_version_seen_until_screening_begins(Db db)
    {
        var app = await apps.GetAsync(db);
        var institute = await app.SignedInAsync("institute@zigong.demo");
        var tag = Guid.NewGuid().ToString("N")[..6];
        var project = await ProjectAsync(institute, $"修改测试{tag}", await AchievementAsync(institute, $"修改成果{tag}"));
        var id = project.GetProperty("id").GetGuid();
        var version = project.GetProperty("version").GetInt32();
        var url = $"/api/v1/tech-transfer/projects/{id}";
        object Body(int? v, string title = "钠电池正极材料中试（修订）") => new { title, summary = "修订后的简介", team = "课题组 6 人", companyName = "自贡钠源科技有限公司", industry = "AdvancedMaterials", version = v };

        // Without the version seen, with a stale one, with no title, or on someone else's project: refused, nothing changes.
        (await institute.PutJsonAsync(url, Body(null))).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await institute.PutJsonAsync(url, Body(version + 1))).StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await institute.PutJsonAsync(url, Body(version, title: " "))).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await (await app.SignedInAsync("enterprise@zigong.demo")).PutJsonAsync(url, Body(version))).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await (await institute.GetAsync(url)).ReadJsonAsync()).GetProperty("title").GetString().ShouldBe($"修改测试{tag}");

        var revised = await (await institute.PutJsonAsync(url, Body(version))).ReadJsonAsync();
        revised.GetProperty("title").GetString().ShouldBe("钠电池正极材料中试（修订）");
        revised.GetProperty("summary").GetString().ShouldBe("修订后的简介");
        revised.GetProperty("team").GetString().ShouldBe("课题组 6 人");
        revised.GetProperty("companyName").GetString().ShouldBe("自贡钠源科技有限公司");
        revised.GetProperty("industry").GetString().ShouldBe("AdvancedMaterials");
        revised.GetProperty("version").GetInt32().ShouldBe(version + 1);

        // In screening, reviewers score what they were given.
        var op = await app.SignedInAsync("operator@zigong.demo");
        (await op.PostJsonAsync($"{url}/move", new { to = "Screening" })).StatusCode.ShouldBe(HttpStatusCode.OK);
        var current = (await (await institute.GetAsync(url)).ReadJsonAsync()).GetProperty("version").GetInt32();
        (await ProblemAsync(await institute.PutJsonAsync(url, Body(current, "再改一次")), HttpStatusCode.UnprocessableEntity))
            .GetProperty("rule").GetString().ShouldBe("RevisionBeforeScreeningRule");
    }
}
