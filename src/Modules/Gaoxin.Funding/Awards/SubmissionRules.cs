using Gaoxin.Kernel.Rules;

namespace Gaoxin.Funding.Awards;

/// <summary>An application of the project still awaiting its decision, as the submission rule compares it.</summary>
public sealed record OpenApplication(int FundYear, Instrument Instrument, decimal Amount, decimal EligibleCost, string CostBreakdown);

/// <summary>What a new application is checked against: what it asks for and the project's applications still open.</summary>
public sealed record SubmissionFacts(OpenApplication Asked, IReadOnlyList<OpenApplication> Open);

/// <summary>
/// 重复申请: the same application sent twice (a double click, a retry after a lost answer) while the first still awaits its
/// decision is refused. A different amount, cost, breakdown, instrument or year is a new application, and once the first
/// is decided the project may apply again.
/// </summary>
public sealed class NoDuplicateOpenApplicationRule : IBusinessRule<SubmissionFacts>
{
    public string Name => nameof(NoDuplicateOpenApplicationRule);

    public RuleOutcome Check(SubmissionFacts f)
    {
        ArgumentNullException.ThrowIfNull(f);
        var asked = f.Asked with { CostBreakdown = f.Asked.CostBreakdown.Trim() };
        return f.Open.Any(o => o with { CostBreakdown = o.CostBreakdown.Trim() } == asked)
            ? RuleOutcome.Refuse(Name, $"该项目 {asked.FundYear} 年度已有一份内容相同（申请金额 {Yuan.Show(asked.Amount)}）、尚待决定的申请，请勿重复提交。",
                new Dictionary<string, string> { ["amount"] = Yuan.Show(asked.Amount), ["fundYear"] = asked.FundYear.ToString(System.Globalization.CultureInfo.InvariantCulture) })
            : RuleOutcome.Pass(Name);
    }
}
