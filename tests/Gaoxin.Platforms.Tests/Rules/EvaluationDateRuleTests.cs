using Gaoxin.Platforms.Registry;

namespace Gaoxin.Platforms.Tests.Rules;

public sealed class EvaluationDateRuleTests
{
    private static readonly DateOnly Recognised = new(2022, 6, 15);
    private static readonly DateOnly Today = new(2026, 3, 1);
    private readonly EvaluationDateRule _rule = new();

    [Theory]
    [InlineData("2022-06-14", false)] // the day before recognition
    [InlineData("2022-06-15", true)] // the recognition day itself
    [InlineData("2026-03-01", true)] // today
    [InlineData("2026-03-02", false)] // tomorrow
    public void An_evaluation_falls_between_recognition_and_today_both_included(string on, bool passes)
    {
        var outcome = _rule.Check(new EvaluationDateFacts(DateOnly.Parse(on, System.Globalization.CultureInfo.InvariantCulture), Recognised, Today));
        outcome.Passed.ShouldBe(passes);
        outcome.Rule.ShouldBe(nameof(EvaluationDateRule));
    }

    [Fact]
    public void Each_refusal_says_which_bound()
    {
        _rule.Check(new EvaluationDateFacts(Recognised.AddDays(-1), Recognised, Today)).Message.ShouldBe("评估日期 2022-06-14 早于认定日期 2022-06-15。");
        var late = _rule.Check(new EvaluationDateFacts(Today.AddDays(1), Recognised, Today));
        late.Message.ShouldBe("评估日期 2026-03-02 晚于今天（2026-03-01）。");
        late.Figures["today"].ShouldBe("2026-03-01");
    }
}
