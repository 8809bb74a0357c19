using Gaoxin.Data.Http;
using System.ComponentModel.DataAnnotations;
using Gaoxin.Data;
using Gaoxin.Kernel.Access;
using Gaoxin.Kernel.Zones;
using Microsoft.EntityFrameworkCore;

namespace Gaoxin.Industry.Projects;

public sealed record ProjectInput(
    [property: Required(ErrorMessage = "请填写项目名称。"), StringLength(200, MinimumLength = 2, ErrorMessage = "项目名称应为 2–200 个字。")] string Name,
    [property: StringLength(200, ErrorMessage = "投资主体不超过 200 字。")] string? Company,
    Guid? EnterpriseId,
    [property: Range(0.01, 1e13, ErrorMessage = "总投资应大于 0（元）。")] decimal Investment,
    [property: Range(0, 1e9, ErrorMessage = "面积应为非负数（平方米）。")] decimal? Area,
    DateOnly? SignedOn,
    DateOnly StartOn,
    DateOnly PlannedCompletionOn,
    [property: StringLength(300, ErrorMessage = "产能说明不超过 300 字。")] string? Capacity,
    [property: Range(0, 1e13, ErrorMessage = "预计年销售收入应为非负数（元）。")] decimal? ExpectedAnnualRevenue);

public sealed record MilestoneInput(
    [property: Required(ErrorMessage = "请填写节点名称。"), StringLength(200, MinimumLength = 2, ErrorMessage = "节点名称应为 2–200 个字。")] string Title,
    DateOnly Due,
    DateOnly? DoneOn);

public sealed record ProjectYearInput(
    [property: Range(0, 1e13, ErrorMessage = "承诺投资应为非负数（元）。")] decimal PromisedInvestment,
    [property: Range(0, 1e13, ErrorMessage = "实际投资应为非负数（元）。")] decimal? ActualInvestment,
    [property: Range(0, 1e13, ErrorMessage = "承诺营收应为非负数（元）。")] decimal PromisedRevenue,
    [property: Range(0, 1e13, ErrorMessage = "实际营收应为非负数（元）。")] decimal? ActualRevenue);

public sealed record MilestoneView(Guid Id, string Title, DateOnly Due, DateOnly? DoneOn, bool Overdue);

/// <summary>Promise against outcome for a year; the gaps are actual − promised (null until the actual is known).</summary>
public sealed record ProjectYearView(int Year, decimal PromisedInvestment, decimal? ActualInvestment, decimal? InvestmentGap, decimal PromisedRevenue, decimal? ActualRevenue, decimal? RevenueGap);

public sealed record ProjectView(Guid Id, string Name, string? Company, Guid? EnterpriseId, decimal Investment, decimal? Area, DateOnly? SignedOn, DateOnly StartOn,
    DateOnly PlannedCompletionOn, DateOnly? CompletedOn, string? Capacity, decimal? ExpectedAnnualRevenue, decimal Progress, string Status,
    IReadOnlyList<MilestoneView> Milestones, IReadOnlyList<ProjectYearView> Years);

/// <summary>Major projects (重大项目): progress is the share of milestones done, so it follows from what was recorded.</summary>
internal sealed class ProjectBook(GaoxinDbContext db, TimeProvider clock)
{
    public async Task<IReadOnlyList<ProjectView>> ListAsync(Guid zoneId, CancellationToken ct)
    {
        var zone = new ZoneId(zoneId);
        var projects = await db.Set<MajorProject>().AsNoTracking().Include(p => p.Milestones).Include(p => p.Years).Where(p => p.ZoneId == zone)
            .OrderBy(p => p.StartOn).ThenBy(p => p.Name).ToListAsync(ct);
        var today = ZoneClock.Of(clock).Today;
        return projects.Select(p => View(p, today)).ToList();
    }

    public async Task<ProjectView?> GetAsync(Guid zoneId, Guid id, CancellationToken ct) =>
        (await ListAsync(zoneId, ct)).FirstOrDefault(p => p.Id == id);

    public static decimal Progress(MajorProject p) =>
        p.CompletedOn is not null ? 1m : p.Milestones.Count == 0 ? 0m : decimal.Round((decimal)p.Milestones.Count(m => m.DoneOn is not null) / p.Milestones.Count, 4);

    public static string Status(MajorProject p, DateOnly today) =>
        p.CompletedOn is not null ? "已建成" : today < p.StartOn ? "未开工" : p.Milestones.Any(m => m.DoneOn is null && m.Due < today) ? "滞后" : "在建";

