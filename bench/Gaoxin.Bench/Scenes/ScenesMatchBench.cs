using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Json;
using Gaoxin.Contracts;
using Gaoxin.Scenes.Matching;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Store;
using Lucene.Net.Util;

namespace Gaoxin.Bench.Scenes;

/// <summary>
/// `scenes-match`: the marketplace index at scale. Generates (seeded) 100,000 achievements and products and 20,000 scenes and
/// demands (<see cref="SyntheticMarket"/>), times the full <see cref="MarketIndex"/> build (= a rebuild), then per query
/// alternates <b>matcher</b> (<see cref="Matcher.Match"/>, supply kinds, top 20) with <b>floor</b>: a bare Lucene index
/// written here (own IndexWriter over a RAMDirectory, the same <see cref="MarketAnalyzer.Create"/> analysis, BM25, title and
/// body as text fields, a plain BooleanQuery of the query's analysed terms, kind and zone as zero-weight filters, the stored
/// id of the top 20 read) with no matcher code. Then freshness: an item is <see cref="MarketIndex.Upsert"/>ed and matched
/// every 5 ms until it is returned, relying on the index's own refresh policy (no Refresh call). Writes
/// bench/results/scenes-match[-smoke].md and .json. `--smoke`: 2,000 + 400 documents, 50 queries, 20 fresh items.
/// </summary>
internal static class ScenesMatchBench
{
    private const int Top = 20;

    private static readonly JsonSerializerOptions JsonOut = new() { WriteIndented = true, NumberHandling = System.Text.Json.Serialization.JsonNumberHandling.AllowNamedFloatingPointLiterals };

    public static Task<int> RunAsync(string[] args)
    {
        var smoke = args.Contains("--smoke");
        var supply = BenchKit.Arg(args, "--supply", smoke ? 2_000 : 100_000);
        var demand = BenchKit.Arg(args, "--demand", smoke ? 400 : 20_000);
        var queries = BenchKit.Arg(args, "--queries", smoke ? 50 : 600);
        var fresh = BenchKit.Arg(args, "--fresh", smoke ? 20 : 120);
        var zone = ScenesQualityBench.IdOf("bench-zone");
        var otherZone = ScenesQualityBench.IdOf("bench-other-zone");

        var generator = new SyntheticMarket(16);
        var docs = new List<MarketDocument>(supply + demand);
        for (var i = 0; i < supply; i++)
        {
            var s = generator.Supply();
            var kind = i % 3 == 0 ? MarketDocKind.Achievement : MarketDocKind.Product;
            docs.Add(new MarketDocument(kind, Id("s", i), i % 10 == 9 ? otherZone : zone, s.Title, s.Body, s.Industry, s.Chain, s.Readiness, null, null, null, null));
        }

        for (var i = 0; i < demand; i++)
        {
            var d = generator.Demand();
            var kind = i % 4 == 0 ? MarketDocKind.Scene : MarketDocKind.Demand;
            docs.Add(new MarketDocument(kind, Id("d", i), zone, d.Title, d.Body, d.Industry, d.Chain, null, null, null, null, null));
        }

        var asked = new SyntheticMarket(1600);
        var texts = Enumerable.Range(0, queries + 20).Select(_ => asked.Demand()).ToList();
        Console.WriteLine($"generated {docs.Count:N0} documents; indexing");

        using var index = new MarketIndex();
        var watch = Stopwatch.StartNew();
        index.UpsertMany(docs);
        index.Refresh();
        var buildSeconds = watch.Elapsed.TotalSeconds;
        var indexed = index.Count;
        Console.WriteLine($"MarketIndex built: {indexed:N0} documents in {buildSeconds:0.0} s");

        watch.Restart();
        using var floor = new Floor(docs);
        var floorBuildSeconds = watch.Elapsed.TotalSeconds;
        Console.WriteLine($"floor index built in {floorBuildSeconds:0.0} s");

        var matcher = new Matcher(index);
        var supplyKinds = new[] { MarketDocKind.Achievement, MarketDocKind.Product };
        var matcherMs = new List<double>();
        var floorMs = new List<double>();
        var overlap = new List<double>();
        for (var i = 0; i < texts.Count; i++)
        {
            var t = texts[i];
            var query = new MatchQuery(zone, t.Title, t.Body, t.Industry, null, null, null, null, supplyKinds);
            var floorFirst = i % 2 == 1;
            double m = 0, f = 0;
            IReadOnlyList<MatchHit> hits = [];
            List<Guid> floorHits = [];
            for (var turn = 0; turn < 2; turn++)
            {
                var sw = Stopwatch.StartNew();
                if ((turn == 0) == floorFirst)
                {
                    floorHits = floor.Search(zone, t.Title + "\n" + t.Body);
                    f = sw.Elapsed.TotalMilliseconds;
                }
                else
                {
                    hits = matcher.Match(query, Top);
                    m = sw.Elapsed.TotalMilliseconds;
                }
            }

            if (i < 20)
            {
                continue; // warm-up
            }

            matcherMs.Add(m);
            floorMs.Add(f);
            overlap.Add(floorHits.Count == 0 ? 0 : hits.Count(h => floorHits.Contains(h.Id)) / (double)floorHits.Count);
        }

        Console.WriteLine($"match p50 {BenchKit.Percentile(matcherMs, 0.5):0.00} ms p95 {BenchKit.Percentile(matcherMs, 0.95):0.00} ms; floor p50 {BenchKit.Percentile(floorMs, 0.5):0.00} ms p95 {BenchKit.Percentile(floorMs, 0.95):0.00} ms");

        var (freshMs, refreshMs, missed) = Freshness(index, matcher, zone, fresh);
        Console.WriteLine($"freshness p50 {Pct(freshMs, 0.5)} ms p95 {Pct(freshMs, 0.95)} ms ({missed} not found within 5 s)");

        Write(smoke, docs.Count, indexed, buildSeconds, floorBuildSeconds, matcherMs, floorMs, overlap, freshMs, refreshMs, missed, fresh);
        return Task.FromResult(missed > 0 ? 1 : 0);
    }

