using Gaoxin.Kernel.Access;
using Gaoxin.Kernel.Audit;
using Gaoxin.Kernel.Money;
using Gaoxin.Kernel.Registry;
using Gaoxin.Kernel.Zones;

namespace Gaoxin.Kernel.Tests;

// Issue #23: the boundaries and messages the mutation run (tools/mutation/run.sh kernel) found no test pinning.

public sealed class MoneyBoundaryTests
{
    private static Money.Money Yuan(decimal yuan) => Money.Money.Of(yuan);

    [Fact]
    public void Zero_is_not_a_negative_amount_one_fen_below_it_is()
    {
        Money.Money.Zero.IsNegative.ShouldBeFalse();
        Yuan(-0.01m).IsNegative.ShouldBeTrue();
        Yuan(0.01m).IsNegative.ShouldBeFalse();
    }

    [Fact]
    public void Negating_a_refund_turns_it_into_a_charge()
    {
        (-Yuan(300m)).Yuan.ShouldBe(-300m);
        Money.Money.Negate(Yuan(-12.5m)).Yuan.ShouldBe(12.5m);
    }

    [Fact]
    public void Add_and_subtract_by_name_are_the_operators()
    {
        Money.Money.Add(Yuan(180_000m), Yuan(20_000m)).ShouldBe(Yuan(200_000m));
        Money.Money.Subtract(Yuan(500_000m), Yuan(180_000m)).ShouldBe(Yuan(320_000m));
    }

    // A grant ceiling of 500,000 yuan: an award of exactly 500,000 is within it, one fen more is not.
    [Fact]
    public void Comparisons_at_the_same_amount()
    {
        var ceiling = Yuan(500_000m);
        var same = Yuan(500_000m);
        var fenMore = Yuan(500_000.01m);
        (same < ceiling).ShouldBeFalse();
        (same > ceiling).ShouldBeFalse();
        (same <= ceiling).ShouldBeTrue();
        (same >= ceiling).ShouldBeTrue();
        (fenMore <= ceiling).ShouldBeFalse();
        (fenMore > ceiling).ShouldBeTrue();
        (ceiling >= fenMore).ShouldBeFalse();
        (ceiling < fenMore).ShouldBeTrue();
    }

    [Fact]
    public void Min_and_max_whichever_side_the_smaller_amount_is_on()
    {
        var budget = Yuan(20_000_000m);
        var request = Yuan(300_000m);
        Money.Money.Min(request, budget).ShouldBe(request);
        Money.Money.Min(budget, request).ShouldBe(request);
        Money.Money.Max(request, budget).ShouldBe(budget);
        Money.Money.Max(budget, request).ShouldBe(budget);
    }
}

public sealed class PercentBoundaryTests
{
    // 研发费用占比 "不低于 3%": exactly 3% meets it, 2.99% does not.
    [Fact]
    public void Comparisons_at_the_same_share()
    {
        var threshold = Percent.FromPoints(3);
        var same = Percent.Of(300_000, 10_000_000);
        var below = Percent.FromPoints(2.99m);
        (same >= threshold).ShouldBeTrue();
        (same <= threshold).ShouldBeTrue();
        (same > threshold).ShouldBeFalse();
        (same < threshold).ShouldBeFalse();
        (below < threshold).ShouldBeTrue();
        (below <= threshold).ShouldBeTrue();
        (below >= threshold).ShouldBeFalse();
        (below > threshold).ShouldBeFalse();
        (threshold > below).ShouldBeTrue();
    }

    [Fact]
    public void A_zero_whole_is_refused_in_words_a_person_reads() =>
        Should.Throw<DivideByZeroException>(() => Percent.Of(1, 0)).Message.ShouldBe("无法计算比例：分母为零。");
}

public sealed class CreditCodeCheckCharacterTests
{
    [Fact]
    public void Needs_exactly_the_first_17_characters() =>
        Should.Throw<ArgumentException>(() => UnifiedSocialCreditCode.CheckCharacter("91510300MA62")).Message.ShouldContain("前 17 位");

    // I, O, S, V and Z are not in the standard's alphabet; the message names the position a clerk counts (from 1).
    [Fact]
    public void Names_the_position_of_a_character_the_standard_does_not_allow() =>
        Should.Throw<ArgumentException>(() => UnifiedSocialCreditCode.CheckCharacter("91510300MA62IXXXX"))
            .Message.ShouldStartWith("第 13 位“I”不是允许的字符。");

    [Fact]
    public void An_empty_code_prints_as_nothing() => default(UnifiedSocialCreditCode).ToString().ShouldBe(string.Empty);

    [Fact]
    public void A_code_prints_as_itself() =>
        UnifiedSocialCreditCode.Parse("91510300MA62XXXXXL").ToString().ShouldBe("91510300MA62XXXXXL");
}

