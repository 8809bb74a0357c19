using MudBlazor;

namespace Gaoxin.Web.Components.Layout;

/// <summary>Colours and Chinese-friendly fonts; system CJK fonts, nothing fetched from the internet.</summary>
public static class GaoxinTheme
{
    public static readonly MudTheme Theme = new()
    {
        PaletteLight = new PaletteLight
        {
            Primary = "#0B5CAD",
            Secondary = "#00897B",
            AppbarBackground = "#0B5CAD",
        },
        Typography = new Typography
        {
            Default = new DefaultTypography
            {
                FontFamily = ["Noto Sans CJK SC", "Microsoft YaHei", "PingFang SC", "WenQuanYi Micro Hei", "sans-serif"],
            },
        },
    };
}
