using Gaoxin.Contracts.TechTransfer;
using Gaoxin.Funding.Policy;
using Gaoxin.Kernel.Money;
using Gaoxin.Kernel.Rules;

namespace Gaoxin.Funding.Awards;

/// <summary>Splits an award by the policy's schedule (签约 / 中试里程碑 / 验收); the last tranche takes the rounding rest so the parts sum exactly.</summary>
internal static class TrancheSchedule
{
    public static IEnumerable<Tranche> For(Award award, FundingPolicy policy, IReadOnlyList<RelayMilestone> milestones)
    {
        var ordered = milestones.OrderBy(m => m.Due).ToList();
        var pilot = ordered.FirstOrDefault(m => m.Plan == PlanKind.Pilot) ?? ordered.FirstOrDefault();
        var acceptance = ordered.LastOrDefault(m => m.Id != pilot?.Id);
        var parts = new (string Label, decimal Share, RelayMilestone? Milestone)[]
        {
            ("签约", policy.TrancheSigning, null),
            ("中试里程碑", policy.TranchePilot, pilot),
            ("验收", policy.TrancheAcceptance, acceptance),
        };
        var rest = award.Amount;
        for (var i = 0; i < parts.Length; i++)
        {
            var (label, share, milestone) = parts[i];
            var amount = i == parts.Length - 1 ? rest : award.Amount.Times(share);
            rest -= amount;
            yield return Tranche.Of(award, i + 1, label, share, amount, milestone);
        }
    }
}

public sealed record TrancheFacts(int Number, Guid? MilestoneId, RelayMilestone? Milestone);

/// <summary>里程碑验收后拨付: a tranche after the signing one is paid only when its linked milestone is accepted.</summary>
public sealed class TrancheMilestoneAcceptedRule : IBusinessRule<TrancheFacts>
{
    public string Name => nameof(TrancheMilestoneAcceptedRule);

    public RuleOutcome Check(TrancheFacts f)
    {
        if (f.Number == 1 && f.MilestoneId is null)
        {
            return RuleOutcome.Pass(Name, "签约分期");
        }

        if (f.MilestoneId is null || f.Milestone is null)
        {
            return RuleOutcome.Refuse(Name, $"第 {f.Number} 期尚未关联项目计划中的里程碑，不能拨付。", new Dictionary<string, string> { ["tranche"] = f.Number.ToString(System.Globalization.CultureInfo.InvariantCulture) });
        }

        return f.Milestone.State == MilestoneState.Accepted
            ? RuleOutcome.Pass(Name)
            : RuleOutcome.Refuse(Name, $"第 {f.Number} 期对应的里程碑“{f.Milestone.Title}”尚未验收通过，不能拨付。",
                new Dictionary<string, string> { ["tranche"] = f.Number.ToString(System.Globalization.CultureInfo.InvariantCulture), ["milestone"] = f.Milestone.Title, ["state"] = f.Milestone.State.ToString() });
    }
}

public sealed record TrancheAmountFacts(decimal Requested, decimal TrancheAmount, decimal AlreadyPaid);

/// <summary>不超过分期余额: a payment may not exceed what is left of its tranche.</summary>
public sealed class WithinTrancheRule : IBusinessRule<TrancheAmountFacts>
{
    public string Name => nameof(WithinTrancheRule);

    public RuleOutcome Check(TrancheAmountFacts f)
    {
        var remaining = f.TrancheAmount - f.AlreadyPaid;
        return f.Requested <= remaining
            ? RuleOutcome.Pass(Name)
            : RuleOutcome.Refuse(Name, $"拨付金额 {Yuan.Show(f.Requested)} 超过本期未拨余额 {Yuan.Show(remaining)}。",
                new Dictionary<string, string> { ["requested"] = Yuan.Show(f.Requested), ["tranche"] = Yuan.Show(f.TrancheAmount), ["paid"] = Yuan.Show(f.AlreadyPaid), ["remaining"] = Yuan.Show(remaining) });
    }
}

public sealed record BudgetFacts(decimal NewBudget, decimal Committed, decimal Returned, int Year);

/// <summary>预算不低于已承诺: a budget may be lowered, but never below the money already committed (less returns).</summary>
public sealed class BudgetCoversCommitmentsRule : IBusinessRule<BudgetFacts>
{
    public string Name => nameof(BudgetCoversCommitmentsRule);

    public RuleOutcome Check(BudgetFacts f)
    {
        var floor = f.Committed - f.Returned;
        return f.NewBudget >= floor
            ? RuleOutcome.Pass(Name)
            : RuleOutcome.Refuse(Name, $"{f.Year} 年度预算 {Yuan.Show(f.NewBudget)} 低于已承诺金额 {Yuan.Show(floor)}（扣除回流后）。",
                new Dictionary<string, string> { ["requested"] = Yuan.Show(f.NewBudget), ["committed"] = Yuan.Show(f.Committed), ["returned"] = Yuan.Show(f.Returned) });
    }
}
