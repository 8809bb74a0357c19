using Gaoxin.Capital.Rounds;
using Gaoxin.Kernel.Rules;

namespace Gaoxin.Capital.Tests.Rounds;

/// <summary>Every refusal of the round rules, word for word, with the figures it carries to the problem details.</summary>
public sealed class RoundRuleFiguresTests
{
    [Fact]
    public void Post_money_refusal_carries_all_four_figures()
    {
        var outcome = new PostMoneyAddsUpRule().Check(new RoundFigures(D.M("80000000"), D.M("20000000.5"), D.M("100000000")));
        outcome.Message.ShouldBe("投后估值 100000000.00 元应等于投前估值 80000000.00 元加本轮融资额 20000000.50 元（100000000.50 元）。");
        outcome.Figures.ShouldBe(new Dictionary<string, string>
        {
            ["preMoney"] = "80000000.00",
            ["amount"] = "20000000.50",
            ["postMoney"] = "100000000.00",
            ["expected"] = "100000000.50",
        });
    }

    [Fact]
    public void Investors_refusal_carries_the_sum_the_amount_and_the_count()
    {
        var outcome = new InvestorsSumToAmountRule().Check(new InvestorShares(D.M("20000000"), [D.M("12000000"), D.M("7999999.99")]));
        outcome.Message.ShouldBe("各投资方出资合计 19999999.99 元（2 家）应等于本轮融资额 20000000.00 元，且至少一家投资方。");
        outcome.Figures.ShouldBe(new Dictionary<string, string> { ["sum"] = "19999999.99", ["amount"] = "20000000.00", ["investors"] = "2" });
    }

    [Fact]
    public void A_round_without_investors_is_refused_even_when_the_amount_is_zero()
    {
        var outcome = new InvestorsSumToAmountRule().Check(new InvestorShares(0m, []));
        outcome.Passed.ShouldBeFalse();
        outcome.Message.ShouldBe("各投资方出资合计 0.00 元（0 家）应等于本轮融资额 0.00 元，且至少一家投资方。");
    }

    [Fact]
    public void Amount_refusal_names_the_first_bad_field_and_its_value()
    {
        var outcome = new AmountsWithinMoneyRule().Check(new RoundAmounts([("amount", 5m), ("preMoney", D.M("1.005")), ("postMoney", -1m)]));
        outcome.Message.ShouldBe("金额 1.005 元无效：须大于零、精确到分且不超过 1 万亿元。");
        outcome.Figures.ShouldBe(new Dictionary<string, string> { ["field"] = "preMoney", ["value"] = "1.005" });
    }

    [Fact]
    public void Close_date_refusal_carries_both_days()
    {
        var outcome = new CloseDateNotFutureRule().Check(new CloseDateFacts(new DateOnly(2026, 12, 8), new DateOnly(2026, 12, 7)));
        outcome.Figures.ShouldBe(new Dictionary<string, string> { ["closedOn"] = "2026-12-08", ["today"] = "2026-12-07" });
    }

    [Fact]
    public void Enforce_passes_silently_and_throws_the_refusal_with_its_figures()
    {
        var rule = new CloseDateNotFutureRule();
        var today = new DateOnly(2026, 12, 7);
        Should.NotThrow(() => RoundRuleCheck.Enforce(rule, new CloseDateFacts(today, today)));

        var refusal = Should.Throw<Refusal>(() => RoundRuleCheck.Enforce(rule, new CloseDateFacts(today.AddDays(1), today)));
        refusal.Rule.ShouldBe(nameof(CloseDateNotFutureRule));
        refusal.Message.ShouldBe("交割日期 2026-12-08 晚于今天（2026-12-07）。");
        refusal.Figures["closedOn"].ShouldBe("2026-12-08");
    }
}
