using Gaoxin.Kernel.Rules;
using Gaoxin.Kernel.Zones;

namespace Gaoxin.Services.Relief;

/// <summary>What kind of difficulty an enterprise has (困难类别).</summary>
public enum DifficultyCategory
{
    /// <summary>融资</summary>
    Financing = 1,
    /// <summary>用地</summary>
    Land = 2,
    /// <summary>用工</summary>
    Labour = 3,
    /// <summary>供应链</summary>
    SupplyChain = 4,
    /// <summary>审批</summary>
    Approvals = 5,
    /// <summary>市场</summary>
    Market = 6,
}

/// <summary>Where a relief case stands.</summary>
public enum ReliefStatus
{
    /// <summary>已登记: reported, not yet assigned.</summary>
    Reported = 1,
    /// <summary>办理中: assigned to a department with a deadline.</summary>
    Assigned = 2,
    /// <summary>已办结: closed with the enterprise's rating.</summary>
    Closed = 3,
    /// <summary>待评价: the department proposed closing; the enterprise rates it.</summary>
    ClosureProposed = 4,
}

/// <summary>Who raised the case.</summary>
public enum ReliefSource
{
    /// <summary>企业反映</summary>
    Enterprise = 1,
    /// <summary>干部走访</summary>
    Officer = 2,
    /// <summary>监测预警</summary>
    EarlyWarning = 3,
}

/// <summary>
/// A difficulty taken up for an enterprise (精准纾困): reported, assigned to a department with a deadline, worked
/// (measures recorded), closed with the enterprise's satisfaction, and reopened when the enterprise is not satisfied.
/// </summary>
public sealed class ReliefCase : IZoneScoped
{
    private ReliefCase()
    {
        Number = Description = ReportedBy = string.Empty;
    }

    public ReliefCase(ZoneId zoneId, string number, Guid enterpriseId, DifficultyCategory category, string description, ReliefSource source, string reportedBy, DateTimeOffset reportedAt)
    {
        ZoneId = zoneId;
        Number = number;
        EnterpriseId = enterpriseId;
        Category = category;
        Description = description;
        Source = source;
        ReportedBy = reportedBy;
        ReportedAt = reportedAt;
        Status = ReliefStatus.Reported;
    }

    public Guid Id { get; private set; } = Guid.CreateVersion7();

    public ZoneId ZoneId { get; private set; }

    /// <summary>诉求编号, unique in the zone.</summary>
    public string Number { get; private set; }

    public Guid EnterpriseId { get; private set; }

    public DifficultyCategory Category { get; private set; }

    public string Description { get; private set; }

    public ReliefSource Source { get; private set; }

    public string ReportedBy { get; private set; }

    public DateTimeOffset ReportedAt { get; private set; }

    public ReliefStatus Status { get; private set; }

    public Guid? DepartmentId { get; private set; }

    public DateOnly? Deadline { get; private set; }

    public DateTimeOffset? ClosedAt { get; private set; }

    /// <summary>The enterprise's rating at the last closing, 1 (very dissatisfied) to 5 (very satisfied).</summary>
    public int? Satisfaction { get; private set; }

    public string? ClosingNote { get; private set; }

    public int Reopened { get; private set; }

    public int Version { get; private set; }

    /// <summary>The department's closing proposal (办结说明), waiting for the enterprise's rating.</summary>
    public DateTimeOffset? ClosureProposedAt { get; private set; }

    /// <summary>The case is past its deadline and not closed (逾期): the board flags it.</summary>
    public bool IsOverdueOn(DateOnly today) => Status != ReliefStatus.Closed && Deadline is { } d && d < today;

    /// <summary>Triage (分办): the case goes to a department with a deadline; a case still being worked may be passed to another.</summary>
    public void Assign(Guid departmentId, DateOnly deadline)
    {
        if (Status is ReliefStatus.Closed or ReliefStatus.ClosureProposed)
        {
            throw Refusal.Conflict("诉求已提出办结或已办结，不能再分办。");
        }

        DepartmentId = departmentId;
        Deadline = deadline;
        Status = ReliefStatus.Assigned;
        Version++;
    }

