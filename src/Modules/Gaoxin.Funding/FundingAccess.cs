using Gaoxin.Kernel.Access;

namespace Gaoxin.Funding;

/// <summary>Who may see and do what in the fund. Enterprise and institute users reach only their organisation's applications and awards.</summary>
internal static class FundingAccess
{
    public static readonly AccessPolicy Records = AccessPolicy.Of(
        see: [Roles.ZoneAdmin, Roles.CenterOperator, Roles.Reviewer, Roles.Viewer, Roles.EnterpriseUser, Roles.InstituteUser],
        change: [Roles.ZoneAdmin, Roles.CenterOperator, Roles.EnterpriseUser, Roles.InstituteUser]);

    public static readonly string[] Readers = [Roles.ZoneAdmin, Roles.CenterOperator, Roles.Reviewer, Roles.Viewer, Roles.EnterpriseUser, Roles.InstituteUser];

    /// <summary>The fund's books (dashboard, ledger, statements, assessment) are for the zone's staff.</summary>
    public static readonly string[] Staff = [Roles.ZoneAdmin, Roles.CenterOperator, Roles.Reviewer, Roles.Viewer];

    public static readonly string[] Applicants = [Roles.EnterpriseUser, Roles.InstituteUser, Roles.CenterOperator, Roles.ZoneAdmin];

    /// <summary>The operator (创新中心) recommends; the zone admin (管委会) approves, pays and decides instruments.</summary>
    public static readonly string[] Recommenders = [Roles.CenterOperator];

    public static readonly string[] Deciders = [Roles.ZoneAdmin];

    public static readonly string[] Managers = [Roles.ZoneAdmin, Roles.CenterOperator];
}
