using Gaoxin.Kernel.Zones;
using Gaoxin.Platforms.Registry;
using Microsoft.Extensions.Time.Testing;

namespace Gaoxin.Platforms.Tests.Rules;

public sealed class EvaluationDueRuleTests
{
    private readonly EvaluationDueRule _rule = new();

    [Theory]
    [InlineData(PlatformLevel.National, 5)]
    [InlineData(PlatformLevel.Provincial, 3)]
    [InlineData(PlatformLevel.Municipal, 2)]
    public void Without_evaluations_the_next_is_due_one_cycle_after_recognition(PlatformLevel level, int years)
    {
        EvaluationCycle.YearsFor(level).ShouldBe(years);
        EvaluationDueRule.DueOn(new DueFacts(level, new DateOnly(2020, 5, 20), null, default)).ShouldBe(new DateOnly(2020 + years, 5, 20));
    }

    [Fact]
    public void The_last_evaluation_restarts_the_cycle()
    {
        EvaluationDueRule.DueOn(new DueFacts(PlatformLevel.Provincial, new DateOnly(2015, 1, 1), new DateOnly(2024, 9, 30), default))
            .ShouldBe(new DateOnly(2027, 9, 30));
    }

    [Fact]
    public void Due_today_by_the_zone_clock_is_on_time_and_one_day_later_is_overdue()
    {
        // Recognised 2023-03-01 at provincial level: due 2026-03-01. The clock is the zone's (China, UTC+8).
        var facts = (DateOnly today) => new DueFacts(PlatformLevel.Provincial, new DateOnly(2023, 3, 1), null, today);
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 3, 1, 15, 59, 59, TimeSpan.Zero));
        var onTime = _rule.Check(facts(ZoneClock.Of(clock).Today));
        onTime.Passed.ShouldBeTrue();
        onTime.Message.ShouldBe("下次评估应于 2026-03-01 前完成。");

        clock.Advance(TimeSpan.FromSeconds(1)); // midnight in Zigong: one day overdue
        var late = _rule.Check(facts(ZoneClock.Of(clock).Today));
        late.Passed.ShouldBeFalse();
        late.Message.ShouldBe("评估已逾期 1 天（应于 2026-03-01 前完成）。");
        late.Figures["daysOverdue"].ShouldBe("1");
        late.Figures["dueOn"].ShouldBe("2026-03-01");
    }

    [Fact]
    public void A_leap_day_recognition_falls_due_on_the_last_day_of_february()
    {
        EvaluationDueRule.DueOn(new DueFacts(PlatformLevel.Provincial, new DateOnly(2024, 2, 29), null, default)).ShouldBe(new DateOnly(2027, 2, 28));
    }
}
