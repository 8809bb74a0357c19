using ScottPlot;

namespace Gaoxin.Indicators.Reports;

/// <summary>Server-side chart images (PNG) for reports; a CJK font file is registered once so Chinese labels are not boxes.</summary>
internal static class Charts
{
    private const string Font = "GaoxinChartCJK";

    private static readonly string[] FontFiles =
    [
        "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc",
        "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc",
        "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc",
    ];

    private static readonly Lazy<bool> FontReady = new(() =>
    {
        var file = FontFiles.FirstOrDefault(File.Exists);
        if (file is null)
        {
            return false;
        }

        Fonts.AddFontFile(Font, file);
        return true;
    });

    /// <summary>One bar per label (e.g. growth in percent), values written above the bars.</summary>
    public static byte[] Bars(string title, IReadOnlyList<string> labels, IReadOnlyList<double> values, string unit, int width = 900, int height = 420)
    {
        var plot = new Plot();
        var bars = plot.Add.Bars(values.ToArray());
        foreach (var (bar, i) in bars.Bars.Select((b, i) => (b, i)))
        {
            bar.Label = values[i].ToString("0.0", System.Globalization.CultureInfo.InvariantCulture) + unit;
            bar.FillColor = values[i] >= 0 ? Color.FromHex("#1E6FB8") : Color.FromHex("#C0392B");
        }

        bars.ValueLabelStyle.FontSize = 16;
        plot.Axes.Bottom.SetTicks(Enumerable.Range(0, labels.Count).Select(i => (double)i).ToArray(), labels.ToArray());
        plot.Title(title);
        plot.Axes.Margins(bottom: 0, top: 0.15);
        if (FontReady.Value)
        {
            plot.Font.Set(Font);
        }

        return plot.GetImageBytes(width, height, ImageFormat.Png);
    }
}
