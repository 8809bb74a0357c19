using System.Globalization;
using System.Security.Claims;
using Gaoxin.Data.Http;
using Gaoxin.Kernel.Paging;
using Gaoxin.Kernel.Zones;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Gaoxin.Services.Relief;

/// <summary>Handlers of relief cases and early warnings; refusals come from <see cref="ReliefDesk"/>, <see cref="ReliefWarnings"/> and <see cref="ReliefCase"/>.</summary>
internal static class ReliefApi
{
    public static async Task<Ok<Page<ReliefCaseView>>> List(ClaimsPrincipal user, ReliefDesk desk, CancellationToken ct, DifficultyCategory? category = null,
        ReliefStatus? status = null, Guid? departmentId = null, bool? overdue = null, string? search = null, int? page = null, int? size = null) =>
        TypedResults.Ok(await desk.ListAsync(user.ToActor(), new ReliefFilter(category, status, departmentId, overdue, search), new PageRequest(page, size), ct));

    public static async Task<IResult> Export(ClaimsPrincipal user, ReliefDesk desk, TimeProvider clock, CancellationToken ct, DifficultyCategory? category = null,
        ReliefStatus? status = null, Guid? departmentId = null, bool? overdue = null, string? search = null)
    {
        var actor = user.ToActor();
        var filter = new ReliefFilter(category, status, departmentId, overdue, search);
        var rows = await Gaoxin.Kernel.Paging.Pages.AllAsync(p => desk.ListAsync(actor, filter, p, ct));
        static string At(DateTimeOffset? at) => at is { } a ? ZoneClock.InZone(a).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture) : string.Empty;
        return await ExcelExport.FileAsync(rows.Select(c => new ReliefExportRow(c.Number, c.EnterpriseName, c.CategoryText, ReliefLabels.Of(c.Source), c.StatusText,
            c.DepartmentName ?? string.Empty, c.Deadline?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? string.Empty, c.Overdue ? "是" : string.Empty,
            At(c.ReportedAt), At(c.ClosedAt), c.Satisfaction, c.Reopened, c.Description)), "纾困诉求", clock, ct);
    }

    public static async Task<Ok<ReliefCaseDetail>> Get(Guid id, ClaimsPrincipal user, ReliefDesk desk, CancellationToken ct) =>
        TypedResults.Ok(await desk.GetAsync(user.ToActor(), id, ct));

    public static async Task<Created<ReliefCaseView>> Report(ReportInput input, ClaimsPrincipal user, ReliefDesk desk, CancellationToken ct)
    {
        var view = await desk.ReportAsync(user.ToActor(), input, ct);
        return TypedResults.Created($"/api/v1/services/relief/cases/{view.Id}", view);
    }

    public static async Task<Ok<ReliefCaseView>> Assign(Guid id, AssignInput input, ClaimsPrincipal user, ReliefDesk desk, CancellationToken ct) =>
        TypedResults.Ok(await desk.AssignAsync(user.ToActor(), id, input, ct));

    public static async Task<Created<ReliefStepView>> AddMeasure(Guid id, MeasureInput input, ClaimsPrincipal user, ReliefDesk desk, CancellationToken ct)
    {
        var step = await desk.AddMeasureAsync(user.ToActor(), id, input, ct);
        return TypedResults.Created($"/api/v1/services/relief/cases/{id}", step);
    }

    public static async Task<Ok<ReliefCaseView>> ProposeClose(Guid id, ProposeCloseInput input, ClaimsPrincipal user, ReliefDesk desk, CancellationToken ct) =>
        TypedResults.Ok(await desk.ProposeClosureAsync(user.ToActor(), id, input, ct));

    public static async Task<Ok<ReliefCaseView>> Rate(Guid id, RateInput input, ClaimsPrincipal user, ReliefDesk desk, CancellationToken ct) =>
        TypedResults.Ok(await desk.RateAsync(user.ToActor(), id, input, ct));

    public static async Task<Ok<WarningList>> Warnings(ClaimsPrincipal user, ReliefWarnings warnings, CancellationToken ct) =>
        TypedResults.Ok(await warnings.ListAsync(user.ToActor(), ct));

    public static async Task<Created<ReliefCaseView>> OpenCase(Guid enterpriseId, ClaimsPrincipal user, ReliefWarnings warnings, CancellationToken ct)
    {
        var view = await warnings.OpenCaseAsync(user.ToActor(), enterpriseId, ct);
        return TypedResults.Created($"/api/v1/services/relief/cases/{view.Id}", view);
    }
}
