using Gaoxin.Kernel.Zones;

namespace Gaoxin.Data.Platform;

/// <summary>A high-tech zone (高新区) served by this deployment; every module row belongs to one.</summary>
public sealed class Zone
{
    public ZoneId Id { get; set; }

    /// <summary>e.g. 自贡高新区</summary>
    public required string Name { get; set; }

    /// <summary>Short code used in URLs and exports, e.g. "zigong".</summary>
    public required string Code { get; set; }

    /// <summary>行政区划代码 of the city or district, e.g. 510300.</summary>
    public required string DivisionCode { get; set; }
}
