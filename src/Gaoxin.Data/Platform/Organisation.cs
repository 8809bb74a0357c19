using Gaoxin.Kernel.Access;
using Gaoxin.Kernel.Zones;

namespace Gaoxin.Data.Platform;

/// <summary>An organisation users act for: the committee, the innovation center, an enterprise, a university, …</summary>
public sealed class Organisation : IZoneScoped
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public ZoneId ZoneId { get; set; }

    public required string Name { get; set; }

    public OrganisationKind Kind { get; set; }

    /// <summary>统一社会信用代码, where known.</summary>
    public string? CreditCode { get; set; }

    public DateOnly? EstablishedOn { get; set; }

    public string? Note { get; set; }
}
