using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Gaoxin.Contracts;
using Gaoxin.Scenes.Matching;

namespace Gaoxin.Bench.Scenes;

/// <summary>
/// `scenes-quality`: how well the marketplace matcher ranks supply for buyers' demands, against plain BM25 over the same
/// index in the same run (<see cref="MatchQuery.Plain"/> = true: no field boosts, no domain rules, no expansion). Reads the
/// hand-labelled set in Scenes/eval (docs.json: achievements and products; queries.json: demands with graded labels and a
/// tuning / held-out split), indexes it into a <see cref="MarketIndex"/>, runs every query both ways and writes nDCG@10 and
/// recall@50 per split, the matcher/plain ratio, and the queries where the matcher loses most (with the evidence: both
/// top fives, where the grade-2 documents landed, the rules that fired) to bench/results/scenes-quality[-smoke].md and .json.
/// `--smoke`: the first 20 queries.
/// </summary>
internal static class ScenesQualityBench
{
    private const int Top = 50;

    internal sealed record EvalDoc(string Key, string Kind, string Title, string Description, string Industry, string? ChainLink, int Readiness, string? Ipc);

    internal sealed record EvalQuery(string Id, string Split, string Title, string Body, string? Industry, Dictionary<string, int> Labels);

    private sealed record Outcome(EvalQuery Query, double Ndcg, double Recall, double PlainNdcg, double PlainRecall,
        IReadOnlyList<MatchHit> Hits, IReadOnlyList<MatchHit> PlainHits);

    private static readonly JsonSerializerOptions Json = new() { PropertyNameCaseInsensitive = true, WriteIndented = true };

    public static Task<int> RunAsync(string[] args)
    {
        RankMetrics.SelfCheck();
        var smoke = args.Contains("--smoke");
        var folder = Path.Combine(AppContext.BaseDirectory, "Scenes", "eval");
        var docs = JsonSerializer.Deserialize<List<EvalDoc>>(File.ReadAllText(Path.Combine(folder, "docs.json")), Json)!;
        var queries = JsonSerializer.Deserialize<List<EvalQuery>>(File.ReadAllText(Path.Combine(folder, "queries.json")), Json)!;
        if (smoke)
        {
            queries = [.. queries.Take(20)];
        }

        var zone = IdOf("zone");
        var byId = docs.ToDictionary(d => IdOf(d.Key), d => d);
        using var index = new MarketIndex();
        index.UpsertMany(docs.Select(d => ToMarket(d, zone)));
        index.Refresh();
        var matcher = new Matcher(index);
        var outcomes = new List<Outcome>();
        foreach (var q in queries)
        {
            var hits = matcher.Match(ToQuery(q, zone, plain: false), Top);
            var plainHits = matcher.Match(ToQuery(q, zone, plain: true), Top);
            var ranked = hits.Select(h => byId.TryGetValue(h.Id, out var d) ? d.Key : "?").ToList();
            var plainRanked = plainHits.Select(h => byId.TryGetValue(h.Id, out var d) ? d.Key : "?").ToList();
            outcomes.Add(new Outcome(q, RankMetrics.Ndcg(ranked, q.Labels, 10), RankMetrics.Recall(ranked, q.Labels, Top),
                RankMetrics.Ndcg(plainRanked, q.Labels, 10), RankMetrics.Recall(plainRanked, q.Labels, Top), hits, plainHits));
        }

        var report = Report(docs, outcomes, byId, smoke, index.Count);
        Directory.CreateDirectory(Path.Combine("bench", "results"));
        var name = smoke ? "scenes-quality-smoke" : "scenes-quality";
        File.WriteAllText(Path.Combine("bench", "results", name + ".md"), report.Markdown);
        File.WriteAllText(Path.Combine("bench", "results", name + ".json"), JsonSerializer.Serialize(report.Summary, Json));
        Console.WriteLine(report.Console);
        return Task.FromResult(0);
    }

    /// <summary>A stable id per key (the set's keys are the identities; the run does not depend on Guid.NewGuid).</summary>
    internal static Guid IdOf(string key) => new(SHA256.HashData(Encoding.UTF8.GetBytes("scenes-eval:" + key)).AsSpan(0, 16));

    private static ZoneIndustry Industry(string? name) =>
        Enum.TryParse<ZoneIndustry>(name, out var industry) ? industry : ZoneIndustry.Other;

