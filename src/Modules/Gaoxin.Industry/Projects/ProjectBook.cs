using System.ComponentModel.DataAnnotations;
using Gaoxin.Contracts.Enterprises;
using Gaoxin.Data;
using Gaoxin.Data.Http;
using Gaoxin.Kernel.Access;
using Gaoxin.Kernel.Rules;
using Gaoxin.Kernel.Zones;
using Microsoft.EntityFrameworkCore;

namespace Gaoxin.Industry.Projects;

public sealed record ProjectInput(
    [property: Required(ErrorMessage = "请填写项目名称。"), StringLength(200, MinimumLength = 2, ErrorMessage = "项目名称应为 2–200 个字。")] string Name,
    [property: StringLength(200, ErrorMessage = "投资主体不超过 200 字。")] string? Company,
    Guid? EnterpriseId,
    [property: Range(0.01, 1e13, ErrorMessage = "总投资应大于 0（元）。")] decimal Investment,
    [property: Precision(14, 2), Range(0, 1e9, ErrorMessage = "面积应为非负数（平方米）。")] decimal? Area,
    DateOnly? SignedOn,
    DateOnly StartOn,
    DateOnly PlannedCompletionOn,
    [property: StringLength(300, ErrorMessage = "产能说明不超过 300 字。")] string? Capacity,
    [property: Range(0, 1e13, ErrorMessage = "预计年销售收入应为非负数（元）。")] decimal? ExpectedAnnualRevenue,
    [property: Range(0, int.MaxValue, ErrorMessage = "版本号无效。")] int? Version = null);

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
    DateOnly PlannedCompletionOn, DateOnly? CompletedOn, string? Capacity, decimal? ExpectedAnnualRevenue, decimal Progress, ProjectStatus Status,
    IReadOnlyList<MilestoneView> Milestones, IReadOnlyList<ProjectYearView> Years, int Version)
{
    /// <summary>The status in words, in the reader's language.</summary>
    public string StatusText => IndustryText.Get("Proj.Status." + Status);
}

/// <summary>Major projects (重大项目): progress is the share of milestones done, so it follows from what was recorded.</summary>
internal sealed class ProjectBook(GaoxinDbContext db, TimeProvider clock, IEnterpriseDirectory directory)
{
    public async Task<IReadOnlyList<ProjectView>> ListAsync(Guid zoneId, CancellationToken ct)
    {
        var zone = new ZoneId(zoneId);
        var projects = await db.Set<MajorProject>().AsNoTracking().Include(p => p.Milestones).Include(p => p.Years).Where(p => p.ZoneId == zone)
            .OrderBy(p => p.StartOn).ThenBy(p => p.Name).ToListAsync(ct);
        var today = ZoneClock.Of(clock).Today;
        return projects.Select(p => View(p, today)).ToList();
    }

    public async Task<ProjectView> GetAsync(Guid zoneId, Guid id, CancellationToken ct) =>
        (await ListAsync(zoneId, ct)).FirstOrDefault(p => p.Id == id) ?? throw Refusal.NotFound("重大项目");

    private static ProjectView View(MajorProject p, DateOnly today) => new(p.Id, p.Name, p.Company, p.EnterpriseId, p.Investment, p.Area, p.SignedOn, p.StartOn,
        p.PlannedCompletionOn, p.CompletedOn, p.Capacity, p.ExpectedAnnualRevenue, p.Progress, p.StatusOn(today),
        p.Milestones.OrderBy(m => m.Due).Select(m => new MilestoneView(m.Id, m.Title, m.Due, m.DoneOn, m.DoneOn is null && m.Due < today)).ToList(),
        p.Years.OrderBy(y => y.Year).Select(y => new ProjectYearView(y.Year, y.PromisedInvestment, y.ActualInvestment, y.ActualInvestment - y.PromisedInvestment,
            y.PromisedRevenue, y.ActualRevenue, y.ActualRevenue - y.PromisedRevenue)).ToList(), p.Version);

