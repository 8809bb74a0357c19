using System.Net;
using System.Text.Json;
using MiniExcelLibs;
using static Gaoxin.TechTransfer.Tests.RelayApi;

namespace Gaoxin.TechTransfer.Tests;

/// <summary>
/// Screening results are sealed: no reviewer reads a score, rank, grade or the decision's reason before the round is
/// published — not in the round, its export, the project's detail, list or timeline — and a conflicted reviewer never.
/// </summary>
public sealed class ScreeningSecrecyTests(SharedApps apps)
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Reviewers_read_no_result_before_publication_and_a_conflicted_reviewer_never(Db db)
    {
        var app = await apps.GetAsync(db);
        var op = await app.SignedInAsync("operator@zigong.demo");
        var tag = Guid.NewGuid().ToString("N")[..6];
        var sichuan = await OrganisationAsync(op, "四川大学");
        var title = $"保密测试{tag}";
        var id = (await ProjectAsync(op, title, await AchievementAsync(op, $"保密成果{tag}", sichuan), sichuan)).GetProperty("id").GetGuid();
        var reviewers = await ReviewersAsync(op);
        var roundId = (await OpenRoundAsync(op, $"保密轮次{tag}", reviewers.Select(r => r.Id), [id], DateTimeOffset.UtcNow.AddDays(3))).GetProperty("id").GetGuid();
        var conflicted = await app.SignedInAsync(reviewers.Single(r => r.Org == sichuan).Email);
        var scorers = reviewers.Where(r => r.Org != sichuan).ToList();
        foreach (var (scorer, total) in scorers.Zip(new decimal[] { 95, 93, 91, 89 }))
        {
            var client = await app.SignedInAsync(scorer.Email);
            (await client.PutJsonAsync($"/api/v1/tech-transfer/rounds/{roundId}/projects/{id}/review", Scores(total))).StatusCode.ShouldBe(HttpStatusCode.OK);
        }

        var reviewer = await app.SignedInAsync(scorers[0].Email);

        // Decided, not yet published: the operator sees the result, the reviewers (scorer or conflicted) nothing of it.
        var decided = await (await op.PostJsonAsync($"/api/v1/tech-transfer/rounds/{roundId}/projects/{id}/decision", new { decision = "Selected" })).ReadJsonAsync();
        decided.GetProperty("status").GetString().ShouldBe("Decided");
        decided.GetProperty("entries")[0].GetProperty("reason").GetString()!.ShouldContain("综合得分 92.00");
        (await ResultSeenAsync(op, roundId, id, title)).ShouldBe(Seen.All);
        (await ResultSeenAsync(reviewer, roundId, id, title)).ShouldBe(Seen.Nothing);
        (await ResultSeenAsync(conflicted, roundId, id, title)).ShouldBe(Seen.Nothing);

        // Published: the scorer now reads it; the conflicted reviewer still reads no score, rank, grade or reason.
        (await op.PostAsync(new Uri($"/api/v1/tech-transfer/rounds/{roundId}/publish", UriKind.Relative), null)).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await ResultSeenAsync(reviewer, roundId, id, title)).ShouldBe(Seen.All);
        (await ResultSeenAsync(conflicted, roundId, id, title)).ShouldBe(Seen.Nothing);
    }

    private enum Seen { Nothing, All, Some }

    /// <summary>Reads the result everywhere it shows and says whether the score reached the reader in none, all or some of them.</summary>
    private static async Task<Seen> ResultSeenAsync(HttpClient client, Guid roundId, Guid projectId, string title)
    {
        var places = new List<bool>();

        var round = await (await client.GetAsync($"/api/v1/tech-transfer/rounds/{roundId}")).ReadJsonAsync();
        var entry = round.GetProperty("entries")[0];
        places.Add(entry.GetProperty("score").ValueKind != JsonValueKind.Null);
        places.Add(entry.GetProperty("rank").ValueKind != JsonValueKind.Null);
        places.Add(entry.GetProperty("grade").ValueKind != JsonValueKind.Null);
        places.Add(entry.GetProperty("reason").ValueKind != JsonValueKind.Null);

        var export = await client.GetAsync($"/api/v1/tech-transfer/rounds/{roundId}/export");
        export.StatusCode.ShouldBe(HttpStatusCode.OK);
        await using (var sheet = await export.Content.ReadAsStreamAsync())
        {
            var row = (IDictionary<string, object?>)MiniExcel.Query(sheet, useHeaderRow: true).Single();
            places.Add(row["综合得分"] is not null);
            places.Add(!string.IsNullOrEmpty(row["理由"]?.ToString()));
        }

        var detail = await (await client.GetAsync($"/api/v1/tech-transfer/projects/{projectId}")).ReadJsonAsync();
        places.Add(detail.GetProperty("screeningScore").ValueKind != JsonValueKind.Null);
        places.Add(detail.GetProperty("grade").ValueKind != JsonValueKind.Null);
        places.Add(detail.GetProperty("screening").EnumerateArray().Any(r => r.GetProperty("score").ValueKind != JsonValueKind.Null || r.GetProperty("reason").ValueKind != JsonValueKind.Null));

        var list = await (await client.GetAsync($"/api/v1/tech-transfer/projects?search={Uri.EscapeDataString(title)}")).ReadJsonAsync();
        places.Add(list.GetProperty("items")[0].GetProperty("screeningScore").ValueKind != JsonValueKind.Null);

        var timeline = await (await client.GetAsync($"/api/v1/tech-transfer/projects/{projectId}/timeline")).ReadJsonAsync();
        places.Add(timeline.EnumerateArray().Any(e => e.GetProperty("text").GetString()!.Contains("综合得分", StringComparison.Ordinal)));

        return places.All(p => p) ? Seen.All : places.Any(p => p) ? Seen.Some : Seen.Nothing;
    }
}
