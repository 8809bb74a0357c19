using Gaoxin.Kernel.Access;

namespace Gaoxin.Scenes;

/// <summary>Who may do what in the marketplace.</summary>
internal static class ScenesAccess
{
    /// <summary>The zone's committee and the innovation center run the marketplace: they publish zone scenes and moderate demands.</summary>
    public static readonly string[] Operators = [Roles.ZoneAdmin, Roles.CenterOperator];

    /// <summary>Organisations that post demand (a firm's scene or technical problem) for themselves.</summary>
    public static readonly string[] Posters = [Roles.EnterpriseUser, Roles.VehicleOperator];

    /// <summary>Organisations that offer supply: propose solutions, list products, own achievements.</summary>
    public static readonly string[] Suppliers = [Roles.EnterpriseUser, Roles.VehicleOperator, Roles.InstituteUser];

    /// <summary>Everyone signed in who reads the marketplace.</summary>
    public static readonly string[] Readers = Roles.All.ToArray();
}
