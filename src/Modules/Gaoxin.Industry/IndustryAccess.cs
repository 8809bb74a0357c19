using Gaoxin.Kernel.Access;

namespace Gaoxin.Industry;

/// <summary>
/// The industry system is the zone's own planning: its staff see it; the committee and the innovation center keep it.
/// Enterprise, institute and vehicle-operator users do not see leads (they name companies being courted).
/// </summary>
internal static class IndustryAccess
{
    public static readonly string[] ZoneStaff = [Roles.ZoneAdmin, Roles.CenterOperator, Roles.Reviewer, Roles.Viewer];

    public static readonly string[] Editors = [Roles.ZoneAdmin, Roles.CenterOperator];

    /// <summary>Thresholds are policy: the committee only.</summary>
    public static readonly string[] PolicyMakers = [Roles.ZoneAdmin];
}
