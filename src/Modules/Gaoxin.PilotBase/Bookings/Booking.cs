using Gaoxin.Kernel.Zones;

namespace Gaoxin.PilotBase.Bookings;

/// <summary>What holds a resource for a time range: a customer's booking (预约) or the base's maintenance window (维护窗口).</summary>
public enum BookingKind
{
    /// <summary>预约</summary>
    Booking = 1,
    /// <summary>维护窗口</summary>
    Maintenance = 2,
}

/// <summary>A booking's state. Pending and Approved hold the slot; Rejected and Cancelled release it.</summary>
public enum BookingStatus
{
    /// <summary>待审批</summary>
    Pending = 1,
    /// <summary>已批准</summary>
    Approved = 2,
    /// <summary>未通过</summary>
    Rejected = 3,
    /// <summary>已取消</summary>
    Cancelled = 4,
    /// <summary>爽约</summary>
    NoShow = 5,
    /// <summary>已完成</summary>
    Completed = 6,
}

/// <summary>Who the booking is for, for revenue by customer type.</summary>
public enum CustomerKind
{
    /// <summary>区内企业</summary>
    Enterprise = 1,
    /// <summary>高校/科研院所</summary>
    Institute = 2,
    /// <summary>接力项目</summary>
    RelayProject = 3,
    /// <summary>区外单位</summary>
    External = 4,
    /// <summary>基地自用（维护）</summary>
    Base = 5,
}

/// <summary>
/// A resource held for [StartsAt, EndsAt) — touching ranges do not overlap. While <see cref="HoldsSlot"/> is true no other
/// holding row of the same resource may overlap it: PostgreSQL enforces it with an exclusion constraint over the time range,
/// SQLite with a trigger (SQLite runs one writer at a time, so the check and the insert cannot interleave).
/// </summary>
public sealed class Booking : IZoneScoped
{
    private Booking()
    {
        Purpose = RequestedBy = string.Empty;
    }

    public Booking(ZoneId zoneId, Guid resourceId, BookingKind kind, DateTimeOffset startsAt, DateTimeOffset endsAt, CustomerKind customer,
        string purpose, string requestedBy, DateTimeOffset createdAt)
    {
        ZoneId = zoneId;
        ResourceId = resourceId;
        Kind = kind;
        // UTC on both databases, so SQLite's stored ticks compare as the instants do.
        StartsAt = startsAt.ToUniversalTime();
        EndsAt = endsAt.ToUniversalTime();
        Customer = customer;
        Purpose = purpose;
        RequestedBy = requestedBy;
        CreatedAt = createdAt.ToUniversalTime();
        Status = kind == BookingKind.Maintenance ? BookingStatus.Approved : BookingStatus.Pending;
        HoldsSlot = true;
    }

    public Guid Id { get; private set; } = Guid.CreateVersion7();

    public ZoneId ZoneId { get; private set; }

    public Guid ResourceId { get; private set; }

    public BookingKind Kind { get; private set; }

    public BookingStatus Status { get; private set; }

    /// <summary>True while the row holds its range (Pending, Approved, Completed, NoShow); the database's no-overlap guarantee covers these rows only.</summary>
    public bool HoldsSlot { get; private set; }

    public DateTimeOffset StartsAt { get; private set; }

    public DateTimeOffset EndsAt { get; private set; }

    public CustomerKind Customer { get; private set; }

    /// <summary>The customer organisation (enterprise or institute), null for external customers and maintenance.</summary>
    public Guid? OrganisationId { get; set; }

    /// <summary>The relay project (接力项目) the booking serves, if any.</summary>
    public Guid? ProjectId { get; set; }

    /// <summary>The catalogue service booked, if booked as a service.</summary>
    public Guid? ServiceId { get; set; }

    /// <summary>Name of an outside customer (区外单位), who books through the operator.</summary>
    public string? CustomerName { get; set; }

    public string Purpose { get; private set; }

    public decimal? BatchSize { get; set; }

    /// <summary>The price quoted when booked, in yuan.</summary>
    public decimal Price { get; set; }

