using System.Net;
using Gaoxin.Scenes.Demands;
using Microsoft.EntityFrameworkCore;
using static Gaoxin.Scenes.Tests.Demands.DemandTestKit;

namespace Gaoxin.Scenes.Tests.Demands;

/// <summary>
/// The duplicate check narrows its candidates in SQL (<see cref="DuplicateCandidates"/>): every pair the rule calls a duplicate
/// passes the SQL condition (so nothing the rule would catch is lost), most non-duplicates do not, and through HTTP a re-post is
/// still caught among many open demands of the same vocabulary.
/// </summary>
public sealed class DuplicateCandidatesTests(SharedApps apps) : IClassFixture<SharedApps>
{
    private static Demand Stored(string title, string problem) =>
        new() { Code = "T", Title = title, Problem = problem, PostedOn = new DateOnly(2026, 1, 1), Deadline = new DateOnly(2026, 6, 1) };

    private static bool Passes(string posting, Demand candidate) => DuplicateCandidates.Filter(posting)?.Compile()(candidate) ?? false;

    private static bool RuleCalls(string posting, Demand candidate) =>
        DuplicatePostingRule.Similarity(DuplicatePostingRule.Bigrams(posting), DuplicatePostingRule.Bigrams(candidate.Title + "\n" + candidate.Problem)) >= DuplicatePostingRule.Threshold;

    /// <summary>Random texts and edits of them: whenever the rule says duplicate, the SQL condition let the candidate through.</summary>
    [Fact]
    public void Every_duplicate_the_rule_would_catch_passes_the_sql_condition()
    {
        var random = new Random(20261207);
        string Text(int n) => new([.. Enumerable.Range(0, n).Select(_ => (char)random.Next(0x4E00, 0x4E00 + 60))]);
        var duplicates = 0;
        for (var i = 0; i < 600; i++)
        {
            var title = Text(random.Next(2, 20));
            var problem = Text(random.Next(0, i % 5 == 0 ? 1500 : 120));

            // Edits from none to heavy: characters replaced, the text cut, punctuation and width changed.
            var chars = (title + "\n" + problem).ToCharArray();
            var changes = random.Next(0, Math.Max(1, chars.Length / 2));
            for (var c = 0; c < changes; c++)
            {
                chars[random.Next(chars.Length)] = (char)random.Next(0x4E00, 0x4E00 + 60);
            }

            var posting = "，" + new string(chars, 0, random.Next(chars.Length / 2, chars.Length + 1)) + "。ＡＢ";
            var candidate = Stored(title, problem);
            if (RuleCalls(posting, candidate))
            {
                duplicates++;
                Passes(posting, candidate).ShouldBeTrue($"posting {i} is a duplicate the SQL condition would have dropped");
            }
        }

        duplicates.ShouldBeGreaterThan(100, "the sample holds duplicates, long ones past the tested-bigram cap included");
    }

    [Theory]
    [InlineData("钠离子电池正极材料包覆改性", "层状氧化物正极材料循环寿命不足，需要包覆改性工艺，容量保持率 ≥ 90%。")]
    [InlineData("Ab", "")]
    public void The_posting_itself_and_its_reworded_copy_pass(string title, string problem)
    {
        var stored = Stored(title, problem);
        Passes(title + "\n" + problem, stored).ShouldBeTrue();
        Passes(" " + title.ToUpperInvariant() + "。\n" + problem + "！", stored).ShouldBeTrue();
    }

    [Fact]
    public void A_text_without_two_letters_has_no_candidates() =>
        DuplicateCandidates.Filter("，。 !").ShouldBeNull();

    [Fact]
    public void Different_demands_of_one_chain_link_do_not_pass()
    {
        var posting = "钠离子电池正极材料包覆改性\n层状氧化物正极材料循环寿命不足，需要包覆改性工艺，容量保持率 ≥ 90%。";
        Passes(posting, Stored("钠离子电池硬碳负极材料", "硬碳负极首效偏低，需要预钠化工艺，首次库伦效率 ≥ 88%。")).ShouldBeFalse();
        Passes(posting, Stored("电解液添加剂", "钠离子电池电解液高温产气，需要成膜添加剂。")).ShouldBeFalse();
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_repost_is_caught_among_many_open_demands_of_the_same_vocabulary_and_only_a_few_are_read(Db db)
    {
        var app = await apps.GetAsync(db);
        var enterprise = await app.SignedInAsync("enterprise@zigong.demo");
        var marker = Unique(6);
        var first = Body(app, title: "正极材料" + marker + "包覆改性", problem: "层状氧化物正极材料循环寿命不足" + Unique(40) + "，需要包覆改性工艺。");
        var earlier = await OkAsync(await enterprise.PostJsonAsync(DemandsPath, first), HttpStatusCode.Created);

        // 400 open demands of the same chain link's words (each with text of its own), saved directly.
        var org = await OrganisationAsync(app, "兴储世纪");
        await app.InScopeAsync(async d =>
        {
            var zone = await d.Organisations.Where(o => o.Id == org).Select(o => o.ZoneId).SingleAsync();
            for (var i = 0; i < 400; i++)
            {
                var code = "D-" + Guid.NewGuid().ToString("N")[..12];
                var demand = new Demand
                {
                    ZoneId = zone, Code = code, PosterOrganisationId = org, Title = "正极材料" + Unique(8), Problem = "层状氧化物正极材料循环寿命" + Unique(50) + "，需要包覆改性工艺。",
                    PostedOn = Today(app), Deadline = Today(app).AddDays(60),
                };
                if (i % 2 == 0)
                {
                    demand.Publish(Today(app), null);
                }

                d.Add(demand);
            }

            return await d.SaveChangesAsync();
        });

        // The SQL condition keeps the earlier posting and drops the look-alikes.
        var repost = (string)first["title"]! + "！\n " + (string)first["problem"]!;
        var filter = DuplicateCandidates.Filter(repost)!;
        var candidates = await app.InScopeAsync(d => d.Set<Demand>().AsNoTracking()
            .Where(x => x.Status == DemandStatus.Pending || x.Status == DemandStatus.Published).Where(filter).Select(x => x.Id).ToListAsync());
        candidates.ShouldContain(earlier.GetProperty("id").GetGuid());
        candidates.Count.ShouldBeLessThan(5);

        var refused = await enterprise.PostJsonAsync(DemandsPath, Body(app, title: first["title"] + "！", problem: " " + first["problem"]));
        refused.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await refused.ReadJsonAsync()).GetProperty("duplicateOf").GetProperty("id").GetGuid().ShouldBe(earlier.GetProperty("id").GetGuid());
    }
}
