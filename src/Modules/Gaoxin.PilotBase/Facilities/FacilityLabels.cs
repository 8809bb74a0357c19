using System.Globalization;
using Gaoxin.Contracts;

namespace Gaoxin.PilotBase.Facilities;

/// <summary>The words for the facilities' and the catalogue's enums, from the module's resources (exports and pages alike).</summary>
public static class FacilityLabels
{
    public static string Kind(ResourceKind kind) => PilotBaseText.Get("Fac.Kind." + kind);

    public static string Status(ResourceStatus status) => PilotBaseText.Get("Fac.Status." + status);

    public static string Industry(ZoneIndustry industry) => PilotBaseText.Get("Fac.Industry." + industry);

    public static string CapabilityKind(CapabilityKind kind) => PilotBaseText.Get("Fac.Capability." + kind);

    public static string Qualification(QualificationKind kind) => PilotBaseText.Get("Fac.Qualification." + kind);

    public static string Standing(QualificationStanding standing) => PilotBaseText.Get("Fac.Standing." + standing);

    /// <summary>What a page shows for a refusal: the fields' messages when it names fields, else its message.</summary>
    public static string Message(Gaoxin.Kernel.Rules.Refusal refusal) =>
        refusal.Fields.Count > 0 ? string.Join("；", refusal.Fields.SelectMany(f => f.Value)) : refusal.Message;

    /// <summary>Several parameters on one line, as the export writes them.</summary>
    public static string Capabilities(IEnumerable<CapabilityView> capabilities) => string.Join("；", capabilities.Select(Capability));

    /// <summary>"烧结温度 0–1600 ℃", "分切精度 ≤ 0.1 mm", "干燥间洁净等级 ISO 8".</summary>
    public static string Capability(CapabilityView c)
    {
        static string N(decimal d) => d.ToString("0.####", CultureInfo.InvariantCulture);
        var unit = string.IsNullOrEmpty(c.Unit) ? string.Empty : " " + c.Unit;
        var value = (c.Min, c.Max) switch
        {
            ({ } min, { } max) when min == max => N(min) + unit,
            ({ } min, { } max) => $"{N(min)}–{N(max)}{unit}",
            (null, { } max) => $"≤ {N(max)}{unit}",
            ({ } min, null) => $"≥ {N(min)}{unit}",
            _ => string.Empty,
        };
        var text = string.IsNullOrEmpty(c.Text) ? string.Empty : (value.Length > 0 ? "，" : string.Empty) + c.Text;
        return $"{c.Name} {value}{text}".Trim();
    }
}
