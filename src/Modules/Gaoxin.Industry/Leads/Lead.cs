using Gaoxin.Kernel.Rules;
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

/// <summary>
/// An investment lead (招商线索) aimed at a chain node, usually a gap. Its stage moves only through <see cref="Step"/>, which
/// records the step and refuses going back without a reason (<see cref="LeadBackwardsNeedsReasonRule"/>).
/// </summary>
internal sealed class Lead : IZoneScoped
{
    private static readonly LeadBackwardsNeedsReasonRule Backwards = new();

    private Lead()
    {
    }

    public Guid Id { get; private set; } = Guid.CreateVersion7();

    public ZoneId ZoneId { get; private set; }

    public Guid NodeId { get; private set; }

    public string Company { get; private set; } = null!;

    /// <summary>Where the company is now (所在地).</summary>
    public string? Location { get; private set; }

    public decimal? ExpectedInvestment { get; private set; }

    public LeadStage Stage { get; private set; } = LeadStage.Lead;

    /// <summary>责任人.</summary>
    public string Owner { get; private set; } = null!;

    public string? NextStep { get; private set; }

    public DateOnly? NextStepOn { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    /// <summary>When the last step was recorded; a lead is stale when this is too long ago.</summary>
    public DateTimeOffset LastStepAt { get; private set; }

    public List<LeadStep> Steps { get; private set; } = [];

    /// <summary>A new lead at stage 线索, with its first step (登记线索) recorded at <paramref name="at"/>.</summary>
    public static Lead Register(ZoneId zone, Guid nodeId, string company, string? location, decimal? expectedInvestment, string owner, string? nextStep,
        DateOnly? nextStepOn, DateTimeOffset at, string by)
    {
        var lead = new Lead
        {
            ZoneId = zone, NodeId = nodeId, Company = company.Trim(), Location = location, ExpectedInvestment = expectedInvestment, Owner = owner.Trim(),
            NextStep = nextStep, NextStepOn = nextStepOn, CreatedAt = at, LastStepAt = at,
        };
        lead.Steps.Add(new LeadStep(lead, at, LeadStage.Lead, LeadStage.Lead, "登记线索", null, by));
        return lead;
    }

    /// <summary>Records a step (a call, a visit, a stage change); going back a stage needs a reason.</summary>
    public void Step(LeadStage to, string note, string? reason, string? nextStep, DateOnly? nextStepOn, DateTimeOffset at, string by)
    {
        if (!Enum.IsDefined(to))
        {
            throw Refusal.Invalid("stage", "阶段无效。");
        }

        Refusal.ThrowIfAnyFailed([Backwards.Check(new LeadMove(Stage, to, reason))]);
        Steps.Add(new LeadStep(this, at, Stage, to, note.Trim(), reason, by));
        Stage = to;
        LastStepAt = at;
        NextStep = nextStep;
        NextStepOn = nextStepOn;
    }
}

/// <summary>One recorded step of a lead: a visit, a call, a stage change (with the reason when it went backwards).</summary>
internal sealed class LeadStep : IZoneScoped
{
    private LeadStep()
    {
    }

    internal LeadStep(Lead lead, DateTimeOffset at, LeadStage from, LeadStage to, string note, string? reason, string by)
    {
        ZoneId = lead.ZoneId;
        LeadId = lead.Id;
        At = at;
        From = from;
        To = to;
        Note = note;
        Reason = reason;
        By = by;
    }

    public Guid Id { get; private set; } = Guid.CreateVersion7();

    public ZoneId ZoneId { get; private set; }

    public Guid LeadId { get; private set; }

    public DateTimeOffset At { get; private set; }

    public LeadStage From { get; private set; }

    public LeadStage To { get; private set; }

    public string Note { get; private set; } = null!;

    public string? Reason { get; private set; }

    public string By { get; private set; } = null!;
}