public sealed class KernelMessageTests
{
    [Fact]
    public void An_amount_beyond_the_books_says_so_with_the_amount() =>
        Should.Throw<ArgumentOutOfRangeException>(() => Money.Money.Of(2_000_000_000_000m))
            .Message.ShouldStartWith("金额 2000000000000 元超出允许范围（±1 万亿元）。");

    [Fact]
    public void A_valid_division_code_leaves_no_error()
    {
        DivisionCode.TryParse("510300", out _, out var error).ShouldBeTrue();
        error.ShouldBeEmpty();
    }

    // An enterprise user may sit in an enterprise or a vehicle operator: the refusal lists both kinds a person can pick.
    [Fact]
    public void A_wrong_organisation_kind_is_refused_with_every_allowed_kind() =>
        new RoleMatchesOrganisationKindRule().Check(new RoleAssignment(Roles.EnterpriseUser, OrganisationKind.Institute)).Message
            .ShouldBe($"角色 {Roles.EnterpriseUser} 只能属于以下类型的机构：{OrganisationKind.Enterprise}、{OrganisationKind.VehicleOperator}；所选机构类型为 {OrganisationKind.Institute}。");
}

public sealed class ChainVerifierBoundaryTests
{
    private static readonly ChainKey Key = new(Enumerable.Range(1, 32).Select(i => (byte)i).ToArray());

    [Fact]
    public void Content_that_no_longer_matches_its_hash_breaks_the_chain()
    {
        var broken = new ChainVerifier("分录").Next(1, ChainLink.Genesis, "stored", "recomputed")!;
        broken.Intact.ShouldBeFalse();
        broken.BrokenAtSequence.ShouldBe(1);
        broken.Reason.ShouldBe("分录内容与其哈希不符（内容被修改）。");
    }

    [Fact]
    public void A_link_that_points_elsewhere_breaks_the_chain()
    {
        var ledger = new ChainVerifier("分录");
        ledger.Next(1, ChainLink.Genesis, "a", "a").ShouldBeNull();
        var broken = ledger.Next(2, "not-a", "b", "b")!;
        broken.Intact.ShouldBeFalse();
        broken.Reason.ShouldBe("前一哈希与上一分录的哈希不一致。");
    }

    // A link verified against the hash its chain computes is a keyed link: a plain SHA-256 link after it was re-hashed
    // by someone without the key.
    [Fact]
    public void After_a_link_checked_by_its_computed_hash_a_plain_hash_is_refused()
    {
        var ledger = new ChainVerifier("分录", Key);
        ledger.Next(1, ChainLink.Genesis, "h1", "h1").ShouldBeNull();
        var fields = new ChainLink().Add("拨付").Add(180_000L);
        var broken = ledger.Next(2, "h1", fields.Hash("h1"), fields)!;
        broken.Intact.ShouldBeFalse();
        broken.Reason.ShouldBe("第 2 条分录的哈希未用链密钥计算，而自第 1 条起的分录都用密钥（分录被改写后重算了哈希）。");
    }

    [Fact]
    public void Checking_a_link_needs_its_fields() =>
        Should.Throw<ArgumentNullException>(() => new ChainVerifier("分录").Next(1, ChainLink.Genesis, "a", (ChainLink)null!));

    [Fact]
    public void A_link_rewritten_at_the_anchored_sequence_breaks_the_chain()
    {
        var anchor = new ChainAnchor(new DateTimeOffset(2026, 3, 1, 8, 0, 0, TimeSpan.Zero), "ledger", 2, "anchored");
        var ledger = new ChainVerifier("分录", anchor: anchor);
        ledger.Next(1, ChainLink.Genesis, "a", "a").ShouldBeNull();
        var broken = ledger.Next(2, "a", "rewritten", "rewritten")!;
        broken.Intact.ShouldBeFalse();
        broken.BrokenAtSequence.ShouldBe(2);
        broken.Reason.ShouldBe("第 2 条分录的哈希与 2026-03-01 08:00:00 UTC 的锚点记录的不同（分录被改写）。");
    }
}

public sealed class RecordAccessMixedRolesTests
{
    private static readonly Guid Zone = Guid.NewGuid();

    // An enterprise's own user who is also the zone's viewer sees every organisation's records through the viewer role.
    [Fact]
    public void One_zone_wide_role_among_bound_roles_sees_the_whole_zone()
    {
        var policy = AccessPolicy.Of(see: [Roles.Viewer, Roles.EnterpriseUser], change: [Roles.EnterpriseUser]);
        var actor = new Actor("u", "用户", new HashSet<string> { Roles.EnterpriseUser, Roles.Viewer }, Guid.NewGuid(), Zone);
        RecordAccess.MaySee(actor, policy, Guid.NewGuid(), Zone).ShouldBeTrue();
        RecordAccess.MayChange(actor, policy, Guid.NewGuid(), Zone).ShouldBeFalse();
    }
}
