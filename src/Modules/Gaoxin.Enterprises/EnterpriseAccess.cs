using Gaoxin.Kernel.Access;

namespace Gaoxin.Enterprises;

/// <summary>Who may see and change what in the registry; enterprise users only their own enterprise (by organisation).</summary>
internal static class EnterpriseAccess
{
    /// <summary>Profiles, annual data, certificates, evaluations, transformation projects.</summary>
    public static readonly AccessPolicy Records = AccessPolicy.Of(
        see: [Roles.ZoneAdmin, Roles.CenterOperator, Roles.Reviewer, Roles.Viewer, Roles.EnterpriseUser, Roles.VehicleOperator],
        change: [Roles.ZoneAdmin, Roles.CenterOperator, Roles.EnterpriseUser, Roles.VehicleOperator]);

    /// <summary>Creating enterprises, recording certificates, importing: the zone's staff.</summary>
    public static readonly string[] Registrars = [Roles.ZoneAdmin, Roles.CenterOperator];

    /// <summary>Expert-judged items are scored by reviewers (and the zone admin).</summary>
    public static readonly string[] Scorers = [Roles.Reviewer, Roles.ZoneAdmin];

    /// <summary>Zone-wide lists (cultivation board, policy matches, rates) are for the zone's staff.</summary>
    public static readonly string[] ZoneStaff = [Roles.ZoneAdmin, Roles.CenterOperator, Roles.Reviewer, Roles.Viewer];
}
