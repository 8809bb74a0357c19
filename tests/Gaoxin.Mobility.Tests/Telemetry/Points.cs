using Gaoxin.Kernel.Zones;
using Gaoxin.Mobility.Rights;
using Gaoxin.Mobility.Telemetry;
using Gaoxin.Mobility.Tests.Rights;
using NetTopologySuite.Geometries;

namespace Gaoxin.Mobility.Tests.Telemetry;

/// <summary>Facts for the live rules: the test square, Monday–Friday 07:00–20:00 China time, 30 km/h, valid 2025-09-29 to 2026-09-28.</summary>
internal static class Points
{
    public static readonly DateOnly From = new(2025, 9, 29);
    public static readonly DateOnly To = new(2026, 9, 28);

    public static PermitShape Permit(RoadRightStatus status = RoadRightStatus.Granted, int limit = 30, DateOnly? validTo = null, string? area = null, int version = 3) =>
        new(Guid.CreateVersion7(), version, status, From, validTo ?? To, [GeoAreas.Parse(area ?? GeoAreasTests.Square).Polygon!],
            [(WeekdayMask.Of([1, 2, 3, 4, 5]), 7 * 60, 20 * 60)], limit);

    /// <summary>Monday 2025-10-06 at the given China time.</summary>
    public static DateTimeOffset Monday(int h, int m, int s) => ZoneClock.At(new DateOnly(2025, 10, 6), new TimeOnly(h, m, s));

    public static readonly (DateOnly, DateOnly)[] Insured = [(new DateOnly(2025, 9, 1), new DateOnly(2026, 8, 31))];

    public static PointFacts At(double lat = 29.345, double lng = 104.755, double speed = 20, DateTimeOffset? at = null, IReadOnlyList<PermitShape>? permits = null,
        IReadOnlyList<(DateOnly, DateOnly)>? insurance = null) =>
        new(lat, lng, speed, at ?? Monday(10, 0, 0), permits ?? [Permit()], insurance ?? Insured);
}
