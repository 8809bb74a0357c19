using System.Collections.Concurrent;
using System.Globalization;
using Gaoxin.Contracts;
using Gaoxin.Scenes.Matching.Rules;
using Lucene.Net.Analysis;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace Gaoxin.Scenes.Matching;

/// <summary>
/// Ranks the market for a query in two passes. The first finds candidates cheaply: the query's rarest words in one field
/// holding title, chain link and body, and its rarest character pairs. The second scores those candidates with the whole
/// query: BM25 over every analysed word with field boosts (body ＞ title ＞ chain link; certificates are not searched), plus
/// the character pairs of title and body (the buyer's title's pairs weigh double), so a need worded with other segment
/// boundaries than the offer still meets it. Then the domain rules (<see cref="MatchRules"/>) add to or take from the
/// text score (normalised to the best candidate) with their reasons. <see cref="MatchQuery.Plain"/> runs plain BM25 on
/// the same index instead: one pass, title and body unboosted, no domain terms, synonyms, pairs or rules.
/// </summary>
internal sealed class Matcher(MarketIndex index)
{
    // Weights chosen on the quality bench's tuning split (bench/results/scenes-quality.md): a title is short, so BM25's
    // length normalisation already favours it; boosting it more, or letting the rules outweigh the text, ranked the
    // products a buyer already has above what it asked for. The rules are tie-breakers on the normalised text score.
    private const float TitleBoost = 0.5f;
    private const float ChainBoost = 0.3f;
    private const float BodyBoost = 1f;
    private const float PairBoost = 0.3f;
    private const float QueryTitlePairWeight = 2f;
    private const double RuleWeight = 0.2;
    private const int MaxTerms = 96;

    // The first pass: a word or pair that many documents hold ranks little and costs the most postings to walk, so only
    // the rarest are asked for the candidates.
    private const int FirstPassWords = 12;
    private const int FirstPassPairs = 6;
    private const int FirstPassPool = 100;

    private static readonly ThreadLocal<Analyzer> Analysis = new(MarketAnalyzer.Create);
    private static readonly ThreadLocal<Analyzer> PlainAnalysis = new(MarketAnalyzer.CreatePlain);
    private static readonly ThreadLocal<Analyzer> PairAnalysis = new(MarketAnalyzer.CreateGrams);

    private readonly ConcurrentDictionary<string, Filter> scopes = new(StringComparer.Ordinal);