    private static MarketDocument ToMarket(EvalDoc d, Guid zone) =>
        new(d.Kind == "Product" ? MarketDocKind.Product : MarketDocKind.Achievement, IdOf(d.Key), zone, d.Title, d.Description,
            Industry(d.Industry), d.ChainLink, d.Readiness, null, d.Ipc, null, null);

    private static MatchQuery ToQuery(EvalQuery q, Guid zone, bool plain) =>
        new(zone, q.Title, q.Body, q.Industry is null ? null : Industry(q.Industry), null, null, null, null,
            [MarketDocKind.Achievement, MarketDocKind.Product], plain);

    private sealed record Built(string Markdown, object Summary, string Console);

    private static Built Report(List<EvalDoc> docs, List<Outcome> outcomes, Dictionary<Guid, EvalDoc> byId, bool smoke, int indexed)
    {
        var md = new StringBuilder();
        var inv = CultureInfo.InvariantCulture;
        md.AppendLine(inv, $"# Match quality: the matcher against plain BM25 on the same index{(smoke ? " (smoke: 20 queries)" : string.Empty)}");
        md.AppendLine();
        md.AppendLine(FormattableString.Invariant($"{DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC. {docs.Count} supply documents ({indexed} in the index), {outcomes.Count} queries; ") +
            "the set and how it was labelled: `bench/results/scenes-eval-set.md`. nDCG@10 with gain 2^grade − 1; recall@50 = labelled " +
            "documents (grade ≥ 1) in the top 50. Plain = `MatchQuery.Plain` (BM25 over the same analysed fields, no boosts, rules or " +
            "expansion). Means over queries; ratio = matcher / plain.");
        md.AppendLine();
        md.AppendLine("| split | queries | nDCG@10 matcher | nDCG@10 plain | ratio | recall@50 matcher | recall@50 plain | ratio | matcher wins / ties / losses (nDCG@10) |");
        md.AppendLine("|---|---:|---:|---:|---:|---:|---:|---:|---|");
        var summary = new List<object>();
        var lines = new StringBuilder();
        foreach (var (split, set) in new[] { ("tuning", outcomes.Where(o => o.Query.Split == "tuning").ToList()),
                     ("held-out", outcomes.Where(o => o.Query.Split == "heldout").ToList()), ("all", outcomes) })
        {
            if (set.Count == 0)
            {
                continue;
            }

            var (n, pn, r, pr) = (set.Average(o => o.Ndcg), set.Average(o => o.PlainNdcg), set.Average(o => o.Recall), set.Average(o => o.PlainRecall));
            var wins = set.Count(o => o.Ndcg > o.PlainNdcg + 1e-9);
            var losses = set.Count(o => o.Ndcg < o.PlainNdcg - 1e-9);
            md.AppendLine(inv, $"| {split} | {set.Count} | {n:0.000} | {pn:0.000} | {Ratio(n, pn)} | {r:0.000} | {pr:0.000} | {Ratio(r, pr)} | {wins} / {set.Count - wins - losses} / {losses} |");
            summary.Add(new { split, queries = set.Count, ndcg10 = n, ndcg10Plain = pn, recall50 = r, recall50Plain = pr, wins, losses });
            lines.AppendLine(inv, $"{split}: nDCG@10 {n:0.000} vs plain {pn:0.000} ({Ratio(n, pn)}), recall@50 {r:0.000} vs {pr:0.000} ({Ratio(r, pr)})");
        }

        md.AppendLine();
        md.AppendLine("Is the difference more than chance? Per query Δ = matcher − plain nDCG@10; the interval is the paired percentile bootstrap " +
            "(10,000 resamples of the queries, seed 16); the sign test counts wins against losses, ties left out (two-sided, exact).");
        md.AppendLine();
        md.AppendLine("| split | mean Δ nDCG@10 | 95% interval of the mean Δ | sign test p |");
        md.AppendLine("|---|---:|---|---:|");
        foreach (var (split, set) in new[] { ("tuning", outcomes.Where(o => o.Query.Split == "tuning").ToList()),
                     ("held-out", outcomes.Where(o => o.Query.Split == "heldout").ToList()), ("all", outcomes) })
        {
            if (set.Count == 0)
            {
                continue;
            }

            var deltas = set.Select(o => o.Ndcg - o.PlainNdcg).ToList();
            var (low, high) = RankMetrics.BootstrapInterval(deltas);
            var p = RankMetrics.SignTest(set.Count(o => o.Ndcg > o.PlainNdcg + 1e-9), set.Count(o => o.Ndcg < o.PlainNdcg - 1e-9));
            md.AppendLine(inv, $"| {split} | {deltas.Average():+0.000;-0.000;0} | [{low:+0.000;-0.000;0}, {high:+0.000;-0.000;0}] | {p:0.0000} |");
            lines.AppendLine(inv, $"{split}: mean Δ nDCG@10 {deltas.Average():+0.000;-0.000;0}, 95% interval [{low:+0.000;-0.000;0}, {high:+0.000;-0.000;0}], sign test p {p:0.0000}");
        }

        md.AppendLine();
        md.AppendLine("## Per query");
        md.AppendLine();
        md.AppendLine("| query | split | nDCG@10 matcher | plain | Δ | recall@50 matcher | plain |");
        md.AppendLine("|---|---|---:|---:|---:|---:|---:|");
        foreach (var o in outcomes)
        {
            md.AppendLine(inv, $"| {o.Query.Id} {o.Query.Title} | {o.Query.Split} | {o.Ndcg:0.000} | {o.PlainNdcg:0.000} | {o.Ndcg - o.PlainNdcg:+0.000;-0.000;0} | {o.Recall:0.00} | {o.PlainRecall:0.00} |");
        }

        md.AppendLine();
        md.AppendLine("## Where the matcher loses most (nDCG@10 matcher − plain)");
        md.AppendLine();
        var worst = outcomes.Where(o => o.Ndcg < o.PlainNdcg - 1e-9).OrderBy(o => o.Ndcg - o.PlainNdcg).Take(5).ToList();
        if (worst.Count == 0)
        {
            md.AppendLine("The matcher loses on no query.");
        }

        foreach (var o in worst)
        {
            md.AppendLine(inv, $"### {o.Query.Id} {o.Query.Title} ({o.Query.Split}): {o.Ndcg:0.000} vs {o.PlainNdcg:0.000}");
            md.AppendLine();
            md.AppendLine(inv, $"> {o.Query.Body} (industry {o.Query.Industry ?? "—"})");
            md.AppendLine();
            var rank = (IReadOnlyList<MatchHit> hits, string key) =>
            {
                var i = hits.ToList().FindIndex(h => byId.TryGetValue(h.Id, out var d) && d.Key == key);
                return i < 0 ? "—" : (i + 1).ToString(inv);
            };
            var solvers = o.Query.Labels.Where(l => l.Value == 2).Select(l => $"{l.Key} (matcher #{rank(o.Hits, l.Key)}, plain #{rank(o.PlainHits, l.Key)})");
            md.AppendLine(inv, $"Grade-2 documents: {string.Join("; ", solvers)}.");
            md.AppendLine();
            md.AppendLine("| # | matcher top 5 (grade) | terms / rules | plain top 5 (grade) |");
            md.AppendLine("|---:|---|---|---|");
            for (var i = 0; i < 5; i++)
            {
                md.AppendLine(inv, $"| {i + 1} | {Cell(o.Hits, i, byId, o.Query)} | {Why(o.Hits, i)} | {Cell(o.PlainHits, i, byId, o.Query)} |");
            }

            md.AppendLine();
        }

        return new Built(md.ToString(), new { generated = DateTime.UtcNow, smoke, documents = docs.Count, splits = summary,
            queries = outcomes.Select(o => new { o.Query.Id, o.Query.Split, o.Ndcg, o.PlainNdcg, o.Recall, o.PlainRecall }) }, lines.ToString());
    }

    private static string Ratio(double a, double b) => b == 0 ? "—" : (a / b).ToString("0.00", CultureInfo.InvariantCulture) + "×";

    private static string Cell(IReadOnlyList<MatchHit> hits, int i, Dictionary<Guid, EvalDoc> byId, EvalQuery q)
    {
        if (i >= hits.Count)
        {
            return "—";
        }

        var key = byId.TryGetValue(hits[i].Id, out var d) ? d.Key : "?";
        return $"{hits[i].Title} `{key}` ({q.Labels.GetValueOrDefault(key)})";
    }

    private static string Why(IReadOnlyList<MatchHit> hits, int i) =>
        i >= hits.Count ? "—" : string.Join(" ", hits[i].MatchedTerms.Take(8)) +
            (hits[i].Reasons.Count == 0 ? string.Empty : " · " + string.Join("; ", hits[i].Reasons.Select(r => r.Text)));
}
