namespace Gaoxin.Enterprises.Certification;

internal enum Verdict
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
internal sealed record GateResult(string Rule, string Title, bool? Passed, string Figures, string? Gap);

/// <summary>A scored item: its band, score, the figures used and what the next band needs. Expert items carry their open range.</summary>
internal sealed record ItemScore(string Rule, string Title, decimal Score, decimal Max, string Band, string Figures, string? NextBand, bool ExpertJudged, decimal MinPossible, decimal MaxPossible);

/// <summary>A direct-qualification route and whether it is met.</summary>
internal sealed record DirectRoute(string Rule, string Title, bool Met, string Evidence);

/// <summary>The whole answer for one enterprise against one scheme version.</summary>
internal sealed record Evaluation(
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
