using Gaoxin.PilotBase.Bookings;
using Gaoxin.PilotBase.Facilities;

namespace Gaoxin.PilotBase.Tests.Bookings;

/// <summary>Facts that pass every booking rule, for the rule tests to bend one at a time.</summary>
internal static class BookingRuleFacts
{
    public static readonly DateTimeOffset Now = new(2026, 3, 2, 9, 0, 0, TimeSpan.FromHours(8));

    public static BookingFacts Good => new(Now, Now.AddHours(1), Now.AddHours(3), "A-T-01", ResourceStatus.Available, 100m, "kg", 50m);
}
