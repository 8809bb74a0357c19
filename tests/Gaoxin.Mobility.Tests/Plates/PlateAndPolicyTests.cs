using Gaoxin.Kernel.Rules;
using Gaoxin.Kernel.Zones;
using Gaoxin.Mobility.Fleet;
using Gaoxin.Mobility.Plates;
using Gaoxin.Mobility.Policy;

namespace Gaoxin.Mobility.Tests.Plates;

public sealed class PlateAndPolicyTests
{
    private static readonly DateTimeOffset At = new(2025, 9, 29, 2, 0, 0, TimeSpan.Zero);

    private static Plate NewPlate()
    {
        var zone = ZoneId.New();
        var vehicle = new Vehicle(zone, Guid.NewGuid(), Vin.WithCheckDigit("LJ9ZW4D50SZ250001"), new("Z5", AutomationLevel.L4, 3_000, 1_200, 1_800, 30, ""), At);
        return new Plate(zone, "川CW0001", vehicle, 1, new DateOnly(2025, 9, 29), At, "u1", "管理员");
    }

    [Fact]
    public void A_plate_is_suspended_reinstated_and_revoked_with_reasons_in_its_history()
    {
        var plate = NewPlate();
        plate.Suspend("保险到期未续", At.AddDays(1), "u1", "管理员");
        plate.Status.ShouldBe(PlateStatus.Suspended);
        Should.Throw<Refusal>(() => plate.Suspend("再次", At, "u1", "管理员")).Kind.ShouldBe(RefusalKind.Conflict);
        plate.Reinstate("已续保", At.AddDays(2), "u1", "管理员");
        plate.Revoke("车辆退出运营", At.AddDays(3), "u1", "管理员");
        plate.Status.ShouldBe(PlateStatus.Revoked);
        Should.Throw<Refusal>(() => plate.Reinstate("恢复", At, "u1", "管理员")).Kind.ShouldBe(RefusalKind.Conflict);
        plate.History.Select(e => (e.Kind, e.Reason)).ShouldBe([
            (PlateEventKind.Issued, "依第 1 版政策发放"), (PlateEventKind.Suspended, "保险到期未续"), (PlateEventKind.Reinstated, "已续保"), (PlateEventKind.Revoked, "车辆退出运营"),
        ]);
    }

    [Fact]
    public void A_change_without_a_reason_is_refused_and_nothing_changes()
    {
        var plate = NewPlate();
        Should.Throw<Refusal>(() => plate.Suspend("  ", At, "u1", "管理员")).Kind.ShouldBe(RefusalKind.Invalid);
        plate.Status.ShouldBe(PlateStatus.Active);
        plate.History.Count.ShouldBe(1);
    }

    [Theory]
    [InlineData("川CW0001", 1)]
    [InlineData("川CW9999", 9999)]
    [InlineData("川CW0000", null)] // below the range
    [InlineData("川CW00001", null)] // too many digits
    [InlineData("川CX0001", null)] // another series
    [InlineData("川CW00A1", null)]
    public void A_plate_belongs_to_the_series_by_prefix_digits_and_range(string plate, int? serial) =>
        MobilityPolicy.Defaults(ZoneId.New()).SerialOf(plate).ShouldBe(serial);

    [Theory]
    [InlineData("川cw 0001")]
    [InlineData(" 川C·W0001 ")]
    [InlineData("川C-W0001")]
    public void Plates_are_read_as_people_type_them(string typed) => PlateRegister.Normalise(typed).ShouldBe("川CW0001");

    [Fact]
    public void The_version_in_force_is_the_latest_effective_by_the_day()
    {
        var zone = ZoneId.New();
        var v2 = new MobilityPolicy { ZoneId = zone, Version = 2, EffectiveFrom = new(2026, 1, 1), InsuranceMinimum = 3_000_000m };
        var versions = new[] { MobilityPolicy.Defaults(zone), v2 };
        PolicyBook.Pick(zone, versions, new(2025, 12, 31)).Version.ShouldBe(1);
        PolicyBook.Pick(zone, versions, new(2026, 1, 1)).Version.ShouldBe(2);
        PolicyBook.Pick(zone, [], new(2026, 1, 1)).InsuranceMinimum.ShouldBe(5_000_000m);
    }
}