    public async Task<ProjectView> CreateAsync(Actor actor, ProjectInput input, CancellationToken ct)
    {
        RequestValidation.ThrowIfInvalid(input);
        var zone = new ZoneId(actor.ZoneId);
        await CheckEnterpriseAsync(actor, input.EnterpriseId, ct);
        var project = MajorProject.Register(zone, input.Name, input.Company, input.EnterpriseId, input.Investment, input.Area, input.SignedOn, input.StartOn,
            input.PlannedCompletionOn, input.Capacity, input.ExpectedAnnualRevenue);
        await CheckNameFreeAsync(zone, project.Name, null, ct);
        db.Add(project);
        await db.SaveChangesAsync(ct);
        return await GetAsync(actor.ZoneId, project.Id, ct);
    }

    /// <summary>Corrects a project's own fields with the same checks as a registration; the version is required, and one older than the stored one is refused 409.</summary>
    public async Task<ProjectView> ReviseAsync(Actor actor, Guid id, ProjectInput input, CancellationToken ct)
    {
        RequestValidation.ThrowIfInvalid(input);
        if (input.Version is null)
        {
            throw Refusal.Invalid("version", "请提供修改所依据的版本号（项目详情中的 version）。");
        }

        var project = await FindAsync(actor, id, ct);
        if (project.Version != input.Version)
        {
            throw Refusal.Conflict($"项目“{project.Name}”已被他人修改，请刷新后再改。");
        }

        await CheckEnterpriseAsync(actor, input.EnterpriseId, ct);
        project.Revise(input.Name, input.Company, input.EnterpriseId, input.Investment, input.Area, input.SignedOn, input.StartOn, input.PlannedCompletionOn,
            input.Capacity, input.ExpectedAnnualRevenue);
        await CheckNameFreeAsync(project.ZoneId, project.Name, project.Id, ct);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            throw Refusal.Conflict($"项目“{project.Name}”已被他人修改，请刷新后再改。");
        }

        return await GetAsync(actor.ZoneId, id, ct);
    }

    private async Task CheckEnterpriseAsync(Actor actor, Guid? enterpriseId, CancellationToken ct)
    {
        if (enterpriseId is { } enterprise && (await directory.FindAsync(actor.ZoneId, [enterprise], ct)).Count == 0)
        {
            throw Refusal.Invalid("enterpriseId", "企业库中没有这家企业（或不属于本园区）。");
        }
    }

    private async Task CheckNameFreeAsync(ZoneId zone, string name, Guid? self, CancellationToken ct)
    {
        if (await db.Set<MajorProject>().AnyAsync(p => p.ZoneId == zone && p.Name == name && p.Id != self, ct))
        {
            throw Refusal.Invalid("name", $"项目“{name}”已存在。");
        }
    }

    public async Task<ProjectView> AddMilestoneAsync(Actor actor, Guid id, MilestoneInput input, CancellationToken ct)
    {
        RequestValidation.ThrowIfInvalid(input);
        var project = await FindAsync(actor, id, ct);
        project.AddMilestone(input.Title, input.Due, input.DoneOn, ZoneClock.Of(clock).Today);
        await db.SaveChangesAsync(ct);
        return await GetAsync(actor.ZoneId, id, ct);
    }

    public async Task<ProjectView> CompleteMilestoneAsync(Actor actor, Guid id, Guid milestoneId, DateOnly? doneOn, CancellationToken ct)
    {
        var project = await FindAsync(actor, id, ct, missing: "里程碑");
        project.CompleteMilestone(milestoneId, doneOn, ZoneClock.Of(clock).Today);
        await db.SaveChangesAsync(ct);
        return await GetAsync(actor.ZoneId, id, ct);
    }

    public async Task<ProjectView> PutYearAsync(Actor actor, Guid id, int year, ProjectYearInput input, CancellationToken ct)
    {
        RequestValidation.ThrowIfInvalid(input);
        var project = await FindAsync(actor, id, ct);
        project.RecordYear(year, input.PromisedInvestment, input.ActualInvestment, input.PromisedRevenue, input.ActualRevenue, ZoneClock.Of(clock).Today);
        await db.SaveChangesAsync(ct);
        return await GetAsync(actor.ZoneId, id, ct);
    }

    private async Task<MajorProject> FindAsync(Actor actor, Guid id, CancellationToken ct, string missing = "重大项目")
    {
        var zone = new ZoneId(actor.ZoneId);
        return await db.Set<MajorProject>().Include(p => p.Milestones).Include(p => p.Years).FirstOrDefaultAsync(p => p.Id == id && p.ZoneId == zone, ct)
            ?? throw Refusal.NotFound(missing);
    }
}
