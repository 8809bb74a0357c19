using Gaoxin.Contracts.TechTransfer;
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

/// <summary>A plan milestone: due date and acceptance criteria; evidence submitted, then accepted or sent back by the operator.</summary>
internal sealed class Milestone : IZoneScoped
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public ZoneId ZoneId { get; set; }

    public Guid ProjectId { get; set; }

    public PlanKind Plan { get; set; }

    public required string Title { get; set; }

    public DateOnly Due { get; set; }

    public required string AcceptanceCriteria { get; set; }

    public MilestoneState State { get; set; } = MilestoneState.Open;

    public string? Evidence { get; set; }

    public string? DecisionNote { get; set; }

    public DateOnly? AcceptedOn { get; set; }
}
