using Gaoxin.Kernel.Zones;

namespace Gaoxin.Industry.Chains;

/// <summary>Where an industry sits in the 3+2+1 system: 3 leading (主导), 2 advantage (优势), 1 future (未来).</summary>
public enum IndustryTier
{
    /// <summary>主导产业</summary>
    Leading = 1,
    /// <summary>传统优势产业</summary>
    Advantage = 2,
    /// <summary>未来产业</summary>
    Future = 3,
}

/// <summary>An industry of the zone's system (产业); its name is the zone's own, its category the shared 3+2+1 code.</summary>
internal sealed class IndustryEntry : IZoneScoped
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public ZoneId ZoneId { get; set; }

    public required string Name { get; set; }

    public ZoneIndustry Category { get; set; }

    public IndustryTier Tier { get; set; }

    public int SortOrder { get; set; }
}

/// <summary>An industry chain (产业链), e.g. 钠离子电池 or 无人系统.</summary>
internal sealed class Chain : IZoneScoped
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public ZoneId ZoneId { get; set; }

    public Guid IndustryId { get; set; }

    public required string Name { get; set; }

    public string? Description { get; set; }
}

/// <summary>A link of a chain (产业链环节): in one segment, optionally under a parent node of the same chain.</summary>
internal sealed class ChainNode : IZoneScoped
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public ZoneId ZoneId { get; set; }

    public Guid ChainId { get; set; }

    public Guid? ParentId { get; set; }

    public required string Name { get; set; }

    public ChainSegment Segment { get; set; }

    public int SortOrder { get; set; }
}

/// <summary>An enterprise of the registry placed on a node (落链企业); the name is a copy for lists, the registry stays the source.</summary>
internal sealed class Placement : IZoneScoped
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public ZoneId ZoneId { get; set; }

    public Guid NodeId { get; set; }

    public Guid EnterpriseId { get; set; }

    public required string EnterpriseName { get; set; }

    /// <summary>链主/骨干企业.</summary>
    public bool KeyFirm { get; set; }

    public string? Product { get; set; }

    public List<PlacementOutput> Outputs { get; set; } = [];
}

/// <summary>The output (产值, CNY) an enterprise makes on a node in a year.</summary>
internal sealed class PlacementOutput : IZoneScoped
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public ZoneId ZoneId { get; set; }

    public Guid PlacementId { get; set; }

    public int Year { get; set; }

    public decimal Output { get; set; }
}
