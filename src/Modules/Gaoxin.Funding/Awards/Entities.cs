using Gaoxin.Contracts.TechTransfer;
using Gaoxin.Kernel.Money;
using Gaoxin.Kernel.Rules;
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

/// <summary>
/// A project's application to the pilot fund (资金申请): submitted → recommended by the operator → approved or rejected by the
/// zone. What was asked is fixed at submission; the decisions move it on, each only from the state that allows it.
/// </summary>
public sealed class FundApplication : IZoneScoped
{
    public Guid Id { get; init; } = Guid.CreateVersion7();
    public ZoneId ZoneId { get; init; }
    public Guid ProjectId { get; init; }
    public string ProjectCode { get; init; } = string.Empty;
    public string ProjectTitle { get; init; } = string.Empty;
    /// <summary>The organisation that owns the application (the project's company, else its lead): enterprise users see their own.</summary>
    public Guid OrganisationId { get; init; }
    public int FundYear { get; init; }
    public Money Amount { get; init; }
    public Money EligibleCost { get; init; }
    public string CostBreakdown { get; init; } = string.Empty;
    public Instrument Instrument { get; init; }
    public SupportStage Stage { get; init; }
    public DateTimeOffset SubmittedAt { get; init; }
    public ApplicationStatus Status { get; private set; } = ApplicationStatus.Submitted;
    public decimal? ScreeningScore { get; private set; }
    public string? Grade { get; private set; }
    public Money? RecommendedAmount { get; private set; }
    public string? RecommendationNote { get; private set; }
    public string? RecommendedBy { get; private set; }
    public string? DecisionNote { get; private set; }
    public string? DecidedBy { get; private set; }
    public DateTimeOffset? DecidedAt { get; private set; }
    public int? PolicyVersion { get; private set; }
    public Guid? AwardId { get; private set; }

    /// <summary>What the zone is asked to approve: the operator's recommended amount, else the amount applied for.</summary>
    public Money AmountToApprove => RecommendedAmount ?? Amount;

    public static FundApplication Submit(ZoneId zone, RelayProject project, Guid owner, ApplicationInput input, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(project);
        ArgumentNullException.ThrowIfNull(input);
        if (input.Amount > input.EligibleCost)
        {
            throw Refusal.Invalid("amount", "申请金额不能超过合规中试成本。");
        }

        return new FundApplication
        {
            ZoneId = zone,
            ProjectId = project.Id,
            ProjectCode = project.Code,
            ProjectTitle = project.Title,
            OrganisationId = owner,
            FundYear = input.FundYear,
            Amount = Money.Of(input.Amount),
            EligibleCost = Money.Of(input.EligibleCost),
            CostBreakdown = input.CostBreakdown.Trim(),
            Instrument = input.Instrument,
            Stage = input.Stage,
            ScreeningScore = project.ScreeningScore,
            SubmittedAt = at,
        };
    }

    /// <summary>The operator may recommend (again) until the zone has decided.</summary>
    public void EnsureRecommendable()
    {
        if (Status is not (ApplicationStatus.Submitted or ApplicationStatus.Recommended))
        {
            throw Refusal.Conflict("该申请已有决定，不能再推荐。");
        }
    }

    /// <summary>运营方推荐, after the rules passed as advice: grade and amount as the policy in force gives them.</summary>
    public void Recommend(decimal? screeningScore, string? grade, Money amount, string? note, string by, int policyVersion)
    {
        EnsureRecommendable();
        Status = ApplicationStatus.Recommended;
        ScreeningScore = screeningScore;
        Grade = grade;
        RecommendedAmount = amount;
        RecommendationNote = note;
        RecommendedBy = by;
        PolicyVersion = policyVersion;
    }

    /// <summary>Only a recommended application may be approved.</summary>
    public void EnsureApprovable()
    {
        if (Status != ApplicationStatus.Recommended)
        {
            throw Refusal.Conflict(Status == ApplicationStatus.Approved ? "该申请已批准。" : "只有运营方推荐后的申请才能批准。");
        }
    }

    /// <summary>管委会批准: the application records the award it became.</summary>
    public void Approve(Award award, string? note, string by, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(award);
        EnsureApprovable();
        Status = ApplicationStatus.Approved;
        Grade = award.Grade;
        DecisionNote = note;
        DecidedBy = by;
        DecidedAt = at;
        PolicyVersion = award.PolicyVersion;
        AwardId = award.Id;
    }

