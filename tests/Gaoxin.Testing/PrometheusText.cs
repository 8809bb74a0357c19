using System.Globalization;

namespace Gaoxin.Testing;

/// <summary>Reads the Prometheus text format as a scraper would: the samples of one metric, filtered by labels.</summary>
public static class PrometheusText
{
    /// <summary>The sum of the samples of <paramref name="name"/> whose labels include every <c>key="value"</c> given.</summary>
    public static double Sum(string text, string name, params string[] labels)
    {
        ArgumentNullException.ThrowIfNull(text);
        var total = 0.0;
        foreach (var line in text.Split('\n'))
        {
            if (line.StartsWith('#') || !(line.StartsWith(name + "{", StringComparison.Ordinal) || line.StartsWith(name + " ", StringComparison.Ordinal)))
            {
                continue;
            }

            var close = line.LastIndexOf('}');
            var labelText = close < 0 ? string.Empty : line[(name.Length + 1)..close];
            if (!labels.All(l => labelText.Contains(l, StringComparison.Ordinal)))
            {
                continue;
            }

            var value = line[(close < 0 ? name.Length : close + 1)..].Trim().Split(' ')[0];
            total += double.Parse(value, CultureInfo.InvariantCulture);
        }

        return total;
    }
}
