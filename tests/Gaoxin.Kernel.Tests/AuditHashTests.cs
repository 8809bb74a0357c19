using Gaoxin.Kernel.Audit;

namespace Gaoxin.Kernel.Tests;

public sealed class AuditHashTests
{
    private static readonly DateTimeOffset At = new(2025, 10, 28, 9, 30, 0, TimeSpan.FromHours(8));

    private static AuditRecord Record(long seq, string previous, string actor = "admin", string? after = "{\"Name\":\"自贡创新中心\"}") =>
        new(seq, Guid.Parse("0199f0a0-0000-7000-8000-000000000001"), actor, "create", "Organisation", "42", null, after, At, previous);

    // Known answers, computed by the code that wrote the stored chains. If the canonical text ever changes,
    // stored audit trails stop verifying; these tests fail first.
    [Fact]
    public void A_fixed_first_event_hashes_to_its_known_answer()
    {
        AuditHash.Compute(Record(1, AuditHash.Genesis)).ShouldBe("3442eba658c24130e6aff7620fa82a62aef30759ce45584481d6a7c36382415d");
    }

    [Fact]
    public void A_fixed_later_event_with_before_and_after_hashes_to_its_known_answer()
    {
        var update = new AuditRecord(4242, Guid.Parse("0199f0a0-0000-7000-8000-000000000001"), "张三 <zhang@example.cn>", "update", "Enterprise",
            "0199f0a0-0000-7000-8000-0000000000c3", "{\"Name\":\"旧名\"}", "{\"Name\":\"新名；含分隔符:;\"}",
            new DateTimeOffset(2026, 2, 3, 4, 5, 6, 789, TimeSpan.Zero), "5f1c0bd2a1e3c4d5e6f708192a3b4c5d6e7f8091a2b3c4d5e6f708192a3b4c5d");
        AuditHash.Compute(update).ShouldBe("8a160971b7b2b6e945eca452f8efb3443e99d684fe3f69588e7ec11ae74f279a");
    }

    [Fact]
    public void Canonical_text_is_length_prefixed_fields_in_a_fixed_order()
    {
        AuditHash.Canonical(Record(1, AuditHash.Genesis)).ShouldBe(
            "1:1;32:0199f0a0000070008000000000000001;5:admin;6:create;12:Organisation;2:42;-1:;17:{\"Name\":\"自贡创新中心\"};18:638972118000000000;64:"
            + AuditHash.Genesis + ";");
    }

    [Fact]
    public void Any_field_change_changes_the_hash()
    {
        var original = AuditHash.Compute(Record(1, AuditHash.Genesis));
        AuditHash.Compute(Record(1, AuditHash.Genesis, actor: "mallory")).ShouldNotBe(original);
        AuditHash.Compute(Record(1, AuditHash.Genesis, after: null)).ShouldNotBe(original);
        AuditHash.Compute(Record(2, AuditHash.Genesis)).ShouldNotBe(original);
        AuditHash.Compute(Record(1, AuditHash.Genesis) with { OccurredAt = At.AddTicks(1) }).ShouldNotBe(original);
    }

    [Fact]
    public void Canonical_text_cannot_be_forged_by_moving_a_separator()
    {
        // Same concatenation, different split between fields: the length prefixes keep them apart.
        var a = Record(1, AuditHash.Genesis) with { Action = "ab", EntityType = "c" };
        var b = Record(1, AuditHash.Genesis) with { Action = "a", EntityType = "bc" };
        AuditHash.Compute(a).ShouldNotBe(AuditHash.Compute(b));
    }

    [Fact]
    public void Time_is_hashed_as_utc_instant_whatever_the_offset()
    {
        var utc = Record(1, AuditHash.Genesis) with { OccurredAt = At.ToUniversalTime() };
        AuditHash.Compute(utc).ShouldBe(AuditHash.Compute(Record(1, AuditHash.Genesis)));
    }

    [Fact]
    public void Verifier_accepts_an_intact_chain_and_reports_the_first_broken_link()
    {
        var chain = new List<(AuditRecord Record, string Hash)>();
        var previous = AuditHash.Genesis;
        for (var i = 1; i <= 5; i++)
        {
            var r = Record(i, previous, actor: "user" + i);
            var h = AuditHash.Compute(r);
            chain.Add((r, h));
            previous = h;
        }

        Verify(chain).Intact.ShouldBeTrue();
        Verify(chain).Checked.ShouldBe(5);

        var edited = chain.ToList();
        edited[2] = (edited[2].Record with { Actor = "mallory" }, edited[2].Hash);
        var broken = Verify(edited);
        broken.Intact.ShouldBeFalse();
        broken.BrokenAtSequence.ShouldBe(3);
        broken.Reason.ShouldBe("事件内容与其哈希不符（内容被修改）。");

        var removed = chain.Where(c => c.Record.Sequence != 2).ToList();
        Verify(removed).BrokenAtSequence.ShouldBe(3);
        Verify(removed).Reason.ShouldBe("序号不连续：期望 2，实际 3（有事件被删除或插入）。");

        // Recomputing the edited event's own hash does not help: the next link still points at the old hash.
        var rehashed = chain.ToList();
        var forged = rehashed[1].Record with { Actor = "mallory" };
        rehashed[1] = (forged, AuditHash.Compute(forged));
        Verify(rehashed).BrokenAtSequence.ShouldBe(3);
        Verify(rehashed).Reason.ShouldBe("前一哈希与上一事件的哈希不一致。");
        Verify(rehashed).Checked.ShouldBe(3);
    }

    [Fact]
    public void Null_and_empty_are_different_fields()
    {
        new ChainLink().Add((string?)null).Canonical(AuditHash.Genesis).ShouldStartWith("-1:;64:");
        new ChainLink().Add(string.Empty).Canonical(AuditHash.Genesis).ShouldStartWith("0:;64:");
        AuditHash.Compute(Record(1, AuditHash.Genesis, after: null)).ShouldNotBe(AuditHash.Compute(Record(1, AuditHash.Genesis, after: "")));
    }

    [Fact]
    public void Lengths_count_utf16_code_units_and_text_is_hashed_as_utf8()
    {
        // "自贡" is two UTF-16 code units (six UTF-8 bytes); the stored chains were written with string.Length.
        new ChainLink().Add("自贡").Canonical("x").ShouldBe("2:自贡;1:x;");
        // SHA-256 of the UTF-8 bytes of "2:自贡;1:x;", computed outside .NET (Python hashlib).
        new ChainLink().Add("自贡").Hash("x").ShouldBe("2300159a7a2dd1bf9b4fdfd883d30df1c24b1a1c47aa54255bdd8d2a59101ac0");
    }

    [Fact]
    public void A_chain_verifier_names_its_links_in_its_messages()
    {
        var ledger = new ChainVerifier("分录");
        ledger.Next(1, ChainLink.Genesis, "a", "a").ShouldBeNull();
        var gap = ledger.Next(3, "a", "b", "b")!;
        gap.Intact.ShouldBeFalse();
        gap.BrokenAtSequence.ShouldBe(3);
        gap.Reason.ShouldBe("序号不连续：期望 2，实际 3（有分录被删除或插入）。");
    }

    private static ChainVerification Verify(IEnumerable<(AuditRecord Record, string Hash)> events)
    {
        var verifier = new AuditChainVerifier();
        foreach (var (record, hash) in events)
        {
            if (verifier.Next(record, hash) is { } broken)
            {
                return broken;
            }
        }

        return verifier.Finish();
    }
}
