using System.Globalization;
using System.Security.Claims;
using Gaoxin.Data.Http;
using Gaoxin.Kernel.Paging;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Gaoxin.Mobility.Fleet;

/// <summary>Handlers of the fleet registry; refusals come from <see cref="FleetDesk"/> and the entities.</summary>
internal static class FleetApi
{
    public static async Task<Ok<Page<VehicleRow>>> List(ClaimsPrincipal user, FleetDesk desk, CancellationToken ct, string? q = null, Guid? operatorId = null,
        AutomationLevel? level = null, bool? plated = null, int? page = null, int? size = null) =>
        TypedResults.Ok(await desk.ListAsync(user.ToActor(), new VehicleFilter(q, operatorId, level, plated), new PageRequest(page, size), ct));

    public static async Task<IResult> Export(ClaimsPrincipal user, FleetDesk desk, TimeProvider clock, CancellationToken ct, string? q = null, Guid? operatorId = null,
        AutomationLevel? level = null, bool? plated = null)
    {
        var actor = user.ToActor();
        var filter = new VehicleFilter(q, operatorId, level, plated);
        var rows = await Gaoxin.Kernel.Paging.Pages.AllAsync(p => desk.ListAsync(actor, filter, p, ct));
        return await ExcelExport.FileAsync(rows.Select(v => new VehicleExportRow(v.Vin, v.OperatorName, v.Model, v.LevelText, v.LengthMm, v.WidthMm, v.HeightMm,
            v.DesignSpeedKmh, v.Plate ?? string.Empty, v.PlateStatus ?? "未发牌", v.PlateIssuedOn?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? string.Empty)), "无人车车辆", clock, ct);
    }

    public static async Task<Ok<VehicleDetail>> Get(Guid id, ClaimsPrincipal user, FleetDesk desk, CancellationToken ct) =>
        TypedResults.Ok(await desk.GetAsync(user.ToActor(), id, ct));

    public static async Task<Ok<Eligibility>> Eligibility(Guid id, ClaimsPrincipal user, FleetDesk desk, CancellationToken ct, DateOnly? on = null) =>
        TypedResults.Ok(await desk.EligibilityAsync(user.ToActor(), id, on, ct));

    public static async Task<Created<VehicleDetail>> Register(VehicleInput input, ClaimsPrincipal user, FleetDesk desk, CancellationToken ct)
    {
        var vehicle = await desk.RegisterAsync(user.ToActor(), input, ct);
        return TypedResults.Created($"/api/v1/mobility/vehicles/{vehicle.Id}", vehicle);
    }

    public static async Task<Ok<VehicleDetail>> Correct(Guid id, VehicleInput input, ClaimsPrincipal user, FleetDesk desk, CancellationToken ct) =>
        TypedResults.Ok(await desk.CorrectAsync(user.ToActor(), id, input, ct));

    public static async Task<Ok<VehicleDetail>> Insure(Guid id, InsuranceInput input, ClaimsPrincipal user, FleetDesk desk, CancellationToken ct) =>
        TypedResults.Ok(await desk.InsureAsync(user.ToActor(), id, input, ct));

    public static async Task<Ok<VehicleDetail>> Assign(Guid id, StaffInput input, ClaimsPrincipal user, FleetDesk desk, CancellationToken ct) =>
        TypedResults.Ok(await desk.AssignAsync(user.ToActor(), id, input, ct));

    public static async Task<Ok<VehicleDetail>> EndAssignment(Guid id, Guid staffId, StaffEndInput input, ClaimsPrincipal user, FleetDesk desk, CancellationToken ct) =>
        TypedResults.Ok(await desk.EndAssignmentAsync(user.ToActor(), id, staffId, input, ct));

    public static async Task<Ok<VehicleDetail>> RoadTest(Guid id, RoadTestInput input, ClaimsPrincipal user, FleetDesk desk, CancellationToken ct) =>
        TypedResults.Ok(await desk.RecordRoadTestAsync(user.ToActor(), id, input, ct));

    public static async Task<Ok<IReadOnlyList<OperatorView>>> Operators(ClaimsPrincipal user, FleetDesk desk, CancellationToken ct) =>
        TypedResults.Ok(await desk.OperatorsAsync(user.ToActor(), ct));
}
