using System.Linq.Expressions;

namespace Gaoxin.Scenes.Demands;

/// <summary>
/// The SQL side of <see cref="DuplicatePostingRule"/>: a condition on <see cref="Demand.DuplicateText"/> that every demand the rule
/// would call a duplicate meets, so the rule scores a handful of candidates instead of every open demand of the zone.
/// </summary>
internal static class DuplicateCandidates
{
    /// <summary>At most this many bigrams are tested in SQL (a long problem has thousands); the shortfall lowers the count needed.</summary>
    public const int MaxTerms = 400;

    /// <summary>
    /// The filter for a posting's text, or null when no demand can be its duplicate (a text without two letters scores 0 with
    /// everything). With A the posting's bigrams and t the threshold, a duplicate B has |A∩B| ≥ ⌈t·|A|⌉ = n; so among any s of A's
    /// bigrams it holds at least n − (|A| − s), and its normalised text is at least n + 1 characters long.
    /// </summary>
    public static Expression<Func<Demand, bool>>? Filter(string text)
    {
        // In order of appearance: the title's come first, and a title is what a re-post keeps.
        var bigrams = DuplicatePostingRule.OrderedBigrams(text);
        if (bigrams.Count == 0)
        {
            return null;
        }

        var needed = (int)Math.Ceiling(DuplicatePostingRule.Threshold * bigrams.Count);
        var tested = bigrams.Take(MaxTerms).ToList();
        var neededAmongTested = needed - (bigrams.Count - tested.Count);
        var d = Expression.Parameter(typeof(Demand), "d");
        var stored = Expression.Property(d, nameof(Demand.DuplicateText));
        Expression condition = Expression.GreaterThan(Expression.Property(stored, nameof(string.Length)), Expression.Constant(needed));
        if (neededAmongTested > 0)
        {
            var contains = typeof(string).GetMethod(nameof(string.Contains), [typeof(string)])!;
            var terms = tested.Select(b => (Expression)Expression.Condition(Expression.Call(stored, contains, Parameter(b)), Expression.Constant(1), Expression.Constant(0))).ToList();
            condition = Expression.AndAlso(condition, Expression.GreaterThanOrEqual(Sum(terms, 0, terms.Count), Expression.Constant(neededAmongTested)));
        }

        return Expression.Lambda<Func<Demand, bool>>(condition, d);
    }

    /// <summary>A balanced sum, so hundreds of terms do not nest hundreds deep.</summary>
    private static Expression Sum(List<Expression> terms, int from, int to) =>
        to - from == 1 ? terms[from] : Expression.Add(Sum(terms, from, from + ((to - from) / 2)), Sum(terms, from + ((to - from) / 2), to));

    /// <summary>Each bigram as a query parameter (a closure member), not a literal in the SQL.</summary>
    private static MemberExpression Parameter(string value) => Expression.Property(Expression.Constant(new Box(value)), nameof(Box.Value));

    private sealed record Box(string Value);
}
