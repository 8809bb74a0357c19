using Gaoxin.Kernel.Rules;
using Gaoxin.Kernel.Zones;

namespace Gaoxin.Industry.Projects;

/// <summary>
/// A major project (重大项目): investment, land, dates, capacity and revenue expected, milestones, and promise against outcome
/// per year. Milestones drive progress: a project is complete when its milestones are all done and the last one done is
/// the completion (建成); the completion date is never set directly.
/// </summary>
internal sealed class MajorProject : IZoneScoped
{
    private MajorProject()
    {
    }

    public Guid Id { get; private set; } = Guid.CreateVersion7();

    public ZoneId ZoneId { get; private set; }

    public string Name { get; private set; } = null!;

    /// <summary>The investing enterprise in the registry, when it is registered.</summary>
    public Guid? EnterpriseId { get; private set; }

    public string? Company { get; private set; }

    public Guid? NodeId { get; private set; }

    /// <summary>总投资 (CNY).</summary>
    public decimal Investment { get; private set; }

    /// <summary>占地/建筑面积 (m²).</summary>
    public decimal? Area { get; private set; }

    public DateOnly? SignedOn { get; private set; }

    public DateOnly StartOn { get; private set; }

    public DateOnly PlannedCompletionOn { get; private set; }

    public DateOnly? CompletedOn { get; private set; }

    /// <summary>设计产能, in words (e.g. "职业教育类机器人约 3000 台（套）/年").</summary>
    public string? Capacity { get; private set; }

    /// <summary>达产后年销售收入 (CNY).</summary>
    public decimal? ExpectedAnnualRevenue { get; private set; }

    public List<ProjectMilestone> Milestones { get; private set; } = [];

    public List<ProjectYear> Years { get; private set; } = [];

    /// <summary>Bumped by every revision of the project's own fields, so an edit made from a stale form is refused.</summary>
    public int Version { get; private set; }

    /// <summary>A new project; the planned completion may not come before the start.</summary>
    public static MajorProject Register(ZoneId zone, string name, string? company, Guid? enterpriseId, decimal investment, decimal? area, DateOnly? signedOn,
        DateOnly startOn, DateOnly plannedCompletionOn, string? capacity, decimal? expectedAnnualRevenue)
    {
        var project = new MajorProject { ZoneId = zone };
        project.Set(name, company, enterpriseId, investment, area, signedOn, startOn, plannedCompletionOn, capacity, expectedAnnualRevenue);
        return project;
    }

    /// <summary>Corrects the project's own fields; milestones and yearly figures keep their own entries.</summary>
    public void Revise(string name, string? company, Guid? enterpriseId, decimal investment, decimal? area, DateOnly? signedOn, DateOnly startOn,
        DateOnly plannedCompletionOn, string? capacity, decimal? expectedAnnualRevenue)
    {
        Set(name, company, enterpriseId, investment, area, signedOn, startOn, plannedCompletionOn, capacity, expectedAnnualRevenue);
        Version++;
    }

    private void Set(string name, string? company, Guid? enterpriseId, decimal investment, decimal? area, DateOnly? signedOn, DateOnly startOn,
        DateOnly plannedCompletionOn, string? capacity, decimal? expectedAnnualRevenue)
    {
        if (plannedCompletionOn < startOn)
        {
            throw Refusal.Invalid("plannedCompletionOn", "计划建成日期不能早于开工日期。");
        }

        Name = name.Trim();
        Company = string.IsNullOrWhiteSpace(company) ? null : company.Trim();
        EnterpriseId = enterpriseId;
        Investment = investment;
        Area = area;
        SignedOn = signedOn;
        StartOn = startOn;
        PlannedCompletionOn = plannedCompletionOn;
        Capacity = string.IsNullOrWhiteSpace(capacity) ? null : capacity.Trim();
        ExpectedAnnualRevenue = expectedAnnualRevenue;
    }

