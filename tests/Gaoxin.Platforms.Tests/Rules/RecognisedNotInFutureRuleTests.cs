using Gaoxin.Kernel.Zones;
using Gaoxin.Platforms.Registry;
using Microsoft.Extensions.Time.Testing;

namespace Gaoxin.Platforms.Tests.Rules;

public sealed class RecognisedNotInFutureRuleTests
{
    private readonly RecognisedNotInFutureRule _rule = new();

    [Fact]
    public void Today_in_the_zone_passes_and_tomorrow_is_refused()
    {
        // 2026-03-01 23:59:59 in China is 15:59:59 UTC; one second later it is the 2nd there.
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 3, 1, 15, 59, 59, TimeSpan.Zero));
        var today = ZoneClock.Of(clock).Today;
        today.ShouldBe(new DateOnly(2026, 3, 1));
        _rule.Check(new RecognitionFacts(today, today)).Passed.ShouldBeTrue();
        _rule.Check(new RecognitionFacts(today.AddDays(-1), today)).Passed.ShouldBeTrue();
        var refused = _rule.Check(new RecognitionFacts(today.AddDays(1), today));
        refused.Passed.ShouldBeFalse();
        refused.Message.ShouldBe("认定日期 2026-03-02 晚于今天（2026-03-01）。");
        refused.Figures["recognisedOn"].ShouldBe("2026-03-02");

        clock.Advance(TimeSpan.FromSeconds(1));
        _rule.Check(new RecognitionFacts(new DateOnly(2026, 3, 2), ZoneClock.Of(clock).Today)).Passed.ShouldBeTrue();
    }
}
