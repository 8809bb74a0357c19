using System.Globalization;
using System.Text.RegularExpressions;
using Gaoxin.Kernel.Rules;

namespace Gaoxin.Scenes.Demands;

/// <summary>An open demand of the zone a new posting is compared with.</summary>
public sealed record OpenDemandText(Guid Id, string Code, string Text);

/// <summary>The new posting's title and problem, and the zone's open demands (pending or published) by others' and its own poster.</summary>
public sealed record DuplicateFacts(string Text, IReadOnlyList<OpenDemandText> Open);

/// <summary>
/// 重复发布：a posting whose title and problem share at least half their character bigrams (Jaccard ≥ 0.5 on text without
/// spaces and punctuation) with an open demand says the same thing. Why 0.5: two different demands of one chain link share
/// the link's vocabulary (钠离子电池、正极材料) but rarely a fifth of their bigrams (the demo's two sodium-battery demands
/// score below 0.1); a re-post with a sentence reworded or a figure changed keeps well over half. Bigrams, not words,
/// because Chinese has no spaces and bigrams need no segmenter to agree with the matcher's.
/// </summary>
public sealed class DuplicatePostingRule : IBusinessRule<DuplicateFacts>
{
    public const decimal Threshold = 0.5m;

    public string Name => "DuplicatePostingRule";

    public RuleOutcome Check(DuplicateFacts facts)
    {
        ArgumentNullException.ThrowIfNull(facts);
        var mine = Bigrams(facts.Text);
        var best = facts.Open.Select(o => (Demand: o, Score: Similarity(mine, Bigrams(o.Text))))
            .Where(x => x.Score >= Threshold).OrderByDescending(x => x.Score).ThenBy(x => x.Demand.Code, StringComparer.Ordinal).FirstOrDefault();
        if (best.Demand is null)
        {
            return RuleOutcome.Pass(Name);
        }

        return RuleOutcome.Refuse(Name, $"与已有需求 {best.Demand.Code} 内容重复，可合并到该需求，或确认后仍然发布。", new Dictionary<string, string>
        {
            ["duplicateOfId"] = best.Demand.Id.ToString(),
            ["duplicateOfCode"] = best.Demand.Code,
            ["similarity"] = best.Score.ToString("0.00", CultureInfo.InvariantCulture),
            ["threshold"] = Threshold.ToString("0.00", CultureInfo.InvariantCulture),
        });
    }

    /// <summary>Letters and digits only, lower case: spacing, punctuation and full/half width do not make a posting new.</summary>
    public static string Normalise(string text) =>
        new([.. (text ?? string.Empty).Normalize(System.Text.NormalizationForm.FormKC).ToLowerInvariant().Where(char.IsLetterOrDigit)]);

    public static HashSet<string> Bigrams(string text) => new(OrderedBigrams(text), StringComparer.Ordinal);

    /// <summary>The normalised text's distinct character pairs in order of first appearance (the SQL filter tests the title's first).</summary>
    public static IReadOnlyList<string> OrderedBigrams(string text)
    {
        var s = Normalise(text);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var pairs = new List<string>();
        for (var i = 0; i + 1 < s.Length; i++)
        {
            if (seen.Add(s.Substring(i, 2)))
            {
                pairs.Add(s.Substring(i, 2));
            }
        }

        return pairs;
    }

    /// <summary>|A∩B| / |A∪B|; two empty texts are not alike (0).</summary>
    public static decimal Similarity(IReadOnlySet<string> a, IReadOnlySet<string> b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        var union = a.Count + b.Count - a.Count(b.Contains);
        return union == 0 ? 0m : (decimal)a.Count(b.Contains) / union;
    }
}

/// <summary>The budget range: both empty is 面议; otherwise not negative, at most 10 billion yuan, and the minimum not above the maximum.</summary>
public sealed record BudgetFacts(decimal? Min, decimal? Max);

public sealed class BudgetRangeRule : IBusinessRule<BudgetFacts>
{
    /// <summary>100 亿元: above it a figure is a typing mistake, not a technical demand.</summary>
    public const decimal Ceiling = 10_000_000_000m;

    public string Name => "BudgetRangeRule";

    public RuleOutcome Check(BudgetFacts facts)
    {
        ArgumentNullException.ThrowIfNull(facts);
        if (facts.Min is < 0 || facts.Max is < 0)
        {
            return RuleOutcome.Refuse(Name, "预算不能为负数。");
        }

        if (facts.Min > Ceiling || facts.Max > Ceiling)
        {
            return RuleOutcome.Refuse(Name, "预算不能超过 100 亿元。");
        }

        if (facts.Min is { } min && facts.Max is { } max && min > max)
        {
            return RuleOutcome.Refuse(Name, "预算下限不能高于上限。");
        }

        return RuleOutcome.Pass(Name);
    }
}

/// <summary>The deadline against the zone's today: not in the past, at most three years ahead.</summary>
public sealed record DeadlineFacts(DateOnly Deadline, DateOnly Today);

public sealed class DeadlineWindowRule : IBusinessRule<DeadlineFacts>
{
    public const int MaxYears = 3;

    public string Name => "DeadlineWindowRule";

    public RuleOutcome Check(DeadlineFacts facts)
    {
        ArgumentNullException.ThrowIfNull(facts);
        if (facts.Deadline < facts.Today)
        {
            return RuleOutcome.Refuse(Name, "截止日期不能早于今天。");
        }

        if (facts.Deadline > facts.Today.AddYears(MaxYears))
        {
            return RuleOutcome.Refuse(Name, "截止日期不能晚于三年之后。");
        }

        return RuleOutcome.Pass(Name);
    }
}

/// <summary>Text a person typed, as it will be shown on public pages and in open data.</summary>
public sealed record PlainTextFacts(string? Text);

/// <summary>
/// 不含网页标记：the marketplace shows text as text, so anything shaped like a tag (&lt;b&gt;, &lt;/p&gt;, &lt;img …&gt;, &lt;!-- --&gt;)
/// is refused rather than silently stripped. A lone "&lt;" as in "&lt;5%" is not a tag. The module's one markup check: scene
/// inputs reach it through <c>[PlainText]</c> (SceneBoard/PlainTextAttribute).
/// </summary>
public sealed partial class PlainTextRule : IBusinessRule<PlainTextFacts>
{
    public const string Message = "不能包含网页标记（如 <b>、<script>），请填写纯文本。";

    public string Name => "PlainTextRule";

    public RuleOutcome Check(PlainTextFacts facts)
    {
        ArgumentNullException.ThrowIfNull(facts);
        return facts.Text is { } t && Tag().IsMatch(t)
            ? RuleOutcome.Refuse(Name, Message)
            : RuleOutcome.Pass(Name);
    }

    [GeneratedRegex(@"<\s*/?\s*[A-Za-z][^<>]*>|<!--|<\?|<!\[CDATA\[", RegexOptions.CultureInvariant | RegexOptions.NonBacktracking)]
    private static partial Regex Tag();
}
