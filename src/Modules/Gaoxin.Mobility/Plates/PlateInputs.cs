using System.ComponentModel.DataAnnotations;
using Gaoxin.Mobility.Fleet;

namespace Gaoxin.Mobility.Plates;

/// <summary>Issue a plate to a vehicle: number = a plate of the series in force (e.g. 川CW0048), or empty for the next free one.</summary>
public sealed record PlateIssueInput(
    Guid VehicleId,
    [property: StringLength(16, ErrorMessage = "号牌不能超过 16 个字。")] string? Number);

public sealed record PlateReasonInput(
    [property: Required(ErrorMessage = "请填写原因。"), StringLength(500, MinimumLength = 2, ErrorMessage = "原因须为 2 至 500 个字。")] string Reason);

public sealed record PlateFilter(string? Q, PlateStatus? Status, Guid? OperatorId);

public sealed record PlateRow(Guid Id, string Number, PlateStatus Status, string StatusText, DateOnly IssuedOn, int PolicyVersion,
    Guid VehicleId, string Vin, string Model, Guid OperatorId, string OperatorName);

public sealed record PlateEventView(string Kind, string KindText, DateTimeOffset At, string ByName, string Reason);

public sealed record PlateDetail(Guid Id, string Number, PlateStatus Status, string StatusText, DateOnly IssuedOn, int PolicyVersion,
    Guid VehicleId, string Vin, string Model, Guid OperatorId, string OperatorName, IReadOnlyList<PlateEventView> History);

/// <summary>What anyone may learn of a plate (免登录): is it valid, whose is it, what vehicle, since when, in which scenes.</summary>
public sealed record PlateLookup(string Plate, bool Valid, PlateStatus Status, string StatusText, string OperatorName, string Model,
    string LevelText, DateOnly IssuedOn, string ZoneName, IReadOnlyList<PermittedScene> PermittedScenes);
