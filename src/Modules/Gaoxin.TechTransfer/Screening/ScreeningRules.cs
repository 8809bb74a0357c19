using System.Globalization;
using Gaoxin.Kernel.Rules;
using Gaoxin.Kernel.Zones;

namespace Gaoxin.TechTransfer.Screening;

/// <summary>What the scoring rules read about one submission.</summary>
internal sealed record ScoringFacts(bool IsReviewerOfRound, bool Conflicted, DateTimeOffset Now, DateTimeOffset Deadline, RoundStatus Status,
    IReadOnlyCollection<string> CriterionKeys, IReadOnlyDictionary<string, decimal> Scores);

/// <summary>Only reviewers assigned to the round score in it.</summary>
internal sealed class ReviewerAssignedRule : IBusinessRule<ScoringFacts>
{
    public string Name => nameof(ReviewerAssignedRule);

    public RuleOutcome Check(ScoringFacts facts) =>
        facts.IsReviewerOfRound ? RuleOutcome.Pass(Name) : RuleOutcome.Refuse(Name, "您不是本轮次的评审专家。");
}

/// <summary>Scores are accepted until the deadline (inclusive) and only while the round is open.</summary>
internal sealed class BeforeDeadlineRule : IBusinessRule<ScoringFacts>
{
    public string Name => nameof(BeforeDeadlineRule);

    public RuleOutcome Check(ScoringFacts facts) =>
        facts.Status == RoundStatus.Open && facts.Now <= facts.Deadline
            ? RuleOutcome.Pass(Name)
            : RuleOutcome.Refuse(Name, $"本轮评审已于 {facts.Deadline.ToOffset(ZoneClock.Offset):yyyy-MM-dd HH:mm} 截止或已作出决定，不能再评分。",
                new Dictionary<string, string> { ["deadline"] = facts.Deadline.ToString("O", CultureInfo.InvariantCulture) });
}

/// <summary>A reviewer with a declared or automatic conflict (same organisation as the applicant) does not score that project.</summary>
internal sealed class NoConflictRule : IBusinessRule<ScoringFacts>
{
    public string Name => nameof(NoConflictRule);

    public RuleOutcome Check(ScoringFacts facts) =>
        facts.Conflicted ? RuleOutcome.Refuse(Name, "您与该项目存在利益冲突，已回避，不能评分。") : RuleOutcome.Pass(Name);
}

/// <summary>Every criterion gets one score from 0 to 100, no unknown criteria, at most two decimals.</summary>
internal sealed class ScoresCompleteAndInRangeRule : IBusinessRule<ScoringFacts>
{
    public string Name => nameof(ScoresCompleteAndInRangeRule);

    public RuleOutcome Check(ScoringFacts facts)
    {
        var missing = facts.CriterionKeys.Where(k => !facts.Scores.ContainsKey(k)).ToList();
        if (missing.Count > 0)
        {
            return RuleOutcome.Refuse(Name, $"缺少以下评分项：{string.Join("、", missing)}。", new Dictionary<string, string> { ["missing"] = string.Join(",", missing) });
        }

        var unknown = facts.Scores.Keys.Where(k => !facts.CriterionKeys.Contains(k)).ToList();
        if (unknown.Count > 0)
        {
            return RuleOutcome.Refuse(Name, $"本轮没有以下评分项：{string.Join("、", unknown)}。");
        }

        var bad = facts.Scores.Where(s => s.Value < 0 || s.Value > 100 || decimal.Round(s.Value, 2) != s.Value).ToList();
        return bad.Count == 0
            ? RuleOutcome.Pass(Name)
            : RuleOutcome.Refuse(Name, $"评分须在 0 到 100 之间且最多两位小数：{string.Join("、", bad.Select(b => $"{b.Key}={b.Value.ToString(CultureInfo.InvariantCulture)}"))}。",
                bad.ToDictionary(b => b.Key, b => b.Value.ToString(CultureInfo.InvariantCulture)));
    }
}

internal static class ScoringRules
{
    public static readonly IReadOnlyList<IBusinessRule<ScoringFacts>> All =
        [new ReviewerAssignedRule(), new BeforeDeadlineRule(), new NoConflictRule(), new ScoresCompleteAndInRangeRule()];

    /// <summary>The rules' outcomes in order, checked lazily: a caller that stops at the first refusal checks no further.</summary>
    public static IEnumerable<RuleOutcome> Check(ScoringFacts facts) => All.Select(r => r.Check(facts));
}
