using Gaoxin.Funding.Awards;
using Gaoxin.Funding.Instruments;
using Gaoxin.Funding.Ledger;

namespace Gaoxin.Funding.Api;

public sealed record ApplicationView(Guid Id, Guid ProjectId, string ProjectCode, string ProjectTitle, Guid OrganisationId, int FundYear, decimal Amount, decimal EligibleCost,
    string CostBreakdown, Instrument Instrument, SupportStage Stage, ApplicationStatus Status, decimal? ScreeningScore, string? Grade, decimal? RecommendedAmount,
    string? RecommendationNote, string? RecommendedBy, string? DecisionNote, string? DecidedBy, DateTimeOffset SubmittedAt, int? PolicyVersion, Guid? AwardId)
{
    public static ApplicationView Of(FundApplication a) => new(a.Id, a.ProjectId, a.ProjectCode, a.ProjectTitle, a.OrganisationId, a.FundYear, a.Amount, a.EligibleCost,
        a.CostBreakdown, a.Instrument, a.Stage, a.Status, a.ScreeningScore, a.Grade, a.RecommendedAmount, a.RecommendationNote, a.RecommendedBy, a.DecisionNote, a.DecidedBy,
        a.SubmittedAt, a.PolicyVersion, a.AwardId);
}

public sealed record TrancheView(int Number, string Label, decimal Share, decimal Amount, decimal Paid, TrancheStatus Status, Guid? MilestoneId, string? MilestoneTitle);

public sealed record PaymentView(Guid Id, int TrancheNumber, decimal Amount, DateOnly PaidOn, string Reference, PaymentStatus Status, string? FailureReason, string IdempotencyKey, bool Replayed = false);

public sealed record AwardView(Guid Id, Guid ApplicationId, Guid ProjectId, string ProjectCode, string ProjectTitle, Guid OrganisationId, int FundYear, string Grade, decimal Amount,
    Instrument Instrument, SupportStage Stage, AwardStatus Status, int PolicyVersion, DateOnly ApprovedOn, string ApprovedBy, string? CloseReason,
    decimal Paid, decimal Released, decimal Outstanding, IReadOnlyList<TrancheView> Tranches, IReadOnlyList<PaymentView> Payments, Guid? InstrumentId);

public sealed record AwardListItem(Guid Id, string ProjectCode, string ProjectTitle, int FundYear, string Grade, decimal Amount, Instrument Instrument, AwardStatus Status, DateOnly ApprovedOn, decimal Paid);

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

public sealed record LedgerEntryView(long Sequence, int FundYear, EntryKind Kind, decimal Amount, Guid? AwardId, Guid? ProjectId, Guid? InstrumentId, int? PolicyVersion,
    string Memo, string Actor, DateTimeOffset OccurredAt, string Hash)
{
    public static LedgerEntryView Of(LedgerEntry e) => new(e.Sequence, e.FundYear, e.Kind, e.Amount, e.AwardId, e.ProjectId, e.InstrumentId, e.PolicyVersion, e.Memo, e.Actor, e.OccurredAt, e.Hash);
}

public sealed record Breakdown(string Key, decimal Committed, decimal Paid, int Awards);

/// <summary>The dashboard: the year's position and how it splits by grade and by instrument.</summary>
public sealed record Dashboard(Gaoxin.Contracts.Funding.FundPosition Position, IReadOnlyList<Breakdown> ByGrade, IReadOnlyList<Breakdown> ByInstrument, int PendingApplications, int ActiveInstruments);
