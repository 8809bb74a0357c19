using Gaoxin.Kernel.Zones;

namespace Gaoxin.Funding.Awards;

/// <summary>资助方式: a grant, or 先投后股 (invest first, equity later).</summary>
public enum Instrument
{
    Grant = 1,
    InvestThenEquity = 2,
}

/// <summary>支持阶段: pilot incubation or industrial incubation (each may be supported).</summary>
public enum SupportStage
{
    Pilot = 1,
    Industrial = 2,
}

public enum ApplicationStatus
{
    /// <summary>已申请</summary>
    Submitted = 1,
    /// <summary>运营方已推荐</summary>
    Recommended = 2,
    /// <summary>已批准</summary>
    Approved = 3,
    /// <summary>未批准</summary>
    Rejected = 4,
}

public enum AwardStatus
{
    /// <summary>执行中</summary>
    Active = 1,
    /// <summary>已拨付完毕</summary>
    Completed = 2,
    /// <summary>已撤销</summary>
    Cancelled = 3,
    /// <summary>已核销</summary>
    WrittenOff = 4,
    /// <summary>已结清</summary>
    Settled = 5,
}

/// <summary>A project's application to the pilot fund (资金申请).</summary>
public sealed class FundApplication : IZoneScoped
{
    public Guid Id { get; init; } = Guid.CreateVersion7();
    public ZoneId ZoneId { get; init; }
    public Guid ProjectId { get; set; }
    public string ProjectCode { get; set; } = string.Empty;
    public string ProjectTitle { get; set; } = string.Empty;
    /// <summary>The organisation that owns the application (the project's company, else its lead): enterprise users see their own.</summary>
    public Guid OrganisationId { get; set; }
    public int FundYear { get; set; }
    public decimal Amount { get; set; }
    public decimal EligibleCost { get; set; }
    public string CostBreakdown { get; set; } = string.Empty;
    public Instrument Instrument { get; set; }
    public SupportStage Stage { get; set; }
    public ApplicationStatus Status { get; set; } = ApplicationStatus.Submitted;
    public decimal? ScreeningScore { get; set; }
    public string? Grade { get; set; }
    public decimal? RecommendedAmount { get; set; }
    public string? RecommendationNote { get; set; }
    public string? RecommendedBy { get; set; }
    public string? DecisionNote { get; set; }
    public string? DecidedBy { get; set; }
    public DateTimeOffset SubmittedAt { get; set; }
    public DateTimeOffset? DecidedAt { get; set; }
    public int? PolicyVersion { get; set; }
    public Guid? AwardId { get; set; }
}

/// <summary>An approved award (资助): commits money from its fund-year; paid in tranches.</summary>
public sealed class Award : IZoneScoped
{
    public Guid Id { get; init; } = Guid.CreateVersion7();
    public ZoneId ZoneId { get; init; }
    public Guid ApplicationId { get; set; }
    public Guid ProjectId { get; set; }
    public string ProjectCode { get; set; } = string.Empty;
    public string ProjectTitle { get; set; } = string.Empty;
    public Guid OrganisationId { get; set; }
    public int FundYear { get; set; }
    public string Grade { get; set; } = string.Empty;
    public decimal Amount { get; set; }
    public Instrument Instrument { get; set; }
    public SupportStage Stage { get; set; }
    public AwardStatus Status { get; set; } = AwardStatus.Active;
    public int PolicyVersion { get; set; }
    public DateOnly ApprovedOn { get; set; }
    public string ApprovedBy { get; set; } = string.Empty;
    public DateOnly? ClosedOn { get; set; }
    public string? CloseReason { get; set; }
    public List<Tranche> Tranches { get; set; } = [];
}

public enum TrancheStatus
{
    /// <summary>待拨付</summary>
    Pending = 1,
    /// <summary>部分拨付</summary>
    PartiallyPaid = 2,
    /// <summary>已拨付</summary>
    Paid = 3,
    /// <summary>已释放（撤销后不再拨付）</summary>
    Released = 4,
}

/// <summary>A tranche (分期拨付) of an award, paid when its milestone of the project's plan is accepted; the first is paid on signing.</summary>
public sealed class Tranche : IZoneScoped
{
    public Guid Id { get; init; } = Guid.CreateVersion7();
    public ZoneId ZoneId { get; init; }
    public Guid AwardId { get; set; }
    public int Number { get; set; }
    public string Label { get; set; } = string.Empty;
    public decimal Share { get; set; }
    public decimal Amount { get; set; }
    /// <summary>The relay milestone whose acceptance releases this tranche; null for the signing tranche.</summary>
    public Guid? MilestoneId { get; set; }
    public string? MilestoneTitle { get; set; }
    public TrancheStatus Status { get; set; } = TrancheStatus.Pending;
}

public enum PaymentStatus
{
    /// <summary>成功</summary>
    Succeeded = 1,
    /// <summary>失败（银行退回等，资金未动）</summary>
    Failed = 2,
}

/// <summary>A payment instruction's outcome (拨付记录). The idempotency key makes a double submit pay once.</summary>
public sealed class Payment : IZoneScoped
{
    public Guid Id { get; init; } = Guid.CreateVersion7();
    public ZoneId ZoneId { get; init; }
    public Guid AwardId { get; set; }
    public Guid TrancheId { get; set; }
    public int TrancheNumber { get; set; }
    public string IdempotencyKey { get; set; } = string.Empty;
    public decimal Amount { get; set; }
    public DateOnly PaidOn { get; set; }
    public string Reference { get; set; } = string.Empty;
    public PaymentStatus Status { get; set; }
    public string? FailureReason { get; set; }
    public string RecordedBy { get; set; } = string.Empty;
    public DateTimeOffset RecordedAt { get; set; }
}
