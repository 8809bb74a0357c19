using System.Globalization;
using System.Text;
using Gaoxin.Kernel.Zones;

namespace Gaoxin.Capital.Registry;

public enum InvestorKind
{
    /// <summary>风险投资（VC）</summary>
    VentureCapital = 1,
    /// <summary>私募股权（PE）</summary>
    PrivateEquity = 2,
    /// <summary>天使投资人</summary>
    Angel = 3,
    /// <summary>国有投资基金</summary>
    StateOwnedFund = 4,
    /// <summary>产业资本（CVC）</summary>
    Corporate = 5,
}

/// <summary>创投机构: an investor known to the zone. Its name is unique in the zone once normalised.</summary>
public sealed class Investor : IZoneScoped
{
    public Guid Id { get; init; } = Guid.CreateVersion7();
    public ZoneId ZoneId { get; init; }
    public string Name { get; init; } = string.Empty;
    /// <summary>The name as compared for duplicates: compatibility-folded (full-width to half-width), no white space, lower case.</summary>
    public string NormalisedName { get; init; } = string.Empty;
    public InvestorKind Kind { get; init; }
    public string? Contact { get; init; }

    public static Investor Of(ZoneId zone, string name, InvestorKind kind, string? contact) => new()
    {
        ZoneId = zone, Name = name.Trim(), NormalisedName = Names.Normalise(name), Kind = kind, Contact = string.IsNullOrWhiteSpace(contact) ? null : contact.Trim(),
    };
}

/// <summary>基金: a fund managed by an investor, with its size and focus.</summary>
public sealed class VentureFund : IZoneScoped
{
    public Guid Id { get; init; } = Guid.CreateVersion7();
    public ZoneId ZoneId { get; init; }
    public string Name { get; init; } = string.Empty;
    public string NormalisedName { get; init; } = string.Empty;
    public Guid ManagerId { get; init; }
    /// <summary>Fund size in yuan (认缴规模).</summary>
    public decimal Size { get; init; }
    public string? Focus { get; init; }
}

/// <summary>One way to compare names: "自贡 创投（有限合伙）" and "自贡创投(有限合伙)" are the same investor.</summary>
public static class Names
{
    public static string Normalise(string name)
    {
        var folded = name.Normalize(NormalizationForm.FormKC);
        var sb = new StringBuilder(folded.Length);
        foreach (var c in folded.Where(c => !char.IsWhiteSpace(c)))
        {
            sb.Append(char.ToLower(c, CultureInfo.InvariantCulture));
        }

        return sb.ToString();
    }
}
