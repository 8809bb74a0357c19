using Gaoxin.PilotBase.Bookings;

namespace Gaoxin.PilotBase.Tests.Bookings;

public sealed class NotInPastRuleTests
{
    private readonly NotInPastRule _rule = new();

    [Fact]
    public void Starting_now_passes_one_minute_ago_is_refused_with_the_zone_time()
    {
        var f = BookingRuleFacts.Good;
        _rule.Check(f with { StartsAt = f.Now }).Passed.ShouldBeTrue("starting this very minute is allowed");
        var past = _rule.Check(f with { StartsAt = f.Now.AddMinutes(-1) });
        past.Passed.ShouldBeFalse();
        past.Rule.ShouldBe(nameof(NotInPastRule));
        past.Figures["now"].ShouldBe("2026-03-02 09:00", "the zone's clock (UTC+8) is shown");
        past.Figures["startsAt"].ShouldBe("2026-03-02 08:59");
    }
}
