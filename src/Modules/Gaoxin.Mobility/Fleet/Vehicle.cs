using Gaoxin.Kernel.Rules;
using Gaoxin.Kernel.Zones;

namespace Gaoxin.Mobility.Fleet;

/// <summary>自动驾驶等级 (GB/T 40429 汽车驾驶自动化分级; L2–L5 as the SAE levels).</summary>
public enum AutomationLevel
{
    /// <summary>L2 组合驾驶辅助</summary>
    L2 = 2,
    /// <summary>L3 有条件自动驾驶</summary>
    L3 = 3,
    /// <summary>L4 高度自动驾驶</summary>
    L4 = 4,
    /// <summary>L5 完全自动驾驶</summary>
    L5 = 5,
}

public enum StaffRole
{
    /// <summary>安全员（随车或现场）</summary>
    SafetyOfficer = 1,
    /// <summary>远程安全员（远程监控）</summary>
    RemoteSupervisor = 2,
}

/// <summary>
/// An unmanned vehicle of an operator organisation (无人车). Its identity (VIN, operator) is fixed once registered; its
/// specification may be corrected; insurance, safety staff and road tests are added as they happen.
/// </summary>
public sealed class Vehicle : IZoneScoped
{
    private Vehicle()
    {
        Vin = Model = Sensors = string.Empty;
    }

    public Vehicle(ZoneId zoneId, Guid operatorId, string vin, VehicleSpec spec, DateTimeOffset now)
    {
        Id = Guid.CreateVersion7();
        ZoneId = zoneId;
        OperatorId = operatorId;
        Vin = vin;
        Model = Sensors = string.Empty;
        RegisteredAt = now;
        Correct(spec);
    }

    public Guid Id { get; private set; }

    public ZoneId ZoneId { get; private set; }

    /// <summary>The operator organisation (a platform organisation of kind VehicleOperator).</summary>
    public Guid OperatorId { get; private set; }

    public string Vin { get; private set; }

    public string Model { get; private set; }

    public AutomationLevel Level { get; private set; }

    public int LengthMm { get; private set; }

    public int WidthMm { get; private set; }

    public int HeightMm { get; private set; }

    public int DesignSpeedKmh { get; private set; }

    /// <summary>主要传感器配置（激光雷达、摄像头、毫米波雷达…）, free text.</summary>
    public string Sensors { get; private set; }

    public DateTimeOffset RegisteredAt { get; private set; }

    /// <summary>The MDS device_id the operator registered for this vehicle through the agency API; null until then.</summary>
    public Guid? DeviceId { get; private set; }

    public List<InsurancePolicy> Insurance { get; private set; } = [];

    public List<StaffAssignment> Staff { get; private set; } = [];

    public List<RoadTestEntry> RoadTests { get; private set; } = [];

    /// <summary>Corrects the specification (model, level, dimensions, speed, sensors); the VIN and the operator stay.</summary>
    public void Correct(VehicleSpec spec)
    {
        Model = spec.Model;
        Level = spec.Level;
        LengthMm = spec.LengthMm;
        WidthMm = spec.WidthMm;
        HeightMm = spec.HeightMm;
        DesignSpeedKmh = spec.DesignSpeedKmh;
        Sensors = spec.Sensors;
    }

    /// <summary>Registers the vehicle's MDS device id; the same id again is a no-op, another one replaces it (a new telematics unit).</summary>
    public void BindDevice(Guid deviceId)
    {
        if (deviceId == Guid.Empty)
        {
            throw Refusal.Invalid("device_id", "设备编号不能为空。");
        }

        DeviceId = deviceId;
    }

    public InsurancePolicy Insure(string insurer, string policyNumber, decimal amount, DateOnly validFrom, DateOnly validTo)
    {
        if (validTo < validFrom)
        {
            throw Refusal.Invalid("validTo", "保险止期不能早于起期。");
        }

        if (Insurance.Any(p => p.Insurer == insurer && p.PolicyNumber == policyNumber))
        {
            throw Refusal.Conflict("该保单已登记。");
        }

        var policy = new InsurancePolicy(ZoneId, Id, insurer, policyNumber, amount, validFrom, validTo);
        Insurance.Add(policy);
        return policy;
    }

    public StaffAssignment Assign(string name, string phone, StaffRole role, DateOnly from)
    {
        if (Staff.Any(s => s.EndedOn is null && s.Role == role && s.Phone == phone))
        {
            throw Refusal.Conflict("此人已以该身份在岗。");
        }

        var staff = new StaffAssignment(ZoneId, Id, name, phone, role, from);
        Staff.Add(staff);
        return staff;
    }

