using Gaoxin.Contracts;

namespace Gaoxin.Scenes.Demands;

/// <summary>Display names of the values a person sees in the demand and supply lists, from the module's resx (zh and en).</summary>
public static class DemandLabels
{
    public static string Of(ZoneIndustry industry) => ScenesText.Get($"Demands.Industry.{industry}");

    public static string Of(DemandStatus status) => ScenesText.Get($"Demands.Status.{status}");

    /// <summary>A published demand past its deadline reads 已过期.</summary>
    internal static string Of(Demand d, DateOnly today) => d.IsExpiredOn(today) ? ScenesText.Get("Demands.Status.Expired") : Of(d.Status);
}
