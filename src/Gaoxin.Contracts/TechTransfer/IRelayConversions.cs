namespace Gaoxin.Contracts.TechTransfer;

/// <summary>
/// A technology contract registered (认定登记) for the conversion of a relay project, of an achievement, or of both, as the
/// marketplace's registry tells the relay: the number, kind (its Chinese name), amounts in yuan, the parties' names and the day
/// of registration. At least one of <paramref name="ProjectId"/> and <paramref name="AchievementId"/> is given.
/// </summary>
public sealed record RegisteredTechContract(Guid ZoneId, Guid? ProjectId, Guid ContractId, string RegistrationNumber, string Kind, string Title, decimal Amount,
    decimal TechnologyAmount, string BuyerName, string SellerName, DateOnly RegisteredOn, string ActorName, DateTimeOffset At, Guid? AchievementId = null);

/// <summary>
/// The relay's door for the technology-contract registry (TechTransfer implements it): a registered contract naming a relay project
/// or achievement is the conversion's contract; it goes on the project's timeline and counts in the relay's conversion figure
/// (each project or achievement once). The entries join the caller's unit of work: the caller saves.
/// </summary>
public interface IRelayConversions
{
    /// <summary>Records the conversion (and writes it on the project's timeline); refuses (not found) a project or achievement the zone does not have.</summary>
    Task RecordContractAsync(RegisteredTechContract contract, CancellationToken ct);
}
