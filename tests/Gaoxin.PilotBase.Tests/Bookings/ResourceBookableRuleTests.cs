using Gaoxin.PilotBase.Bookings;
using Gaoxin.PilotBase.Facilities;

namespace Gaoxin.PilotBase.Tests.Bookings;

public sealed class ResourceBookableRuleTests
{
    private readonly ResourceBookableRule _rule = new();

    [Theory]
    [InlineData(ResourceStatus.Available, true)]
    [InlineData(ResourceStatus.Maintenance, false)]
    [InlineData(ResourceStatus.Retired, false)]
    public void Only_an_available_resource_is_bookable(ResourceStatus status, bool passes)
    {
        var outcome = _rule.Check(BookingRuleFacts.Good with { ResourceStatus = status });
        outcome.Passed.ShouldBe(passes);
        if (!passes)
        {
            outcome.Message.ShouldContain("A-T-01");
            outcome.Message.ShouldContain(status == ResourceStatus.Retired ? "已停用" : "维护中");
        }
    }
}
