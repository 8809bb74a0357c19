using Gaoxin.Capital.Rounds;

namespace Gaoxin.Capital.Tests.Rounds;

public sealed class PostMoneyAddsUpRuleTests
{
    private static readonly PostMoneyAddsUpRule Rule = new();

    [Theory]
    [InlineData("80000000", "20000000", "100000000", true)]
    [InlineData("80000000", "20000000", "100000000.01", false)]
    [InlineData("80000000", "20000000", "99999999.99", false)]
    [InlineData("0.01", "0.01", "0.02", true)]
    public void Post_money_is_pre_money_plus_the_amount_to_the_fen(string pre, string amount, string post, bool passes)
    {
        var outcome = Rule.Check(new RoundFigures(D.M(pre), D.M(amount), D.M(post)));
        outcome.Passed.ShouldBe(passes);
        outcome.Rule.ShouldBe(nameof(PostMoneyAddsUpRule));
        if (!passes)
        {
            outcome.Message.ShouldBe($"投后估值 {D.M(post):0.00} 元应等于投前估值 {D.M(pre):0.00} 元加本轮融资额 {D.M(amount):0.00} 元（{D.M(pre) + D.M(amount):0.00} 元）。");
            outcome.Figures["expected"].ShouldBe((D.M(pre) + D.M(amount)).ToString("0.00", System.Globalization.CultureInfo.InvariantCulture));
        }
    }
}
