using Gaoxin.Kernel.Rules;
using Gaoxin.Kernel.Zones;

namespace Gaoxin.Mobility.Fleet;

public enum PlateStatus
{
    /// <summary>有效</summary>
    Active = 1,
    /// <summary>暂停</summary>
    Suspended = 2,
    /// <summary>已注销（号牌不再使用，亦不再发出）</summary>
    Revoked = 3,
}

public enum PlateEventKind
{
    Issued = 1,
    Suspended = 2,
    Reinstated = 3,
    Revoked = 4,
}

/// <summary>
/// A dedicated plate (专属号牌) issued to one vehicle from the zone's series. A number is unique in the zone for ever (a
/// revoked number is not issued again; database index); a vehicle holds at most one plate that is not revoked (a second
/// index). Its state changes only through <see cref="Suspend"/>, <see cref="Reinstate"/> and <see cref="Revoke"/>, each
/// with a reason, recorded in <see cref="History"/> (and in the platform's audit chain by the save).
/// </summary>
public sealed class Plate : IZoneScoped
{
    private Plate()
    {
        Number = string.Empty;
    }

    public Plate(ZoneId zoneId, string number, Vehicle vehicle, int policyVersion, DateOnly issuedOn, DateTimeOffset at, string byUserId, string byName)
    {
        Id = Guid.CreateVersion7();
        ZoneId = zoneId;
        Number = number;
        VehicleId = vehicle.Id;
        OperatorId = vehicle.OperatorId;
        PolicyVersion = policyVersion;
        IssuedOn = issuedOn;
        Status = PlateStatus.Active;
        History.Add(new PlateEvent(zoneId, Id, PlateEventKind.Issued, at, byUserId, byName, $"依第 {policyVersion} 版政策发放"));
    }

    public Guid Id { get; private set; }

    public ZoneId ZoneId { get; private set; }

    public string Number { get; private set; }

    public Guid VehicleId { get; private set; }

    public Guid OperatorId { get; private set; }

    /// <summary>The policy version whose series and rules the plate was issued under.</summary>
    public int PolicyVersion { get; private set; }

    public DateOnly IssuedOn { get; private set; }

    public PlateStatus Status { get; private set; }

    public List<PlateEvent> History { get; private set; } = [];

    public void Suspend(string reason, DateTimeOffset at, string byUserId, string byName)
    {
        Require(PlateStatus.Active, "只有有效的号牌可以暂停。");
        var why = Reason(reason);
        Status = PlateStatus.Suspended;
        History.Add(new PlateEvent(ZoneId, Id, PlateEventKind.Suspended, at, byUserId, byName, why));
    }

    public void Reinstate(string reason, DateTimeOffset at, string byUserId, string byName)
    {
        Require(PlateStatus.Suspended, "只有暂停中的号牌可以恢复。");
        var why = Reason(reason);
        Status = PlateStatus.Active;
        History.Add(new PlateEvent(ZoneId, Id, PlateEventKind.Reinstated, at, byUserId, byName, why));
    }

    public void Revoke(string reason, DateTimeOffset at, string byUserId, string byName)
    {
        if (Status == PlateStatus.Revoked)
        {
            throw Refusal.Conflict("号牌已注销。");
        }

        var why = Reason(reason);
        Status = PlateStatus.Revoked;
        History.Add(new PlateEvent(ZoneId, Id, PlateEventKind.Revoked, at, byUserId, byName, why));
    }

    private void Require(PlateStatus status, string message)
    {
        if (Status != status)
        {
            throw Refusal.Conflict(message);
        }
    }

    private static string Reason(string reason) =>
        string.IsNullOrWhiteSpace(reason) ? throw Refusal.Invalid("reason", "请填写原因。") : reason.Trim();

    public static string StatusText(PlateStatus status) => status switch
    {
        PlateStatus.Active => "有效",
        PlateStatus.Suspended => "暂停",
        PlateStatus.Revoked => "已注销",
        _ => status.ToString(),
    };

    public static string EventText(PlateEventKind kind) => kind switch
    {
        PlateEventKind.Issued => "发放",
        PlateEventKind.Suspended => "暂停",
        PlateEventKind.Reinstated => "恢复",
        PlateEventKind.Revoked => "注销",
        _ => kind.ToString(),
    };
}

/// <summary>One step of a plate's history: who, when, what and why.</summary>
public sealed class PlateEvent : IZoneScoped
{
    private PlateEvent()
    {
        ByUserId = ByName = Reason = string.Empty;
    }

    internal PlateEvent(ZoneId zoneId, Guid plateId, PlateEventKind kind, DateTimeOffset at, string byUserId, string byName, string reason)
    {
        Id = Guid.CreateVersion7();
        ZoneId = zoneId;
        PlateId = plateId;
        Kind = kind;
        At = at;
        ByUserId = byUserId;
        ByName = byName;
        Reason = reason;
    }

    public Guid Id { get; private set; }

    public ZoneId ZoneId { get; private set; }

    public Guid PlateId { get; private set; }

    public PlateEventKind Kind { get; private set; }

    public DateTimeOffset At { get; private set; }

    public string ByUserId { get; private set; }

    public string ByName { get; private set; }

    public string Reason { get; private set; }
}
