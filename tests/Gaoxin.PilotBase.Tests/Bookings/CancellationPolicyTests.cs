using Gaoxin.Kernel.Zones;
using Gaoxin.PilotBase.Bookings;

namespace Gaoxin.PilotBase.Tests.Bookings;

public sealed class CancellationPolicyTests
{
    private static readonly DateTimeOffset Start = new(2026, 3, 10, 9, 0, 0, TimeSpan.FromHours(8));

    [Fact]
    public void Free_until_the_policy_hours_before_start_late_one_minute_after()
    {
        CancellationPolicy.IsLate(Start.AddHours(-CancellationPolicy.FreeUntilHoursBefore), Start).ShouldBeFalse();
        CancellationPolicy.IsLate(Start.AddHours(-CancellationPolicy.FreeUntilHoursBefore).AddMinutes(1), Start).ShouldBeTrue();
    }

    [Fact]
    public void The_booking_records_a_late_cancellation_and_refuses_one_after_the_start()
    {
        Booking Row() => new(ZoneId.New(), Guid.NewGuid(), BookingKind.Booking, Start, Start.AddHours(2), CustomerKind.External, "测试", "t", Start.AddDays(-5));
        var early = Row();
        early.Cancel("t", Start.AddHours(-25), null);
        early.CancelledLate.ShouldBeFalse();
        early.HoldsSlot.ShouldBeFalse();

        var late = Row();
        late.Cancel("t", Start.AddHours(-1), null);
        late.CancelledLate.ShouldBeTrue();
        late.Status.ShouldBe(BookingStatus.Cancelled);

        Should.Throw<Gaoxin.Kernel.Rules.Refusal>(() => Row().Cancel("t", Start, null)).Kind.ShouldBe(Gaoxin.Kernel.Rules.RefusalKind.Conflict);
    }
}
