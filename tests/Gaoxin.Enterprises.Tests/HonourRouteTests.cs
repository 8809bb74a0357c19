using System.Net;
using System.Text.Json;

namespace Gaoxin.Enterprises.Tests;

/// <summary>
/// The four direct routes that read awards and titles fire from honours recorded through the API (they could never
/// fire before: nothing set their facts), and go out again when the honour is removed.
/// </summary>
public sealed class HonourRouteTests
{
    private static readonly DateOnly Today = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(8));

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Recorded_honours_open_the_award_chuangke_and_national_title_routes(Db db)
    {
        await using var app = await GaoxinApp.StartAsync(db);
        var admin = await app.SignedInAsync("admin@zigong.demo");
        var id = (await (await admin.GetAsync("/api/v1/enterprises/?search=" + Uri.EscapeDataString("临界产品"))).ReadJsonAsync())
            .GetProperty("items")[0].GetProperty("id").GetString()!;

        async Task<bool> MetAsync(string scheme, string route)
        {
            var assessment = await (await admin.GetAsync($"/api/v1/enterprises/{id}/evaluations")).ReadJsonAsync();
            var evaluation = assessment.GetProperty("evaluations").EnumerateArray().Single(e => e.GetProperty("scheme").GetString() == scheme);
            return evaluation.GetProperty("direct").EnumerateArray().Single(d => d.GetProperty("rule").GetString() == route).GetProperty("met").GetBoolean();
        }

        async Task<JsonElement> RecordAsync(object honour)
        {
            var response = await admin.PostJsonAsync($"/api/v1/enterprises/{id}/honours", honour);
            response.StatusCode.ShouldBe(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
            return await response.ReadJsonAsync();
        }

        (await MetAsync("InnovativeSme", "AwardLast3YearsRoute")).ShouldBeFalse();
        (await MetAsync("InnovativeSme", "HighTechOrSimilarRoute")).ShouldBeFalse();
        (await MetAsync("SpecialisedSme", "SpecialisedAwardRoute")).ShouldBeFalse();
        (await MetAsync("SpecialisedSme", "ChuangkeTop500Route")).ShouldBeFalse();

        // A national award ranked sixth: the 创新型 award route opens; 专精特新's needs a national top five.
        await RecordAsync(new { kind = "NationalScienceAward", name = "国家科学技术进步奖二等奖", awardedOn = Today.AddYears(-1), rank = 6 });
        (await MetAsync("InnovativeSme", "AwardLast3YearsRoute")).ShouldBeTrue();
        (await MetAsync("SpecialisedSme", "SpecialisedAwardRoute")).ShouldBeFalse();

        await RecordAsync(new { kind = "ProvincialScienceAward", name = "四川省科学技术进步奖一等奖", awardedOn = Today.AddYears(-2), rank = 2 });
        (await MetAsync("SpecialisedSme", "SpecialisedAwardRoute")).ShouldBeTrue();

        var chuangke = await RecordAsync(new { kind = "ChuangkeChinaTop500", name = "第十届“创客中国”全国 500 强企业组", awardedOn = Today.AddMonths(-3) });
        (await MetAsync("SpecialisedSme", "ChuangkeTop500Route")).ShouldBeTrue();

        await RecordAsync(new { kind = "NationalInnovationTitle", name = "国家级技术创新示范企业", awardedOn = Today.AddYears(-4), validTo = Today.AddYears(1) });
        (await MetAsync("InnovativeSme", "HighTechOrSimilarRoute")).ShouldBeTrue();

        (await admin.DeleteAsync(new Uri($"/api/v1/enterprises/{id}/honours/{chuangke.GetProperty("id").GetString()}", UriKind.Relative))).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        (await MetAsync("SpecialisedSme", "ChuangkeTop500Route")).ShouldBeFalse();

        // Bad input is refused by field and records nothing; an enterprise user does not record its own honours.
        var bad = await admin.PostJsonAsync($"/api/v1/enterprises/{id}/honours", new { kind = "ChuangkeChinaTop500", name = "未来的奖", awardedOn = Today.AddDays(1), rank = 0 });
        bad.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var errors = (await bad.ReadJsonAsync()).GetProperty("errors");
        errors.GetProperty("awardedOn")[0].GetString()!.ShouldContain("不能晚于今天");
        errors.GetProperty("rank")[0].GetString()!.ShouldContain("1 到 100");
        var enterprise = await app.SignedInAsync("enterprise@zigong.demo");
        (await enterprise.PostJsonAsync($"/api/v1/enterprises/{id}/honours", new { kind = "ChuangkeChinaTop500", name = "自报", awardedOn = Today })).StatusCode
            .ShouldBeOneOf(HttpStatusCode.Forbidden, HttpStatusCode.NotFound);
        var detail = await (await admin.GetAsync($"/api/v1/enterprises/{id}")).ReadJsonAsync();
        detail.GetProperty("honours").GetArrayLength().ShouldBe(3);
        (await MetAsync("SpecialisedSme", "ChuangkeTop500Route")).ShouldBeFalse();
    }
}
