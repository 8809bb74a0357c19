namespace Gaoxin.Contracts.TechTransfer;

/// <summary>
/// A technology contract registered (认定登记) for a relay project's conversion, as the marketplace's registry tells the relay:
/// the number, kind (its Chinese name), amounts in yuan, the parties' names and the day of registration.
/// </summary>
public sealed record RegisteredTechContract(Guid ZoneId, Guid ProjectId, Guid ContractId, string RegistrationNumber, string Kind, string Title, decimal Amount,
    decimal TechnologyAmount, string BuyerName, string SellerName, DateOnly RegisteredOn, string ActorName, DateTimeOffset At);

/// <summary>
/// The relay's door for the technology-contract registry (TechTransfer implements it): a registered contract naming a relay project
/// is the conversion's contract, and goes on the project's timeline. The entry joins the caller's unit of work: the caller saves.
/// </summary>
public interface IRelayConversions
{
    /// <summary>Writes the contract on the project's timeline; refuses (not found) a project the zone does not have.</summary>
    Task RecordContractAsync(RegisteredTechContract contract, CancellationToken ct);
}
