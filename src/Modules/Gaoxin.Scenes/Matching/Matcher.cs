using System.Globalization;
using Gaoxin.Contracts;
using Gaoxin.Scenes.Matching.Rules;
using Lucene.Net.Analysis;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace Gaoxin.Scenes.Matching;

/// <summary>
/// Ranks the market for a query: BM25 over the query's analysed terms with field boosts (title ＞ chain link ＞ body ＞
/// certificates; terms of the query's own title weigh more), then the domain rules (<see cref="MatchRules"/>) add to or take
/// from the text score (normalised to the best candidate) with their reasons. <see cref="MatchQuery.Plain"/> runs plain
/// BM25 on the same index instead: title and body unboosted, no domain terms or synonyms, no rules.
/// </summary>
internal sealed class Matcher(MarketIndex index)
{
    // Weights chosen on the quality bench's tuning split (bench/results/scenes-quality.md): a title is short, so BM25's
    // length normalisation already favours it; boosting it more, or letting the rules outweigh the text, ranked the
    // products a buyer already has above what it asked for. The rules are tie-breakers on the normalised text score.
    private const float TitleBoost = 0.5f;
    private const float ChainBoost = 0.3f;
    private const float BodyBoost = 1f;
    private const float QueryTitleWeight = 1f;
    private const double RuleWeight = 0.2;
    private const int MaxTerms = 96;

    private static readonly ThreadLocal<Analyzer> Analysis = new(MarketAnalyzer.Create);
    private static readonly ThreadLocal<Analyzer> PlainAnalysis = new(MarketAnalyzer.CreatePlain);

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

        var text = new BooleanQuery();
        var titleSet = titleTerms.ToHashSet(StringComparer.Ordinal);
        foreach (var term in terms)
        {
            var weight = !query.Plain && titleSet.Contains(term) ? QueryTitleWeight : 1f;
            if (query.Plain)
            {
                text.Add(new TermQuery(new Term(MarketIndex.TitleField, term)), Occur.SHOULD);
                text.Add(new TermQuery(new Term(MarketIndex.BodyField, term)), Occur.SHOULD);
                continue;
            }

            text.Add(Boosted(MarketIndex.TitleField, term, TitleBoost * weight), Occur.SHOULD);
            text.Add(Boosted(MarketIndex.ChainField, term, ChainBoost * weight), Occur.SHOULD);
            text.Add(Boosted(MarketIndex.BodyField, term, BodyBoost * weight), Occur.SHOULD);
        }

        var scope = new BooleanQuery { { new TermQuery(new Term(MarketIndex.ZoneField, MarketIndex.ZoneTerm(query.ZoneId))), Occur.MUST } };
        var kinds = new BooleanQuery();
        foreach (var kind in query.Kinds.Distinct())
        {
            kinds.Add(new TermQuery(new Term(MarketIndex.KindField, MarketIndex.KindTerm(kind))), Occur.SHOULD);
        }

        scope.Add(kinds, Occur.MUST);
        var filtered = new FilteredQuery(text, new QueryWrapperFilter(scope));
        var candidates = query.Plain ? top : Math.Max(top * 3, 50);

        return index.Search(searcher =>
        {
            var found = searcher.Search(filtered, candidates);
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