    public string RequestedBy { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public string? DecidedBy { get; private set; }

    public DateTimeOffset? DecidedAt { get; private set; }

    public string? DecisionNote { get; private set; }

    /// <summary>Set when the booking came from an accepted schedule proposal (排程方案).</summary>
    public Guid? ProposalId { get; set; }

    public int Version { get; private set; }

    /// <summary>Cancelled within the policy's notice (<see cref="CancellationPolicy.FreeUntilHoursBefore"/> hours before start): recorded as late.</summary>
    public bool CancelledLate { get; private set; }

    /// <summary>待审批 → 已批准 (operator).</summary>
    public void Approve(string by, DateTimeOffset at)
    {
        Require(BookingStatus.Pending, "批准");
        Decide(BookingStatus.Approved, by, at, null);
    }

    /// <summary>待审批 → 未通过 (operator), with the reason the booker will read.</summary>
    public void Reject(string by, DateTimeOffset at, string reason)
    {
        Require(BookingStatus.Pending, "驳回");
        if (string.IsNullOrWhiteSpace(reason))
        {
            throw Gaoxin.Kernel.Rules.Refusal.Invalid("reason", "请填写驳回原因。");
        }

        Decide(BookingStatus.Rejected, by, at, reason.Trim());
    }

    /// <summary>
    /// 待审批/已批准 → 已取消, by the booker or an operator, before the start only (after it, the operator records a no-show
    /// or completion). Within the policy's notice the cancellation is recorded as late.
    /// </summary>
    public void Cancel(string by, DateTimeOffset at, string? reason)
    {
        if (Status is not (BookingStatus.Pending or BookingStatus.Approved))
        {
            throw Gaoxin.Kernel.Rules.Refusal.Conflict($"预约当前状态为“{StatusText(Status)}”，不能取消。");
        }

        if (at >= StartsAt)
        {
            throw Gaoxin.Kernel.Rules.Refusal.Conflict("预约已开始，不能取消；如客户未到场，请由运营方登记爽约。");
        }

        CancelledLate = CancellationPolicy.IsLate(at, StartsAt);
        Decide(BookingStatus.Cancelled, by, at, reason);
    }

    /// <summary>已批准 → 爽约 (operator, once the booking has started). The slot stays held: it was lost to others.</summary>
    public void MarkNoShow(string by, DateTimeOffset at, string? note)
    {
        Require(BookingStatus.Approved, "登记爽约");
        if (at < StartsAt)
        {
            throw Gaoxin.Kernel.Rules.Refusal.Conflict("预约尚未开始，不能登记爽约。");
        }

        Decide(BookingStatus.NoShow, by, at, note);
    }

    /// <summary>已批准 → 已完成 (operator, once the booking has started).</summary>
    public void Complete(string by, DateTimeOffset at, string? note)
    {
        Require(BookingStatus.Approved, "登记完成");
        if (at < StartsAt)
        {
            throw Gaoxin.Kernel.Rules.Refusal.Conflict("预约尚未开始，不能登记完成。");
        }

        Decide(BookingStatus.Completed, by, at, note);
    }

    private void Require(BookingStatus status, string action)
    {
        if (Kind == BookingKind.Maintenance)
        {
            throw Gaoxin.Kernel.Rules.Refusal.Conflict("维护窗口不经过审批流程。");
        }

        if (Status != status)
        {
            throw Gaoxin.Kernel.Rules.Refusal.Conflict($"预约当前状态为“{StatusText(Status)}”，不能{action}。");
        }
    }

    public static string StatusText(BookingStatus status) => status switch
    {
        BookingStatus.Pending => "待审批",
        BookingStatus.Approved => "已批准",
        BookingStatus.Rejected => "未通过",
        BookingStatus.Cancelled => "已取消",
        BookingStatus.NoShow => "爽约",
        _ => "已完成",
    };

    /// <summary>Moves to <paramref name="status"/>, releasing the slot when the new state no longer holds it.</summary>
    public void Decide(BookingStatus status, string by, DateTimeOffset at, string? note)
    {
        Status = status;
        HoldsSlot = status is BookingStatus.Pending or BookingStatus.Approved or BookingStatus.Completed or BookingStatus.NoShow;
        DecidedBy = by;
        DecidedAt = at.ToUniversalTime();
        DecisionNote = note;
        Version++;
    }
}
