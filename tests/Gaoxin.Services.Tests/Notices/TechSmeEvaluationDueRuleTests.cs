using Gaoxin.Services.ServicePage;

namespace Gaoxin.Services.Tests.Notices;

/// <summary>科技型中小企业: registered for last year, the evaluation is due by 31 March, reminded from 1 January.</summary>
public sealed class TechSmeEvaluationDueRuleTests
{
    private static readonly TechSmeEvaluationDueRule Rule = new();

    [Theory]
    [InlineData("2026-12-31", DueStanding.NotYet, 90)]
    [InlineData("2027-01-01", DueStanding.Due, 89)]
    [InlineData("2027-03-30", DueStanding.Due, 1)]
    [InlineData("2027-03-31", DueStanding.Due, 0)]
    [InlineData("2027-04-01", DueStanding.Overdue, -1)]
    public void Registered_for_2026_the_2027_evaluation_is_due_by_31_March(string today, DueStanding standing, int daysLeft)
    {
        var due = Rule.Assess(new TechSmeFacts(DateOnly.Parse(today), 2026)).ShouldNotBeNull();
        due.DueOn.ShouldBe(new DateOnly(2027, 3, 31));
        due.Standing.ShouldBe(standing);
        due.DaysLeft.ShouldBe(daysLeft);
        Rule.Check(new TechSmeFacts(DateOnly.Parse(today), 2026)).Passed.ShouldBe(standing == DueStanding.NotYet);
    }

    [Fact]
    public void Registered_again_for_this_year_nothing_is_due_until_next_January()
    {
        Rule.Assess(new TechSmeFacts(new DateOnly(2027, 4, 1), 2027))!.Standing.ShouldBe(DueStanding.NotYet);
        Rule.Check(new TechSmeFacts(new DateOnly(2027, 4, 1), 2027)).Passed.ShouldBeTrue();
    }

    [Fact]
    public void Never_registered_or_lapsed_before_last_year_it_is_not_followed()
    {
        Rule.Assess(new TechSmeFacts(new DateOnly(2027, 2, 1), null)).ShouldBeNull();
        Rule.Assess(new TechSmeFacts(new DateOnly(2027, 2, 1), 2025)).ShouldBeNull();
    }

    [Fact]
    public void The_reminder_names_the_day_and_the_days_left()
    {
        var outcome = Rule.Check(new TechSmeFacts(new DateOnly(2027, 3, 1), 2026));
        outcome.Passed.ShouldBeFalse();
        outcome.Rule.ShouldBe(nameof(TechSmeEvaluationDueRule));
        outcome.Message.ShouldContain("2027-03-31");
        outcome.Figures["daysLeft"].ShouldBe("30");
    }
}
