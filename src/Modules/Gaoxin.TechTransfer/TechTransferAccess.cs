using Gaoxin.Kernel.Access;

namespace Gaoxin.TechTransfer;

/// <summary>Who may see and change what in the relay; universities, institutes and enterprises only their own records.</summary>
internal static class TechTransferAccess
{
    /// <summary>Achievements and projects: owners (by organisation) and the zone's staff.</summary>
    public static readonly AccessPolicy Records = AccessPolicy.Of(
        see: [Roles.ZoneAdmin, Roles.CenterOperator, Roles.Reviewer, Roles.Viewer, Roles.InstituteUser, Roles.EnterpriseUser],
        change: [Roles.ZoneAdmin, Roles.CenterOperator, Roles.InstituteUser, Roles.EnterpriseUser]);

    /// <summary>Running the relay: moving stages, opening rounds, deciding, accepting milestones.</summary>
    public static readonly string[] Operators = [Roles.ZoneAdmin, Roles.CenterOperator];

    /// <summary>Zone-wide views: the board, analytics, rounds.</summary>
    public static readonly string[] ZoneStaff = [Roles.ZoneAdmin, Roles.CenterOperator, Roles.Reviewer, Roles.Viewer];

    /// <summary>Who submits achievements and proposes projects.</summary>
    public static readonly string[] Submitters = [Roles.ZoneAdmin, Roles.CenterOperator, Roles.InstituteUser, Roles.EnterpriseUser];

    public static bool IsOperator(Actor actor) => Operators.Any(actor.IsIn);

    /// <summary>A project belongs to its lead organisation and to its company's organisation.</summary>
    public static bool MaySeeProject(Actor actor, Guid lead, Guid? company, Guid zone) =>
        RecordAccess.MaySee(actor, Records, lead, zone) || (company is not null && RecordAccess.MaySee(actor, Records, company, zone));

    public static bool MayChangeProject(Actor actor, Guid lead, Guid? company, Guid zone) =>
        RecordAccess.MayChange(actor, Records, lead, zone) || (company is not null && RecordAccess.MayChange(actor, Records, company, zone));
}
