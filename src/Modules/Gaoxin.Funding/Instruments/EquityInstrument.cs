using Gaoxin.Funding.Awards;
using Gaoxin.Funding.Policy;
using Gaoxin.Kernel.Zones;

namespace Gaoxin.Funding.Instruments;

public enum InstrumentStatus
{
    /// <summary>未转股</summary>
    Unconverted = 1,
    /// <summary>已转股</summary>
    Converted = 2,
    /// <summary>已退出</summary>
    Exited = 3,
    /// <summary>已核销（尽职免责）</summary>
    WrittenOff = 4,
    /// <summary>到期结清（转为无偿资助或已还款）</summary>
    Settled = 5,
}

public enum ConversionTrigger
{
    /// <summary>企业完成外部融资</summary>
    OutsideRound = 1,
    /// <summary>约定日期已到且企业已注册</summary>
    DateReached = 2,
    /// <summary>双方协商一致</summary>
    Agreement = 3,
}

public enum ExitKind
{
    /// <summary>股权转让</summary>
    Sale = 1,
    /// <summary>回购</summary>
    BuyBack = 2,
}

public enum SettlementKind
{
    /// <summary>转为无偿资助</summary>
    Grant = 1,
    /// <summary>还款</summary>
    Repayment = 2,
}

/// <summary>A 先投后股 instrument: project funding first, shares later on a trigger; exit or write-off after review.</summary>
public sealed class EquityInstrument : IZoneScoped
{
    public Guid Id { get; init; } = Guid.CreateVersion7();
    public ZoneId ZoneId { get; init; }
    public Guid AwardId { get; set; }
    public Guid ProjectId { get; set; }
    public Guid OrganisationId { get; set; }
    public string ProjectTitle { get; set; } = string.Empty;
    public InstrumentStatus Status { get; set; } = InstrumentStatus.Unconverted;
    public string Holder { get; set; } = string.Empty;
    public DateOnly StartedOn { get; set; }
    public DateOnly ConvertibleFrom { get; set; }
    public DateOnly Deadline { get; set; }
    public decimal Discount { get; set; }
    public decimal ReturnAnnualRate { get; set; }
    public int PolicyVersion { get; set; }

    public ConversionTrigger? Trigger { get; set; }
    public DateOnly? ConvertedOn { get; set; }
    public string? Round { get; set; }
    public decimal? RoundPricePerShare { get; set; }
    public decimal? ConversionPrice { get; set; }
    public decimal? Principal { get; set; }
    public decimal? Shares { get; set; }

    public ExitKind? ExitKind { get; set; }
    public DateOnly? ExitOn { get; set; }
    public decimal? Proceeds { get; set; }
    public decimal? ReturnCap { get; set; }
    public decimal? Credited { get; set; }

    public SettlementKind? Settlement { get; set; }
    public DateOnly? ClosedOn { get; set; }
    public string? Note { get; set; }

    public static EquityInstrument For(Award award, FundingPolicy policy) => new()
    {
        ZoneId = award.ZoneId,
        AwardId = award.Id,
        ProjectId = award.ProjectId,
        OrganisationId = award.OrganisationId,
        ProjectTitle = award.ProjectTitle,
        Holder = policy.EquityHolder,
        StartedOn = award.ApprovedOn,
        ConvertibleFrom = award.ApprovedOn.AddYears(policy.ConversionAfterYears),
        Deadline = award.ApprovedOn.AddYears(policy.DeadlineYears),
        Discount = policy.ConversionDiscount,
        ReturnAnnualRate = policy.ReturnAnnualRate,
        PolicyVersion = policy.Version,
    };
}

public enum ReviewStatus
{
    /// <summary>审查中</summary>
    Open = 1,
    /// <summary>已批准核销</summary>
    Approved = 2,
    /// <summary>不予核销</summary>
    Rejected = 3,
}

/// <summary>尽职免责审查: the documented review a write-off needs, with the operator's and the zone admin's approvals.</summary>
public sealed class DiligenceReview : IZoneScoped
{
    public Guid Id { get; init; } = Guid.CreateVersion7();
    public ZoneId ZoneId { get; init; }
    public Guid InstrumentId { get; set; }
    public string Findings { get; set; } = string.Empty;
    /// <summary>Decisions were made per procedure and diligence was done (勤勉尽责): the exemption's condition.</summary>
    public bool DiligenceDocumented { get; set; }
    public ReviewStatus Status { get; set; } = ReviewStatus.Open;
    public string OpenedBy { get; set; } = string.Empty;
    public DateTimeOffset OpenedAt { get; set; }
    public List<ReviewApproval> Approvals { get; set; } = [];
}

public sealed class ReviewApproval : IZoneScoped
{
    public Guid Id { get; init; } = Guid.CreateVersion7();
    public ZoneId ZoneId { get; init; }
    public Guid ReviewId { get; set; }
    public string Role { get; set; } = string.Empty;
    public string ApproverId { get; set; } = string.Empty;
    public string ApproverName { get; set; } = string.Empty;
    public bool Approve { get; set; }
    public string? Opinion { get; set; }
    public DateTimeOffset At { get; set; }
}
