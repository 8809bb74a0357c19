namespace Gaoxin.Kernel.Audit;

/// <summary>The content of one audit event that the hash covers.</summary>
public sealed record AuditRecord(
    long Sequence,
    Guid ZoneId,
    string Actor,
    string Action,
    string EntityType,
    string EntityId,
    string? Before,
    string? After,
    DateTimeOffset OccurredAt,
    string PreviousHash);

/// <summary>
/// The audit trail's chain: an event's fields in a fixed order, linked to the previous event's hash by <see cref="ChainLink"/>.
/// </summary>
public static class AuditHash
{
    /// <summary>The hash the first event links to.</summary>
    public const string Genesis = ChainLink.Genesis;

    public static string Compute(AuditRecord record) => Fields(record).Hash(record.PreviousHash);

    /// <summary>The exact text hashed (see <see cref="ChainLink"/>).</summary>
    public static string Canonical(AuditRecord record) => Fields(record).Canonical(record.PreviousHash);

    private static ChainLink Fields(AuditRecord r) => new ChainLink()
        .Add(r.Sequence)
        .Add(r.ZoneId)
        .Add(r.Actor)
        .Add(r.Action)
        .Add(r.EntityType)
        .Add(r.EntityId)
        .Add(r.Before)
        .Add(r.After)
        .Add(r.OccurredAt);
}

/// <summary>Result of walking the chain: intact, or the first event whose link is broken and why.</summary>
public sealed record ChainVerification(bool Intact, long Checked, long? BrokenAtSequence, string? Reason)
{
    public static ChainVerification Ok(long count) => new(true, count, null, null);
}

/// <summary>Walks audit events in sequence order and reports the first broken link.</summary>
public sealed class AuditChainVerifier
{
    private readonly ChainVerifier _chain = new("事件");

    /// <summary>Checks the next stored event; returns a failure on the first broken link.</summary>
    public ChainVerification? Next(AuditRecord record, string storedHash) =>
        _chain.Next(record.Sequence, record.PreviousHash, storedHash, AuditHash.Compute(record));

    public ChainVerification Finish() => _chain.Finish();
}

/// <summary>
/// Walks any hash chain in sequence order (from 1, from <see cref="ChainLink.Genesis"/>) and reports the first broken
/// link: a gap in the sequence, a link that does not point at the previous one, or content that no longer matches its hash.
/// </summary>
/// <param name="link">What one link is called in messages (事件, 分录).</param>
public sealed class ChainVerifier(string link)
{
    private string _expectedPrevious = ChainLink.Genesis;
    private long _expectedSequence = 1;
    private long _checked;

    /// <summary>Checks the next stored link against the hash its chain computes from its stored content.</summary>
    public ChainVerification? Next(long sequence, string previousHash, string storedHash, string computedHash)
    {
        _checked++;
        if (sequence != _expectedSequence)
        {
            return new(false, _checked, sequence, $"序号不连续：期望 {_expectedSequence}，实际 {sequence}（有{link}被删除或插入）。");
        }

        if (!string.Equals(previousHash, _expectedPrevious, StringComparison.Ordinal))
        {
            return new(false, _checked, sequence, $"前一哈希与上一{link}的哈希不一致。");
        }

        if (!string.Equals(computedHash, storedHash, StringComparison.Ordinal))
        {
            return new(false, _checked, sequence, $"{link}内容与其哈希不符（内容被修改）。");
        }

        _expectedPrevious = storedHash;
        _expectedSequence++;
        return null;
    }

    public ChainVerification Finish() => ChainVerification.Ok(_checked);
}
