using System.Reflection;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Cn.Smart;
using Lucene.Net.Analysis.En;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Analysis.Util;
using Lucene.Net.Util;

namespace Gaoxin.Scenes.Matching;

/// <summary>
/// The analysis the market index and its queries share: SmartCn's HMM segmentation (which splits domain compounds:
/// 钠离子电池 → 钠/离子/电池), then <see cref="DomainTermFilter"/>, which also emits the known domain term over its parts at
/// the same position, expands abbreviations (钠电 → 钠离子电池), and drops stop words and punctuation. Public and static so
/// the bench's bare-Lucene floor analyses exactly as the index does.
/// </summary>
internal static class MarketAnalyzer
{
    internal const LuceneVersion Version = LuceneVersion.LUCENE_48;

    public static Analyzer Create() => Analyzer.NewAnonymous((_, reader) =>
    {
        var tokenizer = new HMMChineseTokenizer(reader);
        TokenStream stream = new PorterStemFilter(tokenizer);
        stream = new DomainTermFilter(stream, DomainLexicon.Shared);
        return new TokenStreamComponents(tokenizer, stream);
    });

    /// <summary>SmartCn and the stop words, without the domain terms and synonyms: the plain baseline's analysis.</summary>
    public static Analyzer CreatePlain() => Analyzer.NewAnonymous((_, reader) =>
    {
        var tokenizer = new HMMChineseTokenizer(reader);
        TokenStream stream = new PorterStemFilter(tokenizer);
        stream = new DomainTermFilter(stream, DomainLexicon.Empty);
        return new TokenStreamComponents(tokenizer, stream);
    });

    /// <summary>
    /// Overlapping character pairs of the Chinese runs (Latin words and numbers stay whole): the index's second view of a
    /// text, which no segmentation choice can hide (皮带机 and 皮带输送 share 皮带 whatever SmartCn makes of them).
    /// </summary>
    public static Analyzer CreateGrams() => new Lucene.Net.Analysis.Cjk.CJKAnalyzer(Version);

    /// <summary>The terms a text analyses to, in order, duplicates removed.</summary>
    public static IReadOnlyList<string> Terms(Analyzer analyzer, string text, int max = 256)
    {
        var terms = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        if (string.IsNullOrWhiteSpace(text))
        {
            return terms;
        }

        using var stream = analyzer.GetTokenStream("body", text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        stream.Reset();
        while (stream.IncrementToken() && terms.Count < max)
        {
            var value = term.ToString();
            if (seen.Add(value))
            {
                terms.Add(value);
            }
        }

        stream.End();
        return terms;
    }
}

/// <summary>The domain dictionary and the synonym map, read once from the module's data files.</summary>
internal sealed class DomainLexicon
{
    public static readonly DomainLexicon Empty = new(new HashSet<string>(), new Dictionary<string, string[]>());

    public static readonly DomainLexicon Shared = Load();

    public DomainLexicon(IReadOnlySet<string> terms, IReadOnlyDictionary<string, string[]> synonyms)
    {
        Terms = terms;
        Synonyms = synonyms;
        LongestKey = terms.Concat(synonyms.Keys).Select(t => t.Length).DefaultIfEmpty(0).Max();
    }

    public IReadOnlySet<string> Terms { get; }

    public IReadOnlyDictionary<string, string[]> Synonyms { get; }

    /// <summary>The longest dictionary entry in characters: a run of tokens longer than this cannot match.</summary>
    public int LongestKey { get; }

    public bool IsEmpty => Terms.Count == 0 && Synonyms.Count == 0;

