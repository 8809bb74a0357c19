using Gaoxin.Kernel.Access;

namespace Gaoxin.Mobility;

/// <summary>Who may do what in the module.</summary>
internal static class MobilityAccess
{
    /// <summary>The zone's staff who follow the fleet: the committee, the innovation center, viewers and department officers.</summary>
    public static readonly string[] Staff = [Roles.ZoneAdmin, Roles.CenterOperator, Roles.Viewer, Roles.DepartmentOfficer];

    /// <summary>Who reads the fleet: the staff (whole zone) and operators (their own organisation's vehicles only).</summary>
    public static readonly string[] Readers = [.. Staff, Roles.VehicleOperator];

    /// <summary>Who registers and corrects vehicles: the committee and the center for any operator, an operator for its own.</summary>
    public static readonly string[] FleetKeepers = [Roles.ZoneAdmin, Roles.CenterOperator, Roles.VehicleOperator];

    /// <summary>
    /// Who grants and withdraws plates and sets the policy: the committee (管委会) alone — a plate is the authority's grant;
    /// the innovation center runs the platform but does not grant.
    /// </summary>
    public static readonly string[] Authority = [Roles.ZoneAdmin];

    /// <summary>Who issues and revokes operator tokens for the agency API: the committee for any operator, an operator for itself.</summary>
    public static readonly string[] TokenIssuers = [Roles.ZoneAdmin, Roles.VehicleOperator];

    public static readonly AccessPolicy Vehicles = AccessPolicy.Of(Readers, FleetKeepers);

    /// <summary>Road rights: read like the fleet; applied for and edited (while applied) by an operator for itself or the committee and the center on its behalf.</summary>
    public static readonly AccessPolicy Rights = AccessPolicy.Of(Readers, FleetKeepers);
}
