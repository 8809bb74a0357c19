using System.Globalization;
using System.Security.Claims;
using Gaoxin.Data.Http;
using Gaoxin.Kernel.Paging;
using Gaoxin.Kernel.Zones;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Gaoxin.Services.Approvals;

/// <summary>Handlers of applications (办件): refusals come from <see cref="ApprovalDesk"/> and the items themselves.</summary>
internal static class ApprovalsApi
{
    public static async Task<Created<ApplicationDetail>> Apply(ApplyInput input, ClaimsPrincipal user, ApprovalDesk desk, CancellationToken ct)
    {
        var application = await desk.ApplyAsync(user.ToActor(), input, ct);
        return TypedResults.Created($"/api/v1/services/applications/{application.Id}", application);
    }

    public static async Task<Ok<Page<ApplicationRow>>> List(ClaimsPrincipal user, ApprovalDesk desk, CancellationToken ct, string? q = null, ApplicationStatus? status = null,
        ItemStatus? itemStatus = null, int? page = null, int? size = null) =>
        TypedResults.Ok(await desk.ListAsync(user.ToActor(), new ApplicationFilter(q, status, itemStatus), new PageRequest(page, size), ct));

    public static async Task<IResult> Export(ClaimsPrincipal user, ApprovalDesk desk, TimeProvider clock, CancellationToken ct, string? q = null, ApplicationStatus? status = null,
        ItemStatus? itemStatus = null)
    {
        var actor = user.ToActor();
        var filter = new ApplicationFilter(q, status, itemStatus);
        var rows = await Gaoxin.Kernel.Paging.Pages.AllAsync(p => desk.ListAsync(actor, filter, p, ct));
        return await ExcelExport.FileAsync(rows.Select(a => new ApplicationExportRow(a.Number, a.Title, a.ApplicantName, ApprovalLabels.Status(a.Status),
            ZoneClock.InZone(a.SubmittedAt).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture), a.Items, a.OpenItems,
            a.ClosedAt is { } c ? ZoneClock.InZone(c).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture) : string.Empty)), "办件", clock, ct);
    }

    public static async Task<Ok<ApplicationDetail>> Get(Guid id, ClaimsPrincipal user, ApprovalDesk desk, CancellationToken ct) =>
        TypedResults.Ok(await desk.GetAsync(user.ToActor(), id, ct));

    public static async Task<Ok<ApplicationDetail>> Withdraw(Guid id, ClaimsPrincipal user, ApprovalDesk desk, CancellationToken ct) =>
        TypedResults.Ok(await desk.WithdrawAsync(user.ToActor(), id, ct));

    public static async Task<Ok<ItemView>> Approve(Guid id, Guid itemId, ReviewInput input, ClaimsPrincipal user, ApprovalDesk desk, CancellationToken ct) =>
        TypedResults.Ok(await desk.DecideAsync(user.ToActor(), id, itemId, ReviewAction.Approve, input, ct));

    public static async Task<Ok<ItemView>> Return(Guid id, Guid itemId, ReviewInput input, ClaimsPrincipal user, ApprovalDesk desk, CancellationToken ct) =>
        TypedResults.Ok(await desk.DecideAsync(user.ToActor(), id, itemId, ReviewAction.Return, input, ct));

    public static async Task<Ok<ItemView>> Refuse(Guid id, Guid itemId, ReviewInput input, ClaimsPrincipal user, ApprovalDesk desk, CancellationToken ct) =>
        TypedResults.Ok(await desk.DecideAsync(user.ToActor(), id, itemId, ReviewAction.Refuse, input, ct));

    public static async Task<Ok<ItemView>> Resubmit(Guid id, Guid itemId, ResubmitInput input, ClaimsPrincipal user, ApprovalDesk desk, CancellationToken ct) =>
        TypedResults.Ok(await desk.ResubmitAsync(user.ToActor(), id, itemId, input, ct));

    public static async Task<Ok<ItemView>> ReceiveDeferred(Guid id, Guid itemId, ClaimsPrincipal user, ApprovalDesk desk, CancellationToken ct) =>
        TypedResults.Ok(await desk.ReceiveDeferredAsync(user.ToActor(), id, itemId, ct));

    public static async Task<FileContentHttpResult> Result(Guid id, Guid itemId, ClaimsPrincipal user, ApprovalDesk desk, CancellationToken ct)
    {
        var (name, content) = await desk.ResultPdfAsync(user.ToActor(), id, itemId, ct);
        return TypedResults.File(content, "application/pdf", name);
    }
}

/// <summary>A row of the applications workbook.</summary>
public sealed record ApplicationExportRow(
    [property: MiniExcelLibs.Attributes.ExcelColumnName("办件编号")] string Number,
    [property: MiniExcelLibs.Attributes.ExcelColumnName("标题")] string Title,
    [property: MiniExcelLibs.Attributes.ExcelColumnName("申请企业")] string Applicant,
    [property: MiniExcelLibs.Attributes.ExcelColumnName("状态")] string Status,
    [property: MiniExcelLibs.Attributes.ExcelColumnName("提交时间")] string SubmittedAt,
    [property: MiniExcelLibs.Attributes.ExcelColumnName("事项数")] int Items,
    [property: MiniExcelLibs.Attributes.ExcelColumnName("在办事项")] int OpenItems,
    [property: MiniExcelLibs.Attributes.ExcelColumnName("办结时间")] string ClosedAt);

/// <summary>Chinese words for the states, for exports and notices (pages use the resx).</summary>
public static class ApprovalLabels
{
    public static string Status(ApplicationStatus s) => s switch
    {
        ApplicationStatus.Open => "办理中",
        ApplicationStatus.Closed => "已办结",
        _ => "已撤回",
    };

    public static string Status(ItemStatus s) => s switch
    {
        ItemStatus.InReview => "审查中",
        ItemStatus.Correction => "补正中",
        ItemStatus.Approved => "准予办理",
        ItemStatus.Refused => "不予办理",
        _ => "已撤回",
    };
}