    private static DomainLexicon Load()
    {
        var terms = new HashSet<string>(Lines("DomainTerms.txt").Select(l => l.ToLowerInvariant()), StringComparer.Ordinal);
        var synonyms = new Dictionary<string, string[]>(StringComparer.Ordinal);
        foreach (var line in Lines("Synonyms.txt"))
        {
            var parts = line.Split("=>", 2, StringSplitOptions.TrimEntries);
            if (parts.Length != 2)
            {
                continue;
            }

            var targets = parts[1].Split('|', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
                .Select(t => t.ToLowerInvariant()).ToArray();
            var key = parts[0].ToLowerInvariant();
            synonyms[key] = synonyms.TryGetValue(key, out var had) ? [.. had.Union(targets)] : targets;
        }

        return new DomainLexicon(terms, synonyms);
    }

    private static List<string> Lines(string file)
    {
        var assembly = typeof(DomainLexicon).Assembly;
        var name = assembly.GetManifestResourceNames().Single(n => n.EndsWith("Matching." + file, StringComparison.Ordinal));
        using var stream = assembly.GetManifestResourceStream(name)!;
        using var reader = new StreamReader(stream);
        var lines = new List<string>();
        while (reader.ReadLine() is { } line)
        {
            line = line.Trim();
            if (line.Length > 0 && !line.StartsWith('#'))
            {
                lines.Add(line);
            }
        }

        return lines;
    }
}

/// <summary>
/// Over SmartCn's tokens: keeps the meaningful ones, and where a run of adjacent tokens (or one token) spells a domain term
/// or an abbreviation, also emits the whole term (and the abbreviation's expansions) at the run's first position. Reads the
/// field's tokens into a buffer first — the texts are a title or a few paragraphs.
/// </summary>
internal sealed class DomainTermFilter : TokenFilter
{
    /// <summary>Function words and generic verbs that say nothing about what is needed or offered.</summary>
    private static readonly HashSet<string> StopWords = new(StringComparer.Ordinal)
    {
        "的", "了", "和", "与", "及", "等", "在", "是", "对", "用", "为", "有", "将", "把", "被", "从", "或", "并", "其", "之",
        "中", "上", "下", "个", "一", "我", "我们", "本", "该", "此", "这", "那", "也", "都", "而", "但", "于", "以", "向", "给",
        "由", "可", "能", "会", "要", "需", "所", "者", "地", "得", "着", "过", "还", "又", "就", "即", "每", "各", "如", "若",
        "一种", "一个", "以及", "及其", "进行", "实现", "相关", "具有", "能够", "可以", "通过", "需要", "要求", "希望", "目前",
        "主要", "方面", "问题", "提供", "开展", "包括", "采用", "基于", "利用", "使用", "以上", "以下", "不", "没有", "非常",
        "a", "an", "the", "of", "and", "or", "for", "to", "in", "on", "with", "by",
    };

    private readonly DomainLexicon lexicon;
    private readonly ICharTermAttribute term;
    private readonly IOffsetAttribute offset;
    private readonly IPositionIncrementAttribute position;
    private readonly ITypeAttribute type;
    private readonly List<Output> outputs = [];
    private int next;
    private bool filled;

    public DomainTermFilter(TokenStream input, DomainLexicon lexicon) : base(input)
    {
        this.lexicon = lexicon;
        term = AddAttribute<ICharTermAttribute>();
        offset = AddAttribute<IOffsetAttribute>();
        position = AddAttribute<IPositionIncrementAttribute>();
        type = AddAttribute<ITypeAttribute>();
    }

    public override bool IncrementToken()
    {
        if (!filled)
        {
            Fill();
            filled = true;
        }

        if (next >= outputs.Count)
        {
            return false;
        }

        var output = outputs[next++];
        ClearAttributes();
        term.SetEmpty().Append(output.Text);
        offset.SetOffset(output.Start, output.End);
        position.PositionIncrement = output.Increment;
        type.Type = output.Type;
        return true;
    }

    public override void Reset()
    {
        base.Reset();
        outputs.Clear();
        next = 0;
        filled = false;
    }

    private void Fill()
    {
        var tokens = new List<(string Text, int Start, int End)>();
        while (m_input.IncrementToken())
        {
            tokens.Add((term.ToString(), offset.StartOffset, offset.EndOffset));
        }

        for (var i = 0; i < tokens.Count; i++)
        {
            var (text, start, end) = tokens[i];
            var emitted = new HashSet<string>(StringComparer.Ordinal);
            var first = true;
            if (IsMeaningful(text))
            {
                outputs.Add(new Output(text, start, end, 1, "word"));
                emitted.Add(text);
                first = false;
            }

            if (!lexicon.IsEmpty)
            {
                var run = text;
                for (var j = i; j < tokens.Count && run.Length <= lexicon.LongestKey; j++)
                {
                    if (j > i)
                    {
                        if (tokens[j].Start != tokens[j - 1].End)
                        {
                            break;
                        }

                        run += tokens[j].Text;
                    }

                    if (j > i && lexicon.Terms.Contains(run) && emitted.Add(run))
                    {
                        outputs.Add(new Output(run, start, tokens[j].End, first ? 1 : 0, "domain"));
                        first = false;
                    }

                    if (lexicon.Synonyms.TryGetValue(run, out var expansions))
                    {
                        foreach (var expansion in expansions.Where(emitted.Add))
                        {
                            outputs.Add(new Output(expansion, start, tokens[j].End, first ? 1 : 0, "synonym"));
                            first = false;
                        }
                    }
                }
            }
        }
    }

    /// <summary>Punctuation, stop words and lone Latin letters or digits carry nothing a match could use.</summary>
    private static bool IsMeaningful(string text)
    {
        if (text.Length == 0 || StopWords.Contains(text))
        {
            return false;
        }

        if (!text.Any(char.IsLetterOrDigit))
        {
            return false;
        }

        return text.Length > 1 || !char.IsAscii(text[0]);
    }

    private readonly record struct Output(string Text, int Start, int End, int Increment, string Type);
}
