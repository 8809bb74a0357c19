using Gaoxin.Contracts;
using Gaoxin.Kernel.Zones;

namespace Gaoxin.PilotBase.Facilities;

/// <summary>Whether an area of the base (片区) serves customers yet.</summary>
public enum AreaStatus
{
    /// <summary>运营中</summary>
    Operating = 1,
    /// <summary>建设中</summary>
    UnderConstruction = 2,
}

/// <summary>
/// An area of the pilot base (中试基地 A 区 / B 区). An area under construction follows the industry module's major
/// project (重大项目) that builds it; its progress is read from there, not typed twice.
/// </summary>
public sealed class BaseArea : IZoneScoped
{
    private BaseArea()
    {
        Code = Name = string.Empty;
    }

    public BaseArea(ZoneId zoneId, string code, string name, AreaStatus status, decimal floorArea, decimal investment)
    {
        ZoneId = zoneId;
        Code = code;
        Name = name;
        Status = status;
        FloorArea = floorArea;
        Investment = investment;
    }

    public Guid Id { get; private set; } = Guid.CreateVersion7();

    public ZoneId ZoneId { get; private set; }

    /// <summary>"A", "B": what a pilot plan names (A 区 / B 区).</summary>
    public string Code { get; private set; }

    public string Name { get; set; }

    public AreaStatus Status { get; private set; }

    /// <summary>Floor area in m² (建筑面积).</summary>
    public decimal FloorArea { get; set; }

    /// <summary>Total investment in yuan (总投资).</summary>
    public decimal Investment { get; set; }

    /// <summary>The industry module's major project that builds this area, if any.</summary>
    public Guid? MajorProjectId { get; set; }

    public string? Description { get; set; }

    /// <summary>An area under construction opens once built (竣工投运); an operating area stays open.</summary>
    public void Open() => Status = AreaStatus.Operating;
}

/// <summary>A building of an area (楼栋).</summary>
public sealed class Building : IZoneScoped
{
    private Building()
    {
        Name = string.Empty;
    }

    public Building(ZoneId zoneId, Guid areaId, string name)
    {
        ZoneId = zoneId;
        AreaId = areaId;
        Name = name;
    }

    public Guid Id { get; private set; } = Guid.CreateVersion7();

    public ZoneId ZoneId { get; private set; }

    public Guid AreaId { get; private set; }

    public string Name { get; set; }
}

/// <summary>A room of a building (房间/车间), where resources stand.</summary>
public sealed class Room : IZoneScoped
{
    private Room()
    {
        Name = string.Empty;
    }

    public Room(ZoneId zoneId, Guid buildingId, string name)
    {
        ZoneId = zoneId;
        BuildingId = buildingId;
        Name = name;
    }

    public Guid Id { get; private set; } = Guid.CreateVersion7();

    public ZoneId ZoneId { get; private set; }

    public Guid BuildingId { get; private set; }

    public string Name { get; set; }

    /// <summary>Floor area in m².</summary>
    public decimal? FloorArea { get; set; }
}

/// <summary>What kind of bookable resource (中试资源) it is.</summary>
public enum ResourceKind
{
    /// <summary>中试线</summary>
    PilotLine = 1,
    /// <summary>设备</summary>
    Equipment = 2,
    /// <summary>实验室</summary>
    Laboratory = 3,
}

/// <summary>Whether a resource can be booked.</summary>
public enum ResourceStatus
{
    /// <summary>可用</summary>
    Available = 1,
    /// <summary>维护中</summary>
    Maintenance = 2,
    /// <summary>已停用</summary>
    Retired = 3,
}

/// <summary>
/// A bookable resource of the base: a pilot line, a piece of equipment or a lab, with its prices and the industry it
/// mainly serves. Its capability parameters and qualifications are rows of their own (typed and searchable).
/// </summary>
public sealed class Resource : IZoneScoped
{
    private Resource()
    {
        Code = Name = string.Empty;
    }

    public Resource(ZoneId zoneId, Guid areaId, string code, string name, ResourceKind kind)
    {
        ZoneId = zoneId;
        AreaId = areaId;
        Code = code;
        Name = name;
        Kind = kind;
        Status = ResourceStatus.Available;
    }

    public Guid Id { get; private set; } = Guid.CreateVersion7();

    public ZoneId ZoneId { get; private set; }

    public Guid AreaId { get; private set; }

    public Guid? RoomId { get; set; }

    /// <summary>The base's own inventory code, unique in the zone (e.g. "A-PL-01").</summary>
    public string Code { get; private set; }

    public string Name { get; set; }

    public ResourceKind Kind { get; private set; }

    public ResourceStatus Status { get; private set; }

    /// <summary>The leading industry it mainly serves, if one.</summary>
    public ZoneIndustry? Industry { get; set; }

    public string? Description { get; set; }

    /// <summary>Price per hour in yuan (元/小时), if hired by the hour.</summary>
    public decimal? PricePerHour { get; set; }

