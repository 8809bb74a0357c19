using Gaoxin.Kernel.Access;

namespace Gaoxin.Indicators;

/// <summary>
/// Indicators are the committee's statistics: its staff and the innovation center read them and the cockpit; only the
/// committee (经济发展局) records them. Published indicators (open data) are for every signed-in user.
/// </summary>
internal static class IndicatorsAccess
{
    public static readonly string[] ZoneStaff = [Roles.ZoneAdmin, Roles.CenterOperator, Roles.Reviewer, Roles.Viewer];

    public static readonly string[] Recorders = [Roles.ZoneAdmin];

    public static readonly string[] Everyone = [.. Roles.All];
}
