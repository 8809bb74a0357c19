namespace Gaoxin.TechTransfer.Screening;

/// <summary>
/// How reviewers' totals become a project's score: the mean, but with five or more reviewers the single highest and
/// single lowest are dropped first (去掉一个最高分和一个最低分), so one outlier cannot carry a project.
/// </summary>
internal static class ScoreAggregation
{
    public const int TrimFrom = 5;

    public static decimal? Aggregate(IReadOnlyCollection<decimal> totals)
    {
        if (totals.Count == 0)
        {
            return null;
        }

        var ordered = totals.Order().ToList();
        var kept = ordered.Count >= TrimFrom ? ordered.Skip(1).Take(ordered.Count - 2).ToList() : ordered;
        return Math.Round(kept.Average(), 2, MidpointRounding.AwayFromZero);
    }

    /// <summary>A reviewer's weighted total 0–100 from criterion scores 0–100.</summary>
    public static decimal WeightedTotal(IReadOnlyList<(decimal Weight, decimal Score)> scores)
    {
        var weights = scores.Sum(s => s.Weight);
        return weights == 0 ? 0 : Math.Round(scores.Sum(s => s.Weight * s.Score) / weights, 2, MidpointRounding.AwayFromZero);
    }

    /// <summary>A/B/C by the round's thresholds (from the funding policy); below C is "N", not supported.</summary>
    public static string GradeOf(decimal score, decimal a, decimal b, decimal c) =>
        score >= a ? "A" : score >= b ? "B" : score >= c ? "C" : "N";
}
