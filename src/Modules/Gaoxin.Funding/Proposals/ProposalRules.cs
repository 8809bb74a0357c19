using System.Globalization;
using Gaoxin.Funding.Instruments;
using Gaoxin.Kernel.Rules;

namespace Gaoxin.Funding.Proposals;

/// <summary>What a proposal is made from: the money paid in, the round's price and valuation, the instrument's discount and start.</summary>
public sealed record ProposalFacts(decimal Principal, decimal PreMoney, decimal PricePerShare, decimal Discount, DateOnly RoundClosedOn, DateOnly InstrumentStartedOn);

/// <summary>The stake a proposal offers, worked out by <see cref="ProposedStake.Of"/>.</summary>
public sealed record Stake(decimal ConversionPrice, decimal Shares, decimal StakeOfPreMoney);

/// <summary>
/// 可提出转股建议: money has been paid in (there is principal to convert), the round has a price and a valuation, the discount
/// is below 100%, and the round closed on or after the day the fund invested (an earlier round is not the trigger).
/// </summary>
public sealed class ConversionProposalRule : IBusinessRule<ProposalFacts>
{
    public string Name => nameof(ConversionProposalRule);

    public RuleOutcome Check(ProposalFacts f)
    {
        var figures = new Dictionary<string, string>
        {
            ["principal"] = f.Principal.ToString("0.00", CultureInfo.InvariantCulture),
            ["pricePerShare"] = f.PricePerShare.ToString(CultureInfo.InvariantCulture),
            ["discount"] = f.Discount.ToString(CultureInfo.InvariantCulture),
        };
        string? why = f.Principal <= 0m ? "尚未拨付资金，无可转股的本金。"
            : f.PricePerShare <= 0m || f.PreMoney <= 0m ? "融资轮次缺少每股价格或投前估值。"
            : f.Discount is < 0m or >= 1m ? "转股折扣应在 0 至 100%（不含）之间。"
            : f.RoundClosedOn < f.InstrumentStartedOn ? $"融资轮次交割于 {f.RoundClosedOn:yyyy-MM-dd}，早于先投后股资助批准日 {f.InstrumentStartedOn:yyyy-MM-dd}。"
            : null;
        return why is null ? RuleOutcome.Pass(Name) : RuleOutcome.Refuse(Name, why, figures);
    }
}

/// <summary>The stake per the funding rules: conversion price = round price × (1 − discount); shares = principal ÷ that price, whole shares rounded down.</summary>
public static class ProposedStake
{
    public static Stake Of(ProposalFacts f) => new(
        EquityMath.ConversionPrice(f.PricePerShare, f.Discount),
        EquityMath.Shares(f.Principal, f.PricePerShare, f.Discount),
        decimal.Round(f.Principal / (f.PreMoney * (1m - f.Discount)), 6, MidpointRounding.ToZero));
}
