using Gaoxin.Enterprises.Certification;
using Gaoxin.Kernel.Zones;

namespace Gaoxin.Enterprises.Evaluations;

/// <summary>The latest stored evaluation of one enterprise against one scheme, for lists and cultivation boards.</summary>
internal sealed class EvaluationRecord : IZoneScoped, Gaoxin.Data.Audit.IDerivedRecord
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public ZoneId ZoneId { get; set; }

    public Guid EnterpriseId { get; set; }

    public SchemeCode Scheme { get; set; }

    public required string SchemeVersion { get; set; }

    public DateOnly AsOf { get; set; }

    public Verdict Verdict { get; set; }

    public decimal Total { get; set; }

    public decimal MaxReachable { get; set; }

    /// <summary>Points missing to the pass mark (0 when qualified); orders the cultivation lists.</summary>
    public decimal Shortfall { get; set; }

    public int FailedGates { get; set; }

    /// <summary>The first gap in words, shown in lists.</summary>
    public string? FirstGap { get; set; }
}