    public IReadOnlyList<MatchHit> Match(MatchQuery query, int top)
    {
        if (top <= 0 || query.Kinds.Count == 0)
        {
            return [];
        }

        var analyzer = query.Plain ? PlainAnalysis.Value! : Analysis.Value!;
        var titleTerms = MarketAnalyzer.Terms(analyzer, query.Title, MaxTerms);
        var bodyTerms = MarketAnalyzer.Terms(analyzer, query.Body + "\n" + (query.Plain ? "" : query.ChainLink), MaxTerms);
        var terms = titleTerms.Concat(bodyTerms).Distinct(StringComparer.Ordinal).Take(MaxTerms).ToList();
        if (terms.Count == 0)
        {
            return [];
        }

        var scope = Scope(query.ZoneId, query.Kinds);
        var titlePairs = query.Plain ? [] : MarketAnalyzer.Terms(PairAnalysis.Value!, query.Title, MaxTerms).ToHashSet(StringComparer.Ordinal);
        var pairs = query.Plain ? [] : titlePairs.Concat(MarketAnalyzer.Terms(PairAnalysis.Value!, query.Body, MaxTerms)).Distinct(StringComparer.Ordinal).ToList();

        return index.Search(searcher =>
        {
            TopDocs found;
            if (query.Plain)
            {
                var plain = new BooleanQuery();
                foreach (var term in terms)
                {
                    plain.Add(new TermQuery(new Term(MarketIndex.TitleField, term)), Occur.SHOULD);
                    plain.Add(new TermQuery(new Term(MarketIndex.BodyField, term)), Occur.SHOULD);
                }

                found = searcher.Search(new FilteredQuery(plain, scope), top);
            }
            else
            {
                var reader = searcher.IndexReader;
                var first = new BooleanQuery();
                foreach (var word in Rarest(reader, MarketIndex.AllField, terms, FirstPassWords))
                {
                    first.Add(new TermQuery(new Term(MarketIndex.AllField, word)), Occur.SHOULD);
                }

                foreach (var pair in Rarest(reader, MarketIndex.GramsField, pairs, FirstPassPairs))
                {
                    first.Add(Boosted(MarketIndex.GramsField, pair, PairBoost), Occur.SHOULD);
                }

                var whole = new BooleanQuery();
                foreach (var term in terms)
                {
                    whole.Add(Boosted(MarketIndex.TitleField, term, TitleBoost), Occur.SHOULD);
                    whole.Add(Boosted(MarketIndex.ChainField, term, ChainBoost), Occur.SHOULD);
                    whole.Add(Boosted(MarketIndex.BodyField, term, BodyBoost), Occur.SHOULD);
                }

                foreach (var pair in pairs)
                {
                    whole.Add(Boosted(MarketIndex.GramsField, pair, PairBoost * (titlePairs.Contains(pair) ? QueryTitlePairWeight : 1f)), Occur.SHOULD);
                }

                // Fewer candidates than the pool means the rarest terms are not where the query's kinds are (a product's own
                // words, say, when it looks for demands): the whole query then runs in one pass, as it would have without pruning.
                var wanted = Math.Max(top * 3, 50);
                var candidates = searcher.Search(new FilteredQuery(first, scope), FirstPassPool);
                found = candidates.TotalHits < FirstPassPool
                    ? searcher.Search(new FilteredQuery(whole, scope), wanted)
                    : Rescore(searcher, candidates, whole, wanted);
            }

            if (found.ScoreDocs.Length == 0)
            {
                return (IReadOnlyList<MatchHit>)[];
            }

            var best = found.ScoreDocs[0].Score;
            var ranked = new List<(ScoreDoc Doc, MarketDocKind Kind, Guid Id, string Title, double Score, IReadOnlyList<MatchReason> Reasons)>();
            foreach (var scoreDoc in found.ScoreDocs)
            {
                var stored = searcher.Doc(scoreDoc.Doc);
                var kind = (MarketDocKind)int.Parse(stored.Get(MarketIndex.KindField), CultureInfo.InvariantCulture);
                var id = Guid.ParseExact(stored.Get(MarketIndex.IdField), "N");
                var title = stored.Get(MarketIndex.TitleField) ?? "";
                if (query.Plain)
                {
                    ranked.Add((scoreDoc, kind, id, title, scoreDoc.Score, []));
                    continue;
                }

                var facts = new MatchFacts(
                    query.Industry, query.ChainLink, query.MinReadiness, query.RequiredCertificates, query.IpcClasses, query.Region,
                    (ZoneIndustry)int.Parse(stored.Get(MarketIndex.IndustryField), CultureInfo.InvariantCulture),
                    stored.Get(MarketIndex.ChainField),
                    stored.GetField(MarketIndex.ReadinessField)?.GetInt32Value(),
                    stored.Get(MarketIndex.CertsField),
                    stored.Get(MarketIndex.IpcField),
                    stored.Get(MarketIndex.RegionField));
                var reasons = MatchRules.All.Select(r => r.Evaluate(facts)).OfType<MatchReason>().ToList();
                var score = scoreDoc.Score / best + RuleWeight * reasons.Sum(r => r.Effect);
                ranked.Add((scoreDoc, kind, id, title, Math.Round(score, 4), reasons));
            }

            var chosen = ranked.OrderByDescending(r => r.Score).ThenBy(r => r.Doc.Doc).Take(top).ToList();
            var matched = MatchedTerms(searcher.IndexReader, terms, chosen.Select(c => c.Doc.Doc).ToList());
            return chosen.Select(c => new MatchHit(c.Kind, c.Id, c.Title, c.Score, matched[c.Doc.Doc], c.Reasons)).ToList();
        });
    }

    /// <summary>
    /// The zone and kinds a query may return, as a filter whose bits are cached per index segment: every match of a zone
    /// asks the same few questions, and walking 100,000 postings of the zone per query cost more than the text.
    /// </summary>
    private Filter Scope(Guid zone, IReadOnlyCollection<MarketDocKind> kinds)
    {
        var distinct = kinds.Distinct().Order().ToList();
        var key = MarketIndex.ZoneTerm(zone) + ":" + string.Join(",", distinct.Select(MarketIndex.KindTerm));
        return scopes.GetOrAdd(key, _ =>
        {
            var scope = new BooleanQuery { { new TermQuery(new Term(MarketIndex.ZoneField, MarketIndex.ZoneTerm(zone))), Occur.MUST } };
            var any = new BooleanQuery();
            foreach (var kind in distinct)
            {
                any.Add(new TermQuery(new Term(MarketIndex.KindField, MarketIndex.KindTerm(kind))), Occur.SHOULD);
            }

            scope.Add(any, Occur.MUST);
            return new CachingWrapperFilter(new QueryWrapperFilter(scope));
        });
    }

