using System.Text.Json;
using Gaoxin.Kernel.Rules;
using Gaoxin.Kernel.Zones;

namespace Gaoxin.Mobility.Telemetry;

public enum ViolationStatus
{
    /// <summary>进行中：the last point still broke the rule.</summary>
    Open = 1,
    /// <summary>已结束：a later point kept the rule again.</summary>
    Closed = 2,
}

/// <summary>One point kept as evidence: its telemetry id, time, place and speed.</summary>
public sealed record EvidencePoint(Guid TelemetryId, DateTimeOffset At, double Lat, double Lng, double? SpeedKmh);

/// <summary>
/// A vehicle breaking one live rule (违规记录) over consecutive points: the first and last point's time, how many points,
/// the first <see cref="MaxEvidence"/> of them and the last as evidence, and the road right (id and version) it was
/// judged against. Opened by the first breaking point, extended by the next ones, closed by the first point that keeps
/// the rule again.
/// </summary>
public sealed class Violation : IZoneScoped
{
    public const int MaxEvidence = 20;

    private Violation()
    {
        Rule = Message = EvidenceJson = string.Empty;
    }

    public Violation(ZoneId zoneId, Guid operatorId, Guid vehicleId, RuleOutcome outcome, EvidencePoint point)
    {
        Id = Guid.CreateVersion7();
        ZoneId = zoneId;
        OperatorId = operatorId;
        VehicleId = vehicleId;
        Rule = outcome.Rule;
        Message = outcome.Message;
        RoadRightId = outcome.Figures.TryGetValue("rightId", out var r) && Guid.TryParse(r, out var id) ? id : null;
        RoadRightVersion = outcome.Figures.TryGetValue("rightVersion", out var v) && int.TryParse(v, System.Globalization.CultureInfo.InvariantCulture, out var n) ? n : null;
        Status = ViolationStatus.Open;
        FirstAt = LastAt = point.At;
        EvidenceJson = "[]";
        Extend(point);
        PointCount = 1;
    }

    public Guid Id { get; private set; }

    public ZoneId ZoneId { get; private set; }

    public Guid OperatorId { get; private set; }

    public Guid VehicleId { get; private set; }

    /// <summary>The live rule's name (display names from the resx, Rule.*).</summary>
    public string Rule { get; private set; }

    /// <summary>The first breaking point's reason, in Chinese.</summary>
    public string Message { get; private set; }

    public Guid? RoadRightId { get; private set; }

    public int? RoadRightVersion { get; private set; }

    public ViolationStatus Status { get; private set; }

    public DateTimeOffset FirstAt { get; private set; }

    public DateTimeOffset LastAt { get; private set; }

    public int PointCount { get; private set; }

    /// <summary>The evidence points as JSON (telemetry id, time, lat, lng, km/h).</summary>
    public string EvidenceJson { get; private set; }

    public DateTimeOffset? ClosedAt { get; private set; }

    public IReadOnlyList<EvidencePoint> Evidence => JsonSerializer.Deserialize<List<EvidencePoint>>(EvidenceJson) ?? [];

    /// <summary>Another consecutive point breaking the same rule.</summary>
    public void Add(EvidencePoint point)
    {
        if (Status != ViolationStatus.Open)
        {
            throw Refusal.Conflict("违规记录已结束。");
        }

        PointCount++;
        if (point.At < FirstAt)
        {
            FirstAt = point.At;
        }

        if (point.At > LastAt)
        {
            LastAt = point.At;
        }

        Extend(point);
    }

    /// <summary>A point kept the rule again at <paramref name="at"/>.</summary>
    public void Close(DateTimeOffset at)
    {
        if (Status != ViolationStatus.Open)
        {
            throw Refusal.Conflict("违规记录已结束。");
        }

        Status = ViolationStatus.Closed;
        ClosedAt = at;
    }

    // The first points, then the latest one in the last slot: the start and the end of the episode.
    private void Extend(EvidencePoint point)
    {
        var points = JsonSerializer.Deserialize<List<EvidencePoint>>(EvidenceJson) ?? [];
        if (points.Count >= MaxEvidence)
        {
            points[^1] = point;
        }
        else
        {
            points.Add(point);
        }

        EvidenceJson = JsonSerializer.Serialize(points);
    }
}