    /// <summary>不予支持: until the zone has decided.</summary>
    public void Reject(string? note, string by, DateTimeOffset at)
    {
        if (Status is ApplicationStatus.Approved or ApplicationStatus.Rejected)
        {
            throw Refusal.Conflict("该申请已有决定。");
        }

        // The applicant is owed the reason for a refusal.
        if (string.IsNullOrWhiteSpace(note))
        {
            throw Refusal.Invalid("note", "不予支持须说明理由。");
        }

        Status = ApplicationStatus.Rejected;
        DecisionNote = note;
        DecidedBy = by;
        DecidedAt = at;
    }
}

/// <summary>An approved award (资助): commits money from its fund-year; paid in tranches; cancelled, completed, settled or written off.</summary>
public sealed class Award : IZoneScoped
{
    public Guid Id { get; init; } = Guid.CreateVersion7();
    public ZoneId ZoneId { get; init; }
    public Guid ApplicationId { get; init; }
    public Guid ProjectId { get; init; }
    public string ProjectCode { get; init; } = string.Empty;
    public string ProjectTitle { get; init; } = string.Empty;
    public Guid OrganisationId { get; init; }
    public int FundYear { get; init; }
    public string Grade { get; init; } = string.Empty;
    public Money Amount { get; init; }
    public Instrument Instrument { get; init; }
    public SupportStage Stage { get; init; }
    public int PolicyVersion { get; init; }
    public DateOnly ApprovedOn { get; init; }
    public string ApprovedBy { get; init; } = string.Empty;
    public AwardStatus Status { get; private set; } = AwardStatus.Active;
    public DateOnly? ClosedOn { get; private set; }
    public string? CloseReason { get; private set; }
    public List<Tranche> Tranches { get; private set; } = [];

    /// <summary>The award an approved application becomes, on the policy version and grade it was decided with.</summary>
    public static Award For(FundApplication app, string grade, Money amount, int policyVersion, DateOnly on, string by)
    {
        ArgumentNullException.ThrowIfNull(app);
        return new Award
        {
            ZoneId = app.ZoneId,
            ApplicationId = app.Id,
            ProjectId = app.ProjectId,
            ProjectCode = app.ProjectCode,
            ProjectTitle = app.ProjectTitle,
            OrganisationId = app.OrganisationId,
            FundYear = app.FundYear,
            Grade = grade,
            Amount = amount,
            Instrument = app.Instrument,
            Stage = app.Stage,
            PolicyVersion = policyVersion,
            ApprovedOn = on,
            ApprovedBy = by,
        };
    }

    /// <summary>Checks a payment may be made now, before anything is recorded: the award is active and the date plausible.</summary>
    public void EnsurePayable(DateOnly paidOn, DateOnly today)
    {
        if (Status != AwardStatus.Active)
        {
            throw Refusal.Conflict("资助不在执行中，不能拨付。");
        }

        if (paidOn > today || paidOn < ApprovedOn)
        {
            throw Refusal.Invalid("paidOn", "拨付日期不能早于批准日期，也不能晚于今天。");
        }
    }

    /// <summary>
    /// 拨付: records the payment instruction's outcome; a successful one moves the tranche (and, with the last, the award)
    /// on. <paramref name="paidBefore"/> is what the tranche had been paid. Checks first, so a refusal changes nothing.
    /// </summary>
    public Payment Pay(Tranche tranche, string key, PaymentInput input, Money paidBefore, DateOnly today, string by, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(tranche);
        ArgumentNullException.ThrowIfNull(input);
        EnsurePayable(input.PaidOn, today);
        var payment = Payment.Of(this, tranche, key, input, by, at);
        if (payment.Status == PaymentStatus.Succeeded)
        {
            tranche.Paid(paidBefore + payment.Amount);
            if (Tranches.All(t => t.Status == TrancheStatus.Paid))
            {
                Status = AwardStatus.Completed;
                ClosedOn = input.PaidOn;
            }
        }

        return payment;
    }

