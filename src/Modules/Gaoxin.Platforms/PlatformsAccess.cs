using Gaoxin.Kernel.Access;

namespace Gaoxin.Platforms;

/// <summary>Who may do what in the module.</summary>
internal static class PlatformsAccess
{
    /// <summary>The zone's staff who follow the platforms: the committee, the innovation center, viewers and department officers.</summary>
    public static readonly string[] Staff = [Roles.ZoneAdmin, Roles.CenterOperator, Roles.Viewer, Roles.DepartmentOfficer];

    /// <summary>Who reads the registry: the staff (whole zone), enterprises and institutes (the platforms they host only).</summary>
    public static readonly string[] Readers = [.. Staff, Roles.EnterpriseUser, Roles.InstituteUser];

    /// <summary>Who registers, corrects, evaluates and revokes: the committee and the innovation center.</summary>
    public static readonly string[] Editors = [Roles.ZoneAdmin, Roles.CenterOperator];

    public static readonly AccessPolicy Platforms = AccessPolicy.Of(Readers, Editors);
}
