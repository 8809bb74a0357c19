using Gaoxin.Kernel.Rules;
using Gaoxin.Kernel.Zones;

namespace Gaoxin.Sample.Requests;

public enum RequestStatus
{
    Open,
    Approved,
}

/// <summary>A request with a life: opened, then approved once within the limit. Its state changes only through its methods.</summary>
public sealed class SampleRequest : IZoneScoped
{
    private SampleRequest()
    {
        Title = string.Empty;
    }

    public SampleRequest(ZoneId zoneId, string title, decimal amount)
    {
        Id = Guid.CreateVersion7();
        ZoneId = zoneId;
        Title = title;
        Amount = amount;
        Status = RequestStatus.Open;
    }

    public Guid Id { get; private set; }

    public ZoneId ZoneId { get; private set; }

    public string Title { get; private set; }

    public decimal Amount { get; private set; }

    public RequestStatus Status { get; private set; }

    public DateTimeOffset? ApprovedAt { get; private set; }

    /// <summary>Approves an open request whose amount is within <paramref name="limit"/>; refuses otherwise.</summary>
    public void Approve(decimal limit, DateTimeOffset now)
    {
        if (Status != RequestStatus.Open)
        {
            throw Refusal.Conflict("只能批准待审批的申请。");
        }

        var outcome = new WithinAmountLimitRule().Check(new AmountFacts(Amount, limit));
        if (!outcome.Passed)
        {
            throw Refusal.ByRule(outcome);
        }

        Status = RequestStatus.Approved;
        ApprovedAt = now;
    }
}
