using Gaoxin.Kernel.Audit;

namespace Gaoxin.Kernel.Tests;

/// <summary>Keyed chains (HMAC-SHA256) and anchors: known answers, the cut-over from unkeyed links, truncation and rewrite.</summary>
public sealed class ChainKeyTests
{
    public static readonly ChainKey Key = ChainKey.FromText("gaoxin-known-answer-key-0123456789");

    private static readonly DateTimeOffset At = new(2025, 10, 28, 9, 30, 0, TimeSpan.FromHours(8));

    private static AuditRecord Record(long seq, string previous, string actor = "admin") =>
        new(seq, Guid.Parse("0199f0a0-0000-7000-8000-000000000001"), actor, "create", "Organisation", "42", null, "{\"Name\":\"自贡创新中心\"}", At, previous);

    // Known answers computed outside .NET (Python hmac over the canonical text the plain known answers pin).
    [Fact]
    public void A_fixed_first_event_keyed_hashes_to_its_known_answer()
    {
        AuditHash.Compute(Record(1, AuditHash.Genesis), Key).ShouldBe("c476fadeccf9f41ad0a1d1b418b82d3f8e4d468291e5493fe9e2e6e2904dd3c4");
        // Without a key the link is the plain SHA-256 the stored chains were written with.
        AuditHash.Compute(Record(1, AuditHash.Genesis), null).ShouldBe("3442eba658c24130e6aff7620fa82a62aef30759ce45584481d6a7c36382415d");
    }

    [Fact]
    public void Keyed_hash_is_hmac_sha256_of_the_utf8_canonical_text()
    {
        new ChainLink().Add("自贡").Hash("x", Key).ShouldBe("13a2faef48524c0442fb89402ade9c98f98847fcede7d89d33b328aa17d6d878");
        new ChainLink().Add("自贡").Hash("x", ChainKey.FromText("another-key-of-enough-length")).ShouldNotBe("13a2faef48524c0442fb89402ade9c98f98847fcede7d89d33b328aa17d6d878");
    }

    [Fact]
    public void A_short_key_is_refused()
    {
        Should.Throw<ArgumentException>(() => ChainKey.FromText("short"));
    }

    private static List<(AuditRecord Record, string Hash)> Chain(int plain, int keyed)
    {
        var chain = new List<(AuditRecord, string)>();
        var previous = AuditHash.Genesis;
        for (var i = 1; i <= plain + keyed; i++)
        {
            var r = Record(i, previous, actor: "user" + i);
            var h = AuditHash.Compute(r, i <= plain ? null : Key);
            chain.Add((r, h));
            previous = h;
        }

        return chain;
    }

    private static ChainVerification Verify(IEnumerable<(AuditRecord Record, string Hash)> events, ChainAnchor? anchor = null)
    {
        var verifier = new AuditChainVerifier(Key, anchor);
        foreach (var (record, hash) in events)
        {
            if (verifier.Next(record, hash) is { } broken)
            {
                return broken;
            }
        }

        return verifier.Finish();
    }

    [Fact]
    public void Unkeyed_links_written_before_the_cut_over_still_verify_and_keyed_ones_follow()
    {
        Verify(Chain(plain: 4, keyed: 0)).Intact.ShouldBeTrue();
        Verify(Chain(plain: 4, keyed: 3)).Intact.ShouldBeTrue();
        Verify(Chain(plain: 0, keyed: 5)).Intact.ShouldBeTrue();
    }

    [Fact]
    public void A_plain_sha256_link_after_a_keyed_one_is_a_forgery()
    {
        var chain = Chain(plain: 2, keyed: 3);
        var forged = chain[^1].Record with { Actor = "mallory" };
        chain[^1] = (forged, AuditHash.Compute(forged));
        var broken = Verify(chain);
        broken.Intact.ShouldBeFalse();
        broken.BrokenAtSequence.ShouldBe(5);
        broken.Reason.ShouldBe("第 5 条事件的哈希未用链密钥计算，而自第 3 条起的事件都用密钥（事件被改写后重算了哈希）。");
    }

    [Fact]
    public void A_chain_shorter_than_its_anchor_was_cut()
    {
        var chain = Chain(plain: 0, keyed: 20);
        var anchor = new ChainAnchor(new DateTimeOffset(2026, 12, 6, 3, 0, 0, TimeSpan.Zero), "audit", 20, chain[^1].Hash);
        Verify(chain, anchor).Intact.ShouldBeTrue();

        var cut = Verify(chain.Take(10), anchor);
        cut.Intact.ShouldBeFalse();
        cut.BrokenAtSequence.ShouldBe(11);
        cut.Reason.ShouldBe("链只有 10 条事件，而 2026-12-06 03:00:00 UTC 的锚点记录到第 20 条：第 11 至 20 条事件已被删除（链尾被截断）。");
        Verify(chain.Take(19), anchor).Reason!.ShouldContain("第 20 条事件已被删除");
    }

    [Fact]
    public void A_keyed_rewrite_of_the_anchored_link_passes_the_chain_but_not_the_anchor()
    {
        var chain = Chain(plain: 0, keyed: 5);
        var anchor = new ChainAnchor(new DateTimeOffset(2026, 12, 6, 3, 0, 0, TimeSpan.Zero), "audit", 5, chain[^1].Hash);
        var forged = chain[^1].Record with { Actor = "mallory" };
        chain[^1] = (forged, AuditHash.Compute(forged, Key));

        Verify(chain).Intact.ShouldBeTrue();
        var broken = Verify(chain, anchor);
        broken.BrokenAtSequence.ShouldBe(5);
        broken.Reason.ShouldBe("第 5 条事件的哈希与 2026-12-06 03:00:00 UTC 的锚点记录的不同（事件被改写）。");
    }

    [Fact]
    public void The_anchor_file_keeps_the_latest_anchor_per_chain_and_refuses_an_edited_line()
    {
        var path = Path.Combine(Path.GetTempPath(), $"anchors-{Guid.NewGuid():N}.jsonl");
        try
        {
            var log = new AnchorLog(path, Key);
            log.Latest("audit").ShouldBe(new AnchorReading(null, null));
            var first = new ChainAnchor(new DateTimeOffset(2026, 12, 6, 3, 0, 0, TimeSpan.Zero), "audit", 10, new string('a', 64));
            var ledger = new ChainAnchor(new DateTimeOffset(2026, 12, 6, 3, 0, 0, TimeSpan.Zero), "ledger", 3, new string('b', 64));
            var second = first with { At = first.At.AddMinutes(10), Sequence = 12, Hash = new string('c', 64), Note = "恢复" };
            log.Append(first);
            log.Append(ledger);
            log.Append(second);
            log.Latest("audit").Anchor.ShouldBe(second);
            log.Latest("ledger").Anchor.ShouldBe(ledger);

            // A torn last line (a crash mid-write) is ignored.
            File.AppendAllText(path, "{\"at\":\"2026-");
            log.Latest("audit").Anchor.ShouldBe(second);

            File.WriteAllText(path, File.ReadAllText(path).Replace("\"sequence\":12", "\"sequence\":2", StringComparison.Ordinal));
            var edited = log.Latest("audit");
            edited.Anchor.ShouldBeNull();
            edited.Error!.ShouldContain("第 3 行的校验码不符");
            new AnchorLog(path, ChainKey.FromText("another-key-of-enough-length")).Latest("ledger").Error!.ShouldContain("第 1 行的校验码不符");
        }
        finally
        {
            File.Delete(path);
        }
    }
}
