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

    /// <summary>The plain SHA-256 link, as written before chains were keyed.</summary>
    public static string Compute(AuditRecord record) => Fields(record).Hash(record.PreviousHash);

    /// <summary>The keyed link (HMAC-SHA256 with <paramref name="key"/>); plain SHA-256 without a key.</summary>
    public static string Compute(AuditRecord record, ChainKey? key) => Fields(record).Hash(record.PreviousHash, key);

    /// <summary>The exact text hashed (see <see cref="ChainLink"/>).</summary>
    public static string Canonical(AuditRecord record) => Fields(record).Canonical(record.PreviousHash);

    /// <summary>The event's fields in the chain's order; hash them with <see cref="ChainLink.Hash(string, ChainKey?)"/>.</summary>
    public static ChainLink Fields(AuditRecord r) => new ChainLink()
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

/// <summary>Walks audit events in sequence order and reports the first broken link (keyed links with <paramref name="key"/>, checked against <paramref name="anchor"/>).</summary>
public sealed class AuditChainVerifier(ChainKey? key = null, ChainAnchor? anchor = null)
{
    private readonly ChainVerifier _chain = new("事件", key, anchor);

    /// <summary>Checks the next stored event; returns a failure on the first broken link.</summary>
    public ChainVerification? Next(AuditRecord record, string storedHash) =>
        _chain.Next(record.Sequence, record.PreviousHash, storedHash, AuditHash.Fields(record));

    public ChainVerification Finish() => _chain.Finish();
}

/// <summary>
/// Walks any hash chain in sequence order (from 1, from <see cref="ChainLink.Genesis"/>) and reports the first broken
/// link: a gap in the sequence, a link that does not point at the previous one, content that no longer matches its hash,
/// an unkeyed link after a keyed one, or a chain that no longer holds what its latest anchor (kept outside the
/// database) recorded: shorter than the anchored sequence, or another hash at that sequence.
/// </summary>
/// <param name="link">What one link is called in messages (事件, 分录).</param>
/// <param name="key">The chain key; links written before chains were keyed verify as plain SHA-256, but only before the first keyed link.</param>
/// <param name="anchor">The chain's latest anchor, if any.</param>
public sealed class ChainVerifier(string link, ChainKey? key = null, ChainAnchor? anchor = null)
{
    private string _expectedPrevious = ChainLink.Genesis;
    private long _expectedSequence = 1;
    private long _checked;
    private long? _firstKeyed;

    /// <summary>Checks the next stored link against the hash its chain computes from its stored content.</summary>
    public ChainVerification? Next(long sequence, string previousHash, string storedHash, string computedHash) =>
        Check(sequence, previousHash, storedHash, () => string.Equals(computedHash, storedHash, StringComparison.Ordinal) ? true : null);

    /// <summary>
    /// Checks the next stored link against its fields: the keyed hash, or (before any keyed link) the plain SHA-256 of
    /// the links written before the chains were keyed.
    /// </summary>
    public ChainVerification? Next(long sequence, string previousHash, string storedHash, ChainLink fields)
    {
        ArgumentNullException.ThrowIfNull(fields);
        return Check(sequence, previousHash, storedHash, () =>
        {
            if (key is not null && string.Equals(fields.Hash(previousHash, key), storedHash, StringComparison.Ordinal))
            {
                return true;
            }

            return string.Equals(fields.Hash(previousHash), storedHash, StringComparison.Ordinal) ? false : null;
        });
    }

    /// <param name="matches">true: the keyed hash matches; false: the plain hash matches; null: neither.</param>
    private ChainVerification? Check(long sequence, string previousHash, string storedHash, Func<bool?> matches)
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

        switch (matches())
        {
            case null:
                return new(false, _checked, sequence, $"{link}内容与其哈希不符（内容被修改）。");
            case true:
                _firstKeyed ??= sequence;
                break;
            case false when _firstKeyed is { } keyed:
                // Once the chain is keyed every later link is: a plain hash after that was computed by someone without the key.
                return new(false, _checked, sequence, $"第 {sequence} 条{link}的哈希未用链密钥计算，而自第 {keyed} 条起的{link}都用密钥（{link}被改写后重算了哈希）。");
        }

        if (anchor is not null && sequence == anchor.Sequence && !string.Equals(storedHash, anchor.Hash, StringComparison.Ordinal))
        {
            return new(false, _checked, sequence, $"第 {sequence} 条{link}的哈希与 {Stamp(anchor)} 的锚点记录的不同（{link}被改写）。");
        }

        _expectedPrevious = storedHash;
        _expectedSequence++;
        return null;
    }

    public ChainVerification Finish()
    {
        var last = _expectedSequence - 1;
        if (anchor is not null && last < anchor.Sequence)
        {
            var missing = last + 1 == anchor.Sequence ? $"第 {anchor.Sequence} 条" : $"第 {last + 1} 至 {anchor.Sequence} 条";
            return new(false, _checked, last + 1,
                $"链只有 {last} 条{link}，而 {Stamp(anchor)} 的锚点记录到第 {anchor.Sequence} 条：{missing}{link}已被删除（链尾被截断）。");
        }

        return ChainVerification.Ok(_checked);
    }

    private static string Stamp(ChainAnchor a) => a.At.ToUniversalTime().ToString("yyyy-MM-dd HH:mm:ss 'UTC'", System.Globalization.CultureInfo.InvariantCulture);
}
