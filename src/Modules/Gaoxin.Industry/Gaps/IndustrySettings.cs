using Gaoxin.Kernel.Zones;

namespace Gaoxin.Industry.Gaps;

/// <summary>
/// The thresholds the zone judges chains and leads by, as data with an effective date (a new year's thresholds are a
/// new row; last year's maps can still be explained): a node is strong with at least StrongMinEnterprises local firms
/// or StrongMinKeyFirms key firms, and at least StrongMinOutput output; a lead without a step for StaleLeadDays is stale.
/// </summary>
internal sealed class IndustrySettings : IZoneScoped
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public ZoneId ZoneId { get; set; }

    public DateOnly ValidFrom { get; set; }

    public int StrongMinEnterprises { get; set; }

    public int StrongMinKeyFirms { get; set; }

    public decimal StrongMinOutput { get; set; }

    public int StaleLeadDays { get; set; }

    public StrengthThresholds Thresholds => new(StrongMinEnterprises, StrongMinKeyFirms, StrongMinOutput);

    /// <summary>Used until the zone records its own; said so on the page.</summary>
    public static IndustrySettings Defaults(ZoneId zone) => new()
    {
        ZoneId = zone, ValidFrom = DateOnly.MinValue, StrongMinEnterprises = 3, StrongMinKeyFirms = 1, StrongMinOutput = 50_000_000m, StaleLeadDays = 30,
    };
}

public sealed record StrengthThresholds(int StrongMinEnterprises, int StrongMinKeyFirms, decimal StrongMinOutput);
