using Gaoxin.Kernel.Rules;

namespace Gaoxin.TechTransfer.Screening;

/// <summary>What the disclosure rule reads about one person and one project's result in one round.</summary>
internal sealed record DisclosureFacts(bool IsOperator, RoundStatus Status, bool Conflicted);

/// <summary>
/// Screening results stay sealed (评审结果保密): a score, rank, grade or the decision's reason reaches the operators at once,
/// everyone else only once the round is published, and a reviewer excluded from a project by conflict never.
/// </summary>
internal sealed class ResultsSealedUntilPublishedRule : IBusinessRule<DisclosureFacts>
{
    public static readonly ResultsSealedUntilPublishedRule Instance = new();

    public string Name => nameof(ResultsSealedUntilPublishedRule);

    public RuleOutcome Check(DisclosureFacts facts) =>
        facts.IsOperator ? RuleOutcome.Pass(Name)
        : facts.Conflicted ? RuleOutcome.Refuse(Name, "您与该项目存在利益冲突，已回避，看不到其评审结果。")
        : facts.Status == RoundStatus.Published ? RuleOutcome.Pass(Name)
        : RuleOutcome.Refuse(Name, "评审结果公布前不可见。");

    public static bool MayRead(bool isOperator, RoundStatus status, bool conflicted) =>
        Instance.Check(new DisclosureFacts(isOperator, status, conflicted)).Passed;
}
