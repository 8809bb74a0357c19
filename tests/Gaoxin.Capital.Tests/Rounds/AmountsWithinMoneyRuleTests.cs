using Gaoxin.Capital.Rounds;

namespace Gaoxin.Capital.Tests.Rounds;

public sealed class AmountsWithinMoneyRuleTests
{
    private static readonly AmountsWithinMoneyRule Rule = new();

    [Theory]
    [InlineData("0.01", true)]
    [InlineData("0", false)]
    [InlineData("-0.01", false)]
    [InlineData("1000000000000", true)]
    [InlineData("1000000000000.01", false)]
    [InlineData("100.001", false)]
    public void Every_amount_is_positive_to_the_fen_and_within_the_books_limit(string value, bool passes)
    {
        var outcome = Rule.Check(new RoundAmounts([("preMoney", 1m), ("amount", D.M(value))]));
        outcome.Passed.ShouldBe(passes);
        outcome.Rule.ShouldBe(nameof(AmountsWithinMoneyRule));
        if (!passes)
        {
            outcome.Figures["field"].ShouldBe("amount");
            outcome.Message.ShouldBe($"金额 {value} 元无效：须大于零、精确到分且不超过 1 万亿元。");
        }
    }
}
