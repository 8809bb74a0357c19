using Gaoxin.Sample.Requests;

namespace Gaoxin.Sample.Tests;

public sealed class WithinAmountLimitRuleTests
{
    private readonly WithinAmountLimitRule _rule = new();

    [Theory]
    [InlineData("0.01", true)]
    [InlineData("499999.99", true)]
    [InlineData("500000.00", true)] // exactly at the limit
    [InlineData("500000.01", false)] // one fen over
    public void Passes_up_to_the_limit_included(string amount, bool passes)
    {
        var outcome = _rule.Check(new AmountFacts(decimal.Parse(amount, System.Globalization.CultureInfo.InvariantCulture), 500_000m));
        outcome.Passed.ShouldBe(passes);
        outcome.Rule.ShouldBe(nameof(WithinAmountLimitRule));
    }

    [Fact]
    public void A_refusal_names_the_figures()
    {
        var outcome = _rule.Check(new AmountFacts(500_000.01m, 500_000m));
        outcome.Figures["amount"].ShouldBe("500000.01");
        outcome.Figures["limit"].ShouldBe("500000.00");
        outcome.Message.ShouldContain("超过上限");
    }
}
