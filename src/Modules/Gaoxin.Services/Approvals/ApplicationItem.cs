using Gaoxin.Kernel.Zones;
using Gaoxin.Services.Calendar;

namespace Gaoxin.Services.Approvals;

/// <summary>Where one item of an application stands with its department.</summary>
public enum ItemStatus
{
    /// <summary>审查中: the clock runs.</summary>
    InReview = 1,
    /// <summary>补正中: returned to the applicant for correction; the clock is paused.</summary>
    Correction = 2,
    /// <summary>准予办理</summary>
    Approved = 3,
    /// <summary>不予办理</summary>
    Refused = 4,
    /// <summary>已撤回</summary>
    Withdrawn = 5,
}

/// <summary>
/// One catalogue item of an application as its department works it (子件), with its clock in working days.
/// The clock starts on acceptance (受理) and is due the limit's last working day after it (<see cref="DueOn"/>,
/// stored so that a queue sorts by it in SQL). A correction pauses it, keeping the working days left; resubmission
/// resumes it with those days. The item's state changes only through its methods.
/// </summary>
public sealed class ApplicationItem : IZoneScoped
{
    private ApplicationItem()
    {
    }

    public ApplicationItem(ZoneId zoneId, Guid applicationId, Guid serviceItemId, Guid departmentId, int limitDays, DateOnly acceptedOn, WorkingCalendar calendar)
    {
        ZoneId = zoneId;
        ApplicationId = applicationId;
        ServiceItemId = serviceItemId;
        DepartmentId = departmentId;
        LimitDays = limitDays;
        AcceptedOn = acceptedOn;
        DueOn = calendar.AddWorkingDays(acceptedOn, limitDays);
        Status = ItemStatus.InReview;
    }

    public Guid Id { get; private set; } = Guid.CreateVersion7();

    public ZoneId ZoneId { get; private set; }

    public Guid ApplicationId { get; private set; }

    public Guid ServiceItemId { get; private set; }

    /// <summary>The deciding department, copied from the catalogue at submission (a later catalogue change does not move open work).</summary>
    public Guid DepartmentId { get; private set; }

    /// <summary>The limit in working days at submission.</summary>
    public int LimitDays { get; private set; }

    public ItemStatus Status { get; private set; }

    /// <summary>受理日: the clock counts from the next working day.</summary>
    public DateOnly AcceptedOn { get; private set; }

    /// <summary>The last working day of the limit, moved on by every pause. While paused it keeps the old value.</summary>
    public DateOnly DueOn { get; private set; }

    /// <summary>While paused: the working days that were left when the correction was requested (negative when already late).</summary>
    public int? PausedRemaining { get; private set; }

    public DateOnly? PausedOn { get; private set; }

    /// <summary>How many times the item was returned for correction (补正次数).</summary>
    public int Corrections { get; private set; }

    /// <summary>容缺受理: a non-essential material accepted as missing, with the date it was promised by.</summary>
    public string? DeferredMaterial { get; private set; }

    public DateOnly? DeferredPromisedOn { get; private set; }

    public DateTimeOffset? DeferredReceivedAt { get; private set; }

    public string? DecisionReason { get; private set; }

    public string? DecidedBy { get; private set; }

    public DateTimeOffset? DecidedAt { get; private set; }

    /// <summary>The decision's day; with <see cref="DueOn"/> it says whether the item was on time.</summary>
    public DateOnly? DecidedOn { get; private set; }

    /// <summary>Working days used from acceptance to decision, pauses excluded (用时).</summary>
    public int? WorkingDaysUsed { get; private set; }

    /// <summary>When the 80% warning was sent (预警), so it is sent once.</summary>
    public DateTimeOffset? WarnedAt { get; private set; }

    /// <summary>When the overdue item was escalated to the department head (督办), so it is escalated once.</summary>
    public DateTimeOffset? EscalatedAt { get; private set; }

    public int Version { get; private set; }

    public bool IsOpen => Status is ItemStatus.InReview or ItemStatus.Correction;

    /// <summary>Working days left on <paramref name="today"/>: frozen while paused; negative when overdue.</summary>
    public int RemainingOn(DateOnly today, WorkingCalendar calendar) =>
        PausedRemaining ?? calendar.WorkingDaysBetween(today, DueOn);

    /// <summary>Accepts with a non-essential material missing, promised by a date (容缺受理).</summary>
    public void Defer(string material, DateOnly promisedOn)
    {
        DeferredMaterial = material;
        DeferredPromisedOn = promisedOn;
        Version++;
    }

    public void ReceiveDeferred(DateTimeOffset at)
    {
        DeferredReceivedAt = at;
        Version++;
    }

    /// <summary>Returns the item for correction (补正): the clock stops with the days it had left.</summary>
    public void PauseForCorrection(DateOnly on, WorkingCalendar calendar, string reason, string by, DateTimeOffset at)
    {
        PausedRemaining = calendar.WorkingDaysBetween(on, DueOn);
        PausedOn = on;
        Status = ItemStatus.Correction;
        Corrections++;
        DecisionReason = reason;
        DecidedBy = by;
        DecidedAt = at;
        Version++;
    }

    /// <summary>The applicant resubmitted: the clock runs again with the days it had left when it stopped.</summary>
    public void Resume(DateOnly on, WorkingCalendar calendar)
    {
        DueOn = calendar.AddWorkingDays(on, PausedRemaining ?? 0);
        PausedRemaining = null;
        PausedOn = null;
        Status = ItemStatus.InReview;
        Version++;
    }

    /// <summary>Decides the item (准予/不予办理) and stops its clock.</summary>
    public void Decide(bool approved, DateOnly on, WorkingCalendar calendar, string? reason, string by, DateTimeOffset at)
    {
        Status = approved ? ItemStatus.Approved : ItemStatus.Refused;
        WorkingDaysUsed = LimitDays - calendar.WorkingDaysBetween(on, DueOn);
        DecidedOn = on;
        DecisionReason = reason;
        DecidedBy = by;
        DecidedAt = at;
        Version++;
    }

    public void Withdraw(DateTimeOffset at)
    {
        Status = ItemStatus.Withdrawn;
        DecidedAt = at;
        Version++;
    }

    public void MarkWarned(DateTimeOffset at)
    {
        WarnedAt = at;
        Version++;
    }

    public void MarkEscalated(DateTimeOffset at)
    {
        EscalatedAt = at;
        Version++;
    }

    /// <summary>A new calendar year was imported: the due day is recounted from the days left today. True when it moved.</summary>
    public bool Recount(DateOnly today, WorkingCalendar before, WorkingCalendar after)
    {
        if (Status != ItemStatus.InReview)
        {
            return false;
        }

        var due = after.AddWorkingDays(today, before.WorkingDaysBetween(today, DueOn));
        if (due == DueOn)
        {
            return false;
        }

        DueOn = due;
        Version++;
        return true;
    }
}
