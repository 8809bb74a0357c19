using Gaoxin.Contracts;
using Gaoxin.Kernel.Zones;

namespace Gaoxin.Scenes.Supply;

/// <summary>
/// A product or solution a zone firm offers (产品供给): what it is and does, its readiness and certificates. With the relay's
/// achievements, the firms themselves, experts and the pilot base's services it is the supply the marketplace matches.
/// </summary>
internal sealed class Product : IZoneScoped
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public ZoneId ZoneId { get; set; }

    public Guid OrganisationId { get; set; }

    public required string Name { get; set; }

    public required string Description { get; set; }

    public ZoneIndustry Industry { get; set; }

    /// <summary>The chain link the product serves (free text).</summary>
    public string? ChainLink { get; set; }

    /// <summary>Readiness level 1–9; a product on sale is usually 8 or 9.</summary>
    public int Readiness { get; set; }

    /// <summary>Certificates the product or its maker holds, separated by "、".</summary>
    public string? Certificates { get; set; }

    public DateOnly ListedOn { get; set; }

    /// <summary>A withdrawn product stays for the history of its matches but is no longer matched; only <see cref="Withdraw"/> sets it.</summary>
    public bool Withdrawn { get; private set; }

    /// <summary>The day it was withdrawn (下架日期).</summary>
    public DateOnly? WithdrawnOn { get; private set; }

    public int Version { get; set; }

    /// <summary>The maker or an operator withdraws the product: it stays for its matches' history but is no longer offered.</summary>
    public void Withdraw(DateOnly on)
    {
        if (Withdrawn)
        {
            throw Gaoxin.Kernel.Rules.Refusal.Conflict("该产品已下架。");
        }

        Withdrawn = true;
        WithdrawnOn = on;
        Version++;
    }
}

/// <summary>An expert the marketplace can introduce (专家): field, expertise in words, and the organisation they work for.</summary>
internal sealed class Expert : IZoneScoped
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public ZoneId ZoneId { get; set; }

    public required string Name { get; set; }

    /// <summary>Title and post (e.g. "教授、博士生导师").</summary>
    public string? Title { get; set; }

    /// <summary>The organisation the expert works for, when it is one of the zone's; otherwise null with <see cref="Affiliation"/>.</summary>
    public Guid? OrganisationId { get; set; }

    public required string Affiliation { get; set; }

    public ZoneIndustry Industry { get; set; }

    /// <summary>What the expert knows, in words (research directions, past projects); the text the matcher reads.</summary>
    public required string Expertise { get; set; }

    /// <summary>Experts agree to be introduced; without consent they are not matched.</summary>
    public bool ConsentToIntroductions { get; set; }

    public int Version { get; set; }
}