    private static Guid Id(string side, int i) => ScenesQualityBench.IdOf($"bench:{side}:{i}");

    private static string Pct(List<double> xs, double p) => xs.Count == 0 ? "—" : BenchKit.Percentile(xs, p).ToString("0.0", CultureInfo.InvariantCulture);

    /// <summary>
    /// Each new product carries a code no other document has (so it is the one hit to wait for). Upsert, then match every 5 ms
    /// until it is returned (the index's own policy makes it visible); then the same with an explicit Refresh for comparison.
    /// </summary>
    private static (List<double> Fresh, List<double> Refreshed, int Missed) Freshness(MarketIndex index, Matcher matcher, Guid zone, int items)
    {
        var generator = new SyntheticMarket(2026);
        var kinds = new[] { MarketDocKind.Product };
        var fresh = new List<double>();
        var refreshed = new List<double>();
        var missed = 0;
        for (var i = 0; i < items * 2; i++)
        {
            var s = generator.Supply();
            var code = $"XQ{9000 + i}ZB";
            var doc = new MarketDocument(MarketDocKind.Product, Id("fresh", i), zone, $"{code}{s.Title}", $"{code}：{s.Body}", s.Industry, s.Chain, s.Readiness, null, null, null, null);
            var query = new MatchQuery(zone, $"{code}{s.Title}", s.Body, s.Industry, null, null, null, null, kinds);
            var explicitRefresh = i >= items;
            var sw = Stopwatch.StartNew();
            index.Upsert(doc);
            if (explicitRefresh)
            {
                index.Refresh();
            }

            var found = false;
            while (sw.Elapsed < TimeSpan.FromSeconds(5))
            {
                if (matcher.Match(query, 50).Any(h => h.Id == doc.Id))
                {
                    found = true;
                    break;
                }

                Thread.Sleep(5);
            }

            if (!found)
            {
                missed++;
                continue;
            }

            (explicitRefresh ? refreshed : fresh).Add(sw.Elapsed.TotalMilliseconds);
        }

        return (fresh, refreshed, missed);
    }