    private static ProjectView View(MajorProject p, DateOnly today) => new(p.Id, p.Name, p.Company, p.EnterpriseId, p.Investment, p.Area, p.SignedOn, p.StartOn,
        p.PlannedCompletionOn, p.CompletedOn, p.Capacity, p.ExpectedAnnualRevenue, Progress(p), Status(p, today),
        p.Milestones.OrderBy(m => m.Due).Select(m => new MilestoneView(m.Id, m.Title, m.Due, m.DoneOn, m.DoneOn is null && m.Due < today)).ToList(),
        p.Years.OrderBy(y => y.Year).Select(y => new ProjectYearView(y.Year, y.PromisedInvestment, y.ActualInvestment, y.ActualInvestment - y.PromisedInvestment,
            y.PromisedRevenue, y.ActualRevenue, y.ActualRevenue - y.PromisedRevenue)).ToList());

    public async Task<ProjectView> CreateAsync(Actor actor, ProjectInput input, CancellationToken ct)
    {
        var zone = new ZoneId(actor.ZoneId);
        if (input.PlannedCompletionOn < input.StartOn)
        {
            throw new InputRefusedException("plannedCompletionOn", "计划建成日期不能早于开工日期。");
        }

        var name = input.Name.Trim();
        if (await db.Set<MajorProject>().AnyAsync(p => p.ZoneId == zone && p.Name == name, ct))
        {
            throw new InputRefusedException("name", $"项目“{name}”已存在。");
        }

        var project = new MajorProject
        {
            ZoneId = zone, Name = name, Company = input.Company, EnterpriseId = input.EnterpriseId, Investment = input.Investment, Area = input.Area, SignedOn = input.SignedOn,
            StartOn = input.StartOn, PlannedCompletionOn = input.PlannedCompletionOn, Capacity = input.Capacity, ExpectedAnnualRevenue = input.ExpectedAnnualRevenue,
        };
        db.Add(project);
        await db.SaveChangesAsync(ct);
        return (await GetAsync(actor.ZoneId, project.Id, ct))!;
    }

    public async Task<ProjectView?> AddMilestoneAsync(Actor actor, Guid id, MilestoneInput input, CancellationToken ct)
    {
        var project = await FindAsync(actor, id, ct);
        if (project is null)
        {
            return null;
        }

        if (input.DoneOn > ZoneClock.Of(clock).Today)
        {
            throw new InputRefusedException("doneOn", "完成日期不能晚于今天。");
        }

        db.Add(new ProjectMilestone { ZoneId = project.ZoneId, ProjectId = project.Id, Title = input.Title.Trim(), Due = input.Due, DoneOn = input.DoneOn });
        await db.SaveChangesAsync(ct);
        return await GetAsync(actor.ZoneId, id, ct);
    }

    public async Task<ProjectView?> CompleteMilestoneAsync(Actor actor, Guid id, Guid milestoneId, DateOnly? doneOn, CancellationToken ct)
    {
        var project = await FindAsync(actor, id, ct);
        var milestone = project?.Milestones.FirstOrDefault(m => m.Id == milestoneId);
        if (project is null || milestone is null)
        {
            return null;
        }

        var today = ZoneClock.Of(clock).Today;
        if (doneOn > today)
        {
            throw new InputRefusedException("doneOn", "完成日期不能晚于今天。");
        }

        milestone.DoneOn = doneOn ?? today;
        if (project.Milestones.All(m => m.DoneOn is not null) && project.CompletedOn is null && milestone.Title.Contains("建成", StringComparison.Ordinal))
        {
            project.CompletedOn = milestone.DoneOn;
        }

        await db.SaveChangesAsync(ct);
        return await GetAsync(actor.ZoneId, id, ct);
    }

    public async Task<ProjectView?> PutYearAsync(Actor actor, Guid id, int year, ProjectYearInput input, CancellationToken ct)
    {
        var project = await FindAsync(actor, id, ct);
        if (project is null)
        {
            return null;
        }

        if (year < 2000 || year > 2100)
        {
            throw new InputRefusedException("year", "年份应在 2000–2100 之间。");
        }

        var today = ZoneClock.Of(clock).Today;
        if (year > today.Year && (input.ActualInvestment is not null || input.ActualRevenue is not null))
        {
            throw new InputRefusedException("actualRevenue", $"{year} 年尚未到来，不能填写实际数。");
        }

        var row = project.Years.FirstOrDefault(y => y.Year == year);
        if (row is null)
        {
            row = new ProjectYear { ZoneId = project.ZoneId, ProjectId = project.Id, Year = year };
            db.Add(row);
        }

        row.PromisedInvestment = input.PromisedInvestment;
        row.ActualInvestment = input.ActualInvestment;
        row.PromisedRevenue = input.PromisedRevenue;
        row.ActualRevenue = input.ActualRevenue;
        await db.SaveChangesAsync(ct);
        return await GetAsync(actor.ZoneId, id, ct);
    }

    private Task<MajorProject?> FindAsync(Actor actor, Guid id, CancellationToken ct)
    {
        var zone = new ZoneId(actor.ZoneId);
        return db.Set<MajorProject>().Include(p => p.Milestones).Include(p => p.Years).FirstOrDefaultAsync(p => p.Id == id && p.ZoneId == zone, ct);
    }
}
