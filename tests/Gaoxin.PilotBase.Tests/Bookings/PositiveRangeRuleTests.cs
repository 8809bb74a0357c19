using Gaoxin.PilotBase.Bookings;

namespace Gaoxin.PilotBase.Tests.Bookings;

public sealed class PositiveRangeRuleTests
{
    private readonly PositiveRangeRule _rule = new();

    [Fact]
    public void One_minute_passes_zero_length_and_inverted_ranges_are_refused_by_name()
    {
        var f = BookingRuleFacts.Good;
        _rule.Check(f with { EndsAt = f.StartsAt.AddMinutes(1) }).Passed.ShouldBeTrue();
        var zero = _rule.Check(f with { EndsAt = f.StartsAt });
        zero.Passed.ShouldBeFalse();
        zero.Rule.ShouldBe(nameof(PositiveRangeRule));
        zero.Message.ShouldContain("必须晚于开始时间");
        _rule.Check(f with { EndsAt = f.StartsAt.AddMinutes(-1) }).Passed.ShouldBeFalse();
    }
}
