using System.Security.Claims;
using Gaoxin.Data.Http;
using Gaoxin.Kernel.Paging;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Gaoxin.PilotBase.Runs;

/// <summary>The run records' API handlers (mapped in <c>PilotBaseModule.MapEndpoints</c>); refusals come from <see cref="RunDesk"/> and <see cref="PilotRun"/>.</summary>
internal static class RunEndpoints
{
    public static async Task<Ok<Page<RunListItem>>> List(ClaimsPrincipal user, RunDesk desk, string? search, RunStatus? status, RunOutcome? outcome, Guid? projectId,
        DateOnly? from, DateOnly? to, int? page, int? size, CancellationToken ct) =>
        TypedResults.Ok(await desk.ListAsync(user.ToActor(), new RunFilter(search, status, outcome, projectId, from, to), new PageRequest(page, size), ct));

    public static async Task<IResult> Export(ClaimsPrincipal user, RunDesk desk, TimeProvider clock, string? search, RunStatus? status, RunOutcome? outcome, Guid? projectId,
        DateOnly? from, DateOnly? to, CancellationToken ct) =>
        await ExcelExport.FileAsync(await desk.ExportRowsAsync(user.ToActor(), new RunFilter(search, status, outcome, projectId, from, to), ct), "中试运行记录", clock, ct);

    public static async Task<Ok<IReadOnlyList<RunProjectOption>>> Projects(ClaimsPrincipal user, RunDesk desk, CancellationToken ct) =>
        TypedResults.Ok(await desk.ProjectOptionsAsync(user.ToActor(), ct));

    public static async Task<Ok<RunDetail>> Get(Guid id, ClaimsPrincipal user, RunDesk desk, CancellationToken ct) =>
        TypedResults.Ok(await desk.DetailAsync(user.ToActor(), id, ct));

    public static async Task<Created<RunDetail>> Record(RunInput input, ClaimsPrincipal user, RunDesk desk, CancellationToken ct)
    {
        var run = await desk.RecordAsync(user.ToActor(), input, ct);
        return TypedResults.Created($"/api/v1/pilot-base/runs/{run.Id}", run);
    }

    public static async Task<Ok<RunDetail>> Accept(Guid id, RunDecisionInput input, ClaimsPrincipal user, RunDesk desk, CancellationToken ct) =>
        TypedResults.Ok(await desk.AcceptAsync(user.ToActor(), id, input, ct));

    public static async Task<Ok<RunDetail>> Return(Guid id, RunDecisionInput input, ClaimsPrincipal user, RunDesk desk, CancellationToken ct) =>
        TypedResults.Ok(await desk.ReturnAsync(user.ToActor(), id, input, ct));

    /// <summary>The body is the file itself (PDF, PNG, JPEG or .xlsx; 10 MB at most); its name comes in ?fileName=.</summary>
    public static async Task<Ok<RunReportView>> Upload(Guid id, string? fileName, HttpRequest request, ClaimsPrincipal user, RunDesk desk, CancellationToken ct)
    {
        using var body = await UploadedFile.ReadAsync(request, RunDesk.MaxReportBytes, ct);
        return TypedResults.Ok(await desk.AddReportAsync(user.ToActor(), id, fileName, body, ct));
    }

    public static async Task<FileContentHttpResult> Download(Guid id, Guid reportId, ClaimsPrincipal user, RunDesk desk, CancellationToken ct)
    {
        var report = await desk.ReportAsync(user.ToActor(), id, reportId, ct);
        return TypedResults.File(report.Content, report.ContentType, report.FileName);
    }
}
