namespace Gaoxin.Kernel.Zones;

/// <summary>Identifies the zone (园区) that owns a row; every module row carries one.</summary>
public readonly record struct ZoneId(Guid Value)
{
    public static ZoneId New() => new(Guid.CreateVersion7());

    public override string ToString() => Value.ToString();
}

/// <summary>Implemented by every entity that belongs to one zone, so queries can be scoped to it.</summary>
public interface IZoneScoped
{
    ZoneId ZoneId { get; }
}
