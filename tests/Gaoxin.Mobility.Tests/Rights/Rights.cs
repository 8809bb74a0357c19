using Gaoxin.Kernel.Zones;
using Gaoxin.Mobility.Fleet;
using Gaoxin.Mobility.Policy;
using Gaoxin.Mobility.Rights;
using Gaoxin.Mobility.Tests.Fleet;

namespace Gaoxin.Mobility.Tests.Rights;

/// <summary>A sound application of one eligible vehicle on 2025-09-29 under the default policy; each test changes one thing.</summary>
internal static class RightFacts
{
    public static readonly Guid Operator = Guid.CreateVersion7();

    public static readonly MobilityPolicy Policy = MobilityPolicy.Defaults(ZoneId.New());

    public static RightVehicleFact Vehicle(string label = "川CW0001", Guid? operatorId = null, EligibilityFacts? facts = null) =>
        new(Guid.CreateVersion7(), label, operatorId ?? Operator, Eligibility.Of(Guid.CreateVersion7(), facts ?? Facts.Eligible()));

    public static RoadRightFacts Sound() => new(Operator, [Vehicle()], 30, Facts.Day, Facts.Day.AddDays(364), [GeoAreasTests.Square], Facts.Day, Policy);
}
