using Gaoxin.Services.Calendar;
using Gaoxin.Services.Relief;

namespace Gaoxin.Services.Tests.Relief;

/// <summary>A rating of 2 reopens the case, 3 closes it.</summary>
public sealed class ReopenWhenDissatisfiedRuleTests
{
    private static readonly ReopenWhenDissatisfiedRule Rule = new();

    [Theory]
    [InlineData(1, false)]
    [InlineData(2, false)]
    [InlineData(3, true)]
    [InlineData(5, true)]
    public void Two_or_less_reopens_three_or_more_closes(int satisfaction, bool closes)
    {
        var outcome = Rule.Check(satisfaction);
        outcome.Passed.ShouldBe(closes);
        outcome.Rule.ShouldBe(nameof(ReopenWhenDissatisfiedRule));
    }
}

/// <summary>Sales down by more than 20% fires; exactly 20% does not.</summary>
public sealed class SalesDropRuleTests
{
    private static WarningFacts Sales(decimal? before, decimal? now) => new(2025, before, now, 1m, 1m, 100, 100);

    [Fact]
    public void Exactly_twenty_percent_does_not_fire_a_fen_more_does()
    {
        new SalesDropRule().Check(Sales(1_000_000m, 800_000m)).Passed.ShouldBeTrue();
        var fired = new SalesDropRule().Check(Sales(1_000_000m, 799_999.99m));
        fired.Passed.ShouldBeFalse();
        fired.Figures["threshold"].ShouldBe("0.2");
    }

    [Fact]
    public void Growth_missing_years_or_no_sales_before_never_fire()
    {
        new SalesDropRule().Check(Sales(1_000_000m, 1_200_000m)).Passed.ShouldBeTrue();
        new SalesDropRule().Check(Sales(null, 100m)).Passed.ShouldBeTrue();
        new SalesDropRule().Check(Sales(0m, 0m)).Passed.ShouldBeTrue();
    }

    [Fact]
    public void The_share_is_a_parameter()
    {
        new SalesDropRule(0.10m).Check(Sales(100m, 89m)).Passed.ShouldBeFalse();
        new SalesDropRule(0.10m).Check(Sales(100m, 90m)).Passed.ShouldBeTrue();
    }
}

/// <summary>A loss in each of the last two years fires; a loss in one, or a zero profit, does not.</summary>
public sealed class SecondYearOfLossRuleTests
{
    private static WarningFacts Profit(decimal? before, decimal? now) => new(2025, 1m, 1m, before, now, 10, 10);

    [Theory]
    [InlineData(-1, -1, true)]
    [InlineData(-0.01, -0.01, true)]
    [InlineData(0, -1, false)]
    [InlineData(-1, 0, false)]
    [InlineData(5, -5, false)]
    public void Two_losses_in_a_row_fire(double before, double now, bool fires) =>
        new SecondYearOfLossRule().Check(Profit((decimal)before, (decimal)now)).Passed.ShouldBe(!fires);

    [Fact]
    public void A_missing_year_does_not_fire() => new SecondYearOfLossRule().Check(Profit(null, -1m)).Passed.ShouldBeTrue();
}

/// <summary>Employees down by more than 15% or by more than 50 people fires; exactly at either does not.</summary>
public sealed class FallingEmploymentRuleTests
{
    private static WarningFacts Staff(int? before, int? now) => new(2025, 1m, 1m, 1m, 1m, before, now);

    [Theory]
    [InlineData(100, 85, false)]    // exactly 15%
    [InlineData(100, 84, true)]     // 16%
    [InlineData(1000, 950, false)]  // exactly 50 people (5%)
    [InlineData(1000, 949, true)]   // 51 people
    [InlineData(40, 42, false)]     // growth
    public void More_than_the_share_or_the_count_fires(int before, int now, bool fires) =>
        new FallingEmploymentRule().Check(Staff(before, now)).Passed.ShouldBe(!fires);

    [Fact]
    public void Missing_figures_do_not_fire()
    {
        new FallingEmploymentRule().Check(Staff(null, 10)).Passed.ShouldBeTrue();
        new FallingEmploymentRule().Check(Staff(0, 0)).Passed.ShouldBeTrue();
    }
}

/// <summary>A deadline set by hand is today or later.</summary>
public sealed class DeadlineNotInPastRuleTests
{
    private static readonly DateOnly Today = new(2026, 6, 10);

    [Fact]
    public void Today_passes_yesterday_is_refused()
    {
        new DeadlineNotInPastRule().Check(new DeadlineFacts(Today, Today)).Passed.ShouldBeTrue();
        new DeadlineNotInPastRule().Check(new DeadlineFacts(Today.AddDays(-1), Today)).Passed.ShouldBeFalse();
    }
}

/// <summary>The default deadline counts the category's working days on the zone's calendar.</summary>
public sealed class ReliefDeadlineRuleTests
{
    [Fact]
    public void Ten_working_days_from_before_the_national_day_week_skip_it()
    {
        // Triage on Mon 28 Sep 2026: 29, 30 Sep, then 8, 9, 10 (Saturday, 调休), 12, 13, 14, 15, 16 Oct.
        ReliefDeadlineRule.DefaultFrom(new DateOnly(2026, 9, 28), DifficultyCategory.Labour, NationalHolidays.Calendar).ShouldBe(new DateOnly(2026, 10, 16));
        ReliefDeadlineRule.WorkingDays(DifficultyCategory.Land).ShouldBe(20);
    }
}

/// <summary>The facts come from the last two consecutive years only.</summary>
public sealed class WarningFactsTests
{
    [Fact]
    public void A_gap_between_the_years_gives_no_facts()
    {
        var gap = new Gaoxin.Contracts.Enterprises.EnterpriseAnnualSeries(Guid.NewGuid(), "甲", "X", null,
            [new(2022, 100m, 1m, 10), new(2024, 10m, -1m, 1)]);
        ReliefWarnings.FactsOf(gap).ShouldBeNull();
        var ok = gap with { Years = [new(2023, 100m, -1m, 10), new(2024, 70m, -2m, 10)] };
        var facts = ReliefWarnings.FactsOf(ok)!;
        facts.Year.ShouldBe(2024);
        EarlyWarnings.Fired(facts).Select(o => o.Rule).ShouldBe([nameof(SalesDropRule), nameof(SecondYearOfLossRule)]);
    }
}