    /// <summary>
    /// Closes an active award (撤销, or its 先投后股 instrument settled or written off): unpaid tranches are released. The
    /// ledger entry that releases the outstanding commitment is the caller's.
    /// </summary>
    public void Close(AwardStatus status, string reason, DateOnly on)
    {
        if (Status != AwardStatus.Active)
        {
            throw Refusal.Conflict(status == AwardStatus.Cancelled ? "只有执行中的资助可以撤销。" : "资助不在执行中。");
        }

        if (status is AwardStatus.Active or AwardStatus.Completed)
        {
            throw new ArgumentOutOfRangeException(nameof(status), status, "An award is closed as cancelled, settled or written off.");
        }

        foreach (var t in Tranches.Where(t => t.Status is TrancheStatus.Pending or TrancheStatus.PartiallyPaid))
        {
            t.Release();
        }

        Status = status;
        ClosedOn = on;
        CloseReason = reason;
    }

    /// <summary>核销 of an award already closed (completed or settled): its 先投后股 principal is written off.</summary>
    public void MarkWrittenOff() => Status = AwardStatus.WrittenOff;
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
    public Guid AwardId { get; init; }
    public int Number { get; init; }
    public string Label { get; init; } = string.Empty;
    public decimal Share { get; init; }
    public Money Amount { get; init; }
    /// <summary>The relay milestone whose acceptance releases this tranche; null for the signing tranche.</summary>
    public Guid? MilestoneId { get; private set; }
    public string? MilestoneTitle { get; private set; }
    public TrancheStatus Status { get; private set; } = TrancheStatus.Pending;

    public static Tranche Of(Award award, int number, string label, decimal share, Money amount, RelayMilestone? milestone)
    {
        ArgumentNullException.ThrowIfNull(award);
        return new Tranche
        {
            ZoneId = award.ZoneId,
            AwardId = award.Id,
            Number = number,
            Label = label,
            Share = share,
            Amount = amount,
            MilestoneId = milestone?.Id,
            MilestoneTitle = milestone?.Title,
        };
    }

    /// <summary>Only a later tranche not yet paid may be linked to another milestone.</summary>
    public void EnsureMilestoneMayChange()
    {
        if (Number == 1 || Status != TrancheStatus.Pending)
        {
            throw Refusal.Conflict("签约分期无需里程碑；已拨付的分期不能改挂里程碑。");
        }
    }

    public void LinkMilestone(RelayMilestone milestone)
    {
        ArgumentNullException.ThrowIfNull(milestone);
        EnsureMilestoneMayChange();
        MilestoneId = milestone.Id;
        MilestoneTitle = milestone.Title;
    }

    /// <summary>What it has been paid in all, this payment included.</summary>
    internal void Paid(Money totalPaid) => Status = totalPaid >= Amount ? TrancheStatus.Paid : TrancheStatus.PartiallyPaid;

    internal void Release() => Status = TrancheStatus.Released;
}

public enum PaymentStatus
{
    /// <summary>成功</summary>
    Succeeded = 1,
    /// <summary>失败（银行退回等，资金未动）</summary>
    Failed = 2,
}

/// <summary>A payment instruction's outcome (拨付记录), recorded once and never changed. The idempotency key makes a double submit pay once.</summary>
public sealed class Payment : IZoneScoped
{
    public Guid Id { get; init; } = Guid.CreateVersion7();
    public ZoneId ZoneId { get; init; }
    public Guid AwardId { get; init; }
    public Guid TrancheId { get; init; }
    public int TrancheNumber { get; init; }
    public string IdempotencyKey { get; init; } = string.Empty;
    public Money Amount { get; init; }
    public DateOnly PaidOn { get; init; }
    public string Reference { get; init; } = string.Empty;
    public PaymentStatus Status { get; init; }
    public string? FailureReason { get; init; }
    public string RecordedBy { get; init; } = string.Empty;
    public DateTimeOffset RecordedAt { get; init; }

    internal static Payment Of(Award award, Tranche tranche, string key, PaymentInput input, string by, DateTimeOffset at) => new()
    {
        ZoneId = award.ZoneId,
        AwardId = award.Id,
        TrancheId = tranche.Id,
        TrancheNumber = tranche.Number,
        IdempotencyKey = key,
        Amount = Money.Of(input.Amount),
        PaidOn = input.PaidOn,
        Reference = input.Reference.Trim(),
        Status = input.Succeeded ? PaymentStatus.Succeeded : PaymentStatus.Failed,
        FailureReason = input.Succeeded ? null : input.FailureReason ?? "未说明",
        RecordedBy = by,
        RecordedAt = at,
    };
}
