using System.Globalization;

namespace Gaoxin.Scenes.Demands;

/// <summary>How the pages show a budget range and a status chip.</summary>
public static class DemandFormat
{
    public static string Budget(decimal? min, decimal? max, string negotiable) => (min, max) switch
    {
        (null, null) => negotiable,
        ({ } a, { } b) => $"{Wan(a)}–{Wan(b)}",
        ({ } a, null) => $"≥{Wan(a)}",
        (null, { } b) => $"≤{Wan(b)}",
    };

    public static string Amount(decimal yuan) => Wan(yuan);

    /// <summary>Yuan in 万元, as the zone's tables show money.</summary>
    private static string Wan(decimal yuan) => (yuan / 10_000m).ToString("#,0.##", CultureInfo.InvariantCulture) + ScenesText.Get("Demands.Wan");

    internal static MudBlazor.Color Colour(DemandView d) => d.Expired ? MudBlazor.Color.Dark : d.Status switch
    {
        DemandStatus.Pending => MudBlazor.Color.Warning,
        DemandStatus.Published => MudBlazor.Color.Success,
        DemandStatus.Rejected => MudBlazor.Color.Error,
        DemandStatus.Solved => MudBlazor.Color.Info,
        _ => MudBlazor.Color.Default,
    };
}
