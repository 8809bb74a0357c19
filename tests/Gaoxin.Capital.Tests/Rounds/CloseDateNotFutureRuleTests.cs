using Gaoxin.Capital.Rounds;

namespace Gaoxin.Capital.Tests.Rounds;

public sealed class CloseDateNotFutureRuleTests
{
    private static readonly CloseDateNotFutureRule Rule = new();
    private static readonly DateOnly Today = new(2026, 12, 7);

    [Theory]
    [InlineData(-365, true)]
    [InlineData(0, true)]
    [InlineData(1, false)]
    public void A_round_closes_today_at_the_latest(int days, bool passes)
    {
        var outcome = Rule.Check(new CloseDateFacts(Today.AddDays(days), Today));
        outcome.Passed.ShouldBe(passes);
        outcome.Rule.ShouldBe(nameof(CloseDateNotFutureRule));
        if (!passes)
        {
            outcome.Message.ShouldBe("交割日期 2026-12-08 晚于今天（2026-12-07）。");
        }
    }
}
