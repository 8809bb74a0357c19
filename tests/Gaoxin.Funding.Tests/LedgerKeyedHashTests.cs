using Gaoxin.Funding.Ledger;
using Gaoxin.Kernel.Audit;
using Gaoxin.Kernel.Zones;

namespace Gaoxin.Funding.Tests;

/// <summary>Keyed known answer: HMAC-SHA256 of the ledger's canonical text under a fixed key, computed outside .NET (Python hmac).</summary>
public sealed class LedgerKeyedHashTests
{
    [Fact]
    public void A_fixed_entry_keyed_hashes_to_its_known_answer_and_unkeyed_to_the_stored_one()
    {
        var paid = new LedgerEntry
        {
            Sequence = 7,
            ZoneId = new ZoneId(Guid.Parse("0199f0a0-0000-7000-8000-000000000001")),
            FundYear = 2025,
            Kind = EntryKind.TranchePaid,
            Amount = 1_234_567.8m,
            AwardId = Guid.Parse("0199f0a0-0000-7000-8000-0000000000a1"),
            ProjectId = Guid.Parse("0199f0a0-0000-7000-8000-0000000000b2"),
            PolicyVersion = 2,
            Memo = "第一笔拨付；里程碑“中试线建成”",
            Actor = "财务 张三",
            OccurredAt = new DateTimeOffset(2025, 10, 28, 9, 30, 0, TimeSpan.FromHours(8)),
            PreviousHash = "5f1c0bd2a1e3c4d5e6f708192a3b4c5d6e7f8091a2b3c4d5e6f708192a3b4c5d",
        };
        LedgerHash.Compute(paid, ChainKey.FromText("gaoxin-known-answer-key-0123456789")).ShouldBe("43f2780094b400621a97eb0c4c0130c9376b81cfec8758a45931884f7181f485");
        LedgerHash.Compute(paid, null).ShouldBe("a8ff540a947c3f6f5df0d3884c764210c253932e9905c1563df18893b8f71b8b");
    }
}
