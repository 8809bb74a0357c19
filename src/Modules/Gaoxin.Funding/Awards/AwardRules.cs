using System.Globalization;
using Gaoxin.Kernel.Rules;

namespace Gaoxin.Funding.Awards;

/// <summary>What the award rules look at, all in yuan: the request, the grade's terms, the project's and the year's positions.</summary>
public sealed record AwardFacts(
    decimal Requested,
    string? Grade,
    decimal GradeCeiling,
    decimal EligibleCost,
    decimal FundableShare,
    decimal ProjectCommitted,
    decimal ProjectCap,
    decimal YearBudget,
    decimal YearReturned,
    decimal YearCommitted,
    int FundYear);

internal static class Yuan
{
    public static string Show(decimal yuan) => yuan.ToString("#,##0.00", CultureInfo.InvariantCulture) + " 元";
}

/// <summary>不超过等级上限: the award may not exceed its grade's ceiling; a project below grade C gets nothing.</summary>
public sealed class WithinGradeCeilingRule : IBusinessRule<AwardFacts>
{
    public string Name => nameof(WithinGradeCeilingRule);

    public RuleOutcome Check(AwardFacts f)
    {
        if (f.Grade is null)
        {
            return RuleOutcome.Refuse(Name, "项目筛选评分未达到 C 级（或尚未评分），不予支持。", new Dictionary<string, string> { ["requested"] = Yuan.Show(f.Requested), ["grade"] = "无" });
        }

        return f.Requested <= f.GradeCeiling
            ? RuleOutcome.Pass(Name)
            : RuleOutcome.Refuse(Name, $"申请金额 {Yuan.Show(f.Requested)} 超过 {f.Grade} 级项目上限 {Yuan.Show(f.GradeCeiling)}。",
                new Dictionary<string, string> { ["requested"] = Yuan.Show(f.Requested), ["grade"] = f.Grade, ["ceiling"] = Yuan.Show(f.GradeCeiling), ["remaining"] = Yuan.Show(f.GradeCeiling) });
    }
}

/// <summary>不超过可支持比例: at most the grade's share of the eligible pilot cost (rounded down to the fen).</summary>
public sealed class WithinFundableShareRule : IBusinessRule<AwardFacts>
{
    public string Name => nameof(WithinFundableShareRule);

    public static decimal Limit(AwardFacts f) => decimal.Floor(f.EligibleCost * f.FundableShare * 100m) / 100m;

    public RuleOutcome Check(AwardFacts f)
    {
        var limit = Limit(f);
        return f.Requested <= limit
            ? RuleOutcome.Pass(Name)
            : RuleOutcome.Refuse(Name, $"申请金额 {Yuan.Show(f.Requested)} 超过可支持比例：合规中试成本 {Yuan.Show(f.EligibleCost)} × {f.FundableShare:P0} = {Yuan.Show(limit)}。",
                new Dictionary<string, string> { ["requested"] = Yuan.Show(f.Requested), ["eligibleCost"] = Yuan.Show(f.EligibleCost), ["share"] = f.FundableShare.ToString("P0", CultureInfo.InvariantCulture), ["remaining"] = Yuan.Show(limit) });
    }
}

/// <summary>单个项目累计上限: all of a project's awards, across all years and not released, stay within the cap.</summary>
public sealed class WithinProjectCapRule : IBusinessRule<AwardFacts>
{
    public string Name => nameof(WithinProjectCapRule);

    public RuleOutcome Check(AwardFacts f)
    {
        var remaining = f.ProjectCap - f.ProjectCommitted;
        return f.Requested <= remaining
            ? RuleOutcome.Pass(Name)
            : RuleOutcome.Refuse(Name, $"申请金额 {Yuan.Show(f.Requested)} 超过该项目剩余额度 {Yuan.Show(remaining)}（累计上限 {Yuan.Show(f.ProjectCap)}，已获支持 {Yuan.Show(f.ProjectCommitted)}）。",
                new Dictionary<string, string> { ["requested"] = Yuan.Show(f.Requested), ["cap"] = Yuan.Show(f.ProjectCap), ["committed"] = Yuan.Show(f.ProjectCommitted), ["remaining"] = Yuan.Show(remaining) });
    }
}

/// <summary>不超过年度可用预算: available = budget + returns credited this year − committed.</summary>
public sealed class WithinYearBudgetRule : IBusinessRule<AwardFacts>
{
    public string Name => nameof(WithinYearBudgetRule);

    public RuleOutcome Check(AwardFacts f)
    {
        var available = f.YearBudget + f.YearReturned - f.YearCommitted;
        return f.Requested <= available
            ? RuleOutcome.Pass(Name)
            : RuleOutcome.Refuse(Name, $"申请金额 {Yuan.Show(f.Requested)} 超过 {f.FundYear} 年度可用预算 {Yuan.Show(available)}。",
                new Dictionary<string, string> { ["requested"] = Yuan.Show(f.Requested), ["budget"] = Yuan.Show(f.YearBudget), ["returned"] = Yuan.Show(f.YearReturned), ["committed"] = Yuan.Show(f.YearCommitted), ["remaining"] = Yuan.Show(available) });
    }
}

internal static class AwardRules
{
    public static readonly IReadOnlyList<IBusinessRule<AwardFacts>> All =
        [new WithinGradeCeilingRule(), new WithinFundableShareRule(), new WithinProjectCapRule(), new WithinYearBudgetRule()];

    /// <summary>Throws on the first refusal, so the answer names one rule with its numbers.</summary>
    public static void Enforce(AwardFacts facts)
    {
        foreach (var rule in All)
        {
            var outcome = rule.Check(facts);
            if (!outcome.Passed)
            {
                throw Refusal.ByRule(outcome);
            }
        }
    }
}
