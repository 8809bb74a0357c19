using System.Globalization;
using System.Security.Claims;
using Gaoxin.Data.Http;
using Gaoxin.Kernel.Paging;
using Gaoxin.Kernel.Zones;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Gaoxin.Mobility.Telemetry;

/// <summary>Handlers of the MDS agency endpoints (operator token); refusals come from <see cref="AgencyDesk"/>.</summary>
internal static class AgencyApi
{
    public static async Task<Ok<MdsBulkResult>> Vehicles(MdsVehiclesInput input, ClaimsPrincipal user, AgencyDesk desk, CancellationToken ct) =>
        TypedResults.Ok(await desk.RegisterAsync(OperatorCaller.Of(user), input, ct));

    public static async Task<Ok<MdsBulkResult>> Events(MdsEventsInput input, ClaimsPrincipal user, AgencyDesk desk, CancellationToken ct) =>
        TypedResults.Ok(await desk.EventsAsync(OperatorCaller.Of(user), input, ct));

    public static async Task<Ok<MdsBulkResult>> Telemetry(MdsTelemetryInput input, ClaimsPrincipal user, AgencyDesk desk, CancellationToken ct) =>
        TypedResults.Ok(await desk.TelemetryAsync(OperatorCaller.Of(user), input, ct));
}

/// <summary>Handlers of operator tokens and of the telemetry reads (signed-in people).</summary>
internal static class TelemetryApi
{
    public static async Task<Ok<IReadOnlyList<OperatorTokenView>>> Tokens(ClaimsPrincipal user, TokenDesk desk, CancellationToken ct, Guid? operatorId = null) =>
        TypedResults.Ok(await desk.ListAsync(user.ToActor(), operatorId, ct));

    public static async Task<Created<IssuedOperatorToken>> Issue(OperatorTokenInput input, ClaimsPrincipal user, TokenDesk desk, CancellationToken ct)
    {
        var token = await desk.IssueAsync(user.ToActor(), input, ct);
        return TypedResults.Created($"/api/v1/mobility/operator-tokens/{token.Id}", token);
    }

    public static async Task<Ok<OperatorTokenView>> Revoke(Guid id, ClaimsPrincipal user, TokenDesk desk, CancellationToken ct) =>
        TypedResults.Ok(await desk.RevokeAsync(user.ToActor(), id, ct));

    public static async Task<Ok<Page<ViolationRow>>> Violations(ClaimsPrincipal user, TelemetryDesk desk, CancellationToken ct, Guid? operatorId = null, Guid? vehicleId = null,
        string? rule = null, ViolationStatus? status = null, int? page = null, int? size = null) =>
        TypedResults.Ok(await desk.ViolationsAsync(user.ToActor(), new ViolationFilter(operatorId, vehicleId, rule, status), new PageRequest(page, size), ct));

    public static async Task<IResult> Export(ClaimsPrincipal user, TelemetryDesk desk, TimeProvider clock, CancellationToken ct, Guid? operatorId = null, Guid? vehicleId = null,
        string? rule = null, ViolationStatus? status = null)
    {
        var actor = user.ToActor();
        var filter = new ViolationFilter(operatorId, vehicleId, rule, status);
        var rows = await Gaoxin.Kernel.Paging.Pages.AllAsync(p => desk.ViolationsAsync(actor, filter, p, ct));
        return await ExcelExport.FileAsync(rows.Select(v => new ViolationExportRow(v.OperatorName, v.Vin, v.Plate ?? string.Empty, v.RuleText, v.StatusText,
            Time(v.FirstAt), Time(v.LastAt), v.PointCount, v.Message)), "无人车违规记录", clock, ct);
    }

    public static async Task<Results<Ok<PositionView>, NoContent>> Latest(Guid id, ClaimsPrincipal user, TelemetryDesk desk, CancellationToken ct) =>
        await desk.LatestAsync(user.ToActor(), id, ct) is { } position ? TypedResults.Ok(position) : TypedResults.NoContent();

    public static async Task<Ok<IReadOnlyList<PositionView>>> Day(Guid id, ClaimsPrincipal user, TelemetryDesk desk, TimeProvider clock, CancellationToken ct, DateOnly? day = null) =>
        TypedResults.Ok(await desk.DayAsync(user.ToActor(), id, day ?? ZoneClock.Of(clock).Today, ct));

    private static string Time(DateTimeOffset at) => ZoneClock.InZone(at).ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture);
}