    /// <summary>The terms of <paramref name="field"/> held by the fewest documents (at least one), at most <paramref name="count"/>.</summary>
    private static IEnumerable<string> Rarest(IndexReader reader, string field, IEnumerable<string> terms, int count) =>
        terms.Select(t => (Term: t, Held: reader.DocFreq(new Term(field, t)))).Where(t => t.Held > 0)
            .OrderBy(t => t.Held).ThenBy(t => t.Term, StringComparer.Ordinal).Take(count).Select(t => t.Term);

    /// <summary>
    /// The second pass: the first pass only chose the candidates, the whole query scores them (each segment's scorer advanced
    /// to the candidates in document order). Written out rather than Lucene's QueryRescorer, which failed here on an index
    /// with deleted documents.
    /// </summary>
    private static TopDocs Rescore(IndexSearcher searcher, TopDocs candidates, Query whole, int top)
    {
        var hits = candidates.ScoreDocs.OrderBy(h => h.Doc).ToList();
        if (hits.Count == 0)
        {
            return candidates;
        }

        var weight = searcher.CreateNormalizedWeight(whole);
        var leaves = searcher.IndexReader.Leaves;
        var rescored = new List<ScoreDoc>(hits.Count);
        var leaf = -1;
        Scorer? scorer = null;
        foreach (var hit in hits)
        {
            var at = ReaderUtil.SubIndex(hit.Doc, leaves);
            if (at != leaf)
            {
                leaf = at;
                scorer = weight.GetScorer(leaves[at], leaves[at].AtomicReader.LiveDocs);
            }

            var target = hit.Doc - leaves[at].DocBase;
            if (scorer is null)
            {
                continue;
            }

            var doc = scorer.DocID < target ? scorer.Advance(target) : scorer.DocID;
            if (doc == target)
            {
                rescored.Add(new ScoreDoc(hit.Doc, scorer.GetScore()));
            }
        }

        var ranked = rescored.OrderByDescending(h => h.Score).ThenBy(h => h.Doc).Take(top).ToArray();
        return new TopDocs(rescored.Count, ranked, ranked.Length == 0 ? float.NaN : ranked[0].Score);
    }

    private static TermQuery Boosted(string field, string term, float boost) => new(new Term(field, term)) { Boost = boost };

    /// <summary>
    /// Which of the query's terms each hit holds (in any text field), in the query's order; a part is left out when a matched
    /// domain term already covers it (钠离子电池, not also 钠/离子/电池).
    /// </summary>
    private static Dictionary<int, IReadOnlyList<string>> MatchedTerms(IndexReader reader, IReadOnlyList<string> terms, IReadOnlyList<int> docs)
    {
        var found = docs.ToDictionary(d => d, _ => new HashSet<string>(StringComparer.Ordinal));
        var sorted = docs.Order().ToList();
        string[] fields = [MarketIndex.TitleField, MarketIndex.ChainField, MarketIndex.BodyField, MarketIndex.CertsField];
        foreach (var term in terms)
        {
            var bytes = new BytesRef(term);
            foreach (var field in fields)
            {
                var postings = MultiFields.GetTermDocsEnum(reader, MultiFields.GetLiveDocs(reader), field, bytes);
                if (postings is null)
                {
                    continue;
                }

                foreach (var doc in sorted)
                {
                    var at = postings.DocID >= doc ? postings.DocID : postings.Advance(doc);
                    if (at == DocIdSetIterator.NO_MORE_DOCS)
                    {
                        break;
                    }

                    if (at == doc)
                    {
                        found[doc].Add(term);
                    }
                }
            }
        }

        return found.ToDictionary(
            f => f.Key,
            f => (IReadOnlyList<string>)terms
                .Where(t => f.Value.Contains(t) && !f.Value.Any(o => o.Length > t.Length && o.Contains(t, StringComparison.Ordinal)))
                .ToList());
    }
}
