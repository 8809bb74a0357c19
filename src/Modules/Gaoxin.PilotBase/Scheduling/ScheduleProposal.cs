using Gaoxin.Kernel.Zones;
using Gaoxin.PilotBase.Bookings;

namespace Gaoxin.PilotBase.Scheduling;

/// <summary>A proposal's state: open until the operator accepts it into bookings (once).</summary>
public enum ProposalStatus
{
    /// <summary>待采纳</summary>
    Open = 1,
    /// <summary>已采纳</summary>
    Accepted = 2,
}

/// <summary>
/// A schedule the helper proposed (排程方案), kept on the server so that accepting it books exactly the times the solver chose,
/// never times a client sends back.
/// </summary>
public sealed class ScheduleProposal : IZoneScoped
{
    private ScheduleProposal()
    {
        CreatedBy = string.Empty;
    }

    public ScheduleProposal(ZoneId zoneId, string createdBy, DateTimeOffset createdAt, bool hardDeadlines, bool optimal, long totalLatenessMinutes, double solveSeconds)
    {
        ZoneId = zoneId;
        CreatedBy = createdBy;
        CreatedAt = createdAt;
        HardDeadlines = hardDeadlines;
        Optimal = optimal;
        TotalLatenessMinutes = totalLatenessMinutes;
        SolveSeconds = solveSeconds;
        Status = ProposalStatus.Open;
    }

    public Guid Id { get; private set; } = Guid.CreateVersion7();

    public ZoneId ZoneId { get; private set; }

    public string CreatedBy { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public bool HardDeadlines { get; private set; }

    /// <summary>False when the solver's time limit stopped it with a schedule not proven best.</summary>
    public bool Optimal { get; private set; }

    public long TotalLatenessMinutes { get; private set; }

    public double SolveSeconds { get; private set; }

    public ProposalStatus Status { get; private set; }

    public string? AcceptedBy { get; private set; }

    public DateTimeOffset? AcceptedAt { get; private set; }

    public int Version { get; private set; }

    public void Accept(string by, DateTimeOffset at)
    {
        if (Status != ProposalStatus.Open)
        {
            throw Gaoxin.Kernel.Rules.Refusal.Conflict("该排程方案已采纳，不能重复采纳。");
        }

        Status = ProposalStatus.Accepted;
        AcceptedBy = by;
        AcceptedAt = at;
        Version++;
    }
}

/// <summary>One run of a proposal: where and when the solver placed it, and for whom (copied to the booking on acceptance).</summary>
public sealed class ProposalItem : IZoneScoped
{
    private ProposalItem()
    {
        Key = Title = string.Empty;
    }

    public ProposalItem(ZoneId zoneId, Guid proposalId, int order, string key, string title, Guid resourceId, DateTimeOffset startsAt, DateTimeOffset endsAt,
        DateTimeOffset deadline, int latenessMinutes, CustomerKind customer)
    {
        ZoneId = zoneId;
        ProposalId = proposalId;
        Order = order;
        Key = key;
        Title = title;
        ResourceId = resourceId;
        StartsAt = startsAt.ToUniversalTime();
        EndsAt = endsAt.ToUniversalTime();
        Deadline = deadline.ToUniversalTime();
        LatenessMinutes = latenessMinutes;
        Customer = customer;
    }

    public Guid Id { get; private set; } = Guid.CreateVersion7();

    public ZoneId ZoneId { get; private set; }

    public Guid ProposalId { get; private set; }

    public int Order { get; private set; }

    public string Key { get; private set; }

    public string Title { get; private set; }

    public Guid ResourceId { get; private set; }

    public DateTimeOffset StartsAt { get; private set; }

    public DateTimeOffset EndsAt { get; private set; }

    public DateTimeOffset Deadline { get; private set; }

    public int LatenessMinutes { get; private set; }

    public CustomerKind Customer { get; private set; }

    public Guid? OrganisationId { get; set; }

    public Guid? ProjectId { get; set; }

    public Guid? ServiceId { get; set; }

    public string? CustomerName { get; set; }

    public decimal Price { get; set; }
}
