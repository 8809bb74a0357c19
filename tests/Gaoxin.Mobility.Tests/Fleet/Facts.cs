using Gaoxin.Kernel.Zones;
using Gaoxin.Mobility.Fleet;
using Gaoxin.Mobility.Policy;

namespace Gaoxin.Mobility.Tests.Fleet;

/// <summary>An eligible vehicle on 2025-09-29 under the default policy; each test changes one thing.</summary>
internal static class Facts
{
    public static readonly DateOnly Day = new(2025, 9, 29);

    public static readonly MobilityPolicy Policy = MobilityPolicy.Defaults(ZoneId.New());

    public static readonly string GoodVin = Vin.WithCheckDigit("LJ9ZW4D50SZ250001");

    public static EligibilityFacts Eligible() => new(GoodVin, 3_480, 1_380, 1_950, 40,
        [new InsuranceFact("人保", 5_000_000m, new DateOnly(2025, 9, 1), new DateOnly(2026, 8, 31))],
        [new StaffFact("王建国", StaffRole.SafetyOfficer, new DateOnly(2025, 9, 15), null)],
        [new RoadTestFact(new DateOnly(2025, 8, 1), 240m, 0m)],
        Day, Policy);
}
