namespace Gaoxin.Kernel.Rules;

/// <summary>Why a request is refused; the host maps each kind to one HTTP status, once, for every module.</summary>
public enum RefusalKind
{
    /// <summary>Bad input: named fields with Chinese messages (400).</summary>
    Invalid,

    /// <summary>The caller's role or organisation may not do this (403).</summary>
    Forbidden,

    /// <summary>The record does not exist, or the caller may not see it (404): the two are never told apart.</summary>
    NotFound,

    /// <summary>The record's state or a concurrent change forbids it now (409).</summary>
    Conflict,

    /// <summary>A named business rule refused it, with the figures that decided (422).</summary>
    Rule,

    /// <summary>The request body is larger than the endpoint accepts (413).</summary>
    TooLarge,

    /// <summary>The server lacks something it needs to answer (e.g. a font for PDFs), named with the fix (503).</summary>
    Unavailable,
}

/// <summary>
/// The one way a use case says no (拒绝): thrown by services, entities and rules alike, and answered by the host as
/// problem details (RFC 9457) in Chinese. Pages show <see cref="Exception.Message"/>. Nothing was changed.
/// </summary>
[System.Diagnostics.CodeAnalysis.SuppressMessage("Naming", "CA1710", Justification = "Thrown as `throw Refusal.NotFound(...)`: the name is the vocabulary, not the mechanism.")]
public sealed class Refusal : Exception
{
    private static readonly IReadOnlyDictionary<string, string> NoFigures = new Dictionary<string, string>();
    private static readonly IReadOnlyDictionary<string, string[]> NoFields = new Dictionary<string, string[]>();

    private Refusal(RefusalKind kind, string message, string? rule, IReadOnlyDictionary<string, string>? figures, IReadOnlyDictionary<string, string[]>? fields)
        : base(message)
    {
        Kind = kind;
        Rule = rule;
        Figures = figures ?? NoFigures;
        Fields = fields ?? NoFields;
    }

    public RefusalKind Kind { get; }

    /// <summary>The refusing rule's name (for <see cref="RefusalKind.Rule"/>), so a person can look it up.</summary>
    public string? Rule { get; }

    /// <summary>The figures that decided a rule's refusal, e.g. the ceiling and the amount asked.</summary>
    public IReadOnlyDictionary<string, string> Figures { get; }

    /// <summary>For <see cref="RefusalKind.Invalid"/>: JSON field name → Chinese messages.</summary>
    public IReadOnlyDictionary<string, string[]> Fields { get; }

    /// <summary>Not found or not visible; <paramref name="what"/> names the record (“项目”).</summary>
    public static Refusal NotFound(string what) => new(RefusalKind.NotFound, $"{what}不存在，或您无权查看。", null, null, null);

    public static Refusal Forbidden(string message = "您的角色或所属机构无权执行此操作。") => new(RefusalKind.Forbidden, message, null, null, null);

    public static Refusal Invalid(string field, string message) =>
        new(RefusalKind.Invalid, message, null, null, new Dictionary<string, string[]> { [field] = [message] });

    public static Refusal Invalid(IReadOnlyDictionary<string, string[]> fields)
    {
        ArgumentNullException.ThrowIfNull(fields);
        return new(RefusalKind.Invalid, string.Join("；", fields.SelectMany(f => f.Value)), null, null, fields);
    }

    /// <summary>Bad input in several fields, with one summary as the problem's detail.</summary>
    public static Refusal Invalid(IReadOnlyDictionary<string, string[]> fields, string summary)
    {
        ArgumentNullException.ThrowIfNull(fields);
        return new(RefusalKind.Invalid, summary, null, null, fields);
    }

    public static Refusal Conflict(string message) => new(RefusalKind.Conflict, message, null, null, null);

    public static Refusal TooLarge(string message) => new(RefusalKind.TooLarge, message, null, null, null);

    public static Refusal Unavailable(string message) => new(RefusalKind.Unavailable, message, null, null, null);

    /// <summary>A rule's refusal; the outcome must be a failed one.</summary>
    public static Refusal ByRule(RuleOutcome outcome)
    {
        ArgumentNullException.ThrowIfNull(outcome);
        if (outcome.Passed)
        {
            throw new ArgumentException("A passed rule is not a refusal.", nameof(outcome));
        }

        return new(RefusalKind.Rule, outcome.Message, outcome.Rule, outcome.Figures, null);
    }

    /// <summary>Throws the first failed outcome as a refusal; does nothing when all passed.</summary>
    public static void ThrowIfAnyFailed(IEnumerable<RuleOutcome> outcomes)
    {
        ArgumentNullException.ThrowIfNull(outcomes);
        if (outcomes.FirstOrDefault(o => !o.Passed) is { } failed)
        {
            throw ByRule(failed);
        }
    }
}
