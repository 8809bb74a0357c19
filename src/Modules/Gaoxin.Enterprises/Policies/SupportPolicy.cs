using Gaoxin.Kernel.Zones;

namespace Gaoxin.Enterprises.Policies;

/// <summary>
/// A zone support measure (惠企政策). Eligibility and amount are expressions in the policy rule language, so the
/// zone finds who qualifies without anyone applying (政策找企业、免申即享).
/// </summary>
internal sealed class SupportPolicy : IZoneScoped
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public ZoneId ZoneId { get; set; }

    public required string Name { get; set; }

    public string? Summary { get; set; }

    /// <summary>Issuing document, e.g. 自高新发〔2025〕12号.</summary>
    public string? Document { get; set; }

    public required string Eligibility { get; set; }

    public required string Amount { get; set; }

    public DateOnly ValidFrom { get; set; }

    public DateOnly? ValidTo { get; set; }
}
