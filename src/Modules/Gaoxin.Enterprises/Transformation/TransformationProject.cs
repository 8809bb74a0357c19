using Gaoxin.Kernel.Zones;

namespace Gaoxin.Enterprises.Transformation;

/// <summary>Kinds of 智改数转 projects.</summary>
public enum TransformationKind
{
    /// <summary>智能化改造</summary>
    Intelligent = 1,
    /// <summary>数字化转型</summary>
    Digital = 2,
    /// <summary>网络化协同</summary>
    Networked = 3,
    /// <summary>绿色化改造</summary>
    Green = 4,
}

/// <summary>An intelligent/digital transformation project (智改数转项目) of one enterprise.</summary>
internal sealed class TransformationProject : IZoneScoped
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public ZoneId ZoneId { get; set; }

    public Guid EnterpriseId { get; set; }

    public required string Title { get; set; }

    public TransformationKind Kind { get; set; }

    public decimal Investment { get; set; }

    public DateOnly StartedOn { get; set; }

    /// <summary>Null while the project runs; the rate counts only completed projects.</summary>
    public DateOnly? CompletedOn { get; set; }

    public string? Outcomes { get; set; }
}
