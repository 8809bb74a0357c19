using Gaoxin.Kernel.Rules;
using Gaoxin.Kernel.Zones;
using Gaoxin.PilotBase.Bookings;

namespace Gaoxin.PilotBase.Tests.Bookings;

/// <summary>The operator queue's state transitions, each checking its rule on the entity.</summary>
public sealed class BookingTransitionsTests
{
    private static readonly DateTimeOffset Start = new(2026, 3, 10, 9, 0, 0, TimeSpan.FromHours(8));

    private static Booking Row(BookingKind kind = BookingKind.Booking) =>
        new(ZoneId.New(), Guid.NewGuid(), kind, Start, Start.AddHours(2), CustomerKind.External, "测试", "t", Start.AddDays(-5));

    [Fact]
    public void Approve_then_complete_after_start_holds_the_slot_throughout()
    {
        var b = Row();
        b.Approve("op", Start.AddDays(-1));
        b.Status.ShouldBe(BookingStatus.Approved);
        Should.Throw<Refusal>(() => b.Complete("op", Start.AddMinutes(-1), null)).Kind.ShouldBe(RefusalKind.Conflict);
        b.Complete("op", Start, null);
        b.Status.ShouldBe(BookingStatus.Completed);
        b.HoldsSlot.ShouldBeTrue();
        Should.Throw<Refusal>(() => b.Approve("op", Start));
    }

    [Fact]
    public void No_show_only_after_start_and_only_when_approved()
    {
        var pending = Row();
        Should.Throw<Refusal>(() => pending.MarkNoShow("op", Start.AddHours(1), null));
        var b = Row();
        b.Approve("op", Start.AddDays(-1));
        Should.Throw<Refusal>(() => b.MarkNoShow("op", Start.AddMinutes(-1), null));
        b.MarkNoShow("op", Start, null);
        b.Status.ShouldBe(BookingStatus.NoShow);
        b.HoldsSlot.ShouldBeTrue("the slot was lost to others all the same");
    }

    [Fact]
    public void Reject_needs_a_reason_and_releases_the_slot_maintenance_windows_have_no_queue()
    {
        var b = Row();
        Should.Throw<Refusal>(() => b.Reject("op", Start.AddDays(-1), " ")).Kind.ShouldBe(RefusalKind.Invalid);
        b.Reject("op", Start.AddDays(-1), "资料不全");
        b.Status.ShouldBe(BookingStatus.Rejected);
        b.HoldsSlot.ShouldBeFalse();
        b.DecisionNote.ShouldBe("资料不全");
        Should.Throw<Refusal>(() => Row(BookingKind.Maintenance).Approve("op", Start));
    }
}
