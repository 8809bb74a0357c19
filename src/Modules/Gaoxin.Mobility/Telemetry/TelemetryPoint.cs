using Gaoxin.Data.Audit;
using Gaoxin.Kernel.Zones;

namespace Gaoxin.Mobility.Telemetry;

/// <summary>
/// One reported position of a vehicle (MDS telemetry), stored as received: speed in km/h (MDS sends m/s). A sensor stream
/// of thousands a second, so the audit chain records the batch's consequences (violations), not every point.
/// </summary>
public sealed class TelemetryPoint : IZoneScoped, IDerivedRecord
{
    private TelemetryPoint()
    {
    }

    public TelemetryPoint(ZoneId zoneId, Guid operatorId, Guid vehicleId, Guid deviceId, Guid telemetryId, DateTimeOffset at, double lat, double lng,
        double? speedKmh, double? heading, double? accuracyM, double? batteryPercent)
    {
        Id = Guid.CreateVersion7();
        ZoneId = zoneId;
        OperatorId = operatorId;
        VehicleId = vehicleId;
        DeviceId = deviceId;
        TelemetryId = telemetryId;
        At = at;
        Lat = lat;
        Lng = lng;
        SpeedKmh = speedKmh;
        Heading = heading;
        AccuracyM = accuracyM;
        BatteryPercent = batteryPercent;
    }

    public Guid Id { get; private set; }

    public ZoneId ZoneId { get; private set; }

    public Guid OperatorId { get; private set; }

    public Guid VehicleId { get; private set; }

    public Guid DeviceId { get; private set; }

    /// <summary>MDS telemetry_id: unique, so a batch sent again stores nothing twice.</summary>
    public Guid TelemetryId { get; private set; }

    public DateTimeOffset At { get; private set; }

    public double Lat { get; private set; }

    public double Lng { get; private set; }

    public double? SpeedKmh { get; private set; }

    /// <summary>Degrees clockwise from north.</summary>
    public double? Heading { get; private set; }

    /// <summary>Horizontal accuracy in metres.</summary>
    public double? AccuracyM { get; private set; }

    public double? BatteryPercent { get; private set; }
}

/// <summary>MDS vehicle states.</summary>
public enum VehicleState
{
    Available = 1,
    Reserved = 2,
    OnTrip = 3,
    Stopped = 4,
    NonOperational = 5,
    Removed = 6,
    Elsewhere = 7,
    Unknown = 8,
}

/// <summary>One MDS vehicle event: the state the vehicle entered and the event types that caused it.</summary>
public sealed class VehicleEvent : IZoneScoped
{
    private VehicleEvent()
    {
        EventTypes = string.Empty;
    }

    public VehicleEvent(ZoneId zoneId, Guid vehicleId, Guid deviceId, Guid eventId, VehicleState state, string eventTypes, DateTimeOffset at, double? lat, double? lng)
    {
        Id = Guid.CreateVersion7();
        ZoneId = zoneId;
        VehicleId = vehicleId;
        DeviceId = deviceId;
        EventId = eventId;
        State = state;
        EventTypes = eventTypes;
        At = at;
        Lat = lat;
        Lng = lng;
    }

    public Guid Id { get; private set; }

    public ZoneId ZoneId { get; private set; }

    public Guid VehicleId { get; private set; }

    public Guid DeviceId { get; private set; }

    /// <summary>MDS event_id: unique, so an event sent again is stored once.</summary>
    public Guid EventId { get; private set; }

    public VehicleState State { get; private set; }

    /// <summary>MDS event_types, space-separated as sent (e.g. "trip_start").</summary>
    public string EventTypes { get; private set; }

    public DateTimeOffset At { get; private set; }

    public double? Lat { get; private set; }

    public double? Lng { get; private set; }
}