    /// <summary>Price per day in yuan (元/天).</summary>
    public decimal? PricePerDay { get; set; }

    /// <summary>Price per batch in yuan (元/批次).</summary>
    public decimal? PricePerBatch { get; set; }

    /// <summary>The largest batch one booking may ask for, in <see cref="BatchUnit"/>; null when batches are not counted.</summary>
    public decimal? MaxBatchSize { get; set; }

    /// <summary>The unit batches are counted in (kg, 件, 片, Ah…).</summary>
    public string? BatchUnit { get; set; }

    /// <summary>An operator's edit of what the resource is and costs; the code, area and kind stay as registered.</summary>
    public void Edit(Guid? roomId, string name, ZoneIndustry? industry, string? description, decimal? pricePerHour, decimal? pricePerDay, decimal? pricePerBatch,
        decimal? maxBatchSize, string? batchUnit)
    {
        RoomId = roomId;
        Name = name;
        Industry = industry;
        Description = description;
        PricePerHour = pricePerHour;
        PricePerDay = pricePerDay;
        PricePerBatch = pricePerBatch;
        MaxBatchSize = maxBatchSize;
        BatchUnit = batchUnit;
        Version++;
    }

    /// <summary>Moves the resource to <paramref name="status"/>; a retired resource is never brought back (its history stays as it was).</summary>
    public void ChangeStatus(ResourceStatus status)
    {
        if (Status == ResourceStatus.Retired && status != ResourceStatus.Retired)
        {
            throw Gaoxin.Kernel.Rules.Refusal.Conflict("已停用的资源不能恢复使用。");
        }

        Status = status;
        Version++;
    }

    /// <summary>Bumped on every change: two operators editing the same resource cannot overwrite each other silently.</summary>
    public int Version { get; set; }
}

/// <summary>A typed capability parameter (能力参数) of a resource.</summary>
public enum CapabilityKind
{
    /// <summary>产能</summary>
    Capacity = 1,
    /// <summary>批量</summary>
    BatchSize = 2,
    /// <summary>温度范围</summary>
    Temperature = 3,
    /// <summary>压力范围</summary>
    Pressure = 4,
    /// <summary>洁净等级</summary>
    CleanroomClass = 5,
    /// <summary>功率</summary>
    Power = 6,
    /// <summary>尺寸</summary>
    Dimension = 7,
    /// <summary>精度</summary>
    Precision = 8,
    /// <summary>其他</summary>
    Other = 99,
}

/// <summary>
/// One capability parameter of a resource: a numeric range (Min..Max, a single value has Min = Max) in a unit, or a text
/// value (a cleanroom class "ISO 7"). Searchable: "a furnace reaching 1,500 °C" is Kind = Temperature, Max ≥ 1500.
/// </summary>
public sealed class CapabilityParameter : IZoneScoped
{
    private CapabilityParameter()
    {
        Name = string.Empty;
    }

    public CapabilityParameter(ZoneId zoneId, Guid resourceId, CapabilityKind kind, string name, decimal? min, decimal? max, string? unit, string? text)
    {
        ZoneId = zoneId;
        ResourceId = resourceId;
        Kind = kind;
        Name = name;
        Min = min;
        Max = max;
        Unit = unit;
        Text = text;
    }

    public Guid Id { get; private set; } = Guid.CreateVersion7();

    public ZoneId ZoneId { get; private set; }

    public Guid ResourceId { get; private set; }

    public CapabilityKind Kind { get; private set; }

    /// <summary>The parameter as the base names it ("烧结温度").</summary>
    public string Name { get; private set; }

    public decimal? Min { get; private set; }

    public decimal? Max { get; private set; }

    public string? Unit { get; private set; }

    public string? Text { get; private set; }
}

/// <summary>A qualification kind (资质).</summary>
public enum QualificationKind
{
    /// <summary>检验检测机构资质认定 (CMA)</summary>
    Cma = 1,
    /// <summary>中国合格评定国家认可委员会实验室认可 (CNAS)</summary>
    Cnas = 2,
    /// <summary>其他</summary>
    Other = 99,
}

/// <summary>A qualification a resource or lab holds, with its certificate number and expiry.</summary>
public sealed class Qualification : IZoneScoped
{
    private Qualification()
    {
        CertificateNo = string.Empty;
    }

    public Qualification(ZoneId zoneId, Guid resourceId, QualificationKind kind, string certificateNo, DateOnly validUntil)
    {
        ZoneId = zoneId;
        ResourceId = resourceId;
        Kind = kind;
        CertificateNo = certificateNo;
        ValidUntil = validUntil;
    }

    public Guid Id { get; private set; } = Guid.CreateVersion7();

    public ZoneId ZoneId { get; private set; }

    public Guid ResourceId { get; private set; }

    public QualificationKind Kind { get; private set; }

    public string CertificateNo { get; private set; }

    public DateOnly ValidUntil { get; set; }
}
