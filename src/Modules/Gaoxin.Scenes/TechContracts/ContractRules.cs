using System.Globalization;
using System.Text.RegularExpressions;
using Gaoxin.Kernel.Rules;

namespace Gaoxin.Scenes.TechContracts;

/// <summary>The contract amount and the instalments of its payment schedule, in yuan.</summary>
public sealed record PaymentFacts(decimal Amount, IReadOnlyList<decimal> Instalments);

/// <summary>The instalments must add up to the contract amount exactly, to the fen (分期付款合计须等于合同成交额).</summary>
public sealed class PaymentsAddUpRule : IBusinessRule<PaymentFacts>
{
    public string Name => nameof(PaymentsAddUpRule);

    public RuleOutcome Check(PaymentFacts facts)
    {
        var total = facts.Instalments.Sum();
        return total == facts.Amount
            ? RuleOutcome.Pass(Name)
            : RuleOutcome.Refuse(Name, $"分期付款合计 {Yuan(total)} 元与合同成交额 {Yuan(facts.Amount)} 元不一致。",
                new Dictionary<string, string> { ["分期合计"] = Yuan(total), ["合同成交额"] = Yuan(facts.Amount) });
    }

    internal static string Yuan(decimal d) => d.ToString("0.00", CultureInfo.InvariantCulture);
}

/// <summary>The contract amount and its technology transaction amount.</summary>
public sealed record TechnologyAmountFacts(decimal Amount, decimal TechnologyAmount);

/// <summary>技术交易额 is the part of 合同成交额 that pays for technology: never more than the contract amount.</summary>
public sealed class TechnologyAmountWithinContractRule : IBusinessRule<TechnologyAmountFacts>
{
    public string Name => nameof(TechnologyAmountWithinContractRule);

    public RuleOutcome Check(TechnologyAmountFacts facts) =>
        facts.TechnologyAmount <= facts.Amount
            ? RuleOutcome.Pass(Name)
            : RuleOutcome.Refuse(Name, $"技术交易额 {PaymentsAddUpRule.Yuan(facts.TechnologyAmount)} 元不能超过合同成交额 {PaymentsAddUpRule.Yuan(facts.Amount)} 元。",
                new Dictionary<string, string> { ["技术交易额"] = PaymentsAddUpRule.Yuan(facts.TechnologyAmount), ["合同成交额"] = PaymentsAddUpRule.Yuan(facts.Amount) });
}

/// <summary>The day signed, the day registered and the zone's today.</summary>
public sealed record RegistrationDateFacts(DateOnly SignedOn, DateOnly RegisteredOn, DateOnly Today);

/// <summary>A contract is registered (认定登记) on or after the day it was signed, and not in the future.</summary>
public sealed class RegistrationDateRule : IBusinessRule<RegistrationDateFacts>
{
    public string Name => nameof(RegistrationDateRule);

    public RuleOutcome Check(RegistrationDateFacts facts)
    {
        var figures = new Dictionary<string, string>
        {
            ["签订日期"] = facts.SignedOn.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            ["登记日期"] = facts.RegisteredOn.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        };
        if (facts.RegisteredOn < facts.SignedOn)
        {
            return RuleOutcome.Refuse(Name, "登记日期不能早于合同签订日期。", figures);
        }

        return facts.RegisteredOn > facts.Today ? RuleOutcome.Refuse(Name, "登记日期不能晚于今天。", figures) : RuleOutcome.Pass(Name);
    }
}

/// <summary>The buyer and the seller of a contract.</summary>
public sealed record PartiesFacts(Guid BuyerOrganisationId, Guid SellerOrganisationId);

/// <summary>A technology contract is between two different organisations (买方与卖方不能是同一单位).</summary>
public sealed class DistinctPartiesRule : IBusinessRule<PartiesFacts>
{
    public string Name => nameof(DistinctPartiesRule);

    public RuleOutcome Check(PartiesFacts facts) =>
        facts.BuyerOrganisationId != facts.SellerOrganisationId
            ? RuleOutcome.Pass(Name)
            : RuleOutcome.Refuse(Name, "技术合同的买方与卖方不能是同一单位。");
}

/// <summary>
/// The registration number (认定登记号) the technology-market office gives: 10 to 30 digits or Latin letters, nothing else.
/// </summary>
public sealed partial class RegistrationNumberFormatRule : IBusinessRule<string>
{
    public string Name => nameof(RegistrationNumberFormatRule);

    public RuleOutcome Check(string facts) =>
        Format().IsMatch(facts)
            ? RuleOutcome.Pass(Name)
            : RuleOutcome.Refuse(Name, "合同登记号应为 10 至 30 位数字或字母。", new Dictionary<string, string> { ["登记号"] = facts });

    [GeneratedRegex(@"^[0-9A-Za-z]{10,30}\z", RegexOptions.CultureInvariant)]
    private static partial Regex Format();
}
