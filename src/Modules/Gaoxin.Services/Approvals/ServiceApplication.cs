using Gaoxin.Kernel.Zones;

namespace Gaoxin.Services.Approvals;

/// <summary>Where an application stands as a whole.</summary>
public enum ApplicationStatus
{
    /// <summary>办理中: at least one item is still with a department or the applicant.</summary>
    Open = 1,
    /// <summary>已办结: every item decided.</summary>
    Closed = 2,
    /// <summary>已撤回</summary>
    Withdrawn = 3,
}

/// <summary>
/// An enterprise's application (办件) covering one or more catalogue items: one form whose shared fields are entered
/// once, each item reviewed in parallel by its department (一表申请、并联审批).
/// </summary>
public sealed class ServiceApplication : IZoneScoped
{
    private ServiceApplication()
    {
        Number = Title = FieldValues = SubmittedBy = string.Empty;
    }

    public ServiceApplication(ZoneId zoneId, string number, Guid applicantId, string title, string fieldValues, string submittedBy, DateTimeOffset submittedAt)
    {
        ZoneId = zoneId;
        Number = number;
        ApplicantId = applicantId;
        Title = title;
        FieldValues = fieldValues;
        SubmittedBy = submittedBy;
        SubmittedAt = submittedAt;
        Status = ApplicationStatus.Open;
    }

    public Guid Id { get; private set; } = Guid.CreateVersion7();

    public ZoneId ZoneId { get; private set; }

    /// <summary>办件编号, unique in the zone ("SQ2026-000123").</summary>
    public string Number { get; private set; }

    /// <summary>The applying organisation (an enterprise of the zone).</summary>
    public Guid ApplicantId { get; private set; }

    public string Title { get; private set; }

    /// <summary>The form's values as a JSON object keyed by field key: entered once for all items.</summary>
    public string FieldValues { get; set; }

    public string SubmittedBy { get; private set; }

    public DateTimeOffset SubmittedAt { get; private set; }

    public ApplicationStatus Status { get; private set; }

    public DateTimeOffset? ClosedAt { get; private set; }

    public int Version { get; private set; }

    public void Close(DateTimeOffset at)
    {
        Status = ApplicationStatus.Closed;
        ClosedAt = at;
        Version++;
    }

    public void Withdraw(DateTimeOffset at)
    {
        Status = ApplicationStatus.Withdrawn;
        ClosedAt = at;
        Version++;
    }
}
