using Gaoxin.Contracts.TechTransfer;
using Gaoxin.Kernel.Rules;
using Gaoxin.Kernel.Zones;

namespace Gaoxin.TechTransfer.Plans;

/// <summary>The pilot base's two areas (中试基地 A 区 operating, B 区 being built).</summary>
public enum PilotFacility
{
    /// <summary>中试基地 A 区</summary>
    BaseA = 1,
    /// <summary>中试基地 B 区</summary>
    BaseB = 2,
}

/// <summary>A project's pilot plan (中试方案): objectives, facility, budget; milestones hang off the project.</summary>
internal sealed class PilotPlan : IZoneScoped
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public ZoneId ZoneId { get; set; }

    public Guid ProjectId { get; set; }

    public required string Objectives { get; set; }

    public PilotFacility Facility { get; set; }

    public decimal Budget { get; set; }
}

/// <summary>A project's industrialization plan (产业化方案), made at the same time as the pilot plan (同步规划).</summary>
internal sealed class IndustrializationPlan : IZoneScoped
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public ZoneId ZoneId { get; set; }

    public Guid ProjectId { get; set; }

    public required string Company { get; set; }

    public required string Capacity { get; set; }

    public decimal TargetSales { get; set; }

    public decimal TargetOutput { get; set; }
}

/// <summary>
/// A plan milestone: due date and acceptance criteria; evidence submitted (Open or SentBack → Submitted), then accepted
/// (final) or sent back with a note by the operator. Its state only moves through <see cref="SubmitEvidence"/> and <see cref="Decide"/>.
/// </summary>
internal sealed class Milestone : IZoneScoped
{
    // For EF Core, which sets the properties itself.
    private Milestone()
    {
        Title = null!;
        AcceptanceCriteria = null!;
    }

    public Milestone(ZoneId zoneId, Guid projectId, PlanKind plan, string title, DateOnly due, string acceptanceCriteria)
    {
        ZoneId = zoneId;
        ProjectId = projectId;
        Plan = plan;
        Title = title;
        Due = due;
        AcceptanceCriteria = acceptanceCriteria;
    }

    public Guid Id { get; private set; } = Guid.CreateVersion7();

    public ZoneId ZoneId { get; private set; }

    public Guid ProjectId { get; private set; }

    public PlanKind Plan { get; private set; }

    public string Title { get; private set; }

    public DateOnly Due { get; private set; }

    public string AcceptanceCriteria { get; private set; }

    public MilestoneState State { get; private set; } = MilestoneState.Open;

    public string? Evidence { get; private set; }

    public string? DecisionNote { get; private set; }

    public DateOnly? AcceptedOn { get; private set; }

    /// <summary>The owner hands in (or hands in again) the evidence; an accepted milestone is final.</summary>
    public void SubmitEvidence(string evidence)
    {
        if (State == MilestoneState.Accepted)
        {
            throw Refusal.ByRule(RuleOutcome.Refuse("AcceptedMilestoneIsFinalRule", "该里程碑已验收，不能再提交材料。"));
        }

        Evidence = evidence.Trim();
        State = MilestoneState.Submitted;
    }

    /// <summary>The operator accepts submitted evidence, or sends it back saying why.</summary>
    public void Decide(bool accept, string? note, DateOnly today)
    {
        if (State != MilestoneState.Submitted)
        {
            throw Refusal.ByRule(RuleOutcome.Refuse("MilestoneNeedsEvidenceRule", "只有已提交材料的里程碑才能验收或退回。",
                new Dictionary<string, string> { ["state"] = State.ToString() }));
        }

        if (!accept && string.IsNullOrWhiteSpace(note))
        {
            throw Refusal.ByRule(RuleOutcome.Refuse("SendBackNeedsNoteRule", "退回里程碑须说明原因。"));
        }

        State = accept ? MilestoneState.Accepted : MilestoneState.SentBack;
        DecisionNote = note?.Trim();
        AcceptedOn = accept ? today : null;
    }
}
