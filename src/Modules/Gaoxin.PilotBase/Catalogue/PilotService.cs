using Gaoxin.Kernel.Zones;

namespace Gaoxin.PilotBase.Catalogue;

/// <summary>What a pilot service (中试服务) is for.</summary>
public enum ServiceCategory
{
    /// <summary>工艺验证</summary>
    ProcessValidation = 1,
    /// <summary>性能测试</summary>
    PerformanceTesting = 2,
    /// <summary>可靠性测试</summary>
    ReliabilityTesting = 3,
    /// <summary>小批量试产</summary>
    SmallBatchTrial = 4,
    /// <summary>检验认证辅导</summary>
    InspectionCertification = 5,
    /// <summary>其他</summary>
    Other = 99,
}

/// <summary>The unit a price is quoted in.</summary>
public enum PriceUnit
{
    /// <summary>元/小时</summary>
    Hour = 1,
    /// <summary>元/天</summary>
    Day = 2,
    /// <summary>元/批次</summary>
    Batch = 3,
    /// <summary>元/项（一口价）</summary>
    Fixed = 4,
}

/// <summary>
/// A service of the base's public catalogue (服务目录): what it does, the resources it needs, how long it typically takes,
/// its price and what the customer receives. Only published services are shown to the public.
/// </summary>
public sealed class PilotService : IZoneScoped
{
    private PilotService()
    {
        Code = Name = Description = Deliverables = string.Empty;
    }

    public PilotService(ZoneId zoneId, string code, string name, ServiceCategory category, string description, decimal typicalHours,
        decimal price, PriceUnit priceUnit, string deliverables)
    {
        ZoneId = zoneId;
        Code = code;
        Name = name;
        Category = category;
        Description = description;
        TypicalHours = typicalHours;
        Price = price;
        PriceUnit = priceUnit;
        Deliverables = deliverables;
    }

    public Guid Id { get; private set; } = Guid.CreateVersion7();

    public ZoneId ZoneId { get; private set; }

    public string Code { get; private set; }

    public string Name { get; set; }

    public ServiceCategory Category { get; set; }

    public string Description { get; set; }

    /// <summary>Typical duration in hours (典型周期).</summary>
    public decimal TypicalHours { get; set; }

    public decimal Price { get; set; }

    public PriceUnit PriceUnit { get; set; }

    /// <summary>What the customer receives (交付物): report, samples, certificate support…</summary>
    public string Deliverables { get; set; }

    public bool Published { get; set; } = true;
}

/// <summary>A resource a service needs (服务所需资源).</summary>
public sealed class ServiceResource : IZoneScoped
{
    private ServiceResource()
    {
    }

    public ServiceResource(ZoneId zoneId, Guid serviceId, Guid resourceId)
    {
        ZoneId = zoneId;
        ServiceId = serviceId;
        ResourceId = resourceId;
    }

    public ZoneId ZoneId { get; private set; }

    public Guid ServiceId { get; private set; }

    public Guid ResourceId { get; private set; }
}
