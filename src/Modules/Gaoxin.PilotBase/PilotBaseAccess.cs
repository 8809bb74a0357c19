using Gaoxin.Kernel.Access;

namespace Gaoxin.PilotBase;

/// <summary>Who may do what in the module.</summary>
internal static class PilotBaseAccess
{
    /// <summary>The base's operators (运营方): approve bookings, record runs, edit facilities and the catalogue.</summary>
    public static readonly string[] Operators = [Roles.ZoneAdmin, Roles.CenterOperator];

    /// <summary>Who books: the operators for anyone, enterprises and institutes for themselves.</summary>
    public static readonly string[] Bookers = [Roles.ZoneAdmin, Roles.CenterOperator, Roles.EnterpriseUser, Roles.InstituteUser];

    /// <summary>Every signed-in role of the zone sees the base (organisation-bound roles only their own bookings and runs).</summary>
    public static readonly string[] Everyone = [.. Roles.All];
}
