using Gaoxin.Funding.Proposals;

namespace Gaoxin.Funding.Tests;

/// <summary>When a round makes a proposal, and the stake it proposes, at the boundaries.</summary>
public sealed class ConversionProposalRuleTests
{
    private static readonly ConversionProposalRule Rule = new();
    private static readonly DateOnly Started = new(2026, 3, 15);

    private static ProposalFacts Facts(decimal principal = 1_000_000m, decimal pre = 100_000_000m, decimal price = 10m, decimal discount = 0.2m, int closedAfter = 0) =>
        new(principal, pre, price, discount, Started.AddDays(closedAfter), Started);

    [Theory]
    [InlineData(0.01, true)]
    [InlineData(0, false)]
    public void There_must_be_principal_paid_in(decimal principal, bool passes)
    {
        var outcome = Rule.Check(Facts(principal: principal));
        outcome.Passed.ShouldBe(passes);
        outcome.Rule.ShouldBe(nameof(ConversionProposalRule));
        if (!passes)
        {
            outcome.Message.ShouldBe("尚未拨付资金，无可转股的本金。");
        }
    }

    [Theory]
    [InlineData(0, -1, false)]
    [InlineData(0, 0, true)]
    [InlineData(0.9999, 0, true)]
    [InlineData(1, 0, false)]
    [InlineData(-0.0001, 0, false)]
    public void The_discount_is_below_one_and_the_round_closes_on_or_after_the_investment(decimal discount, int closedAfter, bool passes)
    {
        var outcome = Rule.Check(Facts(discount: discount, closedAfter: closedAfter));
        outcome.Passed.ShouldBe(passes);
        if (closedAfter < 0)
        {
            outcome.Message.ShouldBe("融资轮次交割于 2026-03-14，早于先投后股资助批准日 2026-03-15。");
        }
    }

    [Theory]
    [InlineData(0, 100_000_000)]
    [InlineData(10, 0)]
    public void A_round_without_a_price_or_a_valuation_proposes_nothing(decimal price, decimal pre)
    {
        var outcome = Rule.Check(Facts(price: price, pre: pre));
        outcome.Passed.ShouldBeFalse();
        outcome.Message.ShouldBe("融资轮次缺少每股价格或投前估值。");
    }

    [Fact]
    public void The_stake_is_the_principal_over_the_discounted_price()
    {
        // 1,000,000 ÷ (10 × 0.8) = 125,000 shares; 1,000,000 ÷ (100,000,000 × 0.8) = 1.25% of the company before the round.
        var stake = ProposedStake.Of(Facts());
        stake.ConversionPrice.ShouldBe(8m);
        stake.Shares.ShouldBe(125_000m);
        stake.StakeOfPreMoney.ShouldBe(0.0125m);
        // A fraction of a share is not issued: one fen short of the next share rounds down.
        ProposedStake.Of(Facts(principal: 999_999.99m)).Shares.ShouldBe(124_999m);
        ProposedStake.Of(Facts(principal: 3m, pre: 9m, price: 1m, discount: 0m)).StakeOfPreMoney.ShouldBe(0.333333m);
    }
}
