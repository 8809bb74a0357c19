namespace Gaoxin.Data.Audit;

/// <summary>One appended, hash-chained audit event (审计事件). Never updated or deleted.</summary>
public sealed class AuditEvent
{
    /// <summary>Position in the chain, 1-based and gap-free; the primary key, so two writers cannot fork the chain.</summary>
    public long Sequence { get; set; }

    public Guid ZoneId { get; set; }

    public required string Actor { get; set; }

    public required string Action { get; set; }

    public required string EntityType { get; set; }

    public required string EntityId { get; set; }

    public string? Before { get; set; }

    public string? After { get; set; }

    public DateTimeOffset OccurredAt { get; set; }

    public required string PreviousHash { get; set; }

    public required string Hash { get; set; }
}