    /// <summary>Share of milestones done (1 once complete).</summary>
    public decimal Progress =>
        CompletedOn is not null ? 1m : Milestones.Count == 0 ? 0m : decimal.Round((decimal)Milestones.Count(m => m.DoneOn is not null) / Milestones.Count, 4);

    public ProjectStatus StatusOn(DateOnly today) =>
        CompletedOn is not null ? ProjectStatus.Completed
        : today < StartOn ? ProjectStatus.NotStarted
        : Milestones.Any(m => m.DoneOn is null && m.Due < today) ? ProjectStatus.Lagging
        : ProjectStatus.UnderWay;

    /// <summary>Adds a milestone, possibly already done (never in the future); adding does not complete the project.</summary>
    public ProjectMilestone AddMilestone(string title, DateOnly due, DateOnly? doneOn, DateOnly today)
    {
        if (doneOn > today)
        {
            throw Refusal.Invalid("doneOn", "完成日期不能晚于今天。");
        }

        var milestone = new ProjectMilestone(this, title.Trim(), due, doneOn);
        Milestones.Add(milestone);
        return milestone;
    }

    /// <summary>Marks a milestone done (today when no date is given); the project is complete when that was its last open 建成 milestone.</summary>
    public void CompleteMilestone(Guid milestoneId, DateOnly? doneOn, DateOnly today)
    {
        var milestone = Milestones.FirstOrDefault(m => m.Id == milestoneId) ?? throw Refusal.NotFound("里程碑");
        if (doneOn > today)
        {
            throw Refusal.Invalid("doneOn", "完成日期不能晚于今天。");
        }

        milestone.MarkDone(doneOn ?? today);
        if (Milestones.All(m => m.DoneOn is not null) && CompletedOn is null && milestone.Title.Contains("建成", StringComparison.Ordinal))
        {
            CompletedOn = milestone.DoneOn;
        }
    }

    /// <summary>Records what was promised for a year and what happened; actual figures only for years that have begun.</summary>
    public ProjectYear RecordYear(int year, decimal promisedInvestment, decimal? actualInvestment, decimal promisedRevenue, decimal? actualRevenue, DateOnly today)
    {
        if (year < 2000 || year > 2100)
        {
            throw Refusal.Invalid("year", "年份应在 2000–2100 之间。");
        }

        if (year > today.Year && (actualInvestment is not null || actualRevenue is not null))
        {
            throw Refusal.Invalid("actualRevenue", $"{year} 年尚未到来，不能填写实际数。");
        }

        var row = Years.FirstOrDefault(y => y.Year == year);
        if (row is null)
        {
            row = new ProjectYear { ZoneId = ZoneId, ProjectId = Id, Year = year };
            Years.Add(row);
        }

        row.PromisedInvestment = promisedInvestment;
        row.ActualInvestment = actualInvestment;
        row.PromisedRevenue = promisedRevenue;
        row.ActualRevenue = actualRevenue;
        return row;
    }
}

/// <summary>Where a major project stands on a day.</summary>
public enum ProjectStatus
{
    /// <summary>未开工</summary>
    NotStarted = 1,
    /// <summary>在建</summary>
    UnderWay = 2,
    /// <summary>滞后: a milestone is past its date and not done.</summary>
    Lagging = 3,
    /// <summary>已建成</summary>
    Completed = 4,
}

internal sealed class ProjectMilestone : IZoneScoped
{
    private ProjectMilestone()
    {
    }

    internal ProjectMilestone(MajorProject project, string title, DateOnly due, DateOnly? doneOn)
    {
        ZoneId = project.ZoneId;
        ProjectId = project.Id;
        Title = title;
        Due = due;
        DoneOn = doneOn;
    }

    public Guid Id { get; private set; } = Guid.CreateVersion7();

    public ZoneId ZoneId { get; private set; }

    public Guid ProjectId { get; private set; }

    public string Title { get; private set; } = null!;

    public DateOnly Due { get; private set; }

    public DateOnly? DoneOn { get; private set; }

    internal void MarkDone(DateOnly on) => DoneOn = on;
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
