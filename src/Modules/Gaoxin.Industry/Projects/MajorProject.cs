using Gaoxin.Kernel.Zones;

namespace Gaoxin.Industry.Projects;

/// <summary>A major project (重大项目): investment, land, dates, capacity and revenue expected, milestones, and promise against outcome per year.</summary>
internal sealed class MajorProject : IZoneScoped
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public ZoneId ZoneId { get; set; }

    public required string Name { get; set; }

    /// <summary>The investing enterprise in the registry, when it is registered.</summary>
    public Guid? EnterpriseId { get; set; }

    public string? Company { get; set; }

    public Guid? NodeId { get; set; }

    /// <summary>总投资 (CNY).</summary>
    public decimal Investment { get; set; }

    /// <summary>占地/建筑面积 (m²).</summary>
    public decimal? Area { get; set; }

    public DateOnly? SignedOn { get; set; }

    public DateOnly StartOn { get; set; }

    public DateOnly PlannedCompletionOn { get; set; }

    public DateOnly? CompletedOn { get; set; }

    /// <summary>设计产能, in words (e.g. "职业教育类机器人约 3000 台（套）/年").</summary>
    public string? Capacity { get; set; }

    /// <summary>达产后年销售收入 (CNY).</summary>
    public decimal? ExpectedAnnualRevenue { get; set; }

    public List<ProjectMilestone> Milestones { get; set; } = [];

    public List<ProjectYear> Years { get; set; } = [];
}

internal sealed class ProjectMilestone : IZoneScoped
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public ZoneId ZoneId { get; set; }

    public Guid ProjectId { get; set; }

    public required string Title { get; set; }

    public DateOnly Due { get; set; }

    public DateOnly? DoneOn { get; set; }
}

/// <summary>What was promised for a year (at signing) and what happened (投资、产值/营收).</summary>
internal sealed class ProjectYear : IZoneScoped
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public ZoneId ZoneId { get; set; }

    public Guid ProjectId { get; set; }

    public int Year { get; set; }

    public decimal PromisedInvestment { get; set; }

    public decimal? ActualInvestment { get; set; }

    public decimal PromisedRevenue { get; set; }

    public decimal? ActualRevenue { get; set; }
}