    /// <summary>The department says the difficulty is resolved (提出办结); the enterprise's rating decides.</summary>
    public void ProposeClosure(string note, DateTimeOffset at)
    {
        if (Status != ReliefStatus.Assigned)
        {
            throw Refusal.Conflict(Status == ReliefStatus.Reported ? "诉求尚未分办，不能提出办结。" : "诉求已提出办结或已办结。");
        }

        ClosingNote = note;
        ClosureProposedAt = at;
        Status = ReliefStatus.ClosureProposed;
        Version++;
    }

    /// <summary>
    /// The enterprise's rating (满意度评价) of the proposed closing: satisfied, the case closes; not satisfied
    /// (<see cref="ReopenWhenDissatisfiedRule"/>), it goes back to its department with <paramref name="newDeadline"/>.
    /// Returns whether it was reopened.
    /// </summary>
    public bool Rate(int satisfaction, DateTimeOffset at, DateOnly newDeadline)
    {
        if (Status != ReliefStatus.ClosureProposed)
        {
            throw Refusal.Conflict("诉求未提出办结，不能评价。");
        }

        if (satisfaction is < 1 or > 5)
        {
            throw Refusal.Invalid("satisfaction", "满意度为 1 至 5 分。");
        }

        Satisfaction = satisfaction;
        if (!new ReopenWhenDissatisfiedRule().Check(satisfaction).Passed)
        {
            Reopen(newDeadline);
            return true;
        }

        ClosedAt = at;
        Status = ReliefStatus.Closed;
        Version++;
        return false;
    }

    /// <summary>Kept for the demo's history; a rating goes through <see cref="Rate"/>.</summary>
    public void Close(int satisfaction, string? note, DateTimeOffset at)
    {
        Satisfaction = satisfaction;
        ClosingNote = note ?? ClosingNote;
        ClosedAt = at;
        Status = ReliefStatus.Closed;
        Version++;
    }

    /// <summary>The enterprise is not satisfied: the case goes back to its department.</summary>
    public void Reopen(DateOnly deadline)
    {
        Reopened++;
        Deadline = deadline;
        ClosedAt = null;
        ClosureProposedAt = null;
        Status = ReliefStatus.Assigned;
        Version++;
    }
}

/// <summary>What a line of a case's timeline records.</summary>
public enum ReliefStep
{
    /// <summary>帮扶措施</summary>
    Measure = 1,
    /// <summary>登记</summary>
    Reported = 2,
    /// <summary>分办</summary>
    Assigned = 3,
    /// <summary>提出办结</summary>
    ClosureProposed = 4,
    /// <summary>满意度评价（办结）</summary>
    Rated = 5,
    /// <summary>不满意重新办理</summary>
    Reopened = 6,
}

/// <summary>A measure taken on a case (帮扶措施), in the order they were taken.</summary>
public sealed class ReliefMeasure : IZoneScoped
{
    private ReliefMeasure()
    {
        Text = RecordedBy = string.Empty;
    }

    public ReliefMeasure(ZoneId zoneId, Guid caseId, string text, string recordedBy, DateTimeOffset recordedAt)
    {
        ZoneId = zoneId;
        CaseId = caseId;
        Text = text;
        RecordedBy = recordedBy;
        RecordedAt = recordedAt;
    }

    public Guid Id { get; private set; } = Guid.CreateVersion7();

    public ZoneId ZoneId { get; private set; }

    public Guid CaseId { get; private set; }

    public string Text { get; private set; }

    public string RecordedBy { get; private set; }

    public DateTimeOffset RecordedAt { get; private set; }

    /// <summary>A measure, or a step of the case's life shown on the same timeline.</summary>
    public ReliefStep Kind { get; init; } = ReliefStep.Measure;

    /// <summary>The rating given at this step (<see cref="ReliefStep.Rated"/>, <see cref="ReliefStep.Reopened"/>).</summary>
    public int? Satisfaction { get; init; }
}
