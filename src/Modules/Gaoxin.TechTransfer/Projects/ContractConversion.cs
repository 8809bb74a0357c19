using Gaoxin.Kernel.Zones;

namespace Gaoxin.TechTransfer.Projects;

/// <summary>
/// A conversion by contract (技术合同转化): a registered technology contract the marketplace reported for a relay project, an
/// achievement, or both. The relay's conversion figure counts each project (or achievement outside any project) once, in the
/// year of its first conversion — success by revenue or a registered contract, whichever came first.
/// </summary>
internal sealed class ContractConversion : IZoneScoped
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    public ZoneId ZoneId { get; init; }

    /// <summary>The marketplace's contract; one row per contract.</summary>
    public Guid ContractId { get; init; }

    public Guid? ProjectId { get; init; }

    public Guid? AchievementId { get; init; }

    public required string RegistrationNumber { get; init; }

    public DateOnly RegisteredOn { get; init; }
}
