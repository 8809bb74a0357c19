using Gaoxin.Kernel.Money;
using Gaoxin.Kernel.Rules;
using Gaoxin.Kernel.Zones;
using Gaoxin.Platforms.Registry;

namespace Gaoxin.Platforms.Tests;

/// <summary>The entity's transitions: a failed evaluation revokes, a revoked platform changes no more, equipment open to others needs a contact.</summary>
public sealed class InnovationPlatformTests
{
    private static readonly DateTimeOffset At = new(2026, 3, 1, 2, 0, 0, TimeSpan.Zero);
    private static readonly DateOnly Today = new(2026, 3, 1);

    private static InnovationPlatform Platform() => new(ZoneId.New(), new PlatformSpec("四川省硬质合金工程技术研究中心", PlatformType.EngineeringCentre,
        PlatformLevel.Provincial, Guid.CreateVersion7(), new DateOnly(2020, 4, 1), "川科基〔2020〕8号", [new("四川大学", null), new("成都理工大学", null)], null), At);

    [Fact]
    public void A_failed_evaluation_revokes_on_its_day_and_nothing_changes_after()
    {
        var platform = Platform();
        platform.Evaluate(new DateOnly(2023, 3, 1), EvaluationResult.Good, null, Today, At);
        platform.Version.ShouldBe(1);
        platform.Evaluate(new DateOnly(2026, 2, 1), EvaluationResult.Fail, "未达条件", Today, At);
        platform.State.ShouldBe(PlatformState.Revoked);
        platform.RevokedOn.ShouldBe(new DateOnly(2026, 2, 1));
        Should.Throw<Refusal>(() => platform.Revoke("再次撤销", Today)).Kind.ShouldBe(RefusalKind.Conflict);
        Should.Throw<Refusal>(() => platform.AddEquipment("显微镜", null, Money.Of(1m), false, null)).Kind.ShouldBe(RefusalKind.Conflict);
    }

    [Fact]
    public void Evaluations_go_in_date_order_within_the_rule()
    {
        var platform = Platform();
        platform.Evaluate(new DateOnly(2023, 3, 1), EvaluationResult.Good, null, Today, At);
        Should.Throw<Refusal>(() => platform.Evaluate(new DateOnly(2023, 3, 1), EvaluationResult.Pass, null, Today, At)).Kind.ShouldBe(RefusalKind.Conflict);
        var early = Should.Throw<Refusal>(() => platform.Evaluate(new DateOnly(2020, 3, 31), EvaluationResult.Pass, null, Today, At));
        early.Rule.ShouldBe(nameof(EvaluationDateRule));
        platform.Evaluations.Count.ShouldBe(1);
    }

    [Fact]
    public void Revocation_needs_a_reason_and_open_equipment_a_booking_contact()
    {
        var platform = Platform();
        Should.Throw<Refusal>(() => platform.Revoke(" ", Today)).Fields.Keys.ShouldContain("reason");
        Should.Throw<Refusal>(() => platform.AddEquipment("扫描电镜", "SU8010", Money.Of(2_800_000m), true, null)).Fields.Keys.ShouldContain("bookingContact");
        platform.AddEquipment("扫描电镜", "SU8010", Money.Of(2_800_000m), true, "0813-5505123").Value.ShouldBe(Money.Of(2_800_000m));
        platform.Revoke("依托单位申请撤销", Today);
        platform.State.ShouldBe(PlatformState.Revoked);
        platform.RevocationReason.ShouldBe("依托单位申请撤销");
    }
}
