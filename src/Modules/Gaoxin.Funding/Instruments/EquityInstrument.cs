using Gaoxin.Funding.Awards;
using Gaoxin.Funding.Policy;
using Gaoxin.Kernel.Money;
using Gaoxin.Kernel.Rules;
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

/// <summary>
/// A 先投后股 instrument: project funding first, shares later on a trigger; then an exit with the return capped, or a
/// write-off after a diligence-exemption review, or settlement at the deadline. Each step only from the state that allows it.
/// </summary>
public sealed class EquityInstrument : IZoneScoped
{
    public Guid Id { get; init; } = Guid.CreateVersion7();
    public ZoneId ZoneId { get; init; }
    public Guid AwardId { get; init; }
    public Guid ProjectId { get; init; }
    public Guid OrganisationId { get; init; }
    public string ProjectTitle { get; init; } = string.Empty;
    public InstrumentStatus Status { get; private set; } = InstrumentStatus.Unconverted;
    public string Holder { get; init; } = string.Empty;
    public DateOnly StartedOn { get; init; }
    public DateOnly ConvertibleFrom { get; init; }
    public DateOnly Deadline { get; init; }
    public decimal Discount { get; init; }
    public decimal ReturnAnnualRate { get; init; }
    public int PolicyVersion { get; init; }

    public ConversionTrigger? Trigger { get; private set; }
    public DateOnly? ConvertedOn { get; private set; }
    public string? Round { get; private set; }
    public decimal? RoundPricePerShare { get; private set; }
    public decimal? ConversionPrice { get; private set; }
    public Money? Principal { get; private set; }
    public decimal? Shares { get; private set; }

    public ExitKind? ExitKind { get; private set; }
    public DateOnly? ExitOn { get; private set; }
    public Money? Proceeds { get; private set; }
    public Money? ReturnCap { get; private set; }
    public Money? Credited { get; private set; }

    public SettlementKind? Settlement { get; private set; }
    public DateOnly? ClosedOn { get; private set; }
    public string? Note { get; private set; }

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

    public void EnsureConvertible()
    {
        if (Status != InstrumentStatus.Unconverted)
        {
            throw Refusal.Conflict("该记录已转股或已结束。");
        }
    }

    /// <summary>转股: the principal is what has been paid in; stake = principal ÷ (round price × (1 − discount)).</summary>
    public void Convert(ConversionInput input, bool companyRegistered, decimal paid)
    {
        ArgumentNullException.ThrowIfNull(input);
        EnsureConvertible();
        RuleCheck.Enforce(new ConversionTriggerMetRule(), new ConversionFacts(input.Trigger, input.On, ConvertibleFrom, companyRegistered, input.Round, input.RoundPricePerShare));
        if (paid <= 0)
        {
            throw Refusal.Conflict("尚未拨付任何资金，无可转股的本金。");
        }

        Trigger = input.Trigger;
        ConvertedOn = input.On;
        Round = input.Round?.Trim();
        RoundPricePerShare = input.RoundPricePerShare;
        ConversionPrice = EquityMath.ConversionPrice(input.RoundPricePerShare, Discount);
        Principal = Money.Of(paid);
        Shares = EquityMath.Shares(paid, input.RoundPricePerShare, Discount);
        Status = InstrumentStatus.Converted;
        Note = input.Note;
    }

    /// <summary>退出: the fund receives at most principal plus the capped simple return; what it is credited is returned.</summary>
    public Money Exit(ExitInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        if (Status != InstrumentStatus.Converted)
        {
            throw Refusal.Conflict("只有已转股的记录可以退出。");
        }

        if (input.On < ConvertedOn)
        {
            throw Refusal.Invalid("on", "退出日期不能早于转股日期。");
        }

        var cap = Money.Of(EquityMath.ReturnCap(Principal!.Value.Yuan, ReturnAnnualRate, StartedOn, input.On));
        var credited = Money.Min(Money.Of(input.Proceeds), cap);
        ExitKind = input.Kind;
        ExitOn = input.On;
        Proceeds = Money.Of(input.Proceeds);
        ReturnCap = cap;
        Credited = credited;
        Status = InstrumentStatus.Exited;
        ClosedOn = input.On;
        Note = input.Note ?? Note;
        return credited;
    }

