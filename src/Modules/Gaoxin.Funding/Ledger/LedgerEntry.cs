using System.Globalization;
using Gaoxin.Kernel.Audit;
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

/// <summary>The fund ledger's chain: an entry's fields in a fixed order, linked to the previous entry's hash by the Kernel's <see cref="ChainLink"/>.</summary>
public static class LedgerHash
{
    public const string Genesis = ChainLink.Genesis;

    /// <summary>The plain SHA-256 link, as written before chains were keyed.</summary>
    public static string Compute(LedgerEntry e) => Fields(e).Hash(e.PreviousHash);

    /// <summary>The keyed link (HMAC-SHA256 with <paramref name="key"/>); plain SHA-256 without a key.</summary>
    public static string Compute(LedgerEntry e, ChainKey? key) => Fields(e).Hash(e.PreviousHash, key);

    /// <summary>The entry's fields in the chain's order.</summary>
    public static ChainLink Fields(LedgerEntry e) => new ChainLink()
        .Add(e.Sequence)
        .Add(e.ZoneId.Value)
        .Add(e.FundYear)
        .Add(e.Kind.ToString())
        // Fixed two decimals: a provider may give back 100 or 100.00 for the same stored amount.
        .Add(e.Amount.ToString("0.00", CultureInfo.InvariantCulture))
        .Add(e.AwardId)
        .Add(e.ProjectId)
        .Add(e.InstrumentId)
        .Add(e.PolicyVersion)
        .Add(e.Memo)
        .Add(e.Actor)
        .Add(e.OccurredAt);
}
