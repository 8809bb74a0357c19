using System.Globalization;
using Gaoxin.Kernel.Rules;

namespace Gaoxin.Services.Approvals;

/// <summary>The materials of one item that the applicant did not provide: the essential ones among them block acceptance.</summary>
public sealed record MaterialFacts(string ItemName, IReadOnlyList<string> MissingEssential);

/// <summary>必要材料齐全: an item is accepted only with every essential material; the refusal names the missing ones.</summary>
public sealed class EssentialMaterialsRule : IBusinessRule<MaterialFacts>
{
    public string Name => "必要材料齐全";

    public RuleOutcome Check(MaterialFacts facts)
    {
        ArgumentNullException.ThrowIfNull(facts);
        return facts.MissingEssential.Count == 0
            ? RuleOutcome.Pass(Name)
            : RuleOutcome.Refuse(Name, $"“{facts.ItemName}”缺少必要材料：{string.Join("、", facts.MissingEssential)}。必要材料不能容缺。",
                new Dictionary<string, string> { ["事项"] = facts.ItemName, ["缺少的必要材料"] = string.Join("、", facts.MissingEssential) });
    }
}

/// <summary>A non-essential material accepted as missing (容缺), with the day the applicant promises it by.</summary>
public sealed record DeferFacts(string Material, DateOnly Today, DateOnly PromisedOn, int MaxDays);

/// <summary>
/// 容缺承诺期限: the promise falls after today and at most <see cref="DeferFacts.MaxDays"/> calendar days after it
/// (Services:Approvals:DeferMaxDays, 30 by default).
/// </summary>
public sealed class DeferPromiseRule : IBusinessRule<DeferFacts>
{
    public const int DefaultMaxDays = 30;

    public string Name => "容缺承诺期限";

    public RuleOutcome Check(DeferFacts facts)
    {
        ArgumentNullException.ThrowIfNull(facts);
        var latest = facts.Today.AddDays(facts.MaxDays);
        var figures = new Dictionary<string, string>
        {
            ["材料"] = facts.Material,
            ["承诺日期"] = facts.PromisedOn.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            ["最迟"] = latest.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        };
        if (facts.PromisedOn <= facts.Today)
        {
            return RuleOutcome.Refuse(Name, $"容缺材料“{facts.Material}”的承诺补齐日期须晚于今天。", figures);
        }

        return facts.PromisedOn > latest
            ? RuleOutcome.Refuse(Name, $"容缺材料“{facts.Material}”须在 {facts.MaxDays} 日内补齐（最迟 {figures["最迟"]}）。", figures)
            : RuleOutcome.Pass(Name);
    }
}

/// <summary>The approvals' settings (configuration section Services:Approvals).</summary>
public sealed record ApprovalSettings(int DeferMaxDays = DeferPromiseRule.DefaultMaxDays);
