using System.Net;
using System.Text;
using System.Text.Json;
using Gaoxin.Data.Http;
using Microsoft.EntityFrameworkCore;

namespace Gaoxin.Platform.Tests;

/// <summary>
/// The one input contract (RequestValidation, on every JSON body of /api/v1): what SQLite would store and PostgreSQL would
/// refuse or round is refused on both with a 400 naming the field, and nothing is written.
/// </summary>
public sealed class InputContractTests(SharedApps apps)
{
    private static StringContent Json(string json) => new(json, Encoding.UTF8, "application/json");

    private static async Task<Guid> FirstEnterpriseAsync(HttpClient client)
    {
        var page = await (await client.GetAsync("/api/v1/enterprises?size=1")).ReadJsonAsync();
        return page.GetProperty("items")[0].GetProperty("id").GetGuid();
    }

    private static async Task<JsonElement> ErrorsOfAsync(HttpResponseMessage response)
    {
        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest, await response.Content.ReadAsStringAsync());
        return (await response.ReadJsonAsync()).GetProperty("errors");
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Control_and_bidirectional_characters_in_text_are_refused_naming_the_field(Db db)
    {
        var app = await apps.GetAsync(db);
        var admin = await app.SignedInAsync("admin@zigong.demo");
        foreach (var (name, bad) in new[] { ("含NUL机构", "含NUL\\u0000机构"), ("含BEL机构", "含BEL\\u0007机构"), ("含RLO机构", "含RLO\\u202E机构"), ("含FSI机构", "含FSI\\u2068机构"), ("含坏代理", "含坏代理\\ud800") })
        {
            var response = await admin.PostAsync(new Uri("/api/v1/organisations", UriKind.Relative), Json($"{{\"name\":\"{bad}\",\"kind\":\"Investor\"}}"));
            (await ErrorsOfAsync(response)).GetProperty("name")[0].GetString()!.ShouldNotBeNullOrEmpty();
            (await app.InScopeAsync(ctx => ctx.Organisations.CountAsync(o => o.Name.StartsWith(name.Substring(0, 3))))).ShouldBe(0);
        }

        // Nested: a support request's details inside a project proposal.
        var nested = await admin.PostAsync(new Uri("/api/v1/tech-transfer/projects", UriKind.Relative),
            Json("{\"title\":\"嵌套校验\",\"companyName\":\"某公司\",\"support\":[{\"kind\":\"Pilot\",\"details\":\"a\\u0000b\"}]}"));
        (await ErrorsOfAsync(nested)).TryGetProperty("support[0].details", out _).ShouldBeTrue();

        // Tab, CR and LF are text.
        var fine = await admin.PostAsync(new Uri("/api/v1/organisations", UriKind.Relative), Json("{\"name\":\"制表符机构\",\"kind\":\"Investor\",\"note\":\"第一行\\r\\n\\t第二行\"}"));
        fine.StatusCode.ShouldBe(HttpStatusCode.Created);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Money_past_numeric_18_2_or_finer_than_the_fen_is_refused_and_what_is_accepted_is_stored_as_echoed(Db db)
    {
        var app = await apps.GetAsync(db);
        var admin = await app.SignedInAsync("admin@zigong.demo");
        var id = await FirstEnterpriseAsync(admin);
        var year = DateTime.UtcNow.Year - 6;
        string Year(string field, string value) =>
            $"{{\"year\":{year},\"{field}\":{value},\"classOneIp\":0,\"classTwoIp\":0,\"achievementsConverted\":0,\"equityRaised\":0,\"awards\":0,\"standardsLed\":0,\"majorIncident\":false,\"onCreditList\":false}}";
        var url = new Uri($"/api/v1/enterprises/{id}/years/{year}", UriKind.Relative);
        async Task<string> StoredYearAsync() =>
            (await (await admin.GetAsync($"/api/v1/enterprises/{id}")).ReadJsonAsync()).GetProperty("years").EnumerateArray()
                .Where(y => y.GetProperty("year").GetInt32() == year).Select(y => y.GetRawText()).FirstOrDefault() ?? "none";
        var before = await StoredYearAsync();

        foreach (var (field, value) in new[] { ("sales", "9223372036854775807"), ("netAssets", "-1e18"), ("sales", "10000000000000000"), ("sales", "1000.125"), ("debtRatio", "0.1234567") })
        {
            var errors = await ErrorsOfAsync(await admin.PutAsync(url, Json(Year(field, value))));
            errors.TryGetProperty(field, out _).ShouldBeTrue(field + " " + value);
        }

        (await StoredYearAsync()).ShouldBe(before);

        // A ratio keeps the places its column keeps (numeric(9,6)); money keeps two; both stored as echoed on each database.
        var ok = await admin.PutAsync(url, Json(Year("sales", "1000.12").Replace("\"equityRaised\":0", "\"equityRaised\":0,\"debtRatio\":0.123456", StringComparison.Ordinal)));
        ok.StatusCode.ShouldBe(HttpStatusCode.OK, await ok.Content.ReadAsStringAsync());
        var echoed = await ok.ReadJsonAsync();
        echoed.GetProperty("sales").GetDecimal().ShouldBe(1000.12m);
        var detail = await (await admin.GetAsync($"/api/v1/enterprises/{id}")).ReadJsonAsync();
        var stored = detail.GetProperty("years").EnumerateArray().Single(y => y.GetProperty("year").GetInt32() == year);
        stored.GetProperty("sales").GetDecimal().ShouldBe(1000.12m);
        stored.GetProperty("debtRatio").GetDecimal().ShouldBe(0.123456m);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Integers_beyond_their_type_are_refused_by_the_reader(Db db)
    {
        var app = await apps.GetAsync(db);
        var admin = await app.SignedInAsync("admin@zigong.demo");
        var id = await FirstEnterpriseAsync(admin);
        var year = DateTime.UtcNow.Year - 6;
        var response = await admin.PutAsync(new Uri($"/api/v1/enterprises/{id}/years/{year}", UriKind.Relative),
            Json($"{{\"year\":{year},\"staff\":9223372036854775807,\"classOneIp\":0,\"classTwoIp\":0,\"achievementsConverted\":0,\"equityRaised\":0,\"awards\":0,\"standardsLed\":0,\"majorIncident\":false,\"onCreditList\":false}}"));
        (await ErrorsOfAsync(response)).TryGetProperty("staff", out _).ShouldBeTrue();
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Dates_outside_1900_to_2200_and_undefined_enum_values_are_refused(Db db)
    {
        var app = await apps.GetAsync(db);
        var admin = await app.SignedInAsync("admin@zigong.demo");
        string Enterprise(string registeredOn, string zoneIndustry) =>
            $"{{\"name\":\"契约测试企业\",\"creditCode\":\"91510300MA62XXXX0A\",\"registeredOn\":\"{registeredOn}\",\"industryCode\":\"C3841\",\"zoneIndustry\":{zoneIndustry},\"sizeClass\":\"Small\",\"aboveDesignatedSize\":false}}";

        (await ErrorsOfAsync(await admin.PostAsync(new Uri("/api/v1/enterprises", UriKind.Relative), Json(Enterprise("0001-01-01", "\"NewEnergy\""))))).TryGetProperty("registeredOn", out _).ShouldBeTrue();
        (await ErrorsOfAsync(await admin.PostAsync(new Uri("/api/v1/enterprises", UriKind.Relative), Json(Enterprise("9999-12-31", "\"NewEnergy\""))))).TryGetProperty("registeredOn", out _).ShouldBeTrue();
        (await ErrorsOfAsync(await admin.PostAsync(new Uri("/api/v1/enterprises", UriKind.Relative), Json(Enterprise("2020-01-01", "12345"))))).TryGetProperty("zoneIndustry", out _).ShouldBeTrue();
        (await admin.PostAsync(new Uri("/api/v1/enterprises", UriKind.Relative), Json(Enterprise("2020-01-01", "\"NoSuchValue\"")))).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await app.InScopeAsync(ctx => ctx.AuditEvents.CountAsync(e => e.After != null && e.After.Contains("契约测试企业")))).ShouldBe(0);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Annotations_without_a_message_of_their_own_answer_in_chinese(Db db)
    {
        var app = await apps.GetAsync(db);
        var admin = await app.SignedInAsync("admin@zigong.demo");
        var year = DateTime.UtcNow.Year + 1;
        var response = await admin.PutJsonAsync($"/api/v1/funding/years/{year}/budget", new { amount = 1000m, note = new string('注', 501) });
        var message = (await ErrorsOfAsync(response)).GetProperty("note")[0].GetString()!;
        message.ShouldNotContain("The field");
        message.ShouldContain("500");
    }

    [Fact]
    public void Every_annotation_on_a_body_declares_a_chinese_message_or_gets_one()
    {
        // The contract's own checks, one by one.
        RequestValidation.CheckText("a\u0000b").ShouldNotBeNull();
        RequestValidation.CheckText("a\u0085b").ShouldNotBeNull();
        RequestValidation.CheckText("a\u2066b").ShouldNotBeNull();
        RequestValidation.CheckText("a\tb\r\nc😀").ShouldBeNull();
        RequestValidation.CheckDecimal(10_000_000_000_000_000m).ShouldNotBeNull();
        RequestValidation.CheckDecimal(9_999_999_999_999_999.99m).ShouldBeNull();
        RequestValidation.CheckDecimal(0.1234m, 9, 4).ShouldBeNull();
        RequestValidation.CheckDecimal(1000m, 5, 2).ShouldNotBeNull();
        RequestValidation.CheckDate(new DateOnly(1899, 12, 31)).ShouldNotBeNull();
        RequestValidation.CheckDate(new DateOnly(2200, 12, 31)).ShouldBeNull();

        var errors = RequestValidation.Errors(new Sample(null!, new string('x', 11), 0, [new Sample.Child("\u0000")], 1_000_000_000_000_000_000m));
        errors["name"].ShouldBe(["name 不能为空。"]);
        errors["note"].ShouldBe(["note 不能超过 10 个字符。"]);
        errors["count"].ShouldBe(["count 应在 1–5 之间。"]);
        errors.ShouldContainKey("children[0].text");

        // Refused by the contract, and not handed to Range(int, int), which would throw on it.
        errors["big"].Single().ShouldContain("超出范围");
    }

    private sealed record Sample(
        [property: System.ComponentModel.DataAnnotations.Required] string Name,
        [property: System.ComponentModel.DataAnnotations.StringLength(10)] string? Note,
        [property: System.ComponentModel.DataAnnotations.Range(1, 5)] int Count,
        List<Sample.Child> Children,
        [property: System.ComponentModel.DataAnnotations.Range(0, 10)] decimal Big)
    {
        public sealed record Child(string Text);
    }
}
