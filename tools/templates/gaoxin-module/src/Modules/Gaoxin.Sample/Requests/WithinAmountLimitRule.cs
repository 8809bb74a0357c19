using System.Globalization;
using Gaoxin.Kernel.Rules;

namespace Gaoxin.Sample.Requests;

public sealed record AmountFacts(decimal Amount, decimal Limit);

/// <summary>A request is approved only up to the limit, the limit itself included.</summary>
public sealed class WithinAmountLimitRule : IBusinessRule<AmountFacts>
{
    public string Name => nameof(WithinAmountLimitRule);

    public RuleOutcome Check(AmountFacts facts) => facts.Amount <= facts.Limit
        ? RuleOutcome.Pass(Name)
        : RuleOutcome.Refuse(Name, string.Create(CultureInfo.InvariantCulture, $"申请金额 {facts.Amount:0.00} 元超过上限 {facts.Limit:0.00} 元。"), new Dictionary<string, string>
        {
            ["amount"] = facts.Amount.ToString("0.00", CultureInfo.InvariantCulture),
            ["limit"] = facts.Limit.ToString("0.00", CultureInfo.InvariantCulture),
        });
}