    private static void Write(bool smoke, int generated, int indexed, double build, double floorBuild, List<double> m, List<double> f,
        List<double> overlap, List<double> fresh, List<double> refreshed, int missed, int freshItems)
    {
        var inv = CultureInfo.InvariantCulture;
        double P(List<double> xs, double p) => xs.Count == 0 ? double.NaN : BenchKit.Percentile(xs, p);
        var md = new StringBuilder();
        md.AppendLine(inv, $"# Marketplace matching at scale{(smoke ? " (smoke)" : string.Empty)}");
        md.AppendLine();
        md.AppendLine(FormattableString.Invariant($"{DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC, {Environment.ProcessorCount} cores (shared with other work: read ratios, not absolute times). ") +
            FormattableString.Invariant($"{generated:N0} generated documents (supply: achievements and products, a tenth in a second zone; demand: scenes and demands), ") +
            FormattableString.Invariant($"{indexed:N0} in the index. Queries: {m.Count} generated demands (after 20 warm-ups), supply kinds, top {Top}, one thread, ") +
            "matcher and floor alternating which goes first.");
        md.AppendLine();
        md.AppendLine("| measure | p50 | p95 | p99 | goal |");
        md.AppendLine("|---|---:|---:|---:|---|");
        md.AppendLine(inv, $"| matcher: `Matcher.Match` (ms) | {P(m, .5):0.00} | {P(m, .95):0.00} | {P(m, .99):0.00} | p95 < 20 ms |");
        md.AppendLine(inv, $"| floor: bare Lucene, same analyzer, BM25, BooleanQuery of the analysed terms (ms) | {P(f, .5):0.00} | {P(f, .95):0.00} | {P(f, .99):0.00} | — |");
        md.AppendLine(inv, $"| ratio matcher / floor | {P(m, .5) / P(f, .5):0.00}× | {P(m, .95) / P(f, .95):0.00}× | {P(m, .99) / P(f, .99):0.00}× | — |");
        md.AppendLine(inv, $"| freshness: `Upsert`, then matched every 5 ms until returned, the index's own refresh policy (ms, {fresh.Count} items) | {P(fresh, .5):0.0} | {P(fresh, .95):0.0} | {P(fresh, .99):0.0} | < 1 s |");
        md.AppendLine(inv, $"| for comparison: `Upsert` + explicit `Refresh` + match (ms, {refreshed.Count} items) | {P(refreshed, .5):0.0} | {P(refreshed, .95):0.0} | {P(refreshed, .99):0.0} | — |");
        md.AppendLine();
        md.AppendLine(FormattableString.Invariant($"Full index build (= rebuild) through `MarketIndex.UpsertMany` + `Refresh`: **{build:0.0} s** ({indexed / Math.Max(build, 1e-9):N0} documents/s); ") +
            FormattableString.Invariant($"the floor's own index of the same documents: {floorBuild:0.0} s. Fresh items not returned within 5 s: {missed} of {freshItems * 2}. ") +
            FormattableString.Invariant($"Mean share of the floor's top {Top} that the matcher also returns: {(overlap.Count == 0 ? 0 : overlap.Average()):0.00} ") +
            "(the matcher adds field boosts, domain rules and expansion, so the lists differ by design).");
        System.IO.Directory.CreateDirectory(Path.Combine("bench", "results"));
        var name = smoke ? "scenes-match-smoke" : "scenes-match";
        File.WriteAllText(Path.Combine("bench", "results", name + ".md"), md.ToString());
        var json = new
        {
            generated = DateTime.UtcNow, smoke, documents = generated, indexed, buildSeconds = build, floorBuildSeconds = floorBuild,
            matcher = new { p50 = P(m, .5), p95 = P(m, .95), p99 = P(m, .99), n = m.Count },
            floor = new { p50 = P(f, .5), p95 = P(f, .95), p99 = P(f, .99), n = f.Count },
            freshness = new { p50 = P(fresh, .5), p95 = P(fresh, .95), n = fresh.Count, missed },
            refreshed = new { p50 = P(refreshed, .5), p95 = P(refreshed, .95), n = refreshed.Count },
            overlap = overlap.Count == 0 ? 0 : overlap.Average(),
        };
        File.WriteAllText(Path.Combine("bench", "results", name + ".json"),
            JsonSerializer.Serialize(json, JsonOut));
    }

