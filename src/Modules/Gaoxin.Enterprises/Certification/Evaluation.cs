namespace Gaoxin.Enterprises.Certification;

public enum Verdict
{
    /// <summary>Passes every gate and reaches the pass mark.</summary>
    Qualifies = 1,
    /// <summary>Passes every gate and meets a direct-qualification item.</summary>
    QualifiesDirectly = 2,
    /// <summary>Fails a gate or cannot reach the pass mark.</summary>
    DoesNotQualify = 3,
    /// <summary>Expert-judged items are still open and the pass mark is reachable but not yet reached.</summary>
    AwaitingExperts = 4,
    /// <summary>An input a rule needs is missing; the evaluation says which.</summary>
    MissingData = 5,
}

/// <summary>A gate (all must pass): the figures used and, when failed, the smallest change that would pass.</summary>
/// <remarks>Passed is null when an input is missing or invalid, and Missing names it (null or empty: nothing missing).</remarks>
public sealed record GateResult(string Rule, string Title, bool? Passed, string Figures, string? Gap, IReadOnlyList<string>? Missing = null);

/// <summary>A scored item: its band, score, the figures used and what the next band needs. Expert items carry their open range.</summary>
/// <remarks>
/// Score is what is settled now (for an open expert range, its bottom). Missing lists absent or invalid inputs
/// (null or empty: nothing missing); the item's range is then MinPossible–MaxPossible.
/// </remarks>
public sealed record ItemScore(string Rule, string Title, decimal Score, decimal Max, string Band, string Figures, string? NextBand, bool ExpertJudged, decimal MinPossible, decimal MaxPossible, IReadOnlyList<string>? Missing = null);

/// <summary>A direct-qualification route and whether it is met.</summary>
/// <remarks>Met is false when an input is missing, and Missing says which: a route is never assumed met.</remarks>
public sealed record DirectRoute(string Rule, string Title, bool Met, string Evidence, IReadOnlyList<string>? Missing = null);

/// <summary>The whole answer for one enterprise against one scheme version.</summary>
public sealed record Evaluation(
    SchemeCode Scheme,
    string SchemeVersion,
    DateOnly AsOf,
    Verdict Verdict,
    decimal Total,
    decimal MinReachable,
    decimal MaxReachable,
    decimal PassMark,
    IReadOnlyList<GateResult> Gates,
    IReadOnlyList<ItemScore> Items,
    IReadOnlyList<DirectRoute> Direct,
    IReadOnlyList<string> Gaps,
    IReadOnlyList<string> MissingInputs);