    /// <summary>尽职免责审查 may be opened while the instrument is not closed, one at a time.</summary>
    public DiligenceReview OpenReview(bool anotherOpen, ReviewInput input, string by, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(input);
        if (Status is InstrumentStatus.Exited or InstrumentStatus.WrittenOff or InstrumentStatus.Settled)
        {
            throw Refusal.Conflict("该记录已结束，不能再发起核销审查。");
        }

        if (anotherOpen)
        {
            throw Refusal.Conflict("已有进行中的尽职免责审查。");
        }

        return new DiligenceReview
        {
            ZoneId = ZoneId, InstrumentId = Id, Findings = input.Findings.Trim(), DiligenceDocumented = input.DiligenceDocumented, OpenedBy = by, OpenedAt = at,
        };
    }

    /// <summary>Write-off takes an instrument still running, converted or not.</summary>
    public void EnsureRunning()
    {
        if (Status is not (InstrumentStatus.Unconverted or InstrumentStatus.Converted))
        {
            throw Refusal.Conflict("该记录已结束。");
        }
    }

    /// <summary>核销, once the approved review has been checked (<see cref="WriteOffRequiresApprovedReviewRule"/>).</summary>
    public void WriteOff(DateOnly on)
    {
        EnsureRunning();
        Status = InstrumentStatus.WrittenOff;
        ClosedOn = on;
    }

    /// <summary>到期结清: after the deadline an unconverted instrument becomes a grant, or is repaid.</summary>
    public void Settle(SettleInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        if (Status != InstrumentStatus.Unconverted)
        {
            throw Refusal.Conflict("只有未转股的记录按到期结清。");
        }

        RuleCheck.Enforce(new DeadlineReachedRule(), new DeadlineFacts(input.On, Deadline));
        if (input.Kind == SettlementKind.Repayment && input.Repaid <= 0)
        {
            throw Refusal.Invalid("repaid", "还款结清须填写还款金额。");
        }

        Settlement = input.Kind;
        Note = input.Note;
        Credited = input.Kind == SettlementKind.Repayment ? Money.Of(input.Repaid) : Credited;
        Status = InstrumentStatus.Settled;
        ClosedOn = input.On;
    }
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
    public Guid InstrumentId { get; init; }
    public string Findings { get; init; } = string.Empty;
    /// <summary>Decisions were made per procedure and diligence was done (勤勉尽责): the exemption's condition.</summary>
    public bool DiligenceDocumented { get; init; }
    public ReviewStatus Status { get; private set; } = ReviewStatus.Open;
    public string OpenedBy { get; init; } = string.Empty;
    public DateTimeOffset OpenedAt { get; init; }
    public List<ReviewApproval> Approvals { get; private set; } = [];

    /// <summary>
    /// An approval or objection from one of the required roles (<paramref name="role"/>: null when the decider holds none), once per
    /// role. An objection closes the review as rejected; so does the last role's decision when it cannot be approved (diligence not documented).
    /// </summary>
    public ReviewApproval Decide(string? role, string approverId, string approverName, bool approve, string? opinion, DateTimeOffset at)
    {
        if (Status != ReviewStatus.Open)
        {
            throw Refusal.Conflict("该审查已结束。");
        }

        if (role is null)
        {
            throw Refusal.Forbidden("只有创新中心运营方或管委会可以审批核销。");
        }

        if (Approvals.Any(a => a.Role == role))
        {
            throw Refusal.Conflict("本角色已审批过该审查。");
        }

        var approval = new ReviewApproval { ZoneId = ZoneId, ReviewId = Id, Role = role, ApproverId = approverId, ApproverName = approverName, Approve = approve, Opinion = opinion, At = at };
        Approvals.Add(approval);
        var roles = WriteOffRequiresApprovedReviewRule.RequiredRoles;
        if (roles.All(r => Approvals.Any(a => a.Role == r && a.Approve)) && DiligenceDocumented)
        {
            Status = ReviewStatus.Approved;
        }
        else if (!approve || roles.All(r => Approvals.Any(a => a.Role == r)))
        {
            Status = ReviewStatus.Rejected;
        }

        return approval;
    }
}

/// <summary>One role's decision on a review, recorded once.</summary>
public sealed class ReviewApproval : IZoneScoped
{
    public Guid Id { get; init; } = Guid.CreateVersion7();
    public ZoneId ZoneId { get; init; }
    public Guid ReviewId { get; init; }
    public string Role { get; init; } = string.Empty;
    public string ApproverId { get; init; } = string.Empty;
    public string ApproverName { get; init; } = string.Empty;
    public bool Approve { get; init; }
    public string? Opinion { get; init; }
    public DateTimeOffset At { get; init; }
}
