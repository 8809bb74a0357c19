using System.Globalization;
using System.Security.Claims;
using Gaoxin.Data.Http;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using MiniExcelLibs.Attributes;

namespace Gaoxin.Industry.Projects;

public sealed record ProjectExportRow(
    [property: ExcelColumnName("项目")] string Name,
    [property: ExcelColumnName("投资主体")] string Company,
    [property: ExcelColumnName("总投资（元）")] decimal Investment,
    [property: ExcelColumnName("面积（平方米）")] decimal? Area,
    [property: ExcelColumnName("开工")] string StartOn,
    [property: ExcelColumnName("计划建成")] string PlannedCompletionOn,
    [property: ExcelColumnName("进度")] string Progress,
    [property: ExcelColumnName("状态")] string Status,
    [property: ExcelColumnName("产能")] string Capacity,
    [property: ExcelColumnName("预计年销售收入（元）")] decimal? ExpectedAnnualRevenue);

/// <summary>Handlers of major projects; refusals are thrown by <see cref="ProjectBook"/> and <see cref="MajorProject"/>.</summary>
internal static class ProjectsApi
{
    public static async Task<Ok<IReadOnlyList<ProjectView>>> List(ClaimsPrincipal user, ProjectBook book, CancellationToken ct) =>
        TypedResults.Ok(await book.ListAsync(user.ToActor().ZoneId, ct));

    public static async Task<IResult> Export(ClaimsPrincipal user, ProjectBook book, TimeProvider clock, CancellationToken ct)
    {
        static string D(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var rows = (await book.ListAsync(user.ToActor().ZoneId, ct)).Select(p => new ProjectExportRow(p.Name, p.Company ?? string.Empty, p.Investment, p.Area, D(p.StartOn),
            D(p.PlannedCompletionOn), (p.Progress * 100m).ToString("0.#", CultureInfo.InvariantCulture) + "%", p.StatusText, p.Capacity ?? string.Empty, p.ExpectedAnnualRevenue));
        return await ExcelExport.FileAsync(rows, "重大项目", clock, ct);
    }

    public static async Task<Ok<ProjectView>> Get(Guid id, ClaimsPrincipal user, ProjectBook book, CancellationToken ct) =>
        TypedResults.Ok(await book.GetAsync(user.ToActor().ZoneId, id, ct));

    public static async Task<Created<ProjectView>> Create(ProjectInput input, ClaimsPrincipal user, ProjectBook book, CancellationToken ct)
    {
        var p = await book.CreateAsync(user.ToActor(), input, ct);
        return TypedResults.Created($"/api/v1/industry/projects/{p.Id}", p);
    }

    public static async Task<Ok<ProjectView>> Revise(Guid id, ProjectInput input, ClaimsPrincipal user, ProjectBook book, CancellationToken ct) =>
        TypedResults.Ok(await book.ReviseAsync(user.ToActor(), id, input, ct));

    public static async Task<Ok<ProjectView>> AddMilestone(Guid id, MilestoneInput input, ClaimsPrincipal user, ProjectBook book, CancellationToken ct) =>
        TypedResults.Ok(await book.AddMilestoneAsync(user.ToActor(), id, input, ct));

    public static async Task<Ok<ProjectView>> CompleteMilestone(Guid id, Guid milestoneId, DateOnly? doneOn, ClaimsPrincipal user, ProjectBook book, CancellationToken ct) =>
        TypedResults.Ok(await book.CompleteMilestoneAsync(user.ToActor(), id, milestoneId, doneOn, ct));

    public static async Task<Ok<ProjectView>> PutYear(Guid id, int year, ProjectYearInput input, ClaimsPrincipal user, ProjectBook book, CancellationToken ct) =>
        TypedResults.Ok(await book.PutYearAsync(user.ToActor(), id, year, input, ct));
}
