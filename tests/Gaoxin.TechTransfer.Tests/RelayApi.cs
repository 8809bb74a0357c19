using System.Net;
using System.Text.Json;

namespace Gaoxin.TechTransfer.Tests;

/// <summary>Small steps through the real HTTP API that several tests share.</summary>
internal static class RelayApi
{
    public static async Task<Guid> OrganisationAsync(HttpClient client, string name)
    {
        var page = await (await client.GetAsync($"/api/v1/organisations/?search={Uri.EscapeDataString(name)}&size=50")).ReadJsonAsync();
        return page.GetProperty("items").EnumerateArray().First(o => o.GetProperty("name").GetString() == name).GetProperty("id").GetGuid();
    }

    public static async Task<Guid> AchievementAsync(HttpClient client, string title, Guid? owner = null)
    {
        var response = await client.PostJsonAsync("/api/v1/tech-transfer/achievements", new
        {
            title, summary = "实验室验证完成", ownerOrganisationId = owner, origin = "Local", kind = "InventionPatent", readiness = 5, industry = "NewEnergy",
            patents = new[] { "ZL200310102344.5" },
        });
        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        return (await response.ReadJsonAsync()).GetProperty("id").GetGuid();
    }

    public static async Task<JsonElement> ProjectAsync(HttpClient client, string title, Guid achievement, Guid? lead = null)
    {
        var response = await client.PostJsonAsync("/api/v1/tech-transfer/projects", new
        {
            title, team = "课题组 5 人", leadOrganisationId = lead, companyName = $"{title}科技有限公司", industry = "NewEnergy", origin = "Local",
            achievementIds = new[] { achievement },
            support = new[] { new { kind = "Pilot", details = "中试线", amountAsked = (decimal?)null }, new { kind = "Fund", details = "中试资金", amountAsked = (decimal?)2_000_000m } },
        });
        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        return await response.ReadJsonAsync();
    }

    public static async Task<List<(string Id, string Email, Guid? Org)>> ReviewersAsync(HttpClient operatorClient)
    {
        var list = await (await operatorClient.GetAsync("/api/v1/tech-transfer/reviewers")).ReadJsonAsync();
        return list.EnumerateArray().Select(r => (r.GetProperty("userId").GetString()!, r.GetProperty("email").GetString()!,
            r.GetProperty("organisationId").ValueKind == JsonValueKind.Null ? (Guid?)null : r.GetProperty("organisationId").GetGuid())).ToList();
    }

    public static async Task<JsonElement> OpenRoundAsync(HttpClient operatorClient, string title, IEnumerable<string> reviewerIds, IEnumerable<Guid> projects, DateTimeOffset deadline)
    {
        var response = await operatorClient.PostJsonAsync("/api/v1/tech-transfer/rounds", new { title, deadline, reviewerIds, projectIds = projects });
        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        return await response.ReadJsonAsync();
    }

    public static object Scores(decimal all) => new
    {
        scores = new Dictionary<string, decimal> { ["technology"] = all, ["market"] = all, ["team"] = all, ["chain-fit"] = all, ["pilot-feasibility"] = all, ["ip"] = all },
        comment = "评审意见",
    };

    public static async Task<JsonElement> ProblemAsync(HttpResponseMessage response, HttpStatusCode status)
    {
        response.StatusCode.ShouldBe(status, await response.Content.ReadAsStringAsync());
        return await response.ReadJsonAsync();
    }
}
