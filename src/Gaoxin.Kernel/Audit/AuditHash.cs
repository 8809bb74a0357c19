using System.Globalization;
using System.Security.Cryptography;
using System.Text;

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
/// Hashes an audit event over a canonical text of its fields and the previous event's hash (SHA-256, hex),
/// so changing any stored field, or removing or reordering an event, breaks every later link.
/// </summary>
public static class AuditHash
{
    /// <summary>The hash the first event links to.</summary>
    public const string Genesis = "0000000000000000000000000000000000000000000000000000000000000000";

    public static string Compute(AuditRecord record)
    {
        var bytes = Encoding.UTF8.GetBytes(Canonical(record));
        return Convert.ToHexStringLower(SHA256.HashData(bytes));
    }

    /// <summary>
    /// Length-prefixed fields in a fixed order: unambiguous (no separator can be forged inside a field),
    /// and the time in UTC ticks so it is independent of how a database stores offsets.
    /// </summary>
    public static string Canonical(AuditRecord r)
    {
        var sb = new StringBuilder();
        Append(sb, r.Sequence.ToString(CultureInfo.InvariantCulture));
        Append(sb, r.ZoneId.ToString("N"));
        Append(sb, r.Actor);
        Append(sb, r.Action);
        Append(sb, r.EntityType);
        Append(sb, r.EntityId);
        Append(sb, r.Before);
        Append(sb, r.After);
        Append(sb, r.OccurredAt.UtcTicks.ToString(CultureInfo.InvariantCulture));
        Append(sb, r.PreviousHash);
        return sb.ToString();
    }

    private static void Append(StringBuilder sb, string? value)
    {
        if (value is null)
        {
            sb.Append("-1:;");
            return;
        }

        sb.Append(value.Length.ToString(CultureInfo.InvariantCulture)).Append(':').Append(value).Append(';');
    }
}

/// <summary>Result of walking the chain: intact, or the first event whose link is broken and why.</summary>
public sealed record ChainVerification(bool Intact, long Checked, long? BrokenAtSequence, string? Reason)
{
    public static ChainVerification Ok(long count) => new(true, count, null, null);
}

/// <summary>Walks events in sequence order and reports the first broken link.</summary>
public sealed class AuditChainVerifier
{
    private string _expectedPrevious = AuditHash.Genesis;
    private long _expectedSequence = 1;
    private long _checked;

    /// <summary>Checks the next stored event; returns a failure on the first broken link.</summary>
    public ChainVerification? Next(AuditRecord record, string storedHash)
    {
        _checked++;
        if (record.Sequence != _expectedSequence)
        {
            return new(false, _checked, record.Sequence, $"序号不连续：期望 {_expectedSequence}，实际 {record.Sequence}（有事件被删除或插入）。");
        }

        if (!string.Equals(record.PreviousHash, _expectedPrevious, StringComparison.Ordinal))
        {
            return new(false, _checked, record.Sequence, "前一哈希与上一事件的哈希不一致。");
        }

        if (!string.Equals(AuditHash.Compute(record), storedHash, StringComparison.Ordinal))
        {
            return new(false, _checked, record.Sequence, "事件内容与其哈希不符（内容被修改）。");
        }

        _expectedPrevious = storedHash;
        _expectedSequence++;
        return null;
    }

    public ChainVerification Finish() => ChainVerification.Ok(_checked);
}
