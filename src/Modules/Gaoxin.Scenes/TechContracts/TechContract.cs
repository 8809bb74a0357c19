using Gaoxin.Kernel.Zones;

namespace Gaoxin.Scenes.TechContracts;

/// <summary>The five kinds of technology contract the registration offices recognise.</summary>
public enum TechContractKind
{
    /// <summary>技术开发</summary>
    Development = 1,
    /// <summary>技术转让</summary>
    Transfer = 2,
    /// <summary>技术许可</summary>
    Licence = 3,
    /// <summary>技术咨询</summary>
    Consulting = 4,
    /// <summary>技术服务</summary>
    Service = 5,
}

/// <summary>
/// A technology contract (技术合同): buyer and seller, kind, the contract amount (合同成交额) of which the technology
/// transaction amount (技术交易额) is a part, the payment schedule (which must add up to the contract amount), and its
/// registration (认定登记号). Registered contracts are what the indicators count as turnover and what the relay counts
/// as a conversion; the deal, the scene proposal and the relay project it came from are linked.
/// </summary>
internal sealed class TechContract : IZoneScoped
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public ZoneId ZoneId { get; set; }

    public required string Title { get; set; }

    public TechContractKind Kind { get; set; }

    public Guid BuyerOrganisationId { get; set; }

    public Guid SellerOrganisationId { get; set; }

    /// <summary>合同成交额, yuan.</summary>
    public decimal Amount { get; set; }

    /// <summary>技术交易额, yuan: the part of the amount that pays for technology; never above <see cref="Amount"/>.</summary>
    public decimal TechnologyAmount { get; set; }

    public DateOnly SignedOn { get; set; }

    /// <summary>The registration number given by the technology-market office (e.g. 2025510300000123); null until registered.</summary>
    public string? RegistrationNumber { get; set; }

    public DateOnly? RegisteredOn { get; set; }

    public Guid? DealId { get; set; }

    public Guid? SceneProposalId { get; set; }

    /// <summary>The relay project whose conversion the contract is, when there is one.</summary>
    public Guid? RelayProjectId { get; set; }

    /// <summary>The relay achievement transferred or licensed, when there is one.</summary>
    public Guid? AchievementId { get; set; }

    public int Version { get; set; }

    public List<ContractPayment> Payments { get; set; } = [];

    public bool IsRegistered => RegisteredOn is not null;

    /// <summary>Records the registration (认定登记) once; the caller has checked the number's format and the day.</summary>
    public void Register(string number, DateOnly on)
    {
        if (IsRegistered)
        {
            throw Gaoxin.Kernel.Rules.Refusal.Conflict("该合同已认定登记。");
        }

        RegistrationNumber = number;
        RegisteredOn = on;
        Version++;
    }
}

/// <summary>One instalment of a contract's payment schedule.</summary>
internal sealed class ContractPayment : IZoneScoped
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public ZoneId ZoneId { get; set; }

    public Guid ContractId { get; set; }

    public int Sequence { get; set; }

    public DateOnly DueOn { get; set; }

    public decimal Amount { get; set; }
}
