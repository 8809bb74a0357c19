using System.Globalization;
using System.Security.Claims;
using Gaoxin.Data.Http;
using Gaoxin.Kernel.Paging;
using Gaoxin.Kernel.Zones;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Gaoxin.PilotBase.Bookings;

/// <summary>Handlers of bookings, maintenance windows and calendars; refusals come from <see cref="BookingDesk"/> and <see cref="Booking"/>.</summary>
internal static class BookingsApi
{
    public static async Task<Created<IReadOnlyList<BookingView>>> Create(BookingInput input, ClaimsPrincipal user, BookingDesk desk, CancellationToken ct)
    {
        var rows = await desk.CreateAsync(user.ToActor(), input, ct);
        return TypedResults.Created($"/api/v1/pilot-base/bookings/{rows[0].Id}", rows);
    }

    public static async Task<Ok<Page<BookingView>>> List(ClaimsPrincipal user, BookingDesk desk, CancellationToken ct, BookingStatus? status = null, Guid? resourceId = null,
        CustomerKind? customer = null, BookingKind? kind = null, DateTimeOffset? from = null, DateTimeOffset? to = null, bool mine = false, int? page = null, int? size = null) =>
        TypedResults.Ok(await desk.ListAsync(user.ToActor(), new BookingFilter(status, resourceId, customer, kind, from, to, mine), new PageRequest(page, size), ct));

    public static async Task<IResult> Export(ClaimsPrincipal user, BookingDesk desk, TimeProvider clock, CancellationToken ct, BookingStatus? status = null, Guid? resourceId = null,
        CustomerKind? customer = null, BookingKind? kind = null, DateTimeOffset? from = null, DateTimeOffset? to = null, bool mine = false)
    {
        var actor = user.ToActor();
        var filter = new BookingFilter(status, resourceId, customer, kind, from, to, mine);
        var rows = await Gaoxin.Kernel.Paging.Pages.AllAsync(p => desk.ListAsync(actor, filter, p, ct));
        static string At(DateTimeOffset at) => ZoneClock.InZone(at).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);
        return await ExcelExport.FileAsync(rows.Select(b => new BookingExportRow(b.ResourceCode, b.ResourceName, b.Kind == BookingKind.Maintenance ? "维护窗口" : "预约",
            Booking.StatusText(b.Status), At(b.StartsAt), At(b.EndsAt), CustomerText(b.Customer), b.CustomerName ?? string.Empty, b.Purpose, b.BatchSize, b.Price, b.RequestedBy,
            b.CancelledLate ? "是" : string.Empty)), "中试预约", clock, ct);
    }

    public static async Task<Ok<BookingView>> Get(Guid id, ClaimsPrincipal user, BookingDesk desk, CancellationToken ct) =>
        TypedResults.Ok(await desk.GetAsync(user.ToActor(), id, ct));

    public static async Task<Ok<ConflictCheck>> Check(Guid? resourceId, Guid? serviceId, DateTimeOffset startsAt, DateTimeOffset endsAt, ClaimsPrincipal user, BookingDesk desk,
        CancellationToken ct, decimal? batchSize = null) =>
        TypedResults.Ok(await desk.CheckAsync(user.ToActor(), resourceId, serviceId, startsAt, endsAt, batchSize, ct));

    public static async Task<Ok<BookingView>> Approve(Guid id, ClaimsPrincipal user, BookingDesk desk, CancellationToken ct) =>
        TypedResults.Ok(await desk.ApproveAsync(user.ToActor(), id, ct));

    public static async Task<Ok<BookingView>> Reject(Guid id, RejectInput input, ClaimsPrincipal user, BookingDesk desk, CancellationToken ct) =>
        TypedResults.Ok(await desk.RejectAsync(user.ToActor(), id, input.Reason, ct));

    public static async Task<Ok<BookingView>> Cancel(Guid id, NoteInput input, ClaimsPrincipal user, BookingDesk desk, CancellationToken ct) =>
        TypedResults.Ok(await desk.CancelAsync(user.ToActor(), id, input.Note, ct));

    public static async Task<Ok<BookingView>> NoShow(Guid id, NoteInput input, ClaimsPrincipal user, BookingDesk desk, CancellationToken ct) =>
        TypedResults.Ok(await desk.NoShowAsync(user.ToActor(), id, input.Note, ct));

    public static async Task<Ok<BookingView>> Complete(Guid id, NoteInput input, ClaimsPrincipal user, BookingDesk desk, CancellationToken ct) =>
        TypedResults.Ok(await desk.CompleteAsync(user.ToActor(), id, input.Note, ct));

    public static async Task<Ok<CalendarView>> Calendar(Guid id, ClaimsPrincipal user, BookingDesk desk, TimeProvider clock, CancellationToken ct, DateOnly? date = null, string? view = null) =>
        TypedResults.Ok(await desk.CalendarAsync(user.ToActor(), id, date ?? ZoneClock.Of(clock).Today, string.Equals(view, "month", StringComparison.OrdinalIgnoreCase), ct));

    public static async Task<Created<BookingView>> CreateMaintenance(MaintenanceInput input, ClaimsPrincipal user, BookingDesk desk, CancellationToken ct)
    {
        var row = await desk.CreateMaintenanceAsync(user.ToActor(), input, ct);
        return TypedResults.Created($"/api/v1/pilot-base/bookings/{row.Id}", row);
    }

    public static async Task<NoContent> RemoveMaintenance(Guid id, ClaimsPrincipal user, BookingDesk desk, CancellationToken ct)
    {
        await desk.RemoveMaintenanceAsync(user.ToActor(), id, ct);
        return TypedResults.NoContent();
    }

    public static string CustomerText(CustomerKind kind) => kind switch
    {
        CustomerKind.Enterprise => "区内企业",
        CustomerKind.Institute => "高校/科研院所",
        CustomerKind.RelayProject => "接力项目",
        CustomerKind.External => "区外单位",
        _ => "基地自用",
    };
}
