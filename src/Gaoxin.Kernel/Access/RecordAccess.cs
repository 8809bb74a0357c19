namespace Gaoxin.Kernel.Access;

/// <summary>Who is acting: the signed-in user's id, roles, organisation and zone.</summary>
public sealed record Actor(string UserId, string Name, IReadOnlySet<string> Roles, Guid? OrganisationId, Guid ZoneId)
{
    public bool IsIn(string role) => Roles.Contains(role);

    /// <summary>True when every role the user holds binds them to their own organisation.</summary>
    public bool IsOrganisationBound => Roles.Count > 0 && Roles.All(Access.Roles.OrganisationBound.Contains);
}

/// <summary>What a role may do with records of a kind, and whether organisation-bound roles are limited to their own.</summary>
public sealed record AccessPolicy(IReadOnlySet<string> CanSee, IReadOnlySet<string> CanChange)
{
    public static AccessPolicy Of(IEnumerable<string> see, IEnumerable<string> change) =>
        new(new HashSet<string>(see), new HashSet<string>(change));
}

/// <summary>
/// The one place that answers "may this user see / change this record": role first, then, for
/// organisation-bound roles (enterprise, institute, vehicle operator), the record must be their own organisation's.
/// </summary>
public static class RecordAccess
{
    public static bool MaySee(Actor actor, AccessPolicy policy, Guid? ownerOrganisationId, Guid recordZoneId) =>
        Allowed(actor, policy.CanSee, ownerOrganisationId, recordZoneId);

    public static bool MayChange(Actor actor, AccessPolicy policy, Guid? ownerOrganisationId, Guid recordZoneId) =>
        Allowed(actor, policy.CanChange, ownerOrganisationId, recordZoneId);

    private static bool Allowed(Actor actor, IReadOnlySet<string> roles, Guid? owner, Guid recordZoneId)
    {
        if (actor.ZoneId != recordZoneId)
        {
            return false;
        }

        var granting = actor.Roles.Where(roles.Contains).ToList();
        if (granting.Count == 0)
        {
            return false;
        }

        // A role that is not organisation-bound sees the whole zone; bound roles only their organisation's records.
        if (granting.Any(r => !Roles.OrganisationBound.Contains(r)))
        {
            return true;
        }

        return owner is not null && owner == actor.OrganisationId;
    }
}
