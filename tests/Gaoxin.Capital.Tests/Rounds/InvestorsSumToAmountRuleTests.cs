using Gaoxin.Capital.Rounds;

namespace Gaoxin.Capital.Tests.Rounds;

public sealed class InvestorsSumToAmountRuleTests
{
    private static readonly InvestorsSumToAmountRule Rule = new();

    [Theory]
    [InlineData("20000000", new[] { "12000000", "8000000" }, true)]
    [InlineData("20000000", new[] { "12000000", "7999999.99" }, false)]
    [InlineData("20000000", new[] { "12000000", "8000000.01" }, false)]
    [InlineData("0.01", new[] { "0.01" }, true)]
    [InlineData("0", new string[0], false)]
    public void Investors_amounts_sum_to_the_round_amount_and_there_is_one_at_least(string amount, string[] parts, bool passes)
    {
        var outcome = Rule.Check(new InvestorShares(D.M(amount), parts.Select(D.M).ToList()));
        outcome.Passed.ShouldBe(passes);
        outcome.Rule.ShouldBe(nameof(InvestorsSumToAmountRule));
        if (!passes)
        {
            outcome.Message.ShouldStartWith("各投资方出资合计");
            outcome.Figures["investors"].ShouldBe(parts.Length.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }
    }
}
