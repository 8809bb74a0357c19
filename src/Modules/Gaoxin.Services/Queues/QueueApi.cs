using System.Security.Claims;
using Gaoxin.Data.Http;
using Gaoxin.Kernel.Paging;
using Gaoxin.Services.Approvals;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Gaoxin.Services.Queues;

/// <summary>The department queue's handlers (mapped in <c>ServicesModule.MapEndpoints</c>); refusals come from <see cref="QueueBook"/>.</summary>
internal static class QueueApi
{
    public static async Task<Ok<QueueView>> List(ClaimsPrincipal user, QueueBook book, Guid? department, ItemStatus? status, ClockState? state, Guid? item,
        string? search, int? page, int? size, CancellationToken ct) =>
        TypedResults.Ok(await book.ListAsync(user.ToActor(), new QueueFilter(department, status, state, item, search), new PageRequest(page, size), ct));

    public static async Task<IResult> Export(ClaimsPrincipal user, QueueBook book, TimeProvider clock, Guid? department, ItemStatus? status, ClockState? state,
        Guid? item, string? search, CancellationToken ct) =>
        await ExcelExport.FileAsync(await book.ExportRowsAsync(user.ToActor(), new QueueFilter(department, status, state, item, search), ct), "部门办件队列", clock, ct);
}
