using Gaoxin.Kernel.Access;

namespace Gaoxin.Capital;

/// <summary>Who may see and do what with investors, funds and rounds.</summary>
internal static class CapitalAccess
{
    /// <summary>The zone's staff read the whole registry and every round.</summary>
    public static readonly string[] Staff = [Roles.ZoneAdmin, Roles.CenterOperator, Roles.Reviewer, Roles.Viewer];

    /// <summary>The committee and the innovation center (the fund's operator) keep the registry and record rounds.</summary>
    public static readonly string[] Managers = [Roles.ZoneAdmin, Roles.CenterOperator];

    /// <summary>Rounds are read by the staff (whole zone) and by enterprise users (their own company's rounds only).</summary>
    public static readonly string[] RoundReaders = [.. Staff, Roles.EnterpriseUser];

    public static readonly AccessPolicy Rounds = AccessPolicy.Of(RoundReaders, Managers);
}
