namespace Gaoxin.Funding.Tests;

/// <summary>
/// The home page leads with each role's to-dos (待推荐 for the operator, 待批准 for the committee), counted from the
/// applications themselves; and people acting for an enterprise never see the fund's balance or the accounts there.
/// </summary>
public sealed class HomeToDoTests
{
    private const string ToRecommend = "待推荐的资助申请";
    private const string ToApprove = "待批准的资助申请";

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task An_application_moves_from_the_operators_to_dos_to_the_committees_and_off_both_when_decided(Db db)
    {
        // Its own app: the counts are the zone's, and other tests submit applications too.
        TestDatabase.SkipUnlessAvailable(db);
        await using var app = await FundingApp.StartAsync(db);
        var fund = await Fund.ForAsync(app);
        var year = await fund.FreshYearAsync();
        var project = await fund.ProjectAsync();
        var recommend = await HomeToDos.CountAsync(fund.Operator, ToRecommend);
        var approve = await HomeToDos.CountAsync(fund.Admin, ToApprove);

        var id = await fund.ApplyAsync(project, year, 500_000m);
        (await HomeToDos.CountAsync(fund.Operator, ToRecommend)).ShouldBe(recommend + 1);
        (await HomeToDos.CountAsync(fund.Admin, ToApprove)).ShouldBe(approve);

        (await fund.Operator.PostJsonAsync($"/api/v1/funding/applications/{id}/recommend", new { note = "符合条件" })).EnsureSuccessStatusCode();
        (await HomeToDos.CountAsync(fund.Operator, ToRecommend)).ShouldBe(recommend);
        (await HomeToDos.CountAsync(fund.Admin, ToApprove)).ShouldBe(approve + 1);

        (await fund.ApproveAsync(id)).EnsureSuccessStatusCode();
        (await HomeToDos.CountAsync(fund.Admin, ToApprove)).ShouldBe(approve);

        // The line leads to the list filtered to what waits: every row there is a recommended application.
        var lines = await HomeToDos.ReadAsync(fund.Admin);
        var recommended = (await (await fund.Admin.GetAsync("/api/v1/funding/applications?status=Recommended&size=200")).ReadJsonAsync()).GetProperty("total").GetInt32();
        lines.Where(l => l.Title == ToApprove).Sum(l => l.Count).ShouldBe(recommended);

        // Neither line is the enterprise's business.
        (await HomeToDos.ReadAsync(fund.Enterprise)).ShouldNotContain(l => l.Title == ToRecommend || l.Title == ToApprove);

        // The zone's books (the fund's balance, its accounts) are on the committee's home page, not on an enterprise's.
        var committee = await fund.Admin.GetStringAsync(new Uri("/", UriKind.Relative));
        committee.ShouldContain("中试专项资金可用");
        committee.ShouldContain("在用账号");
        var enterprise = await fund.Enterprise.GetStringAsync(new Uri("/", UriKind.Relative));
        enterprise.ShouldNotContain("中试专项资金可用");
        enterprise.ShouldNotContain("在用账号");
        enterprise.ShouldContain("已开通账号的企业");
    }
}
