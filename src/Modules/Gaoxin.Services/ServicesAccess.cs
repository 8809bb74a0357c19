using Gaoxin.Kernel.Access;

namespace Gaoxin.Services;

/// <summary>Who may do what in the module.</summary>
internal static class ServicesAccess
{
    /// <summary>Keeps the catalogue, the holiday calendar and the departments (管委会).</summary>
    public static readonly string[] Administrators = [Roles.ZoneAdmin];

    /// <summary>Work the departments' queues: officers their own departments', the zone admin every one.</summary>
    public static readonly string[] Officers = [Roles.ZoneAdmin, Roles.DepartmentOfficer];

    /// <summary>Apply and report difficulties for their own enterprise.</summary>
    public static readonly string[] Applicants = [Roles.EnterpriseUser, Roles.VehicleOperator];

    /// <summary>See every application, case and figure of the zone without deciding.</summary>
    public static readonly string[] Overseers = [Roles.ZoneAdmin, Roles.CenterOperator, Roles.Viewer, Roles.DepartmentOfficer];

    /// <summary>Every signed-in role (organisation-bound roles see only their own enterprise's records).</summary>
    public static readonly string[] Everyone = [.. Roles.All];
}