    /// <summary>The floor: Lucene with nothing of the matcher but its analyzer.</summary>
    private sealed class Floor : IDisposable
    {
        private readonly Analyzer analyzer = MarketAnalyzer.Create();
        private readonly RAMDirectory directory = new();
        private readonly DirectoryReader reader;
        private readonly IndexSearcher searcher;

        public Floor(IEnumerable<MarketDocument> docs)
        {
            var config = new IndexWriterConfig(LuceneVersion.LUCENE_48, analyzer) { Similarity = new BM25Similarity(), OpenMode = OpenMode.CREATE };
            using (var writer = new IndexWriter(directory, config))
            {
                foreach (var d in docs)
                {
                    writer.AddDocument(new Document
                    {
                        new StringField("id", d.Id.ToString("N"), Field.Store.YES),
                        new StringField("kind", ((int)d.Kind).ToString(CultureInfo.InvariantCulture), Field.Store.NO),
                        new StringField("zone", d.ZoneId.ToString("N"), Field.Store.NO),
                        new TextField("title", d.Title, Field.Store.YES),
                        new TextField("body", d.Body, Field.Store.NO),
                    });
                }

                writer.Commit();
            }

            reader = DirectoryReader.Open(directory);
            searcher = new IndexSearcher(reader) { Similarity = new BM25Similarity() };
        }

        public List<Guid> Search(Guid zone, string text)
        {
            var terms = new BooleanQuery();
            foreach (var term in Analyse(text).Distinct())
            {
                terms.Add(new TermQuery(new Term("title", term)), Occur.SHOULD);
                terms.Add(new TermQuery(new Term("body", term)), Occur.SHOULD);
            }

            var kinds = new BooleanQuery { Boost = 0 };
            kinds.Add(new TermQuery(new Term("kind", ((int)MarketDocKind.Achievement).ToString(CultureInfo.InvariantCulture))), Occur.SHOULD);
            kinds.Add(new TermQuery(new Term("kind", ((int)MarketDocKind.Product).ToString(CultureInfo.InvariantCulture))), Occur.SHOULD);
            var inZone = new TermQuery(new Term("zone", zone.ToString("N"))) { Boost = 0 };
            var query = new BooleanQuery { { terms, Occur.MUST }, { kinds, Occur.MUST }, { inZone, Occur.MUST } };
            var top = searcher.Search(query, Top);
            // Read what a hit list shows (id and title), as the matcher does.
            return [.. top.ScoreDocs.Select(sd => { var doc = searcher.Doc(sd.Doc); _ = doc.Get("title"); return Guid.ParseExact(doc.Get("id"), "N"); })];
        }

        private List<string> Analyse(string text)
        {
            var terms = new List<string>();
            using var stream = analyzer.GetTokenStream("body", text);
            var term = stream.AddAttribute<ICharTermAttribute>();
            stream.Reset();
            while (stream.IncrementToken())
            {
                terms.Add(term.ToString());
            }

            stream.End();
            return terms;
        }

        public void Dispose()
        {
            reader.Dispose();
            directory.Dispose();
            analyzer.Dispose();
        }
    }
}
