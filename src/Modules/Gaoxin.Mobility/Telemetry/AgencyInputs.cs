using System.ComponentModel.DataAnnotations;
using System.Text.Json.Serialization;
using MiniExcelLibs.Attributes;

namespace Gaoxin.Mobility.Telemetry;

// MDS 2.x field names (snake_case) for the agency endpoints; every field is optional in the type so that a missing one is
// named with its point by the batch check instead of failing the whole body unread.

/// <summary>An MDS vehicle registration: the device id the operator uses and the vehicle's VIN (MDS vehicle_id).</summary>
public sealed record MdsVehicle(
    [property: JsonPropertyName("device_id")] Guid? DeviceId,
    [property: JsonPropertyName("vehicle_id")] string? VehicleId,
    [property: JsonPropertyName("provider_id")] Guid? ProviderId = null,
    [property: JsonPropertyName("vehicle_type")] string? VehicleType = null,
    [property: JsonPropertyName("propulsion_types")] IReadOnlyList<string>? PropulsionTypes = null,
    [property: JsonPropertyName("maximum_speed")] double? MaximumSpeed = null);

public sealed record MdsVehiclesInput([property: JsonPropertyName("data"), Required, MaxLength(1_000)] IReadOnlyList<MdsVehicle>? Data);

public sealed record MdsLocation(
    [property: JsonPropertyName("lat")] double? Lat,
    [property: JsonPropertyName("lng")] double? Lng,
    [property: JsonPropertyName("heading")] double? Heading = null,
    [property: JsonPropertyName("speed")] double? Speed = null,
    [property: JsonPropertyName("horizontal_accuracy")] double? HorizontalAccuracy = null);

/// <summary>One MDS telemetry point: timestamp in ms since the epoch, speed in m/s.</summary>
public sealed record MdsTelemetry(
    [property: JsonPropertyName("device_id")] Guid? DeviceId,
    [property: JsonPropertyName("telemetry_id")] Guid? TelemetryId,
    [property: JsonPropertyName("timestamp")] long? Timestamp,
    [property: JsonPropertyName("location")] MdsLocation? Location,
    [property: JsonPropertyName("battery_percent")] double? BatteryPercent = null,
    [property: JsonPropertyName("trip_ids")] IReadOnlyList<Guid>? TripIds = null);

public sealed record MdsTelemetryInput([property: JsonPropertyName("data"), Required, MaxLength(AgencyDesk.MaxBatch)] IReadOnlyList<MdsTelemetry>? Data);

/// <summary>One MDS vehicle event: the state entered and the event types that caused it.</summary>
public sealed record MdsEvent(
    [property: JsonPropertyName("device_id")] Guid? DeviceId,
    [property: JsonPropertyName("event_id")] Guid? EventId,
    [property: JsonPropertyName("vehicle_state")] string? VehicleState,
    [property: JsonPropertyName("event_types")] IReadOnlyList<string>? EventTypes,
    [property: JsonPropertyName("timestamp")] long? Timestamp,
    [property: JsonPropertyName("location")] MdsLocation? Location = null);

public sealed record MdsEventsInput([property: JsonPropertyName("data"), Required, MaxLength(AgencyDesk.MaxBatch)] IReadOnlyList<MdsEvent>? Data);

/// <summary>An MDS bulk answer: how many items were accepted of how many sent (a refused batch is a 400 naming the items instead).</summary>
public sealed record MdsBulkResult(
    [property: JsonPropertyName("success")] int Success,
    [property: JsonPropertyName("total")] int Total,
    [property: JsonPropertyName("failures")] IReadOnlyList<string> Failures);

public sealed record OperatorTokenInput(
    [property: Required(ErrorMessage = "请填写令牌名称（如接入的系统）。"), StringLength(50)] string Name,
    Guid? OperatorId = null);

/// <summary>A token as listed (never its secret).</summary>
public sealed record OperatorTokenView(Guid Id, Guid OperatorId, string OperatorName, string Name, string Hint, DateTimeOffset CreatedAt, DateTimeOffset? RevokedAt, bool Active);

/// <summary>A token just issued: its plain text, shown this once.</summary>
public sealed record IssuedOperatorToken(Guid Id, Guid OperatorId, string Name, string Hint, string Token, DateTimeOffset CreatedAt);

public sealed record ViolationFilter(Guid? OperatorId, Guid? VehicleId, string? Rule, ViolationStatus? Status);

public sealed record ViolationRow(Guid Id, Guid OperatorId, string OperatorName, Guid VehicleId, string Vin, string? Plate, string Rule, string RuleText,
    string Message, ViolationStatus Status, string StatusText, DateTimeOffset FirstAt, DateTimeOffset LastAt, int PointCount,
    Guid? RoadRightId, int? RoadRightVersion, IReadOnlyList<EvidencePoint> Evidence);

/// <summary>One row of the Excel export of violations.</summary>
public sealed record ViolationExportRow(
    [property: ExcelColumn(Name = "运营单位")] string Operator,
    [property: ExcelColumn(Name = "车辆识别代号")] string Vin,
    [property: ExcelColumn(Name = "专属号牌")] string Plate,
    [property: ExcelColumn(Name = "违规规则")] string Rule,
    [property: ExcelColumn(Name = "状态")] string Status,
    [property: ExcelColumn(Name = "开始时间（北京时间）")] string FirstAt,
    [property: ExcelColumn(Name = "最后时间（北京时间）")] string LastAt,
    [property: ExcelColumn(Name = "点数")] int PointCount,
    [property: ExcelColumn(Name = "说明")] string Message);

public sealed record PositionView(Guid VehicleId, Guid TelemetryId, DateTimeOffset At, double Lat, double Lng, double? SpeedKmh, double? Heading, double? BatteryPercent);
