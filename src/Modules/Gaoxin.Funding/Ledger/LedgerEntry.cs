using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Gaoxin.Kernel.Zones;

namespace Gaoxin.Funding.Ledger;

/// <summary>What a ledger entry records. Amounts are positive except budget adjustments, which may lower a budget.</summary>
public enum EntryKind
{
    /// <summary>年度预算（设定或调整）</summary>
    BudgetSet = 1,
    /// <summary>资助承诺（批准）</summary>
    AwardCommitted = 2,
    /// <summary>拨付</summary>
    TranchePaid = 3,
    /// <summary>释放未拨付余额（撤销、核销或结清时）</summary>
    CommitmentReleased = 4,
    /// <summary>转股（记录，不改变余额）</summary>
    Converted = 5,
    /// <summary>退出或还款回流，计入收到当年</summary>
    ReturnReceived = 6,
    /// <summary>核销（尽职免责）</summary>
    WrittenOff = 7,
}

/// <summary>
/// One movement of the pilot fund (资金台账分录). Append-only: the database refuses UPDATE and DELETE, and each entry's
/// hash covers its fields and the previous entry's hash, so an edit made past the triggers is still detected.
/// </summary>
public sealed class LedgerEntry : IZoneScoped
{
    public long Sequence { get; init; }

    public ZoneId ZoneId { get; init; }

    public int FundYear { get; init; }

    public EntryKind Kind { get; init; }

    public decimal Amount { get; init; }

    public Guid? AwardId { get; init; }

    public Guid? ProjectId { get; init; }

    public Guid? InstrumentId { get; init; }

    public int? PolicyVersion { get; init; }

    public string Memo { get; init; } = string.Empty;

    public string Actor { get; init; } = string.Empty;

    public DateTimeOffset OccurredAt { get; init; }

    public string PreviousHash { get; init; } = LedgerHash.Genesis;

    public string Hash { get; init; } = string.Empty;
}

/// <summary>SHA-256 over a length-prefixed canonical text of an entry, as the audit chain does.</summary>
public static class LedgerHash
{
    public const string Genesis = "0000000000000000000000000000000000000000000000000000000000000000";

    public static string Compute(LedgerEntry e)
    {
        var sb = new StringBuilder();
        Append(sb, e.Sequence.ToString(CultureInfo.InvariantCulture));
        Append(sb, e.ZoneId.Value.ToString("N"));
        Append(sb, e.FundYear.ToString(CultureInfo.InvariantCulture));
        Append(sb, e.Kind.ToString());
        // Fixed two decimals: a provider may give back 100 or 100.00 for the same stored amount.
        Append(sb, e.Amount.ToString("0.00", CultureInfo.InvariantCulture));
        Append(sb, e.AwardId?.ToString("N"));
        Append(sb, e.ProjectId?.ToString("N"));
        Append(sb, e.InstrumentId?.ToString("N"));
        Append(sb, e.PolicyVersion?.ToString(CultureInfo.InvariantCulture));
        Append(sb, e.Memo);
        Append(sb, e.Actor);
        Append(sb, e.OccurredAt.UtcTicks.ToString(CultureInfo.InvariantCulture));
        Append(sb, e.PreviousHash);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(sb.ToString())));
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
