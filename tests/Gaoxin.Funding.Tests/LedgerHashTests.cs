using Gaoxin.Funding.Ledger;
using Gaoxin.Kernel.Zones;

namespace Gaoxin.Funding.Tests;

/// <summary>
/// Known answers: the exact hashes of fixed ledger entries, computed by the code that wrote the stored chains.
/// If the canonical text ever changes, stored ledgers stop verifying; these tests fail first.
/// </summary>
public sealed class LedgerHashTests
{
    private static readonly LedgerEntry Paid = new()
    {
        Sequence = 7,
        ZoneId = new ZoneId(Guid.Parse("0199f0a0-0000-7000-8000-000000000001")),
        FundYear = 2025,
        Kind = EntryKind.TranchePaid,
        Amount = 1_234_567.8m,
        AwardId = Guid.Parse("0199f0a0-0000-7000-8000-0000000000a1"),
        ProjectId = Guid.Parse("0199f0a0-0000-7000-8000-0000000000b2"),
        InstrumentId = null,
        PolicyVersion = 2,
        Memo = "第一笔拨付；里程碑“中试线建成”",
        Actor = "财务 张三",
        OccurredAt = new DateTimeOffset(2025, 10, 28, 9, 30, 0, TimeSpan.FromHours(8)),
        PreviousHash = "5f1c0bd2a1e3c4d5e6f708192a3b4c5d6e7f8091a2b3c4d5e6f708192a3b4c5d",
    };

    [Fact]
    public void A_fixed_entry_hashes_to_its_known_answer()
    {
        LedgerHash.Compute(Paid).ShouldBe("a8ff540a947c3f6f5df0d3884c764210c253932e9905c1563df18893b8f71b8b");
    }

    [Fact]
    public void A_first_budget_entry_without_optional_fields_hashes_to_its_known_answer()
    {
        var budget = new LedgerEntry
        {
            Sequence = 1,
            ZoneId = Paid.ZoneId,
            FundYear = 2026,
            Kind = EntryKind.BudgetSet,
            Amount = 20_000_000m,
            Memo = "2026 年度预算",
            Actor = "system",
            OccurredAt = new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero),
            PreviousHash = LedgerHash.Genesis,
        };
        LedgerHash.Compute(budget).ShouldBe("97af756e866c361e81c3a4da8ed4d0f9b27dcc419a650c4c8256042991ed7ada");
    }

    [Fact]
    public void Amount_is_hashed_with_two_decimals_whatever_the_scale_the_provider_returns()
    {
        LedgerHash.Compute(new LedgerEntry { Sequence = 1, Amount = 100m }).ShouldBe(LedgerHash.Compute(new LedgerEntry { Sequence = 1, Amount = 100.00m }));
        LedgerHash.Compute(new LedgerEntry { Sequence = 1, Amount = 100m }).ShouldNotBe(LedgerHash.Compute(new LedgerEntry { Sequence = 1, Amount = 100.01m }));
    }
}
