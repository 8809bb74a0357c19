namespace Gaoxin.Contracts.PilotBase;

/// <summary>A published service of the pilot base's catalogue as the marketplace sees it (中试服务能力); Area is its category in Chinese.</summary>
public sealed record PilotCapability(Guid ServiceId, Guid ZoneId, string Name, string Description, string Area);

/// <summary>The pilot base's capabilities for the marketplace (PilotBase implements it; absent when the module is not installed).</summary>
public interface IPilotCapabilities
{
    Task<IReadOnlyList<PilotCapability>> ListAsync(Guid zoneId, CancellationToken ct);
}