    public RoadTestEntry RecordRoadTest(DateOnly on, decimal hours, decimal km, string field)
    {
        var entry = new RoadTestEntry(ZoneId, Id, on, hours, km, field);
        RoadTests.Add(entry);
        return entry;
    }
}

public sealed record VehicleSpec(string Model, AutomationLevel Level, int LengthMm, int WidthMm, int HeightMm, int DesignSpeedKmh, string Sensors);

/// <summary>A vehicle's insurance policy (交强险/商业险/无人车专属险), recorded as issued.</summary>
public sealed class InsurancePolicy : IZoneScoped
{
    private InsurancePolicy()
    {
        Insurer = PolicyNumber = string.Empty;
    }

    internal InsurancePolicy(ZoneId zoneId, Guid vehicleId, string insurer, string policyNumber, decimal amount, DateOnly validFrom, DateOnly validTo)
    {
        Id = Guid.CreateVersion7();
        ZoneId = zoneId;
        VehicleId = vehicleId;
        Insurer = insurer;
        PolicyNumber = policyNumber;
        Amount = amount;
        ValidFrom = validFrom;
        ValidTo = validTo;
    }

    public Guid Id { get; private set; }

    public ZoneId ZoneId { get; private set; }

    public Guid VehicleId { get; private set; }

    public string Insurer { get; private set; }

    public string PolicyNumber { get; private set; }

    /// <summary>保额（元）</summary>
    public decimal Amount { get; private set; }

    public DateOnly ValidFrom { get; private set; }

    /// <summary>Last day covered (inclusive).</summary>
    public DateOnly ValidTo { get; private set; }
}

/// <summary>A safety officer or remote supervisor assigned to a vehicle from a day until (not including) the day it ended.</summary>
public sealed class StaffAssignment : IZoneScoped
{
    private StaffAssignment()
    {
        Name = Phone = string.Empty;
    }

    internal StaffAssignment(ZoneId zoneId, Guid vehicleId, string name, string phone, StaffRole role, DateOnly from)
    {
        Id = Guid.CreateVersion7();
        ZoneId = zoneId;
        VehicleId = vehicleId;
        Name = name;
        Phone = phone;
        Role = role;
        AssignedOn = from;
    }

    public Guid Id { get; private set; }

    public ZoneId ZoneId { get; private set; }

    public Guid VehicleId { get; private set; }

    public string Name { get; private set; }

    public string Phone { get; private set; }

    public StaffRole Role { get; private set; }

    public DateOnly AssignedOn { get; private set; }

    /// <summary>The first day no longer on duty.</summary>
    public DateOnly? EndedOn { get; private set; }

    public bool OnDutyOn(DateOnly day) => AssignedOn <= day && (EndedOn is null || day < EndedOn);

    public void End(DateOnly on)
    {
        if (EndedOn is not null)
        {
            throw Refusal.Conflict("该人员已离岗。");
        }

        if (on < AssignedOn)
        {
            throw Refusal.Invalid("endedOn", "离岗日期不能早于上岗日期。");
        }

        EndedOn = on;
    }

    /// <summary>A phone shown in lists: 138****5678.</summary>
    public static string Mask(string phone) => phone.Length >= 7 ? string.Concat(phone.AsSpan(0, 3), "****", phone.AsSpan(phone.Length - 4)) : "****";
}

/// <summary>One road-test record on the test field (hours and km of a day or a period ending that day).</summary>
public sealed class RoadTestEntry : IZoneScoped
{
    private RoadTestEntry()
    {
        Field = string.Empty;
    }

    internal RoadTestEntry(ZoneId zoneId, Guid vehicleId, DateOnly on, decimal hours, decimal km, string field)
    {
        Id = Guid.CreateVersion7();
        ZoneId = zoneId;
        VehicleId = vehicleId;
        On = on;
        Hours = hours;
        Km = km;
        Field = field;
    }

    public Guid Id { get; private set; }

    public ZoneId ZoneId { get; private set; }

    public Guid VehicleId { get; private set; }

    public DateOnly On { get; private set; }

    public decimal Hours { get; private set; }

    public decimal Km { get; private set; }

    /// <summary>测试场地（如“自贡高新区 L4 无人物流测试场”）</summary>
    public string Field { get; private set; }
}
