namespace Gaoxin.Funding.Instruments;

public sealed record InstrumentListItem(Guid Id, Guid AwardId, string ProjectTitle, InstrumentStatus Status, DateOnly StartedOn, DateOnly Deadline, DateOnly? ConvertedOn, decimal? Shares);

public sealed record InstrumentView(Guid Id, Guid AwardId, string ProjectTitle, InstrumentStatus Status, string Holder, DateOnly StartedOn, DateOnly ConvertibleFrom, DateOnly Deadline,
    decimal Discount, decimal ReturnAnnualRate, ConversionTrigger? Trigger, DateOnly? ConvertedOn, string? Round, decimal? RoundPricePerShare, decimal? ConversionPrice,
    decimal? Principal, decimal? Shares, ExitKind? ExitKind, DateOnly? ExitOn, decimal? Proceeds, decimal? ReturnCap, decimal? Credited, SettlementKind? Settlement, DateOnly? ClosedOn,
    decimal Paid, decimal WrittenOff, IReadOnlyList<ReviewView> Reviews, IReadOnlyList<LifeEvent> Life);

/// <summary>A diligence-exemption review; <see cref="Waiting"/> names the required approver roles that have not decided yet.</summary>
public sealed record ReviewView(Guid Id, string Findings, bool DiligenceDocumented, ReviewStatus Status, string OpenedBy, DateTimeOffset OpenedAt, IReadOnlyList<ApprovalView> Approvals,
    IReadOnlyList<string> Waiting);

public sealed record ApprovalView(string Role, string ApproverName, bool Approve, string? Opinion, DateTimeOffset At);

/// <summary>Where an unconverted instrument stands against its deadline: still ahead, due today, or passed (到期结清 may be done from the day itself).</summary>
public enum AlertState
{
    /// <summary>期限未到（在提醒窗口内）</summary>
    Upcoming = 1,
    /// <summary>今日到期</summary>
    DueToday = 2,
    /// <summary>已逾期</summary>
    Overdue = 3,
}

/// <summary>One 到期提醒: an unconverted 先投后股 instrument whose deadline has passed or falls within the window. DaysLeft is negative once overdue.</summary>
public sealed record DeadlineAlert(Guid Id, Guid AwardId, string ProjectTitle, DateOnly StartedOn, DateOnly Deadline, int DaysLeft, int DaysOverdue, AlertState State, decimal Paid);

/// <summary>The alerts as of <see cref="Today"/> (China time, from the app's clock), for deadlines up to <see cref="Until"/>.</summary>
public sealed record DeadlineAlerts(DateOnly Today, int WindowDays, DateOnly Until, IReadOnlyList<DeadlineAlert> Items);
