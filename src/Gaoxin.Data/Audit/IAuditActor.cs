namespace Gaoxin.Data.Audit;

/// <summary>Who the audit trail names for a change, and in which zone it happens when the row itself has no zone.</summary>
public interface IAuditActor
{
    string Name { get; }

    Guid? ZoneId { get; }
}

/// <summary>For work with no signed-in user: start-up seeding, the command line, background jobs.</summary>
public sealed class SystemAuditActor(string name) : IAuditActor
{
    public string Name { get; } = name;

    public Guid? ZoneId => null;
}

/// <summary>The actor as it was when a change was asked for, for work that runs later on another scope (the fund's group commit).</summary>
public sealed record AuditActorSnapshot(string Name, Guid? ZoneId) : IAuditActor
{
    public static AuditActorSnapshot Of(IAuditActor actor) => new(actor.Name, actor.ZoneId);
}

/// <summary>
/// Marks rows that are recomputed from audited data (caches of evaluations, statistics). Their writes are not
/// audited: the trail records the facts, not every recomputation of what follows from them.
/// </summary>
public interface IDerivedRecord;

/// <summary>
/// The names the audit gives to whoever acted, and how a page shows them: "system" for work without a request (start-up
/// seeding, background jobs), "anonymous" for a request without a signed-in user, else "e-mail (user id)".
/// </summary>
public static class AuditActors
{
    public const string System = "system";

    public const string Visitor = "anonymous";

    /// <summary>What a person reads: the e-mail without the user id, or the page's own word for the system or a visitor.</summary>
    public static string Display(string actor, string systemWord, string visitorWord)
    {
        ArgumentNullException.ThrowIfNull(actor);
        return actor switch
        {
            System => systemWord,
            Visitor => visitorWord,
            _ when actor.IndexOf(" (", StringComparison.Ordinal) is var at and > 0 => actor[..at],
            _ => actor,
        };
    }
}
