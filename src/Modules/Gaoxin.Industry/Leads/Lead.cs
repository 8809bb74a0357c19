using Gaoxin.Kernel.Zones;

namespace Gaoxin.Industry.Leads;

/// <summary>招商线索 pipeline stages, in order.</summary>
public enum LeadStage
{
    /// <summary>线索</summary>
    Lead = 1,
    /// <summary>已接洽</summary>
    Contacted = 2,
    /// <summary>已考察</summary>
    Visited = 3,
    /// <summary>洽谈中</summary>
    Negotiating = 4,
    /// <summary>已签约</summary>
    SignedDeal = 5,
    /// <summary>在建</summary>
    UnderConstruction = 6,
    /// <summary>已投产</summary>
    Producing = 7,
}

/// <summary>An investment lead (招商线索) aimed at a chain node, usually a gap.</summary>
internal sealed class Lead : IZoneScoped
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public ZoneId ZoneId { get; set; }

    public Guid NodeId { get; set; }

    public required string Company { get; set; }

    /// <summary>Where the company is now (所在地).</summary>
    public string? Location { get; set; }

    public decimal? ExpectedInvestment { get; set; }

    public LeadStage Stage { get; set; } = LeadStage.Lead;

    /// <summary>责任人.</summary>
    public required string Owner { get; set; }

    public string? NextStep { get; set; }

    public DateOnly? NextStepOn { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>When the last step was recorded; a lead is stale when this is too long ago.</summary>
    public DateTimeOffset LastStepAt { get; set; }

    public List<LeadStep> Steps { get; set; } = [];
}

/// <summary>One recorded step of a lead: a visit, a call, a stage change (with the reason when it went backwards).</summary>
internal sealed class LeadStep : IZoneScoped
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public ZoneId ZoneId { get; set; }

    public Guid LeadId { get; set; }

    public DateTimeOffset At { get; set; }

    public LeadStage From { get; set; }

    public LeadStage To { get; set; }

    public required string Note { get; set; }

    public string? Reason { get; set; }

    public required string By { get; set; }
}
