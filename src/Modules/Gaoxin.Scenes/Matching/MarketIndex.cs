using System.Globalization;
using Gaoxin.Contracts;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Store;
using Lucene.Net.Util;
using LuceneDirectory = Lucene.Net.Store.Directory;

namespace Gaoxin.Scenes.Matching;

/// <summary>
/// The market's full-text index (Lucene.Net, BM25): one document per (kind, id), fields title / body / chain / certs and
/// all (the three texts together, for the matcher's cheap first pass) with the <see cref="MarketAnalyzer"/>, grams (title
/// and body as character pairs, <see cref="MarketAnalyzer.CreateGrams"/>), and kind / zone / industry / ipc / readiness / region / organisation stored for the
/// rules. Thread-safe; near-real-time: writes go to one <see cref="IndexWriter"/> and a <see cref="SearcherManager"/> opens
/// readers over it, refreshed by <see cref="Refresh"/> or lazily by the next search after a write.
/// </summary>
internal sealed class MarketIndex : IDisposable
{
    internal const string KeyField = "key";
    internal const string KindField = "kind";
    internal const string IdField = "id";
    internal const string ZoneField = "zone";
    internal const string IndustryField = "industry";
    internal const string TitleField = "title";
    internal const string BodyField = "body";
    internal const string ChainField = "chain";
    internal const string CertsField = "certs";
    internal const string IpcField = "ipc";
    internal const string ReadinessField = "readiness";
    internal const string RegionField = "region";
    internal const string OrganisationField = "org";
    internal const string GramsField = "grams";
    internal const string AllField = "all";

    private readonly LuceneDirectory directory;
    private readonly IndexWriter writer;
    private readonly SearcherManager searchers;
    private volatile bool dirty;

    public MarketIndex(string? path = null)
    {
        directory = path is null ? new RAMDirectory() : FSDirectory.Open(path);
        var analysis = new Lucene.Net.Analysis.Miscellaneous.PerFieldAnalyzerWrapper(MarketAnalyzer.Create(),
            new Dictionary<string, Lucene.Net.Analysis.Analyzer> { [GramsField] = MarketAnalyzer.CreateGrams() });
        var config = new IndexWriterConfig(MarketAnalyzer.Version, analysis)
        {
            Similarity = Similarity,
            OpenMode = OpenMode.CREATE_OR_APPEND,
            RAMBufferSizeMB = 64,
            // Fewer, larger segments: every query term is looked up once per segment, and a query asks ~80 of them.
            MergePolicy = new TieredMergePolicy { SegmentsPerTier = 4, MaxMergeAtOnce = 4 },
        };
        writer = new IndexWriter(directory, config);
        searchers = new SearcherManager(writer, true, new SimilarFactory());
    }

    internal static readonly Similarity Similarity = new BM25Similarity();

    public int Count
    {
        get
        {
            Refresh();
            var searcher = searchers.Acquire();
            try
            {
                return searcher.IndexReader.NumDocs;
            }
            finally
            {
                searchers.Release(searcher);
            }
        }
    }

    public void Upsert(MarketDocument doc)
    {
        writer.UpdateDocument(new Term(KeyField, Key(doc.Kind, doc.Id)), ToLucene(doc));
        dirty = true;
    }

    public void UpsertMany(IEnumerable<MarketDocument> docs)
    {
        foreach (var doc in docs)
        {
            writer.UpdateDocument(new Term(KeyField, Key(doc.Kind, doc.Id)), ToLucene(doc));
        }

        dirty = true;
    }

    public void Remove(MarketDocKind kind, Guid id)
    {
        writer.DeleteDocuments(new Term(KeyField, Key(kind, id)));
        dirty = true;
    }

    /// <summary>Makes the last writes searchable now.</summary>
    public void Refresh()
    {
        dirty = false;
        searchers.MaybeRefreshBlocking();
    }

    /// <summary>Runs a search on a current reader: refreshes first when something was written since the last refresh.</summary>
    internal T Search<T>(Func<IndexSearcher, T> search)
    {
        if (dirty)
        {
            Refresh();
        }

        var searcher = searchers.Acquire();
        try
        {
            return search(searcher);
        }
        finally
        {
            searchers.Release(searcher);
        }
    }

    public void Dispose()
    {
        searchers.Dispose();
        writer.Dispose();
        directory.Dispose();
    }

    internal static string Key(MarketDocKind kind, Guid id) => ((int)kind).ToString(CultureInfo.InvariantCulture) + ":" + id.ToString("N");

    internal static string ZoneTerm(Guid zone) => zone.ToString("N");

    internal static string KindTerm(MarketDocKind kind) => ((int)kind).ToString(CultureInfo.InvariantCulture);

    private static Document ToLucene(MarketDocument doc)
    {
        var d = new Document
        {
            new StringField(KeyField, Key(doc.Kind, doc.Id), Field.Store.NO),
            new StringField(KindField, KindTerm(doc.Kind), Field.Store.YES),
            new StringField(IdField, doc.Id.ToString("N"), Field.Store.YES),
            new StringField(ZoneField, ZoneTerm(doc.ZoneId), Field.Store.NO),
            new StringField(IndustryField, ((int)doc.Industry).ToString(CultureInfo.InvariantCulture), Field.Store.YES),
            new TextField(TitleField, Clip(doc.Title), Field.Store.YES),
            new TextField(BodyField, Clip(doc.Body), Field.Store.NO),
            new TextField(GramsField, Clip(doc.Title + "\n" + doc.Body), Field.Store.NO),
            new TextField(AllField, Clip(doc.Title + "\n" + doc.ChainLink + "\n" + doc.Body), Field.Store.NO),
        };
        if (!string.IsNullOrWhiteSpace(doc.ChainLink))
        {
            d.Add(new TextField(ChainField, Clip(doc.ChainLink), Field.Store.YES));
        }

        if (!string.IsNullOrWhiteSpace(doc.Certificates))
        {
            d.Add(new TextField(CertsField, Clip(doc.Certificates), Field.Store.YES));
        }

        if (!string.IsNullOrWhiteSpace(doc.IpcClasses))
        {
            d.Add(new StoredField(IpcField, doc.IpcClasses));
        }

        if (doc.Readiness is { } readiness)
        {
            d.Add(new Int32Field(ReadinessField, readiness, Field.Store.YES));
        }

        if (!string.IsNullOrWhiteSpace(doc.Region))
        {
            d.Add(new StoredField(RegionField, doc.Region));
        }

        if (doc.OrganisationId is { } organisation)
        {
            d.Add(new StoredField(OrganisationField, organisation.ToString("N")));
        }

        return d;
    }

    /// <summary>An enormous text is indexed by its first 20,000 characters: past that it only dilutes the scores.</summary>
    private static string Clip(string text) => text.Length <= 20_000 ? text : text[..20_000];

    /// <summary>Every searcher scores with BM25, as the writer indexed.</summary>
    private sealed class SimilarFactory : SearcherFactory
    {
        public override IndexSearcher NewSearcher(IndexReader reader) => new(reader) { Similarity = Similarity };
    }
}
