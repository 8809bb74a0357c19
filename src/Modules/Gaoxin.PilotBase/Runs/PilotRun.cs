using Gaoxin.Kernel.Rules;
using Gaoxin.Kernel.Zones;

namespace Gaoxin.PilotBase.Runs;

/// <summary>What a run proved.</summary>
public enum RunOutcome
{
    /// <summary>通过</summary>
    Passed = 1,
    /// <summary>未通过</summary>
    Failed = 2,
}

/// <summary>A run record's state: recorded by the base, then accepted (final) or returned by the operator.</summary>
public enum RunStatus
{
    /// <summary>已记录</summary>
    Recorded = 1,
    /// <summary>已确认</summary>
    Accepted = 2,
    /// <summary>已退回</summary>
    Returned = 3,
}

/// <summary>
/// A pilot run (中试批次) at the base: which project, on which resources, the batch, inputs, key parameters against the
/// targets of the project's pilot milestone, the yield and the verdict. An accepted run is what the relay's "with pilot"
/// cohort is derived from, and it can satisfy the project's pilot milestone.
/// </summary>
public sealed class PilotRun : IZoneScoped
{
    private PilotRun()
    {
        BatchCode = Inputs = Summary = RecordedBy = ProjectCode = ProjectTitle = string.Empty;
    }

    public PilotRun(ZoneId zoneId, Guid projectId, string projectCode, string projectTitle, Guid leadOrganisationId, Guid? organisationId, Guid? milestoneId, string batchCode, DateOnly startedOn, DateOnly endedOn, string inputs,
        decimal? yieldPercent, RunOutcome outcome, string summary, string recordedBy, DateTimeOffset recordedAt)
    {
        ZoneId = zoneId;
        ProjectId = projectId;
        ProjectCode = projectCode;
        ProjectTitle = projectTitle;
        LeadOrganisationId = leadOrganisationId;
        OrganisationId = organisationId;
        MilestoneId = milestoneId;
        BatchCode = batchCode;
        StartedOn = startedOn;
        EndedOn = endedOn;
        Inputs = inputs;
        YieldPercent = yieldPercent;
        Outcome = outcome;
        Summary = summary;
        RecordedBy = recordedBy;
        RecordedAt = recordedAt;
        Status = RunStatus.Recorded;
    }

    public Guid Id { get; private set; } = Guid.CreateVersion7();

    public ZoneId ZoneId { get; private set; }

    /// <summary>The relay project (接力项目) the run belongs to.</summary>
    public Guid ProjectId { get; private set; }

    /// <summary>The project's code and title as they were when the run was recorded (a copy for lists; the relay owns them).</summary>
    public string ProjectCode { get; private set; }

    public string ProjectTitle { get; private set; }

    /// <summary>The project's company organisation when it has one: its users see the run.</summary>
    public Guid? OrganisationId { get; private set; }

    /// <summary>The project's lead organisation (the university or institute): its users see the run too.</summary>
    public Guid LeadOrganisationId { get; private set; }

    /// <summary>The pilot-plan milestone this run is evidence for, if any.</summary>
    public Guid? MilestoneId { get; private set; }

    public string BatchCode { get; private set; }

    public DateOnly StartedOn { get; private set; }

    public DateOnly EndedOn { get; private set; }

    /// <summary>Materials and inputs (投入物料).</summary>
    public string Inputs { get; private set; }

    /// <summary>Yield in percent (良率), 0–100.</summary>
    public decimal? YieldPercent { get; private set; }

    public RunOutcome Outcome { get; private set; }

    public string Summary { get; private set; }

    public RunStatus Status { get; private set; }

    public string RecordedBy { get; private set; }

    public DateTimeOffset RecordedAt { get; private set; }

    public string? DecidedBy { get; private set; }

    public DateTimeOffset? DecidedAt { get; private set; }

    public string? DecisionNote { get; private set; }

    public int Version { get; private set; }

    /// <summary>The operator accepts the record (final): from here the relay counts it.</summary>
    public void Accept(string by, DateTimeOffset at, string? note) => Decide(RunStatus.Accepted, by, at, note);

    /// <summary>The operator returns the record, saying why; a returned run never counts.</summary>
    public void Return(string by, DateTimeOffset at, string? reason)
    {
        if (new ReturnNeedsReasonRule().Check(reason) is { Passed: false } refused)
        {
            throw Refusal.ByRule(refused);
        }

        Decide(RunStatus.Returned, by, at, reason!.Trim());
    }

    private void Decide(RunStatus status, string by, DateTimeOffset at, string? note)
    {
        if (new OnlyRecordedRunsAreDecidedRule().Check(Status) is { Passed: false } refused)
        {
            throw Refusal.ByRule(refused);
        }

        Status = status;
        DecidedBy = by;
        DecidedAt = at;
        DecisionNote = string.IsNullOrWhiteSpace(note) ? null : note.Trim();
        Version++;
    }
}

/// <summary>A key parameter of a run (关键参数): its target range from the pilot plan and the value measured.</summary>
public sealed class RunMeasurement : IZoneScoped
{
    private RunMeasurement()
    {
        Name = string.Empty;
    }

    public RunMeasurement(ZoneId zoneId, Guid runId, string name, string? unit, decimal? targetMin, decimal? targetMax, decimal actual)
    {
        ZoneId = zoneId;
        RunId = runId;
        Name = name;
        Unit = unit;
        TargetMin = targetMin;
        TargetMax = targetMax;
        Actual = actual;
    }

    public Guid Id { get; private set; } = Guid.CreateVersion7();

    public ZoneId ZoneId { get; private set; }

    public Guid RunId { get; private set; }

    public string Name { get; private set; }

    public string? Unit { get; private set; }

    public decimal? TargetMin { get; private set; }

    public decimal? TargetMax { get; private set; }

    public decimal Actual { get; private set; }

    /// <summary>Whether the value measured meets its target range, both ends included (<see cref="WithinTargetRule"/>).</summary>
    public bool Met => new WithinTargetRule().Check(new MeasuredValue(Name, TargetMin, TargetMax, Actual)).Passed;
}

/// <summary>A resource a run used, and the booking that held it, if any.</summary>
public sealed class RunResource : IZoneScoped
{
    private RunResource()
    {
    }

    public RunResource(ZoneId zoneId, Guid runId, Guid resourceId, Guid? bookingId)
    {
        ZoneId = zoneId;
        RunId = runId;
        ResourceId = resourceId;
        BookingId = bookingId;
    }

    public ZoneId ZoneId { get; private set; }

    public Guid RunId { get; private set; }

    public Guid ResourceId { get; private set; }

    public Guid? BookingId { get; private set; }
}

/// <summary>A report file of a run (检测报告/中试报告), stored in the database with its hash.</summary>
public sealed class RunReport : IZoneScoped
{
    private RunReport()
    {
        FileName = ContentType = Sha256 = string.Empty;
        Content = [];
    }

    public RunReport(ZoneId zoneId, Guid runId, string fileName, string contentType, byte[] content, string sha256)
    {
        ZoneId = zoneId;
        RunId = runId;
        FileName = fileName;
        ContentType = contentType;
        Content = content;
        Sha256 = sha256;
    }

    public Guid Id { get; private set; } = Guid.CreateVersion7();

    public ZoneId ZoneId { get; private set; }

    public Guid RunId { get; private set; }

    public string FileName { get; private set; }

    public string ContentType { get; private set; }

    public byte[] Content { get; private set; }

    public string Sha256 { get; private set; }
}
